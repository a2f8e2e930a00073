/** EvaluationRequest.periodValuesOnly: a check that reads period values sends no series statement. */
import { describe, expect, it } from 'vitest';
import { compileTree } from '../../../src/lib/metrics/compile';
import { evaluateTree } from '../../../src/lib/metrics/evaluate';
import { checkRequest, type EvaluationRequest } from '../../../src/lib/metrics/request';
import { evaluationRequestSchema } from '../../../src/lib/metrics/request-schema';
import * as v from 'valibot';
import { defaultTree } from '../../fixtures/default-tree';

const REQUEST: EvaluationRequest = {
	period: { start: '2025-09-08', end: '2025-09-15' },
	previous: { start: '2025-09-01', end: '2025-09-08' },
	grain: 'day'
};

describe('period values only', () => {
	it('compiles the aggregate statements alone, each the same SQL as with series', () => {
		const checked = checkRequest(REQUEST);
		const full = compileTree(defaultTree, checked);
		const values = compileTree(defaultTree, checked, 'optimised', undefined, { series: false });
		// The default tree reads three tables: 3 aggregates + 3 series, or the 3 aggregates alone.
		expect(full.map((q) => q.kind)).toEqual([
			'aggregate',
			'series',
			'aggregate',
			'series',
			'aggregate',
			'series'
		]);
		expect(values.map((q) => q.kind)).toEqual(['aggregate', 'aggregate', 'aggregate']);
		expect(values).toEqual(full.filter((q) => q.kind === 'aggregate'));
		expect(values.some((q) => /\bbucket\b/.test(q.sql))).toBe(false);
		expect(full.some((q) => /\bbucket\b/.test(q.sql))).toBe(true);
	});

	it('is what evaluateTree sends when the request asks for it', async () => {
		const sent: string[] = [];
		const run = async (sql: string) => {
			sent.push(sql);
			return [];
		};
		const result = await evaluateTree(defaultTree, { ...REQUEST, periodValuesOnly: true }, run);
		expect(result.queryCount).toBe(3);
		expect(sent).toEqual(
			compileTree(defaultTree, checkRequest(REQUEST))
				.filter((q) => q.kind === 'aggregate')
				.map((q) => q.sql)
		);
		expect(Object.values(result.nodes).every((n) => n.series.length === 0 && n.anomalies.length === 0)).toBe(
			true
		);
		// With the metric alone (contact rate = tickets ÷ orders): tickets and events, one statement each.
		sent.length = 0;
		await evaluateTree(defaultTree, { ...REQUEST, nodes: ['contact_rate'], periodValuesOnly: true }, run);
		expect(sent).toHaveLength(2);
		expect(sent.every((sql) => !/\bbucket\b/.test(sql))).toBe(true);
	});

	it('crosses the wire to a Northstar server (the request schema accepts it, and only as a boolean)', () => {
		expect(v.safeParse(evaluationRequestSchema, { ...REQUEST, periodValuesOnly: true }).success).toBe(true);
		expect(v.safeParse(evaluationRequestSchema, { ...REQUEST, periodValuesOnly: 'yes' }).success).toBe(false);
	});
});

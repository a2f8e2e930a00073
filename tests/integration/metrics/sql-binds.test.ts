/** Every SQL statement the engine can generate binds in duckdb-wasm, and the tree runs on the sample data. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import { compileTree } from '../../../src/lib/metrics/compile';
import { evaluateTree } from '../../../src/lib/metrics/evaluate';
import { previousPeriod, type Grain } from '../../../src/lib/metrics/period';
import { checkRequest } from '../../../src/lib/metrics/request';
import { TABLES } from '../../../src/lib/metrics/tables';
import type { NodeId } from '../../../src/lib/metrics/types';
import { ratioShape } from '../../../src/lib/metrics/formula-evaluate';
import { FIXTURE_SQL, PERIOD, PREVIOUS } from '../../fixtures/metrics/cx-fixture';
import { startHarness, type Harness } from './engine-harness';

let harness: Harness;
beforeAll(async () => {
	harness = await startHarness(FIXTURE_SQL);
});
afterAll(async () => {
	await harness.engine.close();
});

describe('generated SQL', () => {
	it.each(['day', 'week', 'month'] as Grain[])(
		'binds for the whole default tree at the %s grain, with filters',
		async (grain) => {
			const request = checkRequest({
				period: PERIOD,
				previous: PREVIOUS,
				grain,
				filters: { channel: ['chat', null], segment: ['vip'], touchpoint: ["it's"] }
			});
			for (const query of compileTree(defaultTree, request)) {
				await expect(
					harness.engine.rows(`EXPLAIN ${query.sql}`),
					`${query.table} ${query.kind}`
				).resolves.toBeDefined();
			}
		}
	);

	it('sends the same six queries per evaluation, whatever the filters', async () => {
		const before = harness.sent.length;
		await evaluateTree(
			defaultTree,
			{ period: PERIOD, previous: PREVIOUS, grain: 'day', filters: { team: ['A'] } },
			harness.run
		);
		expect(harness.sent.length - before).toBe(6);
	});

	it('breaks every metric down by every dimension it can be broken down by', async () => {
		const request = { period: PERIOD, previous: PREVIOUS, grain: 'day' as const };
		const byId = new Map(defaultTree.nodes.map((n) => [n.id, n]));
		let count = 0;
		for (const node of defaultTree.nodes) {
			const leaf =
				node.definition.kind === 'formula' ? byId.get(ratioShape(node.definition.ast)!.numerator)! : node;
			for (const dimension of TABLES[leaf.table!].dimensions) {
				const result = await breakdown(defaultTree, node.id, dimension, request, harness.run);
				expect(result.rows.length, `${node.id} by ${dimension}`).toBeGreaterThan(0);
				count++;
			}
		}
		// (11 ticket metrics + contact_rate) × 4 + (4 event metrics + 2 event ratios) × 2 + 2 survey metrics × 1
		expect(count).toBe(62);
	});
});

describe('the sample data', () => {
	it('evaluates all 20 metrics for the last 7 days, the last 28 days and the whole range', async () => {
		const { engine, run } = harness;
		for (const table of ['events', 'tickets', 'surveys'] as const) {
			const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
			await engine.loadTable(table, { kind: 'bytes', bytes, format: 'parquet' });
		}
		const [range] = await engine.rows(`SELECT min(ts) AS first, max(ts) AS last FROM events`);
		const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		const end = day(Number(range!.last) + 86_400_000);
		const periods = [7, 28].map((days) => ({ start: day(Date.parse(end) - days * 86_400_000), end }));
		periods.push({ start: day(Number(range!.first)), end });
		for (const period of periods) {
			const result = await evaluateTree(
				defaultTree,
				{ period, previous: previousPeriod(period), grain: 'week' },
				run
			);
			expect(result.failures).toEqual([]);
			for (const node of Object.values(result.nodes)) {
				expect(node.value === null ? node.reason?.code : 'value', node.id).toMatch(/^(value|no_data)$/);
			}
			expect(result.nodes['tickets' as NodeId]!.value).toBeGreaterThan(0);
		}
	});
});

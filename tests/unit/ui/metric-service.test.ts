/** The one query service: identical asks share one query, and the session's data version empties the cache. */
import { describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../../src/lib/engine/types';
import { previewTable } from '../../../src/lib/data/summary';
import { sqlTreeQueries } from '../../../src/lib/metrics/tree-queries';
import type { TableId } from '../../../src/lib/metrics/types';
import type { TreeResult } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import { withTarget } from '../../../src/lib/metrics/tree-edit';
import type { TreeQueries } from '../../../src/lib/metrics/tree-queries';
import type { NodeId } from '../../../src/lib/metrics/types';
import { MetricService } from '../../../src/lib/ui/metric-service';
import { TreeInUse } from '../../../src/lib/ui/tree-in-use.svelte';
import { defaultTree } from '../../fixtures/default-tree';
import type { Dimension } from '../../../src/lib/metrics/dimensions';
import type { Breakdown } from '../../../src/lib/metrics/breakdown';

/** An engine that answers every statement with `answer` and records what it was asked. */
function countingEngine(answer: Row[]) {
	const sql: string[] = [];
	const engine = {
		rows: async (statement: string) => {
			sql.push(statement);
			return answer;
		},
		describe: async () => [{ name: 'channel', type: 'VARCHAR' }]
	} as unknown as Engine;
	return { engine, sql };
}

const tickets: TableId = 'tickets';
const channel = 'channel' as Dimension;

function service(engine: Engine, version: () => number) {
	const queries = sqlTreeQueries(defaultTree, async () => (sql) => engine.rows(sql));
	return new MetricService(queries, defaultTree, version, (table, limit) =>
		previewTable(engine, table, limit)
	);
}

describe('MetricService', () => {
	it('answers an identical ask from the cache until the data version changes', async () => {
		const { engine, sql } = countingEngine([{ value: 'chat', rows: 3 }]);
		let version = 0;
		const metrics = service(engine, () => version);
		expect(await metrics.dimensionValues(tickets, channel)).toEqual([{ value: 'chat', rows: 3 }]);
		await metrics.dimensionValues(tickets, channel);
		expect(sql).toHaveLength(1); // the second ask was a cache hit
		version = 1; // new data loaded
		await metrics.dimensionValues(tickets, channel);
		expect(sql).toHaveLength(2);
	});

	it('knows which trees were asked for the data loaded now (the overview then skips its values-first ask)', async () => {
		const { engine } = countingEngine([]);
		let version = 0;
		const metrics = service(engine, () => version);
		const request: EvaluationRequest = {
			period: { start: '2025-12-01', end: '2025-12-29' },
			previous: { start: '2025-11-03', end: '2025-12-01' },
			filters: {},
			grain: 'day'
		};
		expect(metrics.asked(request)).toBe(false);
		const asked = metrics.evaluate(request);
		expect(metrics.asked(request)).toBe(true); // on its way counts
		await asked;
		expect(metrics.asked(request)).toBe(true);
		expect(metrics.asked({ ...request, periodValuesOnly: true })).toBe(false);
		expect(metrics.asked({ ...request, grain: 'week' })).toBe(false);
		version = 1; // new data: nothing asked for it yet
		expect(metrics.asked(request)).toBe(false);
	});

	it('previews a table through the same cache', async () => {
		const { engine, sql } = countingEngine([{ channel: 'chat' }]);
		let version = 3;
		const metrics = service(engine, () => version);
		const first = await metrics.preview(tickets, 2);
		expect(first).toEqual({ columns: [{ name: 'channel', type: 'VARCHAR' }], rows: [{ channel: 'chat' }] });
		expect(sql).toEqual(['SELECT * FROM "tickets" LIMIT 2']);
		await metrics.preview(tickets, 2);
		version = 4;
		await metrics.preview(tickets, 2);
		expect(sql).toHaveLength(2);
	});

	it('has no preview where the data is not in this tab (server mode)', async () => {
		const { engine } = countingEngine([]);
		const queries = sqlTreeQueries(defaultTree, async () => (sql) => engine.rows(sql));
		await expect(new MetricService(queries, defaultTree).preview(tickets)).rejects.toThrow(
			/no table preview/
		);
	});

	it('evaluates with a tree edited in place at once, through an emptied cache', async () => {
		const trees = new TreeInUse(defaultTree);
		const csat = 'csat' as NodeId;
		const targetOf = () => trees.tree.nodes.find((n) => n.id === csat)?.target;
		// A stand-in engine: answers every evaluation with nothing, noting the csat target it was asked with.
		const asked: (number | undefined)[] = [];
		const queries = {
			evaluate: async () => {
				asked.push(targetOf());
				return { nodes: {}, failures: [] } as unknown as TreeResult;
			}
		} as unknown as TreeQueries;
		const metrics = new MetricService(queries, trees);
		const request = {
			period: { start: '2025-09-08', end: '2025-09-15' },
			previous: { start: '2025-09-01', end: '2025-09-08' },
			filters: {},
			grain: 'day'
		} as EvaluationRequest;
		await metrics.evaluate(request);
		await metrics.evaluate(request);
		expect(asked).toEqual([defaultTree.nodes.find((n) => n.id === csat)!.target]); // one query, one hit
		metrics.useTree(withTarget(defaultTree, csat, 80));
		expect(metrics.tree.nodes.find((n) => n.id === csat)!.target).toBe(80);
		await metrics.evaluate(request);
		expect(asked).toEqual([defaultTree.nodes.find((n) => n.id === csat)!.target, 80]);
	});
});

describe('MetricService lanes: what comes beside a view waits for the view’s own queries', () => {
	const REQUEST = {
		period: { start: '2025-09-08', end: '2025-09-15' },
		previous: { start: '2025-09-01', end: '2025-09-08' },
		grain: 'day'
	} as EvaluationRequest;
	const tick = () => new Promise((done) => setTimeout(done, 5));

	/** Queries that log when each starts and ends, each taking a few milliseconds (the engine's one lane). */
	function loggingQueries() {
		const log: string[] = [];
		const queries = {
			evaluate: async (request: EvaluationRequest) => {
				const name = request.periodValuesOnly ? 'check' : `tree ${request.grain}`;
				log.push(`start ${name}`);
				await tick();
				log.push(`end ${name}`);
				return { nodes: {}, failures: [], queryCount: 0 } as TreeResult;
			},
			breakdown: async () => {
				log.push('start breakdown');
				await tick();
				log.push('end breakdown');
				return {} as Breakdown;
			}
		} as unknown as TreeQueries;
		return { log, service: new MetricService(queries, defaultTree) };
	}

	it('runs a background ask after the view queries asked in the same flush, even when asked first', async () => {
		const { log, service } = loggingQueries();
		const check = service.evaluate({ ...REQUEST, periodValuesOnly: true }, 'background');
		const tree = service.evaluate(REQUEST);
		const breakdown = service.breakdown('contact_rate' as NodeId, channel, REQUEST);
		await Promise.all([check, tree, breakdown]);
		expect(log).toEqual([
			'start tree day',
			'start breakdown',
			'end tree day',
			'end breakdown',
			'start check',
			'end check'
		]);
	});

	it('keeps waiting when a view asks its next query as soon as its first answer arrives', async () => {
		const { log, service } = loggingQueries();
		const check = service.evaluate({ ...REQUEST, periodValuesOnly: true }, 'background');
		const view = service
			.evaluate(REQUEST)
			.then(() => service.breakdown('contact_rate' as NodeId, channel, REQUEST));
		await Promise.all([check, view]);
		expect(log).toEqual([
			'start tree day',
			'end tree day',
			'start breakdown',
			'end breakdown',
			'start check',
			'end check'
		]);
	});

	it('runs a background ask at once when no view query is in flight, and a view ask never waits', async () => {
		const { log, service } = loggingQueries();
		await service.evaluate({ ...REQUEST, periodValuesOnly: true }, 'background');
		expect(log).toEqual(['start check', 'end check']);
		log.length = 0;
		// A view query asked while a background one runs starts at once (the lanes order asks, not answers).
		const check = service.evaluate({ ...REQUEST, grain: 'week', periodValuesOnly: true }, 'background');
		await new Promise((done) => setTimeout(done, 1));
		const tree = service.evaluate({ ...REQUEST, grain: 'month' });
		await Promise.all([check, tree]);
		expect(log).toEqual(['start check', 'start tree month', 'end check', 'end tree month']);
	});
});

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

/** The one query service: identical asks share one query, and the session's data version empties the cache. */
import { describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../../src/lib/engine/types';
import { previewTable } from '../../../src/lib/data/summary';
import { sqlTreeQueries } from '../../../src/lib/metrics/tree-queries';
import type { TableId } from '../../../src/lib/metrics/types';
import { MetricService } from '../../../src/lib/ui/metric-service';
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
});

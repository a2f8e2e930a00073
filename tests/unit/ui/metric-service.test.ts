/** The one query service: identical asks share one query, and the session's data version empties the cache. */
import { describe, expect, it } from 'vitest';
import type { Engine, Row } from '../../../src/lib/engine/types';
import type { TableId } from '../../../src/lib/metrics/types';
import { MetricService } from '../../../src/lib/ui/metric-service';
import { defaultTree } from '../../fixtures/default-tree';

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

describe('MetricService', () => {
	it('answers an identical ask from the cache until the data version changes', async () => {
		const { engine, sql } = countingEngine([{ value: 'chat', rows: 3 }]);
		let version = 0;
		const service = new MetricService(
			async () => engine,
			defaultTree,
			() => version
		);
		expect(await service.dimensionValues(tickets, 'channel')).toEqual([{ value: 'chat', rows: 3 }]);
		await service.dimensionValues(tickets, 'channel');
		expect(sql).toHaveLength(1); // the second ask was a cache hit
		version = 1; // new data loaded
		await service.dimensionValues(tickets, 'channel');
		expect(sql).toHaveLength(2);
	});

	it('previews a table through the same cache', async () => {
		const { engine, sql } = countingEngine([{ channel: 'chat' }]);
		let version = 3;
		const service = new MetricService(
			async () => engine,
			defaultTree,
			() => version
		);
		const first = await service.preview(tickets, 2);
		expect(first).toEqual({ columns: [{ name: 'channel', type: 'VARCHAR' }], rows: [{ channel: 'chat' }] });
		expect(sql).toEqual(['SELECT * FROM "tickets" LIMIT 2']);
		await service.preview(tickets, 2);
		version = 4;
		await service.preview(tickets, 2);
		expect(sql).toHaveLength(2);
	});
});

/**
 * `emptyColumns`: the canonical columns with no value in any row (a metric reading one has no value, and
 * the overview says which column is missing). Run in DuckDB-WASM on tables made here, one per case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalTableSql } from '../../../src/lib/data/canonical';
import { emptyColumns } from '../../../src/lib/data/summary';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import type { TableId } from '../../../src/lib/metrics/types';

/** `table` in canonical shape from `select`; the canonical columns `select` does not name are NULL. */
async function canonical(engine: Engine, table: TableId, select: string, present: string[]) {
	await engine.rows(`CREATE OR REPLACE TABLE staging AS ${select}`);
	await engine.rows(canonicalTableSql(table, 'staging', new Set(present)));
	await engine.rows('DROP TABLE staging');
}

describe('emptyColumns', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await startNodeEngine();
	});
	afterAll(async () => {
		await engine.close();
	});

	it('names the columns without a value, a value in the very last of 300,000 rows counting', async () => {
		// revenue: one value, in the last row (past the first row groups, so a check that stops early must
		// still reach it); channel: NULL in every row; segment: not in the file at all.
		await canonical(
			engine,
			'events',
			`SELECT TIMESTAMP '2025-01-01' + INTERVAL (i % 60) DAY AS ts, 'c' || (i % 97) AS customer_id,
				'visit' AS event_type, NULL::VARCHAR AS channel,
				CASE WHEN i = 299999 THEN 12.5 END AS revenue
			FROM range(300000) t(i)`,
			['ts', 'customer_id', 'event_type', 'channel', 'revenue']
		);
		// Every column has a value somewhere, each in a different row.
		await canonical(
			engine,
			'surveys',
			`SELECT * FROM (VALUES
				(TIMESTAMP '2025-01-01', 9, NULL, NULL),
				(TIMESTAMP '2025-01-02', NULL, 'c1', NULL),
				(NULL, NULL, NULL, 'after_support')
			) v(ts, score, customer_id, touchpoint)`,
			['ts', 'score', 'customer_id', 'touchpoint']
		);
		// No rows: every column is empty.
		await canonical(engine, 'tickets', `SELECT 't1' AS ticket_id WHERE false`, ['ticket_id']);

		expect(await emptyColumns(engine)).toEqual({
			events: ['channel', 'segment'],
			tickets: [
				'ticket_id',
				'created_at',
				'customer_id',
				'first_response_at',
				'resolved_at',
				'channel',
				'category',
				'priority',
				'team',
				'self_service',
				'agent_replies',
				'reopens',
				'csat'
			],
			surveys: []
		});
	});

	it('counts NaN and false as values (they are not missing)', async () => {
		await canonical(
			engine,
			'events',
			`SELECT TIMESTAMP '2025-01-01' AS ts, 'c1' AS customer_id, 'order' AS event_type, 'NaN'::DOUBLE AS revenue`,
			['ts', 'customer_id', 'event_type', 'revenue']
		);
		await canonical(
			engine,
			'tickets',
			`SELECT 't1' AS ticket_id, TIMESTAMP '2025-01-01' AS created_at, false AS self_service, 0 AS reopens`,
			['ticket_id', 'created_at', 'self_service', 'reopens']
		);
		const empty = await emptyColumns(engine);
		expect(empty.events).toEqual(['channel', 'segment']);
		expect(empty.tickets).toEqual([
			'customer_id',
			'first_response_at',
			'resolved_at',
			'channel',
			'category',
			'priority',
			'team',
			'agent_replies',
			'csat'
		]);
	});
});

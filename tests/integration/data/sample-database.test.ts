/**
 * The sample as a DuckDB database file (data/sample-database.ts): written by native DuckDB, it must
 * open in the bundled DuckDB-WASM under the engine's lockdown and hold exactly the Parquet's rows in
 * canonical tables. And a file that is not a database fails clearly, leaving the loaded data alone.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleDatabase, writeSampleDatabase } from '../../../data/sample-database';
import { isCanonicalShape } from '../../../src/lib/data/canonical';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { TABLE_IDS } from '../../../src/lib/data/schema';
import { startNodeEngine } from '../../../src/lib/engine/node';
import { EngineError, type Engine } from '../../../src/lib/engine/types';

const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

describe('the sample database file', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await startNodeEngine();
	});
	afterAll(async () => {
		await engine.close();
	});

	it('is written compact (no free blocks) and keeps the Parquet row order', async () => {
		const path = await ensureSampleDatabase('data/sample');
		const connection = await (await DuckDBInstance.create(':memory:')).connect();
		await connection.run(`ATTACH '${path}' AS sample (READ_ONLY)`);
		const size = await connection.runAndReadAll(
			`SELECT free_blocks, used_blocks FROM pragma_database_size() WHERE database_name = 'sample'`
		);
		const [blocks] = size.getRowObjects();
		expect(Number(blocks?.free_blocks)).toBe(0);
		expect(Number(blocks?.used_blocks)).toBeGreaterThan(0);
		// The file's rows in the Parquet's order (the events are in time order there): none differs.
		const order = await connection.runAndReadAll(
			`SELECT count(*) AS n
			 FROM (SELECT ts, customer_id, rowid AS i FROM sample.events) f
			 JOIN (SELECT ts, customer_id, file_row_number AS i FROM read_parquet('data/sample/events.parquet', file_row_number = true)) p
			 ON f.i = p.i
			 WHERE f.ts IS DISTINCT FROM p.ts OR f.customer_id IS DISTINCT FROM p.customer_id`
		);
		expect(Number(order.getRowObjects()[0]?.n)).toBe(0);
		connection.closeSync();
	});

	it('opens in DuckDB-WASM and holds every row of the sample Parquet, in canonical tables', async () => {
		const database = await engine.attachDatabase({
			kind: 'bytes',
			bytes: bytesOf(await ensureSampleDatabase('data/sample'))
		});
		expect([...(await database.tables())]).toEqual([...TABLE_IDS].sort());
		for (const table of TABLE_IDS) {
			await loadCanonicalTable(engine, table, { kind: 'attached', database, table });
			expect(isCanonicalShape(table, await engine.describe(table))).toBe(true);
			await engine.loadTable(`pq_${table}`, {
				kind: 'bytes',
				bytes: bytesOf(`data/sample/${table}.parquet`),
				format: 'parquet'
			});
			// Same multiset of rows both ways (EXCEPT ALL keeps duplicates), and the same count.
			for (const [a, b] of [
				[table, `pq_${table}`],
				[`pq_${table}`, table]
			]) {
				const [extra] = await engine.rows(
					`SELECT count(*) AS n FROM (SELECT * FROM "${a}" EXCEPT ALL SELECT * FROM "${b}")`
				);
				expect(extra?.n, `${a} rows missing from ${b}`).toBe(0);
			}
			const [counts] = await engine.rows(
				`SELECT (SELECT count(*) FROM "${table}") AS db, (SELECT count(*) FROM "pq_${table}") AS pq`
			);
			expect(counts?.db).toBe(counts?.pq);
			expect(counts?.db).toBeGreaterThan(0);
		}
		await database.detach();
		// Detached: its tables are gone from SQL, the copies stay.
		await expect(engine.rows(`SELECT count(*) FROM ${database.alias}.events`)).rejects.toThrow();
		expect((await engine.rows('SELECT count(*) AS n FROM events'))[0]?.n).toBeGreaterThan(0);
	});

	it('is rewritten when the Parquet changes, and a partial write never replaces it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'northstar-sample-'));
		const connection = await (await DuckDBInstance.create(':memory:')).connect();
		await connection.run(
			`COPY (SELECT TIMESTAMP '2025-01-01 10:00' AS ts, 'c1' AS customer_id, 'order' AS event_type, 'web' AS channel, 'new' AS segment, 12.5 AS revenue) TO '${dir}/events.parquet' (FORMAT parquet)`
		);
		await connection.run(
			`COPY (SELECT 't1' AS ticket_id, 'c1' AS customer_id, TIMESTAMP '2025-01-01 11:00' AS created_at) TO '${dir}/tickets.parquet' (FORMAT parquet)`
		);
		await connection.run(
			`COPY (SELECT TIMESTAMP '2025-01-02 10:00' AS ts, 9 AS score) TO '${dir}/surveys.parquet' (FORMAT parquet)`
		);
		const path = await ensureSampleDatabase(dir);
		// As a Blob, as the app hands it over (Node has no file handles: the engine reads its bytes).
		const database = await engine.attachDatabase({ kind: 'blob', blob: new Blob([bytesOf(path)]) });
		await loadCanonicalTable(engine, 'tickets', { kind: 'attached', database, table: 'tickets' });
		// Columns absent from the Parquet become typed NULL columns of the canonical table.
		expect(isCanonicalShape('tickets', await engine.describe('tickets'))).toBe(true);
		expect(await engine.rows('SELECT ticket_id, resolved_at FROM tickets')).toEqual([
			{ ticket_id: 't1', resolved_at: null }
		]);
		await database.detach();
		// Same Parquet → same file, not rewritten (the stamp matches).
		const before = readFileSync(path);
		await ensureSampleDatabase(dir);
		expect(readFileSync(path).equals(before)).toBe(true);
		// A write that fails (the Parquet is gone) leaves the old file in place.
		await expect(writeSampleDatabase(join(dir, 'missing'), path)).rejects.toThrow();
		expect(readFileSync(path).equals(before)).toBe(true);
		connection.closeSync();
	});

	it('refuses a file that is not a DuckDB database, with a clear error, and keeps the loaded data', async () => {
		const [before] = await engine.rows('SELECT count(*) AS n FROM events');
		const garbage = new TextEncoder().encode('ts,customer_id\n2025-01-01,c1\n');
		const failure = await engine.attachDatabase({ kind: 'bytes', bytes: garbage }).catch((e) => e);
		expect(failure).toBeInstanceOf(EngineError);
		expect((failure as EngineError).code).toBe('bad_database');
		expect((failure as EngineError).userMessage).toMatch(/not a DuckDB database/);
		expect((await engine.rows('SELECT count(*) AS n FROM events'))[0]).toEqual(before);
	});

	it('loading a table the database does not hold fails before anything is replaced', async () => {
		const database = await engine.attachDatabase({
			kind: 'bytes',
			bytes: bytesOf(await ensureSampleDatabase('data/sample'))
		});
		const [before] = await engine.rows('SELECT count(*) AS n FROM events');
		await expect(
			engine.loadTable('staging_x', { kind: 'attached', database, table: 'orders' })
		).rejects.toThrow(/no table “orders”/);
		expect((await engine.rows('SELECT count(*) AS n FROM events'))[0]).toEqual(before);
		await database.detach();
	});
});

import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeEngine } from '../../src/lib/engine/node';
import { EngineError, type Engine } from '../../src/lib/engine/types';

// Fixtures are written by native DuckDB — a different Parquet writer from the one the app reads with.
async function writeParquet(sql: string, compression = 'zstd'): Promise<Uint8Array> {
	const dir = mkdtempSync(join(tmpdir(), 'northstar-'));
	const path = join(dir, 'fixture.parquet');
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	await connection.run(
		`COPY (${sql}) TO '${path}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE 2)`
	);
	return new Uint8Array(readFileSync(path));
}

describe('engine (duckdb-wasm in Node)', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await startNodeEngine();
	});
	afterAll(async () => {
		await engine.close();
	});

	it('loads a multi-row-group Parquet file and answers with hand-checkable numbers', async () => {
		const bytes = await writeParquet(
			`SELECT * FROM (VALUES
				('t1', TIMESTAMP '2025-01-01 09:00', 'chat', 5),
				('t2', TIMESTAMP '2025-01-01 10:00', 'email', 3),
				('t3', TIMESTAMP '2025-01-02 11:00', 'chat', NULL),
				('t4', TIMESTAMP '2025-01-03 12:00', 'phone', 4),
				('t5', TIMESTAMP '2025-01-04 13:00', 'chat', 1)
			) AS t(ticket_id, created_at, channel, csat)`
		);
		const { rows } = await engine.loadTable('tickets', { kind: 'bytes', bytes, format: 'parquet' });
		expect(rows).toBe(5);
		const [stats] = await engine.rows(
			`SELECT count(*) AS n, count(csat) AS rated, avg(csat) AS mean, min(created_at) AS first FROM tickets WHERE channel = ?`,
			['chat']
		);
		// chat tickets: t1 (5), t3 (unrated), t5 (1) → 3 tickets, 2 rated, mean (5 + 1) / 2 = 3
		expect(stats).toEqual({ n: 3, rated: 2, mean: 3, first: Date.UTC(2025, 0, 1, 9) });
	});

	it('reads only the requested columns', async () => {
		const bytes = await writeParquet(`SELECT range AS a, range * 2 AS b, 'x' AS c FROM range(5)`, 'snappy');
		await engine.loadTable('narrow', { kind: 'bytes', bytes, format: 'parquet' }, { columns: ['a', 'c'] });
		expect((await engine.describe('narrow')).map((c) => c.name)).toEqual(['a', 'c']);
	});

	it('keeps nanosecond timestamps readable', async () => {
		const bytes = await writeParquet(`SELECT TIMESTAMP_NS '2025-03-01 08:30:00.123456789' AS ts`);
		await engine.loadTable('ns', { kind: 'bytes', bytes, format: 'parquet' });
		const [row] = await engine.rows(`SELECT CAST(ts AS TIMESTAMP) AS ts FROM ns`);
		// TIMESTAMP keeps microseconds: epoch ms with a fractional .456
		expect(row?.ts).toBeCloseTo(Date.UTC(2025, 2, 1, 8, 30, 0, 123) + 0.456, 6);
	});

	it('loads CSV with a semicolon delimiter and a byte-order mark', async () => {
		const csv = '\uFEFFid;score\n1;9\n2;6\n3;10\n';
		const { rows } = await engine.loadTable('csv_semicolon', {
			kind: 'bytes',
			bytes: new TextEncoder().encode(csv),
			format: 'csv'
		});
		expect(rows).toBe(3);
		const [row] = await engine.rows(`SELECT sum(score) AS total FROM csv_semicolon WHERE id >= ?`, [2]);
		expect(row?.total).toBe(16); // 6 + 10
	});

	it('binds values instead of splicing them into SQL', async () => {
		const [row] = await engine.rows(`SELECT ? AS v`, ["x'; DROP TABLE tickets; --"]);
		expect(row?.v).toBe("x'; DROP TABLE tickets; --");
		expect((await engine.rows(`SELECT count(*) AS n FROM tickets`))[0]?.n).toBe(5);
	});

	it('reports a corrupt Parquet file as a typed error and keeps existing tables', async () => {
		const garbage = new TextEncoder().encode('this is not parquet at all');
		await expect(
			engine.loadTable('broken', { kind: 'bytes', bytes: garbage, format: 'parquet' })
		).rejects.toThrow(EngineError);
		expect((await engine.rows(`SELECT count(*) AS n FROM tickets`))[0]?.n).toBe(5);
	});

	it('reports a bad query as an EngineError carrying the SQL', async () => {
		const error = await engine.rows('SELECT nope FROM tickets').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(EngineError);
		expect((error as EngineError).sql).toBe('SELECT nope FROM tickets');
	});
});

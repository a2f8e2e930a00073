/** Loading a file that already is canonical (the sample) renames it into place; other files are cast. */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCanonicalShape } from '../../../src/lib/data/canonical';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { swapIn } from '../../../src/lib/data/swap';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';

async function parquet(sql: string): Promise<Uint8Array> {
	const path = join(mkdtempSync(join(tmpdir(), 'northstar-')), 'f.parquet');
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	await connection.run(`COPY (${sql}) TO '${path}' (FORMAT parquet)`);
	return new Uint8Array(readFileSync(path));
}

const SURVEYS = `SELECT TIMESTAMP '2025-03-10 10:00' AS ts, 9::INTEGER AS score, 'c1' AS customer_id, 'after_support' AS touchpoint
	UNION ALL SELECT TIMESTAMP '2025-03-11 10:00', 3::INTEGER, NULL, NULL`;

describe('canonical load', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await startNodeEngine();
	});
	afterAll(async () => {
		await engine.close();
	});

	it('knows a canonical shape: same columns, same order, same types', () => {
		const surveys = [
			{ name: 'ts', type: 'TIMESTAMP' },
			{ name: 'score', type: 'INTEGER' },
			{ name: 'customer_id', type: 'VARCHAR' },
			{ name: 'touchpoint', type: 'VARCHAR' }
		];
		expect(isCanonicalShape('surveys', surveys)).toBe(true);
		expect(isCanonicalShape('surveys', [surveys[1]!, surveys[0]!, ...surveys.slice(2)])).toBe(false);
		expect(
			isCanonicalShape('surveys', [surveys[0]!, { name: 'score', type: 'BIGINT' }, ...surveys.slice(2)])
		).toBe(false);
		expect(isCanonicalShape('surveys', surveys.slice(0, 3))).toBe(false);
	});

	it('renames a canonical file into place and casts any other, with the same rows either way', async () => {
		await loadCanonicalTable(engine, 'surveys', {
			kind: 'bytes',
			bytes: await parquet(SURVEYS),
			format: 'parquet'
		});
		const renamed = await engine.rows('SELECT * FROM surveys ORDER BY ts');
		// score as BIGINT and columns in another order: not canonical, so copied through casts.
		const other = await parquet(
			`SELECT touchpoint, customer_id, score::BIGINT AS score, ts FROM (${SURVEYS})`
		);
		await loadCanonicalTable(engine, 'surveys', { kind: 'bytes', bytes: other, format: 'parquet' });
		expect(await engine.rows('SELECT * FROM surveys ORDER BY ts')).toEqual(renamed);
		expect((await engine.describe('surveys')).map((c) => `${c.name} ${c.type}`)).toEqual([
			'ts TIMESTAMP',
			'score INTEGER',
			'customer_id VARCHAR',
			'touchpoint VARCHAR'
		]);
		expect(renamed).toHaveLength(2);
		// No staging table is left behind.
		expect(
			await engine.rows(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'staging_%'`)
		).toEqual([]);
	});

	it('keeps the old table when the swap fails', async () => {
		await expect(swapIn(engine, 'surveys', 'no_such_table')).rejects.toThrow();
		expect((await engine.rows('SELECT count(*) AS n FROM surveys'))[0]?.n).toBe(2);
		// The failed transaction was rolled back: the connection works on.
		await engine.script('CREATE TABLE after_failure AS SELECT 1 AS x');
		expect((await engine.rows('SELECT x FROM after_failure'))[0]?.x).toBe(1);
	});
});

/**
 * The sample as a DuckDB database file (issue #13): the browser attaches it and reads its tables in
 * DuckDB's own format, with no Parquet decoding on the page (DuckDB-WASM has no built-in Parquet
 * reader). Written at build time from the committed Parquet files by native DuckDB, in a storage
 * version the bundled DuckDB-WASM reads; `tests/integration/data/sample-database.test.ts` opens it
 * with DuckDB-WASM and checks every row against the Parquet.
 *
 *   npx tsx data/sample-database.ts [DIR]     (default data/sample; writes DIR/sample.duckdb)
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { canonicalTableSql } from '../src/lib/data/canonical';
import { TABLE_IDS } from '../src/lib/data/schema';
import { quoteIdent, quoteString } from '../src/lib/sql/quote';

export const SAMPLE_DATABASE = 'sample.duckdb';

/**
 * DuckDB-WASM 1.32 is DuckDB 1.4: a file written by a newer native DuckDB in its own newest format
 * would not open. Bump together with @duckdb/duckdb-wasm.
 */
export const STORAGE_VERSION = 'v1.4.0';

/** Bumped when what is written changes, so a stale file is rebuilt. */
const LAYOUT = 2;

/**
 * Rows per appending transaction: fewer than a DuckDB row group (122,880). A transaction appending whole
 * row groups writes them to the file at once, and the checkpoint at the end writes them again compressed,
 * leaving the first blocks free inside the file (45 % of the 1× file was free blocks: 19.5 MB against
 * 10.8 MB written this way). Smaller appends wait in the write-ahead log and are written once.
 */
const ROWS_PER_APPEND = 100_000;

/** The database file's path; (re)written when missing or made from other Parquet files. */
export async function ensureSampleDatabase(dir = 'data/sample'): Promise<string> {
	const path = resolve(dir, SAMPLE_DATABASE);
	const stamp = `${path}.stamp`;
	const expected = fingerprint(dir);
	const current = existsSync(path) && existsSync(stamp) && readFileSync(stamp, 'utf8') === expected;
	if (!current) await writeSampleDatabase(dir, path);
	// Written either way: its time tells the Vite plugin the file is up to date.
	writeFileSync(stamp, expected);
	return path;
}

/** The Parquet files' content and the layout: what the database file is made from. */
function fingerprint(dir: string): string {
	const hash = createHash('sha256').update(`${LAYOUT} ${STORAGE_VERSION}`);
	for (const table of TABLE_IDS) hash.update(readFileSync(join(dir, `${table}.parquet`)));
	return hash.digest('hex');
}

/** Copy DIR's three Parquet files into canonical tables of a new database file at `path`. */
export async function writeSampleDatabase(dir: string, path: string): Promise<void> {
	// Written beside, then renamed: a build or test run in parallel never attaches half a file.
	const partial = `${path}.${process.pid}-${randomUUID()}.partial`;
	rmSync(partial, { force: true });
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	let written = false;
	try {
		// No checkpoint before the end: every append stays in the write-ahead log until DETACH.
		await connection.run(`SET checkpoint_threshold = '1TB'`);
		await connection.run(
			`ATTACH ${quoteString(partial)} AS sample_out (STORAGE_VERSION ${quoteString(STORAGE_VERSION)})`
		);
		for (const table of TABLE_IDS) {
			// The canonical table in memory first, then appended to the file in slices (ROWS_PER_APPEND).
			const staging = `staging_${table}`;
			const file = quoteString(resolve(dir, `${table}.parquet`));
			await connection.run(`CREATE VIEW ${quoteIdent(staging)} AS SELECT * FROM read_parquet(${file})`);
			const described = await connection.runAndReadAll(`DESCRIBE ${quoteIdent(staging)}`);
			const present = new Set(described.getRowObjects().map((row) => String(row.column_name)));
			await connection.run(canonicalTableSql(table, staging, present));
			await connection.run(`DROP VIEW ${quoteIdent(staging)}`);
			const source = quoteIdent(table);
			const target = `sample_out.${quoteIdent(table)}`;
			await connection.run(`CREATE TABLE ${target} AS SELECT * FROM ${source} LIMIT 0`);
			const counted = await connection.runAndReadAll(`SELECT count(*) AS n FROM ${source}`);
			const rows = Number(counted.getRowObjects()[0]?.n ?? 0);
			for (let from = 0; from < rows; from += ROWS_PER_APPEND) {
				await connection.run(
					`INSERT INTO ${target} SELECT * FROM ${source} WHERE rowid >= ${from} AND rowid < ${from + ROWS_PER_APPEND}`
				);
			}
			await connection.run(`DROP TABLE ${source}`);
		}
		await connection.run('DETACH sample_out');
		written = true;
	} finally {
		connection.closeSync();
		instance.closeSync();
		if (!written) rmSync(partial, { force: true });
		rmSync(`${partial}.wal`, { force: true });
	}
	renameSync(partial, path);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'data/sample';
	ensureSampleDatabase(dir).then(
		(path) => console.log(`sample database: ${path}`),
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exitCode = 1;
		}
	);
}

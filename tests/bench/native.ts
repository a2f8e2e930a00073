/**
 * The reference: native DuckDB (@duckdb/node-api) on the same Parquet files, running the very SQL
 * the app sent to DuckDB-WASM (captured in the page), so WASM ÷ native compares like with like.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { canonicalTableSql } from '../../src/lib/data/canonical';
import { TABLE_IDS, TABLES } from '../../src/lib/data/schema';
import { quoteString } from '../../src/lib/sql/quote';

export interface NativeDb {
	/** Load the three tables the way the app does (canonical casts), in ms. */
	load(dir: string): Promise<number>;
	/** Run statements one after another (as the single WASM worker does), in ms. */
	run(statements: readonly string[]): Promise<number>;
	close(): void;
}

export async function openNative(): Promise<NativeDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection: DuckDBConnection = await instance.connect();
	return {
		async load(dir) {
			const start = performance.now();
			for (const table of TABLE_IDS) {
				const staging = `staging_${table}`;
				const file = quoteString(resolve(dir, `${table}.parquet`));
				await connection.run(`CREATE OR REPLACE VIEW ${staging} AS SELECT * FROM read_parquet(${file})`);
				const present = new Set(TABLES[table].columns.map((c) => c.name));
				await connection.run(canonicalTableSql(table, staging, present));
				await connection.run(`DROP VIEW ${staging}`);
			}
			return performance.now() - start;
		},
		async run(statements) {
			const start = performance.now();
			for (const sql of statements) await connection.runAndReadAll(sql);
			return performance.now() - start;
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}

/** Statements worth replaying natively: reads, not the app's staging and loading DDL. */
export function replayable(statements: readonly string[]): string[] {
	return statements.filter(
		(sql) =>
			/^\s*(WITH|SELECT)\b/i.test(sql) &&
			!/\b(staging|snapshot)_/.test(sql) &&
			// The engine's own look at its catalog (an attached file's tables, which names are views), not
			// the tree's SQL.
			!/\bduckdb_(tables|views)\(\)/.test(sql)
	);
}

/**
 * Native DuckDB (@duckdb/node-api) for server mode: the three tables as read-only views over a directory
 * of Parquet/CSV files, or the tables of a .duckdb file opened read-only. Each query gets its own
 * connection, a timeout (the connection is interrupted) and a row limit.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerEngine } from '../lib/api/protocol';
import { isCanonicalShape } from '../lib/data/canonical';
import { tableSummarySql } from '../lib/data/summary';
import { TABLE_IDS, TABLES, type TableId } from '../lib/data/schema';
import type { RunQuery } from '../lib/metrics/rows';
import { duckdb, type Dialect } from '../lib/metrics/sql/dialect';
import { quoteIdent, quoteString } from '../lib/sql/quote';
import { QueryLimitError, type QueryLimits } from './limits';

/** A database server mode evaluates on: native DuckDB here, or ClickHouse (clickhouse.ts). */
export interface NativeDatabase {
	engine: ServerEngine;
	/** The SQL dialect its queries are compiled to. */
	dialect: Dialect;
	/** The tables that are present (a directory may hold only some of them). */
	tables: TableId[];
	run: RunQuery;
	/** Row count and first/last time of a table, as `tableSummarySql` in DuckDB. */
	summarySql(table: TableId): string;
	close(): void;
}

/** Open `path`: a directory with events/tickets/surveys as .parquet or .csv, or a .duckdb file. */
export async function openNativeDuckDb(path: string, limits: QueryLimits): Promise<NativeDatabase> {
	const full = resolve(path);
	if (!existsSync(full)) throw new Error(`No such file or directory: ${full}`);
	const isFile = statSync(full).isFile();
	const instance = isFile
		? await DuckDBInstance.create(full, { access_mode: 'READ_ONLY' })
		: await DuckDBInstance.create(':memory:');
	const setup = await instance.connect();
	try {
		const tables = isFile ? await presentTables(setup) : await createViews(setup, full);
		if (tables.length === 0) {
			throw new Error(
				`${full} has none of the tables ${TABLE_IDS.join(', ')} (as ${isFile ? 'tables' : '<table>.parquet or <table>.csv'}).`
			);
		}
		// From here on DuckDB touches no file but the data: no COPY out, no reading other files, no unlocking.
		if (!isFile) {
			const files = tables.map((t) => quoteString(dataFile(full, t)!));
			await setup.run(`SET allowed_paths = [${files.join(', ')}]`);
		}
		await setup.run('SET enable_external_access = false');
		await setup.run('SET lock_configuration = true');
		return {
			engine: 'duckdb',
			dialect: duckdb,
			tables,
			run: (sql) => runLimited(instance, sql, limits),
			summarySql: tableSummarySql,
			close: () => instance.closeSync()
		};
	} catch (error) {
		instance.closeSync();
		throw error;
	} finally {
		setup.closeSync();
	}
}

function dataFile(dir: string, table: TableId): string | null {
	for (const ext of ['parquet', 'csv']) {
		const file = join(dir, `${table}.${ext}`);
		if (existsSync(file)) return file;
	}
	return null;
}

/** One view per table found; files not in canonical shape are read through explicit casts, as the browser loads them. */
async function createViews(connection: DuckDBConnection, dir: string): Promise<TableId[]> {
	const tables: TableId[] = [];
	for (const table of TABLE_IDS) {
		const file = dataFile(dir, table);
		if (!file) continue;
		const reader = file.endsWith('.csv')
			? `read_csv(${quoteString(file)}, header = true)`
			: `read_parquet(${quoteString(file)})`;
		const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`)).getRowObjectsJS();
		const columns = described.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
		const present = new Set(columns.map((c) => c.name));
		const missing = TABLES[table].columns.filter((c) => c.required && !present.has(c.name));
		if (missing.length > 0) {
			throw new Error(`${file} is missing required columns: ${missing.map((c) => c.name).join(', ')}.`);
		}
		const select = isCanonicalShape(table, columns)
			? '*'
			: TABLES[table].columns
					.map(
						(c) =>
							`CAST(${present.has(c.name) ? quoteIdent(c.name) : 'NULL'} AS ${c.type}) AS ${quoteIdent(c.name)}`
					)
					.join(', ');
		await connection.run(`CREATE VIEW ${quoteIdent(table)} AS SELECT ${select} FROM ${reader}`);
		tables.push(table);
	}
	return tables;
}

async function presentTables(connection: DuckDBConnection): Promise<TableId[]> {
	const rows = (
		await connection.runAndReadAll(
			'SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()'
		)
	).getRowObjectsJS();
	const names = new Set(rows.map((r) => String(r.table_name)));
	return TABLE_IDS.filter((t) => names.has(t));
}

async function runLimited(
	instance: DuckDBInstance,
	sql: string,
	limits: QueryLimits
): Promise<Record<string, unknown>[]> {
	const connection = await instance.connect();
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		connection.interrupt();
	}, limits.timeoutMs);
	try {
		const reader = await connection.streamAndReadUntil(sql, limits.maxRows + 1);
		if (reader.currentRowCount > limits.maxRows) throw new QueryLimitError('too_many_rows', limits);
		return reader.getRowObjectsJS().map(plainRow);
	} catch (error) {
		if (timedOut) throw new QueryLimitError('timeout', limits);
		throw error;
	} finally {
		clearTimeout(timer);
		connection.closeSync();
	}
}

/** Rows as the browser engine gives them: integers as numbers (bigint only past 2^53), timestamps as epoch ms. */
function plainRow(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) {
		if (
			typeof value === 'bigint' &&
			value <= BigInt(Number.MAX_SAFE_INTEGER) &&
			value >= BigInt(Number.MIN_SAFE_INTEGER)
		)
			out[key] = Number(value);
		else if (value instanceof Date) out[key] = value.getTime();
		else out[key] = value;
	}
	return out;
}

/**
 * Native DuckDB (@duckdb/node-api) for server mode: the three tables of a directory of Parquet/CSV files,
 * loaded into DuckDB's memory when they fit (read at every query through views when they do not), or
 * the tables of a .duckdb file opened read-only. Each query gets its own connection, a timeout (the
 * connection is interrupted) and a row limit.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, statSync } from 'node:fs';
import { freemem, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { ServerEngine } from '../lib/api/protocol';
import { isCanonicalShape } from '../lib/data/canonical';
import { tableSummarySql } from '../lib/data/summary';
import { TABLE_IDS, TABLES, type ColumnType, type TableId } from '../lib/data/schema';
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
	/** Where the tables are read from (native DuckDB only), for the start message. */
	placement?: Placement;
	close(): void;
}

/**
 * Where a directory's tables live: loaded into DuckDB's memory (`memory`: the files are read once, at
 * start), or read from the files at every query (`views`: for data bigger than memory); a .duckdb file
 * is opened as it is (`file`).
 */
export type PlacementMode = 'memory' | 'views' | 'file';

export interface Placement {
	mode: PlacementMode;
	/** Estimated bytes of the tables in DuckDB's memory (a directory only). */
	estimateBytes?: number;
	/** Why this mode: forced by an option, or the estimate against the memory available. */
	reason: string;
}

export interface NativeOptions {
	/** `auto` (default): in memory when the estimate fits (see `choosePlacement`), else views. */
	placement?: 'auto' | 'memory' | 'views';
	/** DuckDB's memory limit in bytes (default: DuckDB's own, 80% of the machine's memory). */
	memoryLimit?: number;
}

/** Open `path`: a directory with events/tickets/surveys as .parquet or .csv, or a .duckdb file. */
export async function openNativeDuckDb(
	path: string,
	limits: QueryLimits,
	options: NativeOptions = {}
): Promise<NativeDatabase> {
	const full = resolve(path);
	if (!existsSync(full)) throw new Error(`No such file or directory: ${full}`);
	const isFile = statSync(full).isFile();
	if (isFile && (options.placement ?? 'auto') !== 'auto') {
		throw new Error(
			'--in-memory and --in-place apply to a directory of files; a .duckdb file is opened as it is.'
		);
	}
	const config: Record<string, string> = isFile ? { access_mode: 'READ_ONLY' } : {};
	if (options.memoryLimit !== undefined) config.memory_limit = `${Math.floor(options.memoryLimit / 1024)}KiB`;
	const instance = await DuckDBInstance.create(isFile ? full : ':memory:', config);
	const setup = await instance.connect();
	try {
		let placement: Placement = { mode: 'file', reason: 'read from the .duckdb file, opened read-only' };
		let tables: TableId[];
		if (isFile) tables = await presentTables(setup);
		else {
			const sources = await readSources(setup, full);
			placement = await choosePlacement(setup, sources, options);
			tables = await createTables(setup, sources, placement.mode === 'memory' ? 'TABLE' : 'VIEW');
		}
		if (tables.length === 0) {
			throw new Error(
				`${full} has none of the tables ${TABLE_IDS.join(', ')} (as ${isFile ? 'tables' : '<table>.parquet or <table>.csv'}).`
			);
		}
		// From here on DuckDB touches no file but the data: no COPY out, no reading other files, no unlocking.
		// Tables loaded into memory need no file at all.
		if (placement.mode === 'views') {
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
			placement,
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

/** A table's file, how DuckDB reads it, and the SELECT that gives its canonical columns. */
interface Source {
	table: TableId;
	file: string;
	reader: string;
	select: string;
}

/** Each table found; files not in canonical shape are read through explicit casts, as the browser loads them. */
async function readSources(connection: DuckDBConnection, dir: string): Promise<Source[]> {
	const sources: Source[] = [];
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
		sources.push({ table, file, reader, select });
	}
	return sources;
}

/** A table (the file loaded into memory now) or a view (the file read at every query) per source. */
async function createTables(
	connection: DuckDBConnection,
	sources: readonly Source[],
	kind: 'TABLE' | 'VIEW'
): Promise<TableId[]> {
	for (const { table, reader, select } of sources) {
		await connection.run(`CREATE ${kind} ${quoteIdent(table)} AS SELECT ${select} FROM ${reader}`);
	}
	return sources.map((s) => s.table);
}

/**
 * Bytes per value of each canonical type in DuckDB's memory. A VARCHAR of up to 12 bytes is inlined in
 * its 16; a longer one also takes its bytes in the string heap (`longStringBytes`).
 */
const TYPE_BYTES: Record<ColumnType, number> = {
	TIMESTAMP: 8,
	DOUBLE: 8,
	INTEGER: 4,
	BOOLEAN: 1,
	VARCHAR: 16
};
/**
 * Measured on the 10× sample: 9.85M events take 940 MB in memory where the column widths above add up
 * to 788 MB (validity masks, partly filled row groups); longer strings than the sample's ids add more.
 */
const TABLE_OVERHEAD = 1.25;
/** A CSV file's rows in memory take about what its text takes (~55 bytes a sample event against ~95). */
const CSV_EXPANSION = 2;
/**
 * Loaded tables may take half of DuckDB's memory limit, and no more than 80% of the memory free now: the
 * rest is the queries' working memory (hash tables of the breakdowns, distinct counts, quantiles).
 */
const TABLES_SHARE_OF_LIMIT = 0.5;
const TABLES_SHARE_OF_FREE = 0.8;

/** Rows read from the start of a Parquet file to learn its strings' lengths (the first row groups only). */
const STRING_SAMPLE_ROWS = 10_000;
/** DuckDB keeps a string of up to this many bytes inside its 16-byte value; a longer one in the string heap. */
const INLINED_STRING_BYTES = 12;

/**
 * Estimated bytes of one source loaded into memory: Parquet rows × (column widths + the strings' heap
 * bytes per row, from a sample of the first rows: ids like UUIDs are three times the inlined size), or CSV size.
 */
async function estimateBytes(connection: DuckDBConnection, source: Source): Promise<number> {
	if (source.reader.startsWith('read_csv')) return statSync(source.file).size * CSV_EXPANSION;
	const rows = (
		await connection.runAndReadAll(
			`SELECT sum(num_rows) AS n FROM parquet_file_metadata(${quoteString(source.file)})`
		)
	).getRowObjectsJS()[0]?.n;
	const width = TABLES[source.table].columns.reduce((sum, c) => sum + TYPE_BYTES[c.type] + 0.125, 0);
	return Number(rows ?? 0) * (width + (await longStringBytes(connection, source))) * TABLE_OVERHEAD;
}

/** Heap bytes per row of a source's strings longer than DuckDB inlines, averaged over its first rows. */
async function longStringBytes(connection: DuckDBConnection, source: Source): Promise<number> {
	const text = TABLES[source.table].columns.filter((c) => c.type === 'VARCHAR');
	if (text.length === 0) return 0;
	const perColumn = text.map((c) => {
		const length = `strlen(${quoteIdent(c.name)})`;
		return `coalesce(avg(CASE WHEN ${length} > ${INLINED_STRING_BYTES} THEN ${length} ELSE 0 END), 0)`;
	});
	const row = (
		await connection.runAndReadAll(
			`SELECT ${perColumn.join(' + ')} AS bytes FROM (SELECT ${source.select} FROM ${source.reader} LIMIT ${STRING_SAMPLE_ROWS})`
		)
	).getRowObjectsJS()[0];
	return Number(row?.bytes ?? 0);
}

/** The estimated bytes of a directory's tables once loaded into memory (what `choosePlacement` weighs). */
export async function estimateDirectoryBytes(dir: string): Promise<number> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		let estimate = 0;
		for (const source of await readSources(connection, resolve(dir))) {
			estimate += await estimateBytes(connection, source);
		}
		return estimate;
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

/** The machine's memory for DuckDB: its default limit (80% of RAM, or of a cgroup's limit) and what is free. */
export function machineMemory(): { limit: number; free: number } {
	const constrained = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.();
	const total = constrained && constrained > 0 ? Math.min(constrained, totalmem()) : totalmem();
	return { limit: total * 0.8, free: freemem() };
}

/** Which placement to use: forced by the options, else memory when the estimate fits (`fitsInMemory`). */
async function choosePlacement(
	connection: DuckDBConnection,
	sources: readonly Source[],
	options: NativeOptions
): Promise<Placement> {
	let estimate = 0;
	for (const source of sources) estimate += await estimateBytes(connection, source);
	const machine = machineMemory();
	const limit = options.memoryLimit ?? machine.limit;
	const decision = fitsInMemory(estimate, limit, machine.free);
	const size = `~${formatBytes(estimate)}`;
	if (options.placement === 'memory') {
		return {
			mode: 'memory',
			estimateBytes: estimate,
			reason: `loaded into memory at start (--in-memory; ${size})`
		};
	}
	if (options.placement === 'views') {
		return {
			mode: 'views',
			estimateBytes: estimate,
			reason: `read from the files at every query (--in-place; loaded they would take ${size})`
		};
	}
	return decision.fits
		? {
				mode: 'memory',
				estimateBytes: estimate,
				reason: `loaded into memory at start (${size}; within ${formatBytes(decision.budget)}, ${decision.why})`
			}
		: {
				mode: 'views',
				estimateBytes: estimate,
				reason: `read from the files at every query (loaded they would take ${size}, more than ${formatBytes(decision.budget)}, ${decision.why}; --in-memory loads them anyway)`
			};
}

/** Whether tables of `estimate` bytes fit: within half the memory limit and 80% of the free memory. */
export function fitsInMemory(
	estimate: number,
	limit: number,
	free: number
): { fits: boolean; budget: number; why: string } {
	const ofLimit = limit * TABLES_SHARE_OF_LIMIT;
	const ofFree = free * TABLES_SHARE_OF_FREE;
	const budget = Math.min(ofLimit, ofFree);
	const why =
		ofLimit <= ofFree
			? `half of the ${formatBytes(limit)} memory limit`
			: `80% of the ${formatBytes(free)} free now`;
	return { fits: estimate <= budget, budget, why };
}

export function formatBytes(bytes: number): string {
	if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
	return `${Math.max(1, Math.round(bytes / 1e6))} MB`;
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

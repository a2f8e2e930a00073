/**
 * ClickHouse (@clickhouse/client, over its HTTP interface) for server mode: the tables events, tickets and
 * surveys of one database (MergeTree or Distributed, see load-clickhouse.ts), checked against the canonical
 * schema when the server starts. Every query is a SELECT the clickhouse dialect emitted, sent read-only —
 * with `readonly=1` when the user could write, or as a user whose profile has `readonly=2` (which may not
 * name the setting); a user with `readonly=1` is refused, as it cannot take the limits — with
 * `max_execution_time` (the timeout) and `max_result_rows` + `result_overflow_mode='throw'` (the row limit),
 * both mapped to QueryLimitError. Results come as ClickHouse's JSON format, whose `meta` gives each column's
 * type: DateTime64 → epoch ms (UTC), numbers as numbers (64-bit integers unquoted; inf/nan quoted, read back).
 */
import { createClient, ClickHouseLogLevel } from '@clickhouse/client';
import { TABLE_IDS, TABLES, type ColumnType, type TableId } from '../lib/data/schema';
import type { RunQuery } from '../lib/metrics/rows';
import { clickhouse } from '../lib/metrics/sql/dialect';
import { QueryLimitError, type QueryLimits } from './limits';
import type { NativeDatabase } from './native-duckdb';

export interface ClickHouseConnection {
	url: string;
	database?: string;
	user?: string;
	password?: string;
}

/** The part of @clickhouse/client's client this module uses (tests put another transport behind it). */
export interface ClickHouseTransport {
	query(params: {
		query: string;
		format: 'JSON';
		clickhouse_settings: Record<string, string | number>;
	}): Promise<{ json<T>(): Promise<T> }>;
	close(): Promise<void>;
}

interface JsonResult {
	meta: { name: string; type: string }[];
	data: Record<string, unknown>[];
}

const UTC_NAMES = new Set([
	'UTC',
	'Etc/UTC',
	'UCT',
	'Etc/UCT',
	'Universal',
	'Etc/Universal',
	'Zulu',
	'Etc/Zulu'
]);

/** ClickHouse's error codes for the two limits (TIMEOUT_EXCEEDED, TOO_MANY_ROWS_OR_BYTES; 158 is TOO_MANY_ROWS). */
const TIMEOUT_CODES = new Set([159]);
const TOO_MANY_ROWS_CODES = new Set([158, 396]);

export function clickHouseClient(connection: ClickHouseConnection, limits: QueryLimits): ClickHouseTransport {
	return createClient({
		url: connection.url,
		database: connection.database ?? 'default',
		username: connection.user ?? 'default',
		password: connection.password ?? '',
		// The server stops the query at max_execution_time; the socket waits a little longer for its answer.
		request_timeout: limits.timeoutMs + 10_000,
		compression: { request: false, response: false },
		log: { level: ClickHouseLogLevel.OFF },
		application: 'northstar'
	}) as unknown as ClickHouseTransport;
}

/** Open `connection` (or `transport`), find the canonical tables and check their columns. */
export async function openClickHouse(
	connection: ClickHouseConnection,
	limits: QueryLimits,
	transport: ClickHouseTransport = clickHouseClient(connection, limits)
): Promise<NativeDatabase> {
	try {
		let session: Session;
		try {
			session = await startSession(transport, limits);
		} catch (error) {
			throw new Error(`Cannot query ClickHouse at ${connection.url}: ${messageOf(error)}`, { cause: error });
		}
		// The startup queries (the schema: a few dozen rows) are not held to a small --max-rows.
		const startup = { ...limits, maxRows: Math.max(limits.maxRows, 1000) };
		const columns = await runJson(
			transport,
			`SELECT table, name, type FROM system.columns WHERE database = currentDatabase() AND table IN (${TABLE_IDS.map((t) => clickhouse.string(t)).join(', ')})`,
			startup,
			session
		);
		const tables = checkTables(
			columns.data.map((r) => ({ table: String(r.table), name: String(r.name), type: String(r.type) }))
		);
		if (tables.length === 0) {
			throw new Error(
				`The ClickHouse database ${connection.database ?? 'default'} has none of the tables ${TABLE_IDS.join(', ')} (see northstar load-clickhouse).`
			);
		}
		return {
			engine: 'clickhouse',
			dialect: clickhouse,
			tables,
			run: clickHouseRunner(transport, limits, session),
			summarySql: clickhouseSummarySql,
			close: () => void transport.close()
		};
	} catch (error) {
		await transport.close();
		throw error;
	}
}

/** What every query of a connection adds to the limits: the time zone, and who makes it read-only. */
export interface Session {
	extra: Record<string, string | number>;
	/**
	 * 'query': the user may write, so each query says readonly=1. 'user': the user's profile has readonly=2
	 * (it cannot write, may set the limits, may not name readonly). A user with readonly=1 is refused: it
	 * cannot take the per-query limits either.
	 */
	readonly: 'query' | 'user';
}

export async function startSession(transport: ClickHouseTransport, limits: QueryLimits): Promise<Session> {
	// Asked with no setting at all: a read-only user could not take one.
	const probe = await (
		await transport.query({
			query: "SELECT value FROM system.settings WHERE name = 'readonly'",
			format: 'JSON',
			clickhouse_settings: {}
		})
	).json<JsonResult>();
	const level = String(probe.data[0]?.value ?? '0');
	if (level === '1') {
		throw new Error(
			'this ClickHouse user has readonly=1, which also forbids the per-query timeout and row limit Northstar sets. Give it readonly=2 in its settings profile (it still cannot write), or a user without readonly: each query then carries readonly=1.'
		);
	}
	const readonly = level === '0' ? 'query' : 'user';
	const zone = String(
		(await runJson(transport, 'SELECT timezone() AS zone', limits, { extra: {}, readonly })).data[0]?.zone
	);
	// Days, weeks and months start at UTC midnight, as in the browser: a server in another zone is told so.
	return { extra: UTC_NAMES.has(zone) ? {} : { session_timezone: 'UTC' }, readonly };
}

/** Row count and first/last time; OrNull: ClickHouse's min of no rows is 1970, not NULL. */
export function clickhouseSummarySql(table: TableId): string {
	const time = clickhouse.ident(TABLES[table].timeColumn);
	return `SELECT count() AS rows, minOrNull(${time}) AS first, maxOrNull(${time}) AS last FROM ${clickhouse.ident(table)}`;
}

/** Run SELECTs read-only, within the limits, as the metric code's rows. */
export function clickHouseRunner(
	transport: ClickHouseTransport,
	limits: QueryLimits,
	session: Session = { extra: {}, readonly: 'query' }
): RunQuery {
	return async (sql) => toRows(await runJson(transport, sql, limits, session));
}

async function runJson(
	transport: ClickHouseTransport,
	sql: string,
	limits: QueryLimits,
	session: Session
): Promise<JsonResult> {
	try {
		const result = await transport.query({
			query: sql,
			format: 'JSON',
			clickhouse_settings: queryLimits(limits, session)
		});
		return await result.json<JsonResult>();
	} catch (error) {
		throw limitError(error, limits) ?? error;
	}
}

/**
 * The settings every query carries. `readonly=1` comes last: once the server has read it, a later setting
 * in the same request could not be changed. A user already read-only (readonly=2) may not name it.
 */
export function queryLimits(
	limits: QueryLimits,
	session: Session = { extra: {}, readonly: 'query' }
): Record<string, string | number> {
	return {
		...session.extra,
		max_execution_time: Math.max(1, Math.ceil(limits.timeoutMs / 1000)),
		max_result_rows: limits.maxRows,
		result_overflow_mode: 'throw',
		// Errors found late (a limit) must come as an HTTP error, not after a 200 and half a result.
		wait_end_of_query: 1,
		output_format_json_quote_64bit_integers: 0,
		output_format_json_quote_denormals: 1,
		...(session.readonly === 'query' ? { readonly: 1 } : {})
	};
}

/** A ClickHouse error for a limit as the API's QueryLimitError; null for any other error. */
export function limitError(error: unknown, limits: QueryLimits): QueryLimitError | null {
	const text = messageOf(error);
	// "Code: 159. DB::Exception: …" (current) or "Code: 159, e.displayText() = …" (18.x).
	const code = Number(/Code: (\d+)/.exec(text)?.[1] ?? NaN);
	if (TIMEOUT_CODES.has(code)) return new QueryLimitError('timeout', limits);
	if (TOO_MANY_ROWS_CODES.has(code)) return new QueryLimitError('too_many_rows', limits);
	// The client's own socket timeout (the server did not answer within the timeout and its margin).
	if (/^Timeout error/.test(text)) return new QueryLimitError('timeout', limits);
	return null;
}

const DENORMALS: Record<string, number> = {
	inf: Infinity,
	'+inf': Infinity,
	'-inf': -Infinity,
	nan: NaN,
	'-nan': NaN
};

/** ClickHouse's JSON rows as the metric code reads rows, by each column's type. */
export function toRows(result: JsonResult): Record<string, unknown>[] {
	const kinds = new Map(result.meta.map((m) => [m.name, kindOf(unwrap(m.type))]));
	return result.data.map((row) => {
		const out: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(row)) {
			const kind = kinds.get(key);
			out[key] =
				value === null
					? null
					: kind === 'time'
						? epochMs(String(value))
						: kind === 'number' && typeof value === 'string'
							? (DENORMALS[value] ?? Number(value))
							: value;
		}
		return out;
	});
}

/** The type inside Nullable(…) and LowCardinality(…). */
function unwrap(type: string): string {
	const match = /^(?:Nullable|LowCardinality)\((.*)\)$/.exec(type);
	return match ? unwrap(match[1]!) : type;
}

function kindOf(bare: string): 'time' | 'number' | 'other' {
	if (/^DateTime(64)?\b/.test(bare) || bare === 'Date' || bare === 'Date32') return 'time';
	if (/^(U?Int\d+|Float\d+|Decimal)/.test(bare)) return 'number';
	return 'other';
}

/** "2025-09-01 12:34:56.123456" (UTC) → epoch ms, the fraction cut to ms as a JavaScript Date does. */
export function epochMs(text: string): number {
	const match = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}:\d{2})(?:\.(\d+))?)?$/.exec(text);
	if (!match) throw new Error(`Not a ClickHouse date-time: ${text}`);
	const seconds = Date.parse(`${match[1]}T${match[2] ?? '00:00:00'}Z`);
	return seconds + Number((match[3] ?? '').padEnd(3, '0').slice(0, 3));
}

/** Which ClickHouse types hold each canonical type's values exactly (Nullable/LowCardinality around them too). */
const ACCEPTED: Record<ColumnType, RegExp> = {
	TIMESTAMP: /^DateTime64\(\d(, ?'UTC')?\)$/,
	VARCHAR: /^(String|FixedString\(\d+\))$/,
	DOUBLE: /^(Float64|Float32|U?Int(8|16|32|64)|Decimal\d*\(.*\))$/,
	INTEGER: /^(U?Int(8|16|32|64))$/,
	BOOLEAN: /^(Bool|UInt8)$/
};

/**
 * The canonical tables present among `columns` (rows of system.columns), each with every canonical column
 * of a type holding its values; otherwise an error naming the table and the column.
 */
export function checkTables(columns: readonly { table: string; name: string; type: string }[]): TableId[] {
	const present: TableId[] = [];
	for (const table of TABLE_IDS) {
		const own = new Map(columns.filter((c) => c.table === table).map((c) => [c.name, c.type]));
		if (own.size === 0) continue;
		for (const column of TABLES[table].columns) {
			const type = own.get(column.name);
			if (type === undefined) {
				throw new Error(`The ClickHouse table ${table} has no column ${column.name} (${column.type}).`);
			}
			if (!ACCEPTED[column.type].test(unwrap(type))) {
				throw new Error(
					`The ClickHouse column ${table}.${column.name} is ${type}; Northstar needs ${expected(column.type)}.`
				);
			}
		}
		present.push(table);
	}
	return present;
}

function expected(type: ColumnType): string {
	switch (type) {
		case 'TIMESTAMP':
			return "DateTime64(6, 'UTC')";
		case 'VARCHAR':
			return 'String';
		case 'DOUBLE':
			return 'Float64';
		case 'INTEGER':
			return 'an integer type (Int32)';
		case 'BOOLEAN':
			return 'Bool';
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

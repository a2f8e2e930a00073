/**
 * `northstar load-clickhouse`: creates the documented ClickHouse tables and loads DIR/{events,tickets,
 * surveys}.{parquet,csv} into them, each file streamed through the client (`INSERT … FORMAT Parquet`), so
 * the ClickHouse server needs no access to the files. With a cluster: `<table>_local` MergeTree tables on
 * every node (ON CLUSTER) and `Distributed` tables named events/tickets/surveys over them.
 *
 * Column types hold the canonical values exactly, as DuckDB holds them: DateTime64(6, 'UTC') for
 * timestamps (microseconds), Float64, Int32, Bool, String; Nullable wherever the canonical schema allows NULL.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient, ClickHouseLogLevel } from '@clickhouse/client';
import { TABLE_IDS, TABLES, type ColumnType, type TableId } from '../lib/data/schema';
import { clickhouse } from '../lib/metrics/sql/dialect';
import type { ClickHouseConnection } from './clickhouse';

const TYPES: Record<ColumnType, string> = {
	TIMESTAMP: "DateTime64(6, 'UTC')",
	VARCHAR: 'String',
	DOUBLE: 'Float64',
	INTEGER: 'Int32',
	BOOLEAN: 'Bool'
};

/**
 * Sort keys: every metric query reads one period (a time range), so the time column leads and the
 * primary index skips the rest of each month's partition.
 */
export const ORDER_BY: Record<TableId, readonly string[]> = {
	events: ['ts', 'event_type'],
	tickets: ['created_at', 'ticket_id'],
	surveys: ['ts']
};

/**
 * Distributed sharding keys: spread rows evenly. No metric needs a key's rows on one shard: ClickHouse
 * merges the shards' aggregate states exactly (uniqExact, quantileExactInclusive) and computes window
 * functions (the `repeat` flag) on the node that received the query.
 */
export const SHARDING_KEY: Record<TableId, string> = {
	events: 'cityHash64(`customer_id`)',
	tickets: 'cityHash64(`ticket_id`)',
	surveys: 'rand()'
};

export interface LoadOptions {
	data: string;
	database?: string;
	cluster?: string;
}

/** The CREATE statements for one table: one MergeTree table, or local tables plus a Distributed one. */
export function createTableSql(table: TableId, database: string, cluster?: string): string[] {
	const spec = TABLES[table];
	const ident = clickhouse.ident;
	const columns = spec.columns
		.map((c) => `\t${ident(c.name)} ${c.required ? TYPES[c.type] : `Nullable(${TYPES[c.type]})`}`)
		.join(',\n');
	const engine = [
		'ENGINE = MergeTree',
		`PARTITION BY toYYYYMM(${ident(spec.timeColumn)})`,
		`ORDER BY (${ORDER_BY[table].map(ident).join(', ')})`
	].join('\n');
	if (cluster === undefined) {
		return [`CREATE TABLE ${ident(database)}.${ident(table)} (\n${columns}\n)\n${engine}`];
	}
	const on = `ON CLUSTER ${ident(cluster)}`;
	const local = `${table}_local`;
	return [
		`CREATE TABLE ${ident(database)}.${ident(local)} ${on} (\n${columns}\n)\n${engine}`,
		`CREATE TABLE ${ident(database)}.${ident(table)} ${on} AS ${ident(database)}.${ident(local)}\n` +
			`ENGINE = Distributed(${ident(cluster)}, ${ident(database)}, ${ident(local)}, ${SHARDING_KEY[table]})`
	];
}

/** The tables' files found in `dir` (Parquet preferred over CSV). */
export function dataFiles(
	dir: string
): { table: TableId; file: string; format: 'Parquet' | 'CSVWithNames' }[] {
	const found = [];
	for (const table of TABLE_IDS) {
		const parquet = join(dir, `${table}.parquet`);
		const csv = join(dir, `${table}.csv`);
		if (existsSync(parquet)) found.push({ table, file: parquet, format: 'Parquet' as const });
		else if (existsSync(csv)) found.push({ table, file: csv, format: 'CSVWithNames' as const });
	}
	return found;
}

/** What loading needs of ClickHouse (the client, or a test's stand-in). */
export interface LoadTarget {
	command(sql: string): Promise<void>;
	insertFile(table: string, file: string, format: 'Parquet' | 'CSVWithNames'): Promise<void>;
	close(): Promise<void>;
}

export function clientTarget(connection: ClickHouseConnection): LoadTarget {
	const client = createClient({
		url: connection.url,
		username: connection.user ?? 'default',
		password: connection.password ?? '',
		request_timeout: 3_600_000,
		log: { level: ClickHouseLogLevel.OFF },
		application: 'northstar-load'
	});
	// A Distributed table's insert is sent on to the shards before it returns: the data is queryable then.
	const settings = { insert_distributed_sync: 1, date_time_input_format: 'best_effort' } as const;
	return {
		command: async (sql) => {
			await client.command({ query: sql, clickhouse_settings: settings });
		},
		insertFile: async (table, file, format) => {
			await client.insert({ table, values: createReadStream(file), format, clickhouse_settings: settings });
		},
		close: () => client.close()
	};
}

/** Create the tables and load the files; returns the tables loaded. */
export async function loadClickHouse(
	options: LoadOptions,
	target: LoadTarget,
	log: (line: string) => void = () => {}
): Promise<TableId[]> {
	const dir = resolve(options.data);
	const files = dataFiles(dir);
	if (files.length === 0) {
		throw new Error(`${dir} has none of ${TABLE_IDS.map((t) => `${t}.parquet`).join(', ')} (or .csv).`);
	}
	const database = options.database ?? 'default';
	const ident = clickhouse.ident;
	const on = options.cluster === undefined ? '' : ` ON CLUSTER ${ident(options.cluster)}`;
	try {
		await target.command(`CREATE DATABASE IF NOT EXISTS ${ident(database)}${on}`);
	} catch (error) {
		if (options.cluster === undefined) throw error;
		throw new Error(
			`${error instanceof Error ? error.message.trim() : String(error)}\n` +
				'(ON CLUSTER needs the cluster in remote_servers and ZooKeeper or ClickHouse Keeper for distributed DDL.)',
			{ cause: error }
		);
	}
	for (const { table, file, format } of files) {
		for (const sql of createTableSql(table, database, options.cluster)) await target.command(sql);
		log(`Loading ${file} into ${database}.${table} …`);
		await target.insertFile(`${ident(database)}.${ident(table)}`, file, format);
	}
	return files.map((f) => f.table);
}

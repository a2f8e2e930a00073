/**
 * A REAL ClickHouse: two clickhouse-server processes from Debian's package (18.16.1, the only version this
 * machine's package sources have) as a two-shard cluster on 127.0.0.1, reached through @clickhouse/client
 * and src/server/clickhouse.ts exactly as `northstar serve --clickhouse` reaches a server.
 *
 * What 18.16 cannot run (each probe below fails on it; all work on current ClickHouse, see chdb tests):
 *   - `WITH name AS (SELECT …)` common table expressions (syntax error, code 62): every statement the
 *     clickhouse dialect emits starts with them, so NONE of the 20 metrics runs on 18.16, nor a breakdown;
 *   - DateTime64 / toDateTime64 (codes 50, 46): no sub-second timestamps, so not the documented layout;
 *   - quantileExactInclusive (46): no exact interpolated quantile (quantileExact is not interpolated);
 *   - window functions `OVER (…)` (62): the `repeat` flag; toStartOfWeek (46); toIntervalMillisecond (46);
 *     the `* EXCEPT (…)` column transformer (62);
 *   - the Parquet format (73): load-clickhouse cannot stream Parquet into it;
 *   - `ON CLUSTER` DDL without ZooKeeper (this cluster has none; current versions need ClickHouse Keeper
 *     or ZooKeeper for it too): load-clickhouse --cluster stops at its first statement.
 * What it does run, and is checked here: the client talks to it over HTTP; a Distributed table over two
 * shards (DDL as load-clickhouse writes it, with DateTime('UTC') and UInt8 in place of DateTime64 and Bool,
 * loaded through the client as CSV) holds every sample row; exact aggregates (count, uniqExact, sum, avg,
 * -If) through clickhouse.ts equal native DuckDB to 1e-9; readonly=1 refuses writes; the timeout and the row
 * limit come back as the API's QueryLimitError; a readonly=2 user gets the limits without naming readonly, a
 * readonly=1 user is refused at start (it cannot take them); the schema check names the 18.16 column that
 * does not fit.
 *
 * Skipped, with a message, when clickhouse-server is not installed.
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createClient, ClickHouseLogLevel, type ClickHouseClient } from '@clickhouse/client';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileTree } from '../../../src/lib/metrics/compile';
import { checkRequest } from '../../../src/lib/metrics/request';
import { clickhouse } from '../../../src/lib/metrics/sql/dialect';
import { TABLE_IDS, TABLES } from '../../../src/lib/metrics/tables';
import {
	clickHouseClient,
	clickHouseRunner,
	openClickHouse,
	startSession,
	type ClickHouseTransport
} from '../../../src/server/clickhouse';
import { QueryLimitError } from '../../../src/server/limits';
import { clientTarget, createTableSql, loadClickHouse } from '../../../src/server/load-clickhouse';
import { defaultTree } from '../../fixtures/default-tree';
import { clickhouseServerBinary, CLUSTER, startCluster, type Cluster } from './clickhouse-cluster';
import { differences } from './differences';

const binary = clickhouseServerBinary();
if (binary === null) {
	console.warn(
		'Skipping the real ClickHouse cluster tests: clickhouse-server is not installed (apt-get install clickhouse-server).'
	);
}

const LIMITS = { timeoutMs: 30_000, maxRows: 100_000 };

/** load-clickhouse's DDL for one node of this cluster: local table + Distributed, in 18.16's types. */
function legacyDdl(table: (typeof TABLE_IDS)[number]): string[] {
	return createTableSql(table, 'default', CLUSTER).map((sql) =>
		sql
			.replace(` ON CLUSTER \`${CLUSTER}\``, '')
			.replaceAll("DateTime64(6, 'UTC')", "DateTime('UTC')")
			.replaceAll('Bool', 'UInt8')
	);
}

describe.skipIf(binary === null)('ClickHouse 18.16 (Debian), a two-shard cluster on 127.0.0.1', () => {
	let cluster: Cluster;
	let admin: ClickHouseClient[];
	let transport: ClickHouseTransport;
	let duck: DuckDBInstance;
	let duckdb: DuckDBConnection;
	let dir: string;

	beforeAll(async () => {
		cluster = await startCluster(binary!);
		admin = cluster.urls.map((url) =>
			createClient({ url, log: { level: ClickHouseLogLevel.OFF }, request_timeout: 120_000 })
		);
		transport = clickHouseClient({ url: cluster.urls[0] }, LIMITS);
		duck = await DuckDBInstance.create(':memory:');
		duckdb = await duck.connect();
		dir = mkdtempSync(join(tmpdir(), 'northstar-ch-csv-'));
		for (const table of TABLE_IDS) {
			for (const node of admin) for (const sql of legacyDdl(table)) await node.command({ query: sql });
			const columns = TABLES[table].columns
				.map((c) => (c.type === 'BOOLEAN' ? `CAST("${c.name}" AS INTEGER) AS "${c.name}"` : `"${c.name}"`))
				.join(', ');
			const file = join(dir, `${table}.csv`);
			await duckdb.run(
				`CREATE TABLE ${table} AS SELECT * FROM '${resolve(`data/sample/${table}.parquet`)}';` +
					`COPY (SELECT ${columns} FROM ${table}) TO '${file}' (HEADER, NULLSTR '\\N', TIMESTAMPFORMAT '%Y-%m-%d %H:%M:%S')`
			);
			// Into the Distributed table, sent on to both shards before the insert returns.
			await admin[0]!.insert({
				table,
				values: createReadStream(file),
				format: 'CSVWithNames',
				clickhouse_settings: { insert_distributed_sync: 1 }
			});
		}
	}, 300_000);

	afterAll(async () => {
		await transport?.close();
		for (const client of admin ?? []) await client.close();
		duckdb?.closeSync();
		duck?.closeSync();
		await cluster?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	}, 60_000);

	const duckRows = async (sql: string) =>
		(await duckdb.runAndReadAll(sql))
			.getRowObjectsJS()
			.map((r) =>
				Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))
			);

	it('is reached by @clickhouse/client through clickhouse.ts, and is 18.16', async () => {
		const run = clickHouseRunner(transport, LIMITS);
		expect(await run('SELECT version() AS v, toUInt64(3) AS n, 1 / 0 AS inf')).toEqual([
			{ v: '18.16.1', n: 3, inf: Infinity }
		]);
	});

	it('holds every sample row in the Distributed tables, spread over both shards', async () => {
		const run = clickHouseRunner(transport, LIMITS);
		for (const table of TABLE_IDS) {
			const [{ n }] = (await duckRows(`SELECT count(*) AS n FROM ${table}`)) as [{ n: number }];
			const total = await run(`SELECT count() AS n FROM ${table}`);
			expect(total).toEqual([{ n }]);
			const shards = await Promise.all(
				admin.map(
					async (c) =>
						(
							await (
								await c.query({
									query: `SELECT count() AS n FROM ${table}_local`,
									format: 'JSONEachRow',
									clickhouse_settings: { output_format_json_quote_64bit_integers: 0 }
								})
							).json<{ n: number }>()
						)[0]!.n
				)
			);
			expect(shards[0]! + shards[1]!).toBe(n);
			expect(Math.min(...shards)).toBeGreaterThan(n / 4);
		}
	});

	it('gives the exact aggregates 18.16 has the same values as DuckDB, month by month', async () => {
		const run = clickHouseRunner(transport, LIMITS);
		const house = await run(`
			SELECT toUnixTimestamp(toDateTime(toStartOfMonth(created_at), 'UTC')) AS month, count() AS tickets, uniqExact(customer_id) AS customers,
				sum(agent_replies) AS replies, avg(csat) AS csat, countIf(self_service = 1) AS self_served,
				avgIf(toUnixTimestamp(resolved_at) - toUnixTimestamp(created_at), resolved_at IS NOT NULL) AS resolve_s,
				countIf(channel = 'chat' AND reopens > 0) AS chat_reopened
			FROM tickets GROUP BY month ORDER BY month`);
		const local = await duckRows(`
			SELECT epoch(date_trunc('month', created_at))::BIGINT AS month, count(*) AS tickets, count(DISTINCT customer_id) AS customers,
				sum(agent_replies) AS replies, avg(csat) AS csat, count(*) FILTER (WHERE self_service) AS self_served,
				avg(epoch(resolved_at) - epoch(created_at)) AS resolve_s,
				count(*) FILTER (WHERE channel = 'chat' AND reopens > 0) AS chat_reopened
			FROM tickets GROUP BY month ORDER BY month`);
		expect(house).toHaveLength(12);
		expect(differences(house, local)).toEqual([]);
		const events = await run(
			`SELECT event_type, count() AS n, uniqExact(customer_id) AS customers, sum(revenue) AS revenue FROM events GROUP BY event_type ORDER BY event_type`
		);
		const localEvents = await duckRows(
			`SELECT event_type, count(*) AS n, count(DISTINCT customer_id) AS customers, sum(revenue) AS revenue FROM events GROUP BY event_type ORDER BY event_type`
		);
		expect(events.length).toBeGreaterThan(1);
		expect(differences(events, localEvents)).toEqual([]);
		const surveys = await run(
			`SELECT touchpoint, avg(score) AS score, count() AS n FROM surveys GROUP BY touchpoint ORDER BY touchpoint`
		);
		const localSurveys = await duckRows(
			`SELECT touchpoint, avg(score) AS score, count(*) AS n FROM surveys GROUP BY touchpoint ORDER BY touchpoint NULLS FIRST`
		);
		expect(differences(surveys, localSurveys)).toEqual([]);
	});

	it('runs none of the clickhouse dialect’s statements for the default tree: 18.16 has no WITH … AS (SELECT …)', async () => {
		const run = clickHouseRunner(transport, LIMITS);
		const request = checkRequest({
			period: { start: '2025-09-01', end: '2025-10-01' },
			previous: { start: '2025-08-01', end: '2025-09-01' },
			grain: 'week'
		});
		const statements = compileTree(defaultTree, request, 'optimised', clickhouse);
		expect(statements).toHaveLength(6);
		const codes = await Promise.all(
			statements.map((s) =>
				run(s.sql).then(
					() => 'ran',
					(e: unknown) => /Code: (\d+)/.exec(String(e))?.[1] ?? String(e)
				)
			)
		);
		expect(codes).toEqual(statements.map(() => '62'));
	});

	it.each([
		['DateTime64', "SELECT toDateTime64('2025-01-01 00:00:00', 6)", 46],
		['DateTime64 columns', "CREATE TABLE t64 (ts DateTime64(6, 'UTC')) ENGINE = Memory", 50],
		['quantileExactInclusive', 'SELECT quantileExactInclusive(0.5)(number) FROM system.numbers LIMIT 10', 46],
		['window functions', 'SELECT min(number) OVER (PARTITION BY number % 2) FROM system.one', 62],
		['toStartOfWeek', 'SELECT toStartOfWeek(now(), 1)', 46],
		['toIntervalMillisecond', 'SELECT toIntervalMillisecond(5)', 46],
		['the EXCEPT column transformer', 'SELECT t.* EXCEPT (dummy) FROM system.one AS t', 62],
		['common table expressions', 'WITH a AS (SELECT 1 AS x) SELECT x FROM a', 62],
		['the Parquet format', 'SELECT 1 FORMAT Parquet', 73]
	])('lacks %s', async (_name, sql, code) => {
		await expect(admin[0]!.command({ query: sql })).rejects.toThrow(new RegExp(`^Code: ${code}\\b`));
	});

	it('has the exact aggregates the dialect builds on, but not the interpolated quantile', async () => {
		const run = clickHouseRunner(transport, LIMITS);
		expect(
			await run(`SELECT uniqExactIf(number, number > 3) AS u, (sumMapIf([number % 2], [toUInt64(1)], number > 3)).2 AS m,
				groupArrayIf(number, number > 6) AS g, quantileExact(0.5)(number) AS q FROM (SELECT number FROM system.numbers LIMIT 10)`)
		).toEqual([{ u: 6, m: [3, 3], g: [7, 8, 9], q: 5 }]);
	});

	it('stops load-clickhouse --cluster at its first statement, saying ON CLUSTER needs ZooKeeper', async () => {
		const target = clientTarget({ url: cluster.urls[0] });
		try {
			await expect(
				loadClickHouse({ data: 'data/sample', database: 'northstar', cluster: CLUSTER }, target)
			).rejects.toThrow(
				/^Code: 49\b.*DDL background thread is not initialized.*\n\(ON CLUSTER needs .* ZooKeeper or ClickHouse Keeper/s
			);
		} finally {
			await target.close();
		}
	});

	it('refuses to serve the 18.16 tables, naming the first column that cannot hold the values', async () => {
		await expect(openClickHouse({ url: cluster.urls[0] }, LIMITS)).rejects.toThrow(
			"The ClickHouse column events.ts is DateTime('UTC'); Northstar needs DateTime64(6, 'UTC')."
		);
	});

	it('cannot write through the server’s queries (readonly=1)', async () => {
		const run = clickHouseRunner(transport, LIMITS);
		await expect(run("INSERT INTO surveys (ts, score) VALUES ('2025-01-01 00:00:00', 1)")).rejects.toThrow(
			/^Code: 164\b.*readonly/
		);
		await expect(run('CREATE TABLE x (a UInt8) ENGINE = Memory')).rejects.toThrow(/^Code: 164\b.*readonly/);
		await expect(run('DROP TABLE surveys_local')).rejects.toThrow(/^Code: 164\b/);
		const [{ n }] = (await duckRows('SELECT count(*) AS n FROM surveys')) as [{ n: number }];
		expect(await run('SELECT count() AS n FROM surveys')).toEqual([{ n }]);
	});

	it('sends readonly=1 for a user who may write; for a readonly=2 user, only the limits; refuses a readonly=1 user', async () => {
		expect(await startSession(transport, LIMITS)).toEqual({ extra: {}, readonly: 'query' });
		const reader = clickHouseClient({ url: cluster.urls[0], user: 'reader' }, LIMITS);
		const locked = clickHouseClient({ url: cluster.urls[0], user: 'locked' }, LIMITS);
		try {
			const session = await startSession(reader, LIMITS);
			expect(session).toEqual({ extra: {}, readonly: 'user' });
			const run = clickHouseRunner(reader, { timeoutMs: 5000, maxRows: 10 }, session);
			expect(await run('SELECT count() AS n FROM surveys WHERE score = 5')).toHaveLength(1);
			await expect(run("INSERT INTO surveys (ts, score) VALUES ('2025-01-01 00:00:00', 1)")).rejects.toThrow(
				/^Code: 164\b.*readonly/
			);
			await expect(run('SELECT ticket_id FROM tickets')).rejects.toThrow(QueryLimitError);
			// Naming readonly at all is refused for this user: why the session leaves it out.
			await expect(clickHouseRunner(reader, LIMITS)('SELECT 1 AS x')).rejects.toThrow(
				/^Code: 164\b.*'readonly'/
			);
			await expect(openClickHouse({ url: cluster.urls[0], user: 'locked' }, LIMITS, locked)).rejects.toThrow(
				/Cannot query ClickHouse at .*: this ClickHouse user has readonly=1, which also forbids the per-query timeout and row limit/
			);
		} finally {
			await reader.close();
		}
	});

	it('stops a query past the row limit or the timeout with the API’s limit errors', async () => {
		const run = clickHouseRunner(transport, { timeoutMs: 1000, maxRows: 10 });
		await expect(run('SELECT ticket_id FROM tickets ORDER BY ticket_id LIMIT 10')).resolves.toHaveLength(10);
		const many = await run('SELECT ticket_id FROM tickets').catch((e: unknown) => e);
		expect(many).toBeInstanceOf(QueryLimitError);
		expect((many as QueryLimitError).code).toBe('too_many_rows');
		const slow = await run(
			'SELECT sum(cityHash64(number)) AS s FROM (SELECT number FROM system.numbers LIMIT 100000000000)'
		).catch((e: unknown) => e);
		expect(slow).toBeInstanceOf(QueryLimitError);
		expect((slow as QueryLimitError).code).toBe('timeout');
	}, 60_000);
});

/**
 * `northstar serve --clickhouse` end to end on the current ClickHouse engine: the tables created by
 * load-clickhouse's DDL (createTableSql) in chdb (in-process ClickHouse from npm), loaded from the sample
 * Parquet with ClickHouse's file(); the server's queries go through clickhouse.ts (settings, readonly, limits,
 * JSON rows by type) and over HTTP, and must equal `northstar serve --data` (native DuckDB) to 1e-9.
 *
 * What chdb does NOT cover: it has no HTTP server, so the transport under clickhouse.ts is a stand-in that
 * hands each query and its settings (as a trailing SETTINGS clause) to chdb instead of @clickhouse/client,
 * and the loader's streamed INSERT … FORMAT Parquet is replaced by INSERT … SELECT FROM file(). The client
 * itself is exercised against a real (old) clickhouse-server in clickhouse-server.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type ServerInfo } from '../../../src/lib/api/protocol';
import type { Breakdown } from '../../../src/lib/metrics/breakdown';
import { childContributions } from '../../../src/lib/metrics/child-contributions';
import type { TreeResult } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import { clickHouseRunner, openClickHouse } from '../../../src/server/clickhouse';
import { QueryLimitError } from '../../../src/server/limits';
import { loadClickHouse } from '../../../src/server/load-clickhouse';
import { serve, type RunningServer } from '../../../src/server/serve';
import { chdbLoadTarget, chdbTransport, loadChdb, type ChdbSession } from '../../fixtures/chdb-clickhouse';
import { defaultTree } from '../../fixtures/default-tree';
import { differences } from './differences';

const { chdb, reason } = await loadChdb();
if (chdb === null)
	console.warn(`Skipping the ClickHouse server-mode tests: chdb does not load here (${reason}).`);

const PERIODS: [string, EvaluationRequest][] = [
	[
		'September by week',
		{
			period: { start: '2025-09-01', end: '2025-10-01' },
			previous: { start: '2025-08-01', end: '2025-09-01' },
			grain: 'week'
		}
	],
	[
		'Q2 by month',
		{
			period: { start: '2025-04-01', end: '2025-07-01' },
			previous: { start: '2025-01-01', end: '2025-04-01' },
			grain: 'month'
		}
	],
	[
		'the last 7 days by day',
		{
			period: { start: '2025-12-25', end: '2026-01-01' },
			previous: { start: '2025-12-18', end: '2025-12-25' },
			grain: 'day'
		}
	]
];

describe.skipIf(chdb === null)('northstar serve --clickhouse (chdb) against northstar serve --data', () => {
	let session: ChdbSession;
	let dir: string;
	let house: RunningServer;
	let native: RunningServer;
	const sent: string[] = [];

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'northstar-chserve-'));
		session = new chdb!.Session(dir);
		session.query('CREATE DATABASE northstar');
		const loaded = await loadClickHouse(
			{ data: resolve('data/sample'), database: 'northstar' },
			chdbLoadTarget(session)
		);
		expect(loaded).toEqual(['events', 'tickets', 'surveys']);
		session.query('USE northstar');
		house = await serve({
			clickhouse: { url: 'chdb://', database: 'northstar' },
			clickhouseTransport: chdbTransport(session, sent),
			tree: defaultTree,
			port: 0
		});
		native = await serve({ data: 'data/sample', tree: defaultTree, port: 0 });
	}, 180_000);
	afterAll(async () => {
		await house?.close();
		await native?.close();
		session?.cleanup?.();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	async function call<T>(server: RunningServer, path: string, body?: unknown): Promise<T> {
		const response = await fetch(server.url + path, {
			method: body === undefined ? 'GET' : 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		expect(response.status, await response.clone().text()).toBe(200);
		return (await response.json()) as T;
	}

	it('says it is on ClickHouse and summarises the same tables', async () => {
		const [a, b] = [await call<ServerInfo>(house, API.info), await call<ServerInfo>(native, API.info)];
		expect(a.engine).toBe('clickhouse');
		expect(b.engine).toBe('duckdb');
		expect(a.summaries.map((s) => s.table)).toEqual(['events', 'tickets', 'surveys']);
		expect(a.summaries.every((s) => s.rows > 1000)).toBe(true);
		expect(a.summaries).toEqual(b.summaries);
	});

	it.each(PERIODS)('gives all 20 metrics the same values and series for %s', async (_name, request) => {
		const body = { tree: 'default', request };
		const [a, b] = await Promise.all([
			call<TreeResult>(house, API.evaluate, body),
			call<TreeResult>(native, API.evaluate, body)
		]);
		expect(Object.keys(b.nodes)).toHaveLength(20);
		expect(a.failures).toEqual([]);
		expect(Object.values(b.nodes).filter((n) => n.value === null || n.previous === null)).toEqual([]);
		expect(differences(a, b)).toEqual([]);
	});

	it('agrees with a filter on, and on the filter values', async () => {
		const values = { table: 'tickets', dimension: 'channel' };
		const [a, b] = [await call(house, API.values, values), await call(native, API.values, values)];
		expect(a).toEqual(b);
		const request = { ...PERIODS[0]![1], filters: { channel: ['chat'] } };
		const body = { tree: 'default', request };
		const [x, y] = await Promise.all([
			call<TreeResult>(house, API.evaluate, body),
			call<TreeResult>(native, API.evaluate, body)
		]);
		expect(differences(x, y)).toEqual([]);
	});

	it.each([
		['csat', 'channel'],
		['contact_rate', 'channel'],
		['frt_median', 'priority']
	])('breaks %s down by %s the same way', async (node, dimension) => {
		const body = { tree: 'default', node, dimension, request: PERIODS[1]![1] };
		const [a, b] = [
			await call<Breakdown>(house, API.breakdown, body),
			await call<Breakdown>(native, API.breakdown, body)
		];
		expect(b.rows.length).toBeGreaterThan(1);
		expect(differences(a, b)).toEqual([]);
	});

	it('answers “What changed” (every target by each of its dimensions) the same way', async () => {
		const body = {
			tree: 'default',
			targets: [
				{ node: 'csat', table: 'tickets', dimensions: ['channel', 'category', 'priority', 'team'] },
				{ node: 'tickets', table: 'tickets', dimensions: ['channel', 'priority'] },
				{ node: 'self_service_rate', table: 'tickets', dimensions: ['category', 'team'] },
				{ node: 'orders', table: 'events', dimensions: ['channel', 'segment'] }
			],
			request: PERIODS[0]![1]
		};
		const [a, b] = [
			await call<unknown[]>(house, API.dimensionBreakdowns, body),
			await call<unknown[]>(native, API.dimensionBreakdowns, body)
		];
		expect(b).toHaveLength(10);
		expect(differences(a, b)).toEqual([]);
	});

	it('splits contact rate into its children the same way', async () => {
		const body = { tree: 'default', request: PERIODS[0]![1] };
		const [a, b] = await Promise.all([
			call<TreeResult>(house, API.evaluate, body),
			call<TreeResult>(native, API.evaluate, body)
		]);
		const id = 'contact_rate' as NodeId;
		expect(childContributions(defaultTree, b, id).status).toBe('exact');
		expect(
			differences(childContributions(defaultTree, a, id), childContributions(defaultTree, b, id))
		).toEqual([]);
	});

	it('sent ClickHouse only SELECTs (and WITH … SELECT), never the request', () => {
		expect(sent.length).toBeGreaterThan(10);
		expect(sent.filter((sql) => !/^(SELECT|WITH)\b/.test(sql))).toEqual([]);
	});

	it('cannot write: a CREATE or INSERT through its runner is refused (readonly=1)', async () => {
		const run = clickHouseRunner(chdbTransport(session), { timeoutMs: 10_000, maxRows: 100 });
		await expect(run('CREATE TABLE northstar.x (a UInt8) ENGINE = Memory')).rejects.toThrow(/readonly/i);
		await expect(
			run("INSERT INTO northstar.surveys (ts, score) SELECT toDateTime64('2025-01-01', 6, 'UTC'), 1")
		).rejects.toThrow(/readonly/i);
		expect(
			session
				.query(
					"SELECT count() AS n FROM northstar.surveys WHERE ts < '2025-01-02' AND score = 1 AND customer_id IS NULL",
					'JSONEachRow'
				)
				.trim()
		).toBe('{"n":0}');
	});

	it('stops a query past the row limit or the timeout with the API’s limit errors', async () => {
		const limits = { timeoutMs: 1000, maxRows: 3 };
		const run = clickHouseRunner(chdbTransport(session), limits);
		await expect(run('SELECT channel FROM northstar.tickets LIMIT 3')).resolves.toHaveLength(3);
		const tooMany = await run('SELECT channel FROM northstar.tickets LIMIT 4').catch((e: unknown) => e);
		expect(tooMany).toBeInstanceOf(QueryLimitError);
		expect((tooMany as QueryLimitError).code).toBe('too_many_rows');
		const slow = await run(
			'SELECT count() AS n FROM northstar.events AS a CROSS JOIN northstar.events AS b WHERE cityHash64(a.customer_id, b.customer_id) = 0'
		).catch((e: unknown) => e);
		expect(slow).toBeInstanceOf(QueryLimitError);
		expect((slow as QueryLimitError).code).toBe('timeout');
	}, 60_000);

	it('answers the API’s too_many_rows when a server query passes the row limit', async () => {
		const small = await serve({
			clickhouse: { url: 'chdb://', database: 'northstar' },
			clickhouseTransport: chdbTransport(session),
			tree: defaultTree,
			port: 0,
			limits: { timeoutMs: 10_000, maxRows: 2 }
		});
		try {
			const response = await fetch(small.url + API.values, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ table: 'tickets', dimension: 'channel' })
			});
			expect(response.status).toBe(422);
			expect(((await response.json()) as { code: string }).code).toBe('too_many_rows');
		} finally {
			await small.close();
		}
	});

	it('refuses a table whose column cannot hold the canonical values, naming it', async () => {
		session.query('CREATE DATABASE bad');
		session.query(
			"CREATE TABLE bad.surveys (ts DateTime('UTC'), score Int32, customer_id Nullable(String), touchpoint Nullable(String)) ENGINE = Memory"
		);
		const transport = chdbTransport(session);
		session.query('USE bad');
		try {
			await expect(
				openClickHouse({ url: 'chdb://', database: 'bad' }, { timeoutMs: 5000, maxRows: 10 }, transport)
			).rejects.toThrow(
				"The ClickHouse column surveys.ts is DateTime('UTC'); Northstar needs DateTime64(6, 'UTC')."
			);
			session.query('DROP TABLE bad.surveys');
			session.query(
				"CREATE TABLE bad.surveys (ts DateTime64(6, 'UTC'), customer_id Nullable(String)) ENGINE = Memory"
			);
			await expect(
				openClickHouse({ url: 'chdb://', database: 'bad' }, { timeoutMs: 5000, maxRows: 10 }, transport)
			).rejects.toThrow('The ClickHouse table surveys has no column score (INTEGER).');
		} finally {
			session.query('USE northstar');
		}
	});
});

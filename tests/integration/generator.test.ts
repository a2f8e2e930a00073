/**
 * The sample-data generator (SPEC §6): deterministic bytes, canonical types (SPEC §3), and the story
 * the drill-down is meant to find — read back with native DuckDB, a different reader from the writer.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../data/generator/sample';

const TABLES = ['events', 'tickets', 'surveys'] as const;
const root = mkdtempSync(join(tmpdir(), 'northstar-generator-'));
const bytesOf = (dir: string, table: string) => readFileSync(join(dir, `${table}.parquet`));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sample generator: determinism', () => {
	const first = join(root, 'a');
	const second = join(root, 'b');
	const otherSeed = join(root, 'c');
	beforeAll(async () => {
		await generateSample({ scale: 0.02, seed: 42, outDir: first });
		await generateSample({ scale: 0.02, seed: 42, outDir: second });
		await generateSample({ scale: 0.02, seed: 7, outDir: otherSeed });
	});

	it('writes byte-identical files for the same seed and scale', () => {
		for (const table of TABLES)
			expect(bytesOf(second, table).equals(bytesOf(first, table)), table).toBe(true);
	});

	it('writes different files for a different seed', () => {
		for (const table of TABLES)
			expect(bytesOf(otherSeed, table).equals(bytesOf(first, table)), table).toBe(false);
	});
});

describe('sample generator: schema and story at scale 1', () => {
	const dir = join(root, 'scale-1');
	let database: DuckDBInstance;
	let connection: DuckDBConnection;
	const one = async (sql: string): Promise<Record<string, unknown>> => {
		const [row = {}] = (await connection.runAndReadAll(sql)).getRowObjectsJS();
		// Counts come back as bigint; these are small.
		return Object.fromEntries(
			Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])
		);
	};
	const number = async (sql: string): Promise<number> => Number(Object.values(await one(sql))[0]);

	beforeAll(async () => {
		await generateSample({ scale: 1, seed: 42, outDir: dir });
		database = await DuckDBInstance.create(':memory:');
		connection = await database.connect();
		for (const table of TABLES) {
			await connection.run(`CREATE VIEW ${table} AS SELECT * FROM '${join(dir, `${table}.parquet`)}'`);
		}
	});
	afterAll(() => {
		connection.closeSync();
		database.closeSync();
	});

	it('has the canonical columns and types of SPEC §3 (naive TIMESTAMP, not WITH TIME ZONE)', async () => {
		const types = async (table: string) =>
			(await connection.runAndReadAll(`DESCRIBE ${table}`))
				.getRowObjectsJS()
				.map((row) => `${String(row.column_name)} ${String(row.column_type)}`);
		expect(await types('events')).toEqual([
			'ts TIMESTAMP',
			'customer_id VARCHAR',
			'event_type VARCHAR',
			'channel VARCHAR',
			'segment VARCHAR',
			'revenue DOUBLE'
		]);
		expect(await types('tickets')).toEqual([
			'ticket_id VARCHAR',
			'created_at TIMESTAMP',
			'customer_id VARCHAR',
			'first_response_at TIMESTAMP',
			'resolved_at TIMESTAMP',
			'channel VARCHAR',
			'category VARCHAR',
			'priority VARCHAR',
			'team VARCHAR',
			'self_service BOOLEAN',
			'agent_replies INTEGER',
			'reopens INTEGER',
			'csat INTEGER'
		]);
		expect(await types('surveys')).toEqual([
			'ts TIMESTAMP',
			'score INTEGER',
			'customer_id VARCHAR',
			'touchpoint VARCHAR'
		]);
	});

	it('has the sizes of the built-in sample, in row groups a reader can stream', async () => {
		const events = await number(`SELECT count(*) FROM events`);
		expect(events).toBeGreaterThan(900_000);
		expect(events).toBeLessThan(1_100_000);
		expect(await number(`SELECT count(DISTINCT customer_id) FROM events`)).toBeGreaterThan(45_000);
		const surveys = await number(`SELECT count(*) FROM surveys`);
		expect(surveys).toBeGreaterThan(13_000);
		expect(surveys).toBeLessThan(17_000);
		const groups = await one(
			`SELECT count(DISTINCT row_group_id) AS n, max(row_group_num_rows) AS largest
			 FROM parquet_metadata('${join(dir, 'events.parquet')}')`
		);
		expect(Number(groups.n)).toBeGreaterThan(1);
		expect(Number(groups.largest)).toBe(131_072);
	});

	it('keeps every value in range and every row in 2025, in time order', async () => {
		const problems = await one(`SELECT
			count(*) FILTER (WHERE csat NOT BETWEEN 1 AND 5) AS csat,
			count(*) FILTER (WHERE resolved_at < created_at) AS resolved_early,
			count(*) FILTER (WHERE first_response_at < created_at) AS answered_early,
			count(*) - count(DISTINCT ticket_id) AS duplicate_ids,
			count(*) FILTER (WHERE created_at < '2025-01-01' OR created_at >= '2026-01-01') AS outside_year,
			count(*) FILTER (WHERE self_service AND (first_response_at IS NOT NULL OR agent_replies > 0)) AS bot_answers
			FROM tickets`);
		expect(problems).toEqual({
			csat: 0,
			resolved_early: 0,
			answered_early: 0,
			duplicate_ids: 0,
			outside_year: 0,
			bot_answers: 0
		});
		expect(await number(`SELECT count(*) FROM surveys WHERE score NOT BETWEEN 0 AND 10`)).toBe(0);
		expect(
			await number(`SELECT count(*) FROM events WHERE (revenue IS NOT NULL) <> (event_type = 'order')`)
		).toBe(0);
		const unsorted = `SELECT count(*) FROM (
			SELECT ts < lag(ts) OVER (ORDER BY file_row_number) AS back
			FROM read_parquet('${join(dir, 'events.parquet')}', file_row_number = true)) WHERE back`;
		expect(await number(unsorted)).toBe(0);
	});

	it('peaks in November: clearly more orders than in October', async () => {
		const orders = await one(`SELECT
			count(*) FILTER (WHERE month(ts) = 10) AS october,
			count(*) FILTER (WHERE month(ts) = 11) AS november
			FROM events WHERE event_type = 'order'`);
		expect(Number(orders.november)).toBeGreaterThan(1.25 * Number(orders.october));
	});

	it('keeps about 8 contacts per 100 orders in a normal week', async () => {
		// The median week from February to August: away from the incident, the launch ramp and the peak.
		const rate = await number(`WITH weeks AS (
			SELECT date_trunc('week', created_at) AS week, count(*) AS tickets FROM tickets GROUP BY 1),
			orders AS (SELECT date_trunc('week', ts) AS week, count(*) AS orders FROM events WHERE event_type = 'order' GROUP BY 1)
			SELECT median(100.0 * tickets / orders) FROM weeks JOIN orders USING (week)
			WHERE week BETWEEN '2025-02-03' AND '2025-08-25'`);
		expect(rate).toBeGreaterThan(7);
		expect(rate).toBeLessThan(9);
	});

	it('launches self-service on 2025-06-01: none before, at least 15% of tickets after', async () => {
		const shares = await one(`SELECT
			avg(self_service::INTEGER) FILTER (WHERE created_at < '2025-06-01') AS before,
			avg(self_service::INTEGER) FILTER (WHERE created_at >= '2025-06-01') AS after
			FROM tickets`);
		expect(Number(shares.before)).toBeLessThan(0.01);
		expect(Number(shares.after)).toBeGreaterThanOrEqual(0.15);
	});

	it('triples delivery tickets in the incident week of 2025-09-08 and drops CSAT and delivery NPS', async () => {
		const delivery = await one(`SELECT
			count(*) FILTER (WHERE created_at >= '2025-09-08' AND created_at < '2025-09-15') AS incident,
			count(*) FILTER (WHERE created_at >= '2025-08-11' AND created_at < '2025-09-08') / 4 AS usual
			FROM tickets WHERE category = 'delivery'`);
		expect(Number(delivery.incident)).toBeGreaterThanOrEqual(2.5 * Number(delivery.usual));

		const inIncident = `BETWEEN '2025-09-08' AND '2025-09-14 23:59:59'`;
		const csat = await one(`SELECT
			100.0 * count(*) FILTER (WHERE csat >= 4 AND created_at ${inIncident}) / count(csat) FILTER (WHERE created_at ${inIncident}) AS incident,
			100.0 * count(*) FILTER (WHERE csat >= 4 AND created_at NOT ${inIncident}) / count(csat) FILTER (WHERE created_at NOT ${inIncident}) AS usual
			FROM tickets`);
		expect(Number(csat.usual)).toBeGreaterThan(80);
		expect(Number(csat.incident)).toBeLessThan(Number(csat.usual) - 10);

		const nps = (where: string) =>
			number(`SELECT 100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(*)
				FROM surveys WHERE touchpoint = 'after_delivery' AND ${where}`);
		const usualNps = await nps(`ts NOT ${inIncident}`);
		expect(usualNps).toBeGreaterThan(25);
		expect(usualNps).toBeLessThan(50);
		expect(await nps(`ts ${inIncident}`)).toBeLessThan(usualNps - 20);
	});
});

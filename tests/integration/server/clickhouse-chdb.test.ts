/**
 * The ClickHouse dialect run by ClickHouse itself (chdb: the ClickHouse engine in-process, from npm) on the
 * sample tickets, against DuckDB-WASM on the same file: every value, previous value and series point equal
 * to 1e-9: the fragment-free tickets tree (tests/fixtures/plain-tickets-tree.ts), the whole default tree on
 * all three sample tables (its fragments re-emitted from their parsed trees), and each allowed fragment
 * function and operator row by row.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { evaluateTreeWith } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { RunQuery } from '../../../src/lib/metrics/rows';
import { checkFragment } from '../../../src/lib/metrics/fragment/check';
import { clickhouse, duckdb } from '../../../src/lib/metrics/sql/dialect';
import { columnNames, TABLE_IDS } from '../../../src/lib/metrics/tables';
import { defaultTree } from '../../fixtures/default-tree';
import { plainTicketsTree } from '../../fixtures/plain-tickets-tree';
import { TICKET_FRAGMENTS } from '../../fixtures/metrics/allowed-fragments';
import { differences } from './differences';

type ChdbSession = { query(sql: string, format?: string): string; cleanup?(): void };
let chdb: { Session: new (path?: string) => ChdbSession } | null = null;
try {
	// By a name in a variable: a checkout without chdb installed still type-checks, and skips these tests.
	const name = 'chdb';
	chdb = (await import(/* @vite-ignore */ name)) as typeof chdb;
} catch (error) {
	console.warn(`Skipping the ClickHouse (chdb) equality tests: chdb does not load here (${String(error)}).`);
}

/** inf and nan, which JSON cannot carry: the session quotes them (output_format_json_quote_denormals). */
const DENORMALS: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN, '-nan': NaN };

/** ClickHouse's JSON rows as the metric code reads rows: DateTime64 text → epoch ms (UTC), inf/nan, the rest as is. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;
function chdbRun(session: ChdbSession): RunQuery {
	return (sql) => {
		const text = session.query(sql, 'JSONEachRow');
		const rows = text
			.split('\n')
			.filter((line) => line.trim() !== '')
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		return Promise.resolve(
			rows.map((row) =>
				Object.fromEntries(
					Object.entries(row).map(([k, v]) => [
						k,
						typeof v === 'string' && DATE_TIME.test(v)
							? Date.parse(`${v.replace(' ', 'T')}Z`)
							: typeof v === 'string' && v in DENORMALS
								? DENORMALS[v]
								: v
					])
				)
			)
		);
	};
}

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
		'the incident week by day, chat only',
		{
			period: { start: '2025-09-08', end: '2025-09-15' },
			previous: { start: '2025-09-01', end: '2025-09-08' },
			grain: 'day',
			filters: { channel: ['chat'] }
		}
	]
];

describe.skipIf(chdb === null)('the clickhouse dialect on ClickHouse (chdb) against DuckDB-WASM', () => {
	let wasm: Engine;
	let session: ChdbSession;
	let dir: string;

	beforeAll(async () => {
		wasm = await startNodeEngine();
		dir = mkdtempSync(join(tmpdir(), 'northstar-chdb-'));
		session = new chdb!.Session(dir);
		session.query("SET session_timezone = 'UTC'");
		session.query('SET output_format_json_quote_denormals = 1');
		for (const table of TABLE_IDS) {
			const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
			await loadCanonicalTable(wasm, table, { kind: 'bytes', bytes, format: 'parquet' });
			const file = resolve(`data/sample/${table}.parquet`);
			session.query(`CREATE TABLE ${table} ENGINE = Memory AS SELECT * FROM file('${file}', Parquet)`);
		}
	}, 180_000);
	afterAll(async () => {
		session?.cleanup?.();
		if (dir) rmSync(dir, { recursive: true, force: true });
		await wasm?.close();
	});

	it.each(PERIODS)('gives every node the same values and series for %s', async (_name, request) => {
		const request_ = { ...request, tables: ['tickets' as const] };
		const duck = await evaluateTreeWith(plainTicketsTree, request_, (sql) => wasm.rows(sql), 'optimised');
		const house = await evaluateTreeWith(
			plainTicketsTree,
			request_,
			chdbRun(session),
			'optimised',
			clickhouse
		);
		expect(duck.failures).toEqual([]);
		expect(house.failures).toEqual([]);
		expect(
			Object.values(duck.nodes)
				.filter((n) => n.value === null)
				.map((n) => n.id)
		).toEqual([]);
		expect(differences(house, duck)).toEqual([]);
	});

	it.each(PERIODS)(
		'gives all 20 metrics of the default tree the same values and series for %s',
		async (_name, request) => {
			const duck = await evaluateTreeWith(defaultTree, request, (sql) => wasm.rows(sql), 'optimised');
			const house = await evaluateTreeWith(defaultTree, request, chdbRun(session), 'optimised', clickhouse);
			expect(duck.failures).toEqual([]);
			expect(house.failures).toEqual([]);
			expect(Object.keys(duck.nodes)).toHaveLength(20);
			expect(differences(house, duck)).toEqual([]);
		}
	);

	/**
	 * Every allowed function and operator, row by row on the sample tickets: what DuckDB computes from the
	 * DuckDB emission and ClickHouse from the ClickHouse one must be the same values (times as epoch ms).
	 */

	it('gives each allowed function and operator the same value on every ticket', async () => {
		const scope = { table: 'tickets', columns: columnNames('tickets') };
		const problems: string[] = [];
		for (const source of TICKET_FRAGMENTS) {
			const checked = checkFragment(source, scope);
			if (!checked.ok) throw new Error(`${source}: ${checked.error.message}`);
			const query = (sql: string, ident: (n: string) => string) =>
				`SELECT ${sql} AS v FROM tickets ORDER BY ${ident('ticket_id')}`;
			const duck = await wasm.rows(query(duckdb.fragment(checked.value), duckdb.ident));
			const isNumeric = duck.some((r) => typeof r.v === 'number' || typeof r.v === 'bigint');
			const house = await chdbRun(session)(query(clickhouse.fragment(checked.value), clickhouse.ident));
			// ClickHouse answers booleans as 1/0 and 64-bit integers as text or bigint: compare as numbers.
			const values = (rows: readonly Record<string, unknown>[]) =>
				rows.map(({ v }) =>
					typeof v === 'boolean' || typeof v === 'bigint'
						? Number(v)
						: typeof v === 'string' && /^-?\d+$/.test(v) && isNumeric
							? Number(v)
							: v
				);
			const found = differences(values(house), values(duck));
			if (found.length > 0)
				problems.push(`${source}: ${found.slice(0, 3).join('; ')} (${found.length} rows)`);
		}
		expect(problems).toEqual([]);
	});
});

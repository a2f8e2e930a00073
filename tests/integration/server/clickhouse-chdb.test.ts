/**
 * The ClickHouse dialect run by ClickHouse itself (chdb: the ClickHouse engine in-process, from npm) on the
 * sample tickets, against DuckDB-WASM on the same file: every value, previous value and series point equal
 * to 1e-9. The tree is the fragment-free one (see tests/fixtures/plain-tickets-tree.ts): the default
 * tree's fragments reach ClickHouse only once they are parsed (issue #9).
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
import { clickhouse } from '../../../src/lib/metrics/sql/dialect';
import { plainTicketsTree } from '../../fixtures/plain-tickets-tree';
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

/** ClickHouse's JSON rows as the metric code reads rows: DateTime64 text → epoch ms (UTC), the rest as is. */
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
						typeof v === 'string' && DATE_TIME.test(v) ? Date.parse(`${v.replace(' ', 'T')}Z`) : v
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
		const bytes = new Uint8Array(readFileSync('data/sample/tickets.parquet'));
		await loadCanonicalTable(wasm, 'tickets', { kind: 'bytes', bytes, format: 'parquet' });
		dir = mkdtempSync(join(tmpdir(), 'northstar-chdb-'));
		session = new chdb!.Session(dir);
		session.query("SET session_timezone = 'UTC'");
		const file = resolve('data/sample/tickets.parquet');
		session.query(`CREATE TABLE tickets ENGINE = Memory AS SELECT * FROM file('${file}', Parquet)`);
	});
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
});

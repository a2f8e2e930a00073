import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importTable } from '../../../src/lib/data/import-table';
import { inspectFile } from '../../../src/lib/data/inspect-file';
import { autoMap, guessTable } from '../../../src/lib/data/mapping';
import { startNodeEngine } from '../../../src/lib/engine/node';
import { EngineError, type Engine } from '../../../src/lib/engine/types';

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

async function parquetFile(name: string, sql: string, compression = 'zstd'): Promise<File> {
	const path = join(mkdtempSync(join(tmpdir(), 'northstar-import-')), name);
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	await connection.run(
		`COPY (${sql}) TO '${path}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE 2)`
	);
	return new File([readFileSync(path)], name);
}

/** Inspect, guess the table and mapping, and import — what the data page does with its defaults. */
async function upload(engine: Engine, file: File, mode: 'replace' | 'append' = 'replace') {
	const inspection = await inspectFile(engine, file);
	const table = guessTable(inspection.columns, inspection.samples)!;
	const mapping = autoMap(table, inspection.columns, inspection.samples);
	return importTable(engine, {
		table,
		mapping,
		mode,
		source: { kind: 'file', file, format: inspection.format }
	});
}

const TICKETS = [
	'ID,Opened,Resolved,Rating,Channel,Self Service',
	'a1,2025-01-01 09:00:00,1735725600000,5,chat,N', // resolved 10:00 (epoch ms)
	'a2,2025-01-01 10:00:00,1735718400000,7,email,Y', // resolved 08:00 < created → NULL; csat 7 → NULL
	'a2,2025-01-02 10:00:00,,4,email,0', // duplicate id → excluded
	'a3,not a time,,3,phone,1', // unreadable created → excluded
	'a4,2025-01-03 11:00:00,,,chat,'
].join('\n');

describe('importing an uploaded file (duckdb-wasm in Node)', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await startNodeEngine();
	});
	afterAll(async () => {
		await engine.close();
	});
	beforeEach(async () => {
		await engine.script(
			`CREATE OR REPLACE TABLE tickets AS SELECT 'old' || range AS ticket_id, TIMESTAMP '2024-01-01' AS created_at FROM range(3)`
		);
	});

	it('maps renamed CSV columns, reads epoch ms and Y/N, and reports what it excluded or set to NULL', async () => {
		const report = await upload(engine, csvFile('tickets.csv', TICKETS));
		expect(report.table).toBe('tickets');
		// 5 rows read: a3 (unreadable created) and the second a2 (duplicate) are excluded → 3 loaded
		expect(report).toMatchObject({ rowsRead: 5, rowsLoaded: 3, tableRows: 3 });
		const byId = Object.fromEntries(report.issues.map((i) => [i.id, i]));
		expect(byId.created_at).toMatchObject({
			kind: 'unreadable',
			count: 1,
			action: 'excluded',
			examples: [{ row: 4, value: 'not a time' }]
		});
		expect(byId.csat_range).toMatchObject({
			count: 1,
			action: 'set_null',
			examples: [{ row: 2, value: '7' }]
		});
		expect(byId.resolved_before_created).toMatchObject({ count: 1, action: 'set_null' });
		expect(byId.duplicate_key).toMatchObject({
			count: 1,
			action: 'excluded',
			examples: [{ row: 3, value: 'a2' }]
		});
		expect(report.issues.find((i) => i.kind === 'missing')).toBeUndefined();
		const rows = await engine.rows(
			`SELECT ticket_id, resolved_at, csat, self_service FROM tickets ORDER BY ticket_id`
		);
		expect(rows).toEqual([
			{ ticket_id: 'a1', resolved_at: Date.UTC(2025, 0, 1, 10), csat: 5, self_service: false },
			{ ticket_id: 'a2', resolved_at: null, csat: null, self_service: true },
			{ ticket_id: 'a4', resolved_at: null, csat: null, self_service: null }
		]);
	});

	it('appends, dropping ids already loaded', async () => {
		const report = await upload(
			engine,
			csvFile('more.csv', 'ticket_id,created_at\nold1,2025-01-01\nnew1,2025-01-02\n'),
			'append'
		);
		// 3 old rows + new1 (old1 is a duplicate of a loaded ticket)
		expect(report).toMatchObject({ rowsRead: 2, rowsLoaded: 1, tableRows: 4 });
		expect(report.issues).toMatchObject([{ kind: 'duplicate', count: 1, examples: [{ value: 'old1' }] }]);
	});

	it('reads Parquet from another writer: snappy, nanosecond timestamps, camelCase names', async () => {
		const file = await parquetFile(
			'tickets.parquet',
			`SELECT 't' || range AS ticketId, TIMESTAMP_NS '2025-03-01 08:30:00.123456789' + to_hours(range) AS createdAt, (range % 5 + 1)::TINYINT AS rating FROM range(5)`,
			'snappy'
		);
		const report = await upload(engine, file);
		expect(report).toMatchObject({ table: 'tickets', rowsRead: 5, rowsLoaded: 5, issues: [] });
		const [row] = await engine.rows(`SELECT min(created_at) AS first, sum(csat) AS total FROM tickets`);
		// ratings 1..5 sum to 15; nanoseconds are truncated to microseconds
		expect(row).toEqual({ first: Date.UTC(2025, 2, 1, 8, 30, 0, 123) + 0.456, total: 15 });
	});

	const unchanged = async () =>
		expect((await engine.rows(`SELECT count(*) AS n FROM tickets`))[0]?.n).toBe(3);

	it('blocks a file without a required column, naming it, and keeps the loaded table', async () => {
		const file = csvFile('t.csv', 'ticket_id,channel\nx,chat\n');
		const inspection = await inspectFile(engine, file);
		const mapping = autoMap('tickets', inspection.columns);
		await expect(
			importTable(engine, {
				table: 'tickets',
				mapping,
				mode: 'replace',
				source: { kind: 'file', file, format: 'csv' }
			})
		).rejects.toThrow(/needs the columns created_at/);
		await unchanged();
	});

	it('blocks a required timestamp column that is empty in every row', async () => {
		await expect(upload(engine, csvFile('t.csv', 'ticket_id,created_at\nx,\ny,\n'))).rejects.toThrow(
			/“created_at” \(mapped to created_at\) is empty in all 2 rows/
		);
		await unchanged();
	});

	it('blocks a required column none of whose values can be converted', async () => {
		await expect(
			upload(engine, csvFile('s.csv', 'ts,score\n2025-01-01,high\n2025-01-02,low\n'))
		).rejects.toThrow(
			/None of the values in column “score” \(mapped to score\) can be read as a whole number \(for example “high”, “low”\)/
		);
		await unchanged();
	});

	it('refuses duplicate column names, files with no rows and files that are not CSV or Parquet', async () => {
		await expect(
			inspectFile(engine, csvFile('d.csv', 'ticket_id,created_at,created_at\n1,2,3\n'))
		).rejects.toThrow(/more than one column named “created_at”/);
		await expect(inspectFile(engine, csvFile('z.csv', 'ticket_id,created_at\n'))).rejects.toThrow(/no rows/);
		await expect(inspectFile(engine, csvFile('e.csv', ''))).rejects.toThrow(/is empty \(0 bytes\)/);
		await expect(
			inspectFile(engine, new File([new Uint8Array([1, 0, 2, 255])], 'x.parquet'))
		).rejects.toThrow(/is not a Parquet file/);
		const zero = await parquetFile(
			'zero.parquet',
			`SELECT 'x' AS ticket_id, TIMESTAMP '2025-01-01' AS created_at WHERE false`
		);
		await expect(inspectFile(engine, zero)).rejects.toBeInstanceOf(EngineError);
		await unchanged();
	});

	it('reports an odd value far down a CSV (past the sniffer’s sample) instead of failing the file', async () => {
		const lines = ['ticket_id,created_at,csat'];
		for (let i = 0; i < 30_000; i++)
			lines.push(`t${i},2025-01-01 10:00:00,${i === 25_000 ? 'n/a' : (i % 5) + 1}`);
		const report = await upload(engine, csvFile('late.csv', lines.join('\n')));
		// t25000 is on line 25002 of the file, row 25001 of the data
		expect(report).toMatchObject({ rowsRead: 30_000, rowsLoaded: 30_000 });
		expect(report.issues).toEqual([
			{
				kind: 'unreadable',
				id: 'csat',
				column: 'csat',
				source: 'csat',
				count: 1,
				action: 'set_null',
				examples: [{ row: 25_001, value: 'n/a' }]
			}
		]);
	});
});

/**
 * The sample read in place: its three tables are views over the attached database file (nothing copied),
 * with the same rows as copies of it; uploads replace a view by a table, append onto it, and a reset
 * brings the views back — through the session, on the real engine (duckdb-wasm in Node).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSampleDatabase } from '../../../data/sample-database';
import { loadCanonicalTable, readAheadSql } from '../../../src/lib/data/load';
import { columnNames } from '../../../src/lib/metrics/tables';
import { TABLE_IDS } from '../../../src/lib/data/schema';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { Session } from '../../../src/lib/ui/session.svelte';
import { serveStatic, type StaticServer } from '../../e2e/server';

const TICKETS = 'id,opened\na1,2025-01-01 10:00:00\na2,2025-01-02 10:00:00\na3,2025-01-03 10:00:00\n';

function uploadTickets(session: Session, mode: 'replace' | 'append') {
	const file = new File([TICKETS], 'tickets.csv', { type: 'text/csv' });
	return session.importUpload({
		table: 'tickets',
		mode,
		mapping: { ticket_id: { source: 'id' }, created_at: { source: 'opened', reading: 'text' } },
		name: 'tickets.csv',
		file,
		source: { kind: 'file', file, format: 'csv' }
	});
}

const count = async (engine: Engine, table: string) =>
	Number((await engine.rows(`SELECT count(*) AS n FROM "${table}"`))[0]?.n);

describe('the sample read in place', () => {
	let server: StaticServer;
	const engines: Engine[] = [];
	beforeEach(async () => {
		await ensureSampleDatabase('data/sample');
		server = await serveStatic('data/sample');
	});
	afterEach(async () => {
		for (const engine of engines.splice(0)) await engine.close();
		await server.close();
	});

	const open = async () => {
		const session = new Session(() => startNodeEngine(), `${server.url}/sample.duckdb`, null, null, null);
		await session.open();
		expect(session.error).toBeNull();
		const engine = await session.engine();
		engines.push(engine);
		return { session, engine };
	};

	it('holds the same rows as a copy of the file, in views, with no staging left behind', async () => {
		const { engine } = await open();
		expect([...(await engine.views([...TABLE_IDS, 'staging_events', 'absent']))].sort()).toEqual(
			[...TABLE_IDS].sort()
		);
		// The copy, as the sample was loaded before: the same multiset of rows both ways.
		const database = await engine.attachDatabase({
			kind: 'bytes',
			bytes: new Uint8Array(readFileSync('data/sample/sample.duckdb'))
		});
		for (const table of TABLE_IDS) {
			await engine.loadTable(`copy_${table}`, { kind: 'attached', database, table });
			expect(await engine.describe(table)).toEqual(await engine.describe(`copy_${table}`));
			const [extra] = await engine.rows(
				`SELECT (SELECT count(*) FROM (FROM "${table}" EXCEPT ALL FROM "copy_${table}")) +
					(SELECT count(*) FROM (FROM "copy_${table}" EXCEPT ALL FROM "${table}")) AS n`
			);
			expect(Number(extra?.n)).toBe(0);
			expect(await count(engine, table)).toBeGreaterThan(0);
		}
		await database.detach();
	});

	it('an upload replaces a view by a table, appends onto one, and a reset brings the views back', async () => {
		const { session, engine } = await open();
		const sampleTickets = await count(engine, 'tickets');

		await uploadTickets(session, 'append');
		expect(await count(engine, 'tickets')).toBe(sampleTickets + 3);
		expect([...(await engine.views(['events', 'tickets', 'surveys']))].sort()).toEqual(['events', 'surveys']);

		await uploadTickets(session, 'replace');
		expect(await count(engine, 'tickets')).toBe(3);
		expect(await engine.views(['tickets'])).toEqual(new Set());
		// The other tables still read the attached file.
		expect(await count(engine, 'events')).toBeGreaterThan(0);

		await session.resetToSample();
		expect([...(await engine.views([...TABLE_IDS]))].sort()).toEqual([...TABLE_IDS].sort());
		expect(await count(engine, 'tickets')).toBe(sampleTickets);
		expect(session.summaries.find((s) => s.table === 'tickets')?.rows).toBe(sampleTickets);
	});

	it('reads every column of the sample ahead once the engine is quiet, after a start and a reset', async () => {
		const asked: string[][] = [];
		const session = new Session(
			async () => {
				const engine = await startNodeEngine();
				const whenIdle = engine.whenIdle.bind(engine);
				engine.whenIdle = (statements, idleMs) => {
					asked.push([...statements]);
					return whenIdle(statements, idleMs);
				};
				return engine;
			},
			`${server.url}/sample.duckdb`,
			null,
			null,
			null
		);
		await session.open();
		const engine = await session.engine();
		engines.push(engine);
		expect(asked).toEqual([[readAheadSql(TABLE_IDS)]]);
		// One count per canonical column of each table, each no more than its table's rows, the largest
		// (a required column's) equal to them.
		const [row = {}] = await engine.rows(readAheadSql(TABLE_IDS));
		for (const table of TABLE_IDS) {
			const rows = await count(engine, table);
			const counts = Object.entries(row)
				.filter(([name]) => name.startsWith(`${table}_`))
				.map(([, value]) => Number(value));
			expect(counts).toHaveLength(columnNames(table).length);
			expect(Math.max(...counts)).toBe(rows);
		}
		await session.resetToSample();
		expect(asked).toHaveLength(2);
		expect(asked[1]).toEqual([readAheadSql(TABLE_IDS)]);
	});

	it('lets the sample file go once every table is uploaded, and attaches it again on a reset', async () => {
		const { session, engine } = await open();
		const attached = async () =>
			Number(
				(
					await engine.rows(
						"SELECT count(*) AS n FROM duckdb_databases() WHERE database_name LIKE 'attached\\_%' ESCAPE '\\'"
					)
				)[0]?.n
			);
		expect(await attached()).toBe(1);
		const upload = (table: 'events' | 'surveys', csv: string, mapping: Record<string, unknown>) => {
			const file = new File([csv], `${table}.csv`, { type: 'text/csv' });
			return session.importUpload({
				table,
				mode: 'replace',
				mapping: mapping as never,
				name: `${table}.csv`,
				file,
				source: { kind: 'file', file, format: 'csv' }
			});
		};
		await uploadTickets(session, 'replace');
		await upload('events', 'when,who,what\n2025-01-01 10:00:00,c1,order\n', {
			ts: { source: 'when', reading: 'text' },
			customer_id: { source: 'who' },
			event_type: { source: 'what' }
		});
		// Two tables uploaded, one still read from the file: it stays attached.
		expect(await attached()).toBe(1);
		await upload('surveys', 'when,score\n2025-01-01 10:00:00,9\n', {
			ts: { source: 'when', reading: 'text' },
			score: { source: 'score' }
		});
		expect(await attached()).toBe(0);
		expect(await engine.views([...TABLE_IDS])).toEqual(new Set());
		expect(await count(engine, 'surveys')).toBe(1);

		await session.resetToSample();
		expect(await attached()).toBe(1);
		expect([...(await engine.views([...TABLE_IDS]))].sort()).toEqual([...TABLE_IDS].sort());
		expect(await count(engine, 'events')).toBeGreaterThan(1);
	});

	it('a table the file does not hold fails before anything is replaced, and leaves no staging view', async () => {
		const { engine } = await open();
		const database = await engine.attachDatabase({
			kind: 'bytes',
			bytes: new Uint8Array(readFileSync('data/sample/sample.duckdb'))
		});
		const before = await count(engine, 'events');
		const failure = await loadCanonicalTable(
			engine,
			'events',
			{ kind: 'attached', database, table: 'orders' },
			undefined,
			{ inPlace: true }
		).catch((error: unknown) => error);
		expect(failure).toMatchObject({ code: 'bad_database' });
		expect(await count(engine, 'events')).toBe(before);
		expect(await engine.views(['events', 'staging_events'])).toEqual(new Set(['events']));
		await database.detach();
	});

	it('drops a view or a table by name, and nothing when there is neither', async () => {
		const engine = await startNodeEngine();
		engines.push(engine);
		await engine.exec('CREATE TABLE t AS SELECT 1 AS x');
		await engine.exec('CREATE VIEW v AS SELECT * FROM t');
		expect(await engine.views(['t', 'v', 'w'])).toEqual(new Set(['v']));
		await engine.drop('v');
		await engine.drop('w');
		expect(await engine.views(['v'])).toEqual(new Set());
		await engine.drop('t');
		await expect(engine.rows('SELECT * FROM t')).rejects.toThrow();
	});
});

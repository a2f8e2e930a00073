/**
 * Saved copies of uploaded tables on the real engine (duckdb-wasm under Node): a table read out as Arrow
 * frames and loaded back is the same table (columns, types, every row); a stale, damaged or mis-described
 * copy is refused and leaves the loaded table as it was; a copy of a table replaced while it was read is
 * not kept.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { restoreSnapshot, saveSnapshot, SnapshotUnreadable } from '../../../src/lib/data/snapshot';
import { memorySnapshotStore, type MemorySnapshotStore } from '../../fixtures/memory-snapshot-store';

/** Rows of `a` missing from `b` plus rows of `b` missing from `a`, duplicates counted. */
async function differingRows(engine: Engine, a: string, b: string): Promise<number> {
	const [row] = await engine.rows(
		`SELECT (SELECT count(*) FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})) + (SELECT count(*) FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a})) AS n`
	);
	return Number(row!.n);
}

describe('saved copies of uploaded tables', () => {
	let engine: Engine;
	let store: MemorySnapshotStore;
	const rows = 123_457;
	/** Small frames, so a copy has several (the app's are ROWS_PER_FRAME rows). */
	const perFrame = 20_000;

	beforeAll(async () => {
		engine = await startNodeEngine();
	}, 60_000);
	afterAll(() => engine.close());

	beforeEach(async () => {
		store = memorySnapshotStore();
		// The canonical tickets columns plus an extra dimension with an awkward name, NULLs and non-ASCII text.
		await engine.exec(`CREATE OR REPLACE TABLE tickets AS SELECT
			'T' || i AS ticket_id,
			TIMESTAMP '2025-01-01 00:00:00.123456' + INTERVAL (i) SECOND AS created_at,
			CASE WHEN i % 7 = 0 THEN NULL ELSE 'c' || (i % 1000) END AS customer_id,
			CASE WHEN i % 3 = 0 THEN NULL ELSE TIMESTAMP '2025-01-01' + INTERVAL (i + 60) SECOND END AS first_response_at,
			NULL::TIMESTAMP AS resolved_at,
			'email' AS channel, 'billing' AS category, 'high' AS priority, 'Ünïcode 팀' AS team,
			(i % 5)::INTEGER AS agent_replies, (i % 2)::INTEGER AS reopens,
			CASE WHEN i % 4 = 0 THEN NULL ELSE (1 + i % 5)::INTEGER END AS csat,
			CASE WHEN i % 2 = 0 THEN 'north' ELSE 'south' END AS "store ""region"""
			FROM range(${rows}) r(i)`);
		await engine.exec('CREATE OR REPLACE TABLE original AS SELECT * FROM tickets');
	}, 60_000);

	it('exports frames that load back as the same table: columns, types and every row', async () => {
		const frames: Uint8Array[] = [];
		const totals: number[] = [];
		const out = await engine.exportTable('tickets', 10_000, async (frame, _i, total) => {
			frames.push(frame);
			totals.push(total);
		});
		expect(out.rows).toBe(rows);
		expect(frames).toHaveLength(13); // ceil(123,457 / 10,000)
		expect(new Set(totals)).toEqual(new Set([13]));
		expect(out.columns).toEqual(await engine.describe('tickets'));
		await engine.loadTable('back', { kind: 'ipc', frames });
		expect(await engine.describe('back')).toEqual(out.columns);
		expect(await differingRows(engine, 'tickets', 'back')).toBe(0);
	}, 120_000);

	it('restores a saved copy in place of the table, and only a copy made from the same uploads', async () => {
		expect(await saveSnapshot(engine, store, 'tickets', 'key-1', () => true, perFrame)).toBe(true);
		const manifest = store.saved.get('tickets')!.manifest as { rows: number; frames: number[] };
		expect(manifest.rows).toBe(rows);
		expect(manifest.frames).toHaveLength(7); // ceil(123,457 / 20,000)

		await engine.exec('DELETE FROM tickets WHERE true');
		expect(await restoreSnapshot(engine, store, 'tickets', 'key-2')).toBe(false);
		expect((await engine.rows('SELECT count(*) AS n FROM tickets'))[0]!.n).toBe(0);

		const progress: number[] = [];
		expect(await restoreSnapshot(engine, store, 'tickets', 'key-1', (f) => progress.push(f))).toBe(true);
		expect(progress.at(-1)).toBe(1);
		expect(await differingRows(engine, 'tickets', 'original')).toBe(0);
		expect(await engine.describe('tickets')).toEqual(await engine.describe('original'));
	}, 120_000);

	it('refuses a damaged copy and leaves the loaded table as it was', async () => {
		await saveSnapshot(engine, store, 'tickets', 'k', () => true, perFrame);
		const entry = store.saved.get('tickets')!;
		entry.frames[1] = entry.frames[1]!.slice(0, 1000); // a truncated frame
		await expect(restoreSnapshot(engine, store, 'tickets', 'k')).rejects.toBeInstanceOf(SnapshotUnreadable);
		expect(await differingRows(engine, 'tickets', 'original')).toBe(0);
		expect(
			await engine.rows("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'snapshot_%'")
		).toEqual([{ n: 0 }]);
		// duckdb-wasm keeps a truncated stream open on its connection; later loads must not inherit it.
		await saveSnapshot(engine, store, 'tickets', 'k', () => true, perFrame);
		await engine.exec('DELETE FROM tickets WHERE true');
		expect(await restoreSnapshot(engine, store, 'tickets', 'k')).toBe(true);
		expect(await differingRows(engine, 'tickets', 'original')).toBe(0);
	}, 120_000);

	it('refuses a frame damaged in the middle, and loads the next copy', async () => {
		await saveSnapshot(engine, store, 'tickets', 'k', () => true, perFrame);
		const entry = store.saved.get('tickets')!;
		const good = entry.frames[0]!;
		const damaged = good.slice();
		damaged.fill(7, 100, 400);
		entry.frames[0] = damaged;
		await expect(restoreSnapshot(engine, store, 'tickets', 'k')).rejects.toBeInstanceOf(SnapshotUnreadable);
		entry.frames[0] = good;
		expect(await restoreSnapshot(engine, store, 'tickets', 'k')).toBe(true);
		expect(await differingRows(engine, 'tickets', 'original')).toBe(0);
	}, 120_000);

	it('refuses a copy that loads but not as its manifest describes it', async () => {
		await saveSnapshot(engine, store, 'tickets', 'k', () => true, perFrame);
		const entry = store.saved.get('tickets')!;
		(entry.manifest as { rows: number }).rows = rows + 1;
		await expect(restoreSnapshot(engine, store, 'tickets', 'k')).rejects.toThrow(/not as described/);
		(entry.manifest as { rows: number }).rows = rows;
		(entry.manifest as { columns: { type: string }[] }).columns[0]!.type = 'INTEGER';
		await expect(restoreSnapshot(engine, store, 'tickets', 'k')).rejects.toThrow(/not as described/);
		entry.manifest = { format: 99 };
		await expect(restoreSnapshot(engine, store, 'tickets', 'k')).rejects.toBeInstanceOf(SnapshotUnreadable);
		expect(await differingRows(engine, 'tickets', 'original')).toBe(0);
	}, 120_000);

	it('keeps no copy of a table replaced while it was being read', async () => {
		let frames = 0;
		const saved = await saveSnapshot(engine, store, 'tickets', 'k', () => ++frames < 2, perFrame);
		expect(saved).toBe(false);
		expect(store.saved.has('tickets')).toBe(false);
	}, 120_000);
});

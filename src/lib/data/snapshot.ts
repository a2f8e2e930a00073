/**
 * Saved copies of uploaded tables (SPEC §6, issue 13): a table as the engine holds it after its uploads
 * were imported — canonical columns, extra dimensions, cleaned rows — kept as Arrow IPC frames in a
 * `SnapshotStore`, so a reload inserts them instead of replaying every file through the import. The
 * uploads in IndexedDB stay the source of truth: a copy that is missing, stale or unreadable is dropped
 * and the files are replayed.
 */
import * as v from 'valibot';
import type { Engine } from '../engine/types';
import { EngineError } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import type { TableId } from './schema';
import { swapIn } from './swap';
import type { StoredUpload } from './upload-store';

/** Bumped when what a saved copy holds changes meaning (canonical columns, cleaning rules). */
export const SNAPSHOT_FORMAT = 1;

/** Rows per Arrow frame: a few tens of MB each, so neither side ever holds a whole 10M-row table twice. */
export const ROWS_PER_FRAME = 500_000;

const manifestSchema = v.object({
	format: v.literal(SNAPSHOT_FORMAT),
	key: v.string(),
	rows: v.pipe(v.number(), v.integer(), v.minValue(1)),
	columns: v.array(v.object({ name: v.string(), type: v.string() })),
	/** Byte length of each frame, in order; the data file is their concatenation. */
	frames: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.minLength(1)),
	at: v.number()
});

export type SnapshotManifest = v.InferOutput<typeof manifestSchema>;

/** A saved copy as read back: its manifest (checked) and its frames, read one at a time. */
export interface SavedSnapshot {
	manifest: SnapshotManifest;
	frames(): AsyncIterable<Uint8Array>;
}

/** A saved copy being written: frames in order, then `commit` makes it visible (never half-written). */
export interface SnapshotWriter {
	append(frame: Uint8Array): Promise<void>;
	commit(manifest: SnapshotManifest): Promise<void>;
	abort(): Promise<void>;
}

/** Where saved copies live: OPFS in the browser (snapshot-store.ts), memory in tests. */
export interface SnapshotStore {
	/** The saved copy of `table`, or null when there is none. Throws `SnapshotUnreadable` when one is there but broken. */
	read(table: TableId): Promise<SavedSnapshot | null>;
	/** Start writing `table`'s copy; the previous one stops counting at once. */
	write(table: TableId): Promise<SnapshotWriter>;
	/** Forget the copy of `table`, or of every table. */
	remove(table?: TableId): Promise<void>;
}

export class SnapshotUnreadable extends Error {
	override readonly name = 'SnapshotUnreadable';
}

/** Check a manifest as read from storage: anything else than what `saveSnapshot` writes is unreadable. */
export function parseManifest(value: unknown): SnapshotManifest {
	const parsed = v.safeParse(manifestSchema, value);
	if (!parsed.success)
		throw new SnapshotUnreadable(`the saved copy's description is not valid: ${parsed.issues[0].message}`);
	return parsed.output;
}

/**
 * What a table's saved copy must have been made from: its uploads, in order, each by name, load time,
 * mode and size. Any other upload history (a new file, a reset) makes the copy stale.
 */
export function snapshotKey(uploads: readonly StoredUpload[]): string {
	return JSON.stringify([SNAPSHOT_FORMAT, uploads.map((u) => [u.name, u.at, u.mode, u.file.size])]);
}

/**
 * Save `table` as loaded now. `stillCurrent` is asked before the copy is committed: when the table was
 * replaced meanwhile (another upload, a reset) the copy is thrown away instead.
 */
export async function saveSnapshot(
	engine: Engine,
	store: SnapshotStore,
	table: TableId,
	key: string,
	stillCurrent: () => boolean,
	rowsPerFrame = ROWS_PER_FRAME
): Promise<boolean> {
	const writer = await store.write(table);
	try {
		const frames: number[] = [];
		const { rows, columns } = await engine.exportTable(table, rowsPerFrame, async (frame) => {
			if (!stillCurrent()) throw new Superseded();
			await writer.append(frame);
			frames.push(frame.byteLength);
		});
		if (!stillCurrent()) throw new Superseded();
		if (rows === 0) {
			await writer.abort();
			return false;
		}
		await writer.commit({ format: SNAPSHOT_FORMAT, key, rows, columns, frames, at: Date.now() });
		return true;
	} catch (error) {
		await writer.abort().catch(() => undefined);
		if (error instanceof Superseded) return false;
		throw error;
	}
}

/** The table was replaced while its copy was being read: that copy is of nothing any more. */
class Superseded extends Error {}

/**
 * Load `table` from its saved copy when there is one made from `key`: true when loaded, false when there
 * is none or it is stale. A copy that does not load exactly as described (columns, types, row count)
 * throws, and the table is left as it was.
 */
export async function restoreSnapshot(
	engine: Engine,
	store: SnapshotStore,
	table: TableId,
	key: string,
	onProgress?: (fraction: number) => void
): Promise<boolean> {
	const saved = await store.read(table);
	if (!saved || saved.manifest.key !== key) return false;
	const { manifest } = saved;
	const staging = `snapshot_${table}`;
	try {
		await engine.loadTable(staging, {
			kind: 'ipc',
			frames: withProgress(saved.frames(), manifest, onProgress)
		});
		const columns = await engine.describe(staging);
		const [counted] = await engine.rows(`SELECT count(*) AS n FROM ${quoteIdent(staging)}`);
		const rows = Number(counted?.n ?? 0);
		if (JSON.stringify(columns) !== JSON.stringify(manifest.columns) || rows !== manifest.rows) {
			throw new SnapshotUnreadable(
				`the saved copy loaded as ${rows} rows of (${columns.map((c) => `${c.name} ${c.type}`).join(', ')}), not as described`
			);
		}
		await swapIn(engine, table, staging);
		return true;
	} catch (error) {
		if (error instanceof SnapshotUnreadable) throw error;
		throw new SnapshotUnreadable(error instanceof EngineError ? error.detail : String(error));
	} finally {
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`);
	}
}

async function* withProgress(
	frames: AsyncIterable<Uint8Array>,
	manifest: SnapshotManifest,
	onProgress?: (fraction: number) => void
): AsyncIterable<Uint8Array> {
	let index = 0;
	for await (const frame of frames) {
		yield frame;
		onProgress?.(++index / manifest.frames.length);
	}
}

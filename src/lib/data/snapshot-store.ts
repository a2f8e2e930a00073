/**
 * The saved copies of uploaded tables (snapshot.ts) in the browser's origin-private file system (OPFS):
 * per table a data file of Arrow IPC frames and a manifest describing it, in a `northstar-snapshots`
 * directory. The data file is written through a writable stream, which the browser swaps in whole on
 * close; the manifest is written after it and removed before any rewrite, so a copy is either complete
 * and described or not there.
 */
import { TABLE_IDS, type TableId } from './schema';
import {
	parseManifest,
	SnapshotUnreadable,
	type SavedSnapshot,
	type SnapshotStore,
	type SnapshotWriter
} from './snapshot';

const DIRECTORY = 'northstar-snapshots';

/** The OPFS store, or null where the browser has no OPFS with writable streams (then uploads replay). */
export function opfsSnapshotStore(): SnapshotStore | null {
	if (
		typeof navigator === 'undefined' ||
		typeof navigator.storage?.getDirectory !== 'function' ||
		typeof FileSystemFileHandle === 'undefined' ||
		!('createWritable' in FileSystemFileHandle.prototype)
	) {
		return null;
	}
	const directory = async () =>
		(await navigator.storage.getDirectory()).getDirectoryHandle(DIRECTORY, { create: true });
	const dataName = (table: TableId) => `${table}.arrows`;
	const manifestName = (table: TableId) => `${table}.json`;

	return {
		async read(table): Promise<SavedSnapshot | null> {
			const dir = await directory();
			const manifestFile = await fileOrNull(dir, manifestName(table));
			if (!manifestFile) return null;
			let json: unknown;
			try {
				json = JSON.parse(await manifestFile.text());
			} catch {
				throw new SnapshotUnreadable('the saved copy’s description is not JSON');
			}
			const manifest = parseManifest(json);
			const data = await fileOrNull(dir, dataName(table));
			const expected = manifest.frames.reduce((sum, n) => sum + n, 0);
			if (!data) throw new SnapshotUnreadable('the saved copy’s data file is missing');
			if (data.size !== expected) {
				throw new SnapshotUnreadable(`the saved copy has ${data.size} bytes, ${expected} were written`);
			}
			return {
				manifest,
				frames: () => blobFrames(data, manifest.frames)
			};
		},

		async write(table): Promise<SnapshotWriter> {
			const dir = await directory();
			await removeEntry(dir, manifestName(table));
			const stream = await (await dir.getFileHandle(dataName(table), { create: true })).createWritable();
			return {
				async append(frame) {
					await stream.write(frame as Uint8Array<ArrayBuffer>);
				},
				async commit(manifest) {
					await stream.close();
					const file = await (
						await dir.getFileHandle(manifestName(table), { create: true })
					).createWritable();
					await file.write(JSON.stringify(manifest));
					await file.close();
				},
				async abort() {
					await stream.abort();
				}
			};
		},

		async remove(table) {
			const dir = await directory();
			const tables = table ? [table] : TABLE_IDS;
			for (const t of tables) {
				await removeEntry(dir, manifestName(t));
				await removeEntry(dir, dataName(t));
			}
		}
	};
}

async function fileOrNull(dir: FileSystemDirectoryHandle, name: string): Promise<File | null> {
	try {
		return await (await dir.getFileHandle(name)).getFile();
	} catch (error) {
		if (error instanceof DOMException && error.name === 'NotFoundError') return null;
		throw error;
	}
}

async function removeEntry(dir: FileSystemDirectoryHandle, name: string): Promise<void> {
	try {
		await dir.removeEntry(name);
	} catch (error) {
		if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
	}
}

/**
 * The frames of a saved copy's data file, in order, each read while the one before it is being loaded:
 * the disk read of frame i + 1 overlaps DuckDB inserting frame i.
 */
export async function* blobFrames(data: Blob, lengths: readonly number[]): AsyncGenerator<Uint8Array> {
	let end = 0;
	const starts = lengths.map((length) => (end += length) - length);
	const read = (i: number) => {
		const bytes = data.slice(starts[i], starts[i]! + lengths[i]!).arrayBuffer();
		bytes.catch(() => undefined); // a read-ahead nobody asks for (the load stopped) is not an unhandled rejection
		return bytes;
	};
	let next = lengths.length > 0 ? read(0) : null;
	for (let i = 0; next; i++) {
		const current = next;
		next = i + 1 < lengths.length ? read(i + 1) : null;
		yield new Uint8Array(await current);
	}
}

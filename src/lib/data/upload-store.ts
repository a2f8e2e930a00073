/**
 * Uploaded files and their mappings, kept across reloads in IndexedDB. The File itself is stored (a Blob is
 * structured-cloned by reference and kept on disk by the browser), so a reload replays the same imports.
 */
import type { FileFormat } from '../engine/types';
import type { ColumnMapping } from './mapping';
import type { TableId } from './schema';
import * as v from 'valibot';
import { rememberedMappingSchema, storedUploadSchema } from './stored-schema';
import { inStore, UPLOADS_STORE } from './northstar-db';

export interface StoredUpload {
	table: TableId;
	mode: 'replace' | 'append';
	name: string;
	format: FileFormat;
	file: Blob;
	mapping: ColumnMapping;
	/**
	 * File columns kept as extra dimensions (SPEC §3). Absent in uploads stored before extra dimensions
	 * existed, which replay as they loaded then: without any.
	 */
	extras?: string[];
	/** Epoch ms of the load. */
	at: number;
}

function run<T>(
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T> | void
): Promise<T | undefined> {
	return inStore(UPLOADS_STORE, mode, work);
}

/** Every stored upload, in the order they were loaded. */
export async function listUploads(): Promise<StoredUpload[]> {
	const stored = (await run('readonly', (store) => store.getAll())) ?? [];
	return validUploads(stored);
}

/** The stored records that are uploads as this version writes them; anything else is left out, not cast. */
export function validUploads(stored: readonly unknown[]): StoredUpload[] {
	return stored.flatMap((record) => {
		const parsed = v.safeParse(storedUploadSchema, record);
		return parsed.success ? [parsed.output as StoredUpload] : [];
	});
}

/** The stored uploads after `upload` succeeded: a replace forgets the table's earlier uploads, an append adds. */
export function withUpload(stored: readonly StoredUpload[], upload: StoredUpload): StoredUpload[] {
	const kept = upload.mode === 'replace' ? stored.filter((u) => u.table !== upload.table) : stored;
	return [...kept, upload];
}

/** Record a successful upload (see withUpload). */
export async function saveUpload(upload: StoredUpload): Promise<void> {
	const next = withUpload(await listUploads(), upload);
	await run('readwrite', (store) => {
		store.clear();
		for (const u of next) store.add(u);
	});
}

export async function clearUploads(): Promise<void> {
	await run('readwrite', (store) => {
		store.clear();
	});
}

const MAPPINGS_KEY = 'northstar.mappings';

export interface RememberedMapping {
	table: TableId;
	mapping: ColumnMapping;
	/** Extra dimension candidates the analyst dropped (the others are kept). */
	dropped?: string[];
}

/** Mappings the analyst confirmed, by file shape (see shapeKey); kept in localStorage. */
export function rememberedMapping(storage: Storage | null, shape: string): RememberedMapping | null {
	try {
		const all: unknown = JSON.parse(storage?.getItem(MAPPINGS_KEY) ?? '{}');
		const entry =
			typeof all === 'object' && all !== null && Object.hasOwn(all, shape)
				? (all as Record<string, unknown>)[shape]
				: undefined;
		const parsed = v.safeParse(rememberedMappingSchema, entry);
		return parsed.success ? (parsed.output as RememberedMapping) : null;
	} catch {
		return null;
	}
}

export function rememberMapping(storage: Storage | null, shape: string, value: RememberedMapping): void {
	try {
		const parsed: unknown = JSON.parse(storage?.getItem(MAPPINGS_KEY) ?? '{}');
		const all: Record<string, unknown> =
			typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
		all[shape] = value;
		storage?.setItem(MAPPINGS_KEY, JSON.stringify(all));
	} catch {
		// storage full or disabled: the mapping is just not remembered
	}
}

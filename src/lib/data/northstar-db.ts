/**
 * The app's one IndexedDB database: the uploads (upload-store.ts) and the notes (annotation-store.ts)
 * in two object stores of it. Every opener goes through here, so all agree on the version (a tab that
 * asked for an older version than the database has would be refused).
 */
export const DB_NAME = 'northstar';
/** 1: uploads; 2: annotations. */
const DB_VERSION = 2;
export const UPLOADS_STORE = 'uploads';
export const ANNOTATIONS_STORE = 'annotations';

export function openDatabase(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, DB_VERSION);
		request.onupgradeneeded = () => {
			const db = request.result;
			if (!db.objectStoreNames.contains(UPLOADS_STORE)) {
				db.createObjectStore(UPLOADS_STORE, { autoIncrement: true });
			}
			if (!db.objectStoreNames.contains(ANNOTATIONS_STORE)) db.createObjectStore(ANNOTATIONS_STORE);
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
	});
}

/** Run `work` in a transaction on one store; resolves with its request's result once committed. */
export async function inStore<T>(
	name: string,
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T> | void
): Promise<T | undefined> {
	const db = await openDatabase();
	try {
		return await new Promise<T | undefined>((resolve, reject) => {
			const tx = db.transaction(name, mode);
			const request = work(tx.objectStore(name));
			tx.oncomplete = () => resolve(request ? request.result : undefined);
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

/**
 * The slice of duckdb-wasm the engine uses. Both the browser's AsyncDuckDB (worker) and the Node
 * blocking bindings (tests, benchmark) fit it: every method may return a value or a promise.
 */
import type { Table } from 'apache-arrow';

type MaybePromise<T> = T | Promise<T>;

export interface DuckStatement {
	query(...params: unknown[]): MaybePromise<Table>;
	close(): MaybePromise<unknown>;
}

export interface DuckConnection {
	query(sql: string): MaybePromise<Table>;
	prepare(sql: string): MaybePromise<DuckStatement>;
	insertArrowFromIPCStream(
		buffer: Uint8Array,
		options: { name: string; create?: boolean }
	): MaybePromise<unknown>;
	close(): MaybePromise<unknown>;
	/** duckdb-wasm's raw access: here only to read a result as Arrow IPC bytes, undecoded (`exportTable`). */
	useUnsafe<R>(callback: (bindings: RawBindings, connection: number) => R): R;
}

/** The one raw binding the engine uses: a query's result as an Arrow IPC file. */
export interface RawBindings {
	runQuery(connection: number, sql: string): MaybePromise<Uint8Array>;
}

export interface DuckBackend {
	connect(): MaybePromise<DuckConnection>;
	registerFileBuffer(name: string, bytes: Uint8Array): MaybePromise<unknown>;
	/** Register a File/Blob by handle: DuckDB reads slices of it on demand, never a whole copy (browser only). */
	registerFileHandle?(name: string, file: Blob): MaybePromise<unknown>;
	dropFile(name: string): MaybePromise<unknown>;
	terminate(): MaybePromise<unknown>;
}

/** Reads Parquet into Arrow IPC streams, one per row group, so large files never sit whole in memory. */
export interface ParquetReader {
	readRowGroups(
		source: Blob | Uint8Array,
		columns: readonly string[] | undefined,
		limit: number | undefined,
		onBatch: (ipc: Uint8Array, index: number, total: number) => Promise<void>
	): Promise<void>;
}

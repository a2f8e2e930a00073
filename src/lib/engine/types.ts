/** The engine's contract in the app's own terms: tables in, SQL with bound values, Arrow out. */
import type { Table } from 'apache-arrow';

export type FileFormat = 'parquet' | 'csv';

/** Where a file's bytes come from. A `file` is read by handle, in row-group slices, never copied whole. */
export type FileSource =
	| { kind: 'url'; url: string; format: FileFormat }
	| { kind: 'file'; file: Blob; format: FileFormat }
	| { kind: 'bytes'; bytes: Uint8Array; format: FileFormat };

/** A DuckDB database file attached read-only (`Engine.attachDatabase`), until `detach` is called. */
export interface AttachedDatabase {
	/**
	 * The tables it holds, by name: listed when first asked (it reads the file's catalog, ~0.3 s in the
	 * browser), which loading a table it holds never does.
	 */
	tables(): Promise<readonly string[]>;
	/** The attachment's name in SQL (an identifier the engine chose, never user text). */
	readonly alias: string;
	detach(): Promise<void>;
}

/**
 * Where a table comes from: a Parquet/CSV file, a table of an attached DuckDB database (copied), or
 * Arrow IPC streams (one per slice of rows, as `exportTable` writes them), inserted in order.
 */
export type TableSource =
	| FileSource
	| { kind: 'attached'; database: AttachedDatabase; table: string }
	| { kind: 'ipc'; frames: AsyncIterable<Uint8Array> | Iterable<Uint8Array> };

/** Where a DuckDB database file's bytes come from. */
/**
 * A DuckDB database file: fetched from a URL, in memory, or a Blob (in the browser DuckDB reads slices of
 * it on demand, so neither the page nor the engine holds a whole copy).
 */
export type DatabaseSource =
	{ kind: 'url'; url: string } | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'blob'; blob: Blob };

/** A value DuckDB can bind to a `?` placeholder. */
export type SqlValue = string | number | boolean | null | bigint;

export type Row = Record<string, unknown>;

export type EngineStage = 'idle' | 'downloading' | 'starting' | 'ready' | 'failed';

export interface LoadOptions {
	/** Read only these columns (Parquet); the rest of the file is never decoded. */
	columns?: readonly string[];
	/** Called with a fraction in [0, 1] as row groups arrive. */
	onProgress?: (fraction: number) => void;
	/** Read at most this many rows (a preview); Parquet then decodes only the first row group. */
	limit?: number;
	/**
	 * CSV only: read every column as text and leave conversion to the caller. The sniffer guesses types
	 * from the first rows; without this, one odd value further down fails the whole file.
	 */
	allText?: boolean;
	/**
	 * An attached database's table only: read it in place, as a view over the attached file, instead of
	 * copying its rows. The database must then stay attached while the view is in use.
	 */
	inPlace?: boolean;
}

export interface LoadResult {
	rows: number;
}

export interface Engine {
	/** Run a statement that returns rows; `params` are bound to `?` placeholders, never spliced in. */
	query(sql: string, params?: readonly SqlValue[]): Promise<Table>;
	/** Like `query`, as plain objects: integers as numbers (bigint only past 2^53), timestamps as epoch ms. */
	rows(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
	/** Run one statement for its effect (DDL, INSERT); text holding two statements is refused. */
	exec(sql: string): Promise<void>;
	/** Run statements, one at a time, in one transaction: all take effect or none does. */
	transaction(statements: readonly string[]): Promise<void>;
	/**
	 * Run a fixed, trusted script of several statements (test fixtures). Never for text that holds a
	 * tree fragment, a URL value, a file's column name or anything else from outside the code.
	 */
	script(sql: string): Promise<void>;
	/** Which of `names` are views (the others are tables, or do not exist). */
	views(names: readonly string[]): Promise<Set<string>>;
	/** Drop table or view `name`, whichever it is, if it exists. */
	drop(name: string): Promise<void>;
	/**
	 * Create (or replace) table `name` from a Parquet or CSV source, with the file's own column types
	 * (or a view, for an attached database's table read `inPlace`).
	 * A CSV whose header repeats a name, or a file with no rows, fails with an EngineError saying so.
	 */
	loadTable(name: string, source: TableSource, options?: LoadOptions): Promise<LoadResult>;
	/**
	 * Attach a DuckDB database file read-only, for loading tables from it (`{ kind: 'attached' }`):
	 * DuckDB's own format, so nothing is decoded on the page. A file that is not a DuckDB database
	 * (or from a newer DuckDB) fails with an EngineError (`bad_database`) and nothing is attached.
	 */
	attachDatabase(source: DatabaseSource): Promise<AttachedDatabase>;
	/**
	 * Read table `name` out as Arrow IPC streams of at most `rowsPerFrame` rows each, in row order, handing
	 * each to `onFrame` before the next is read (one query per frame: other queries run in between).
	 * Loading the frames back (`{ kind: 'ipc' }`) gives the same columns, types and rows.
	 */
	exportTable(
		name: string,
		rowsPerFrame: number,
		onFrame: (ipc: Uint8Array, index: number, total: number) => Promise<void>
	): Promise<{ rows: number; columns: { name: string; type: string }[] }>;
	/**
	 * Work nobody waits for (reading ahead): each statement runs once no query has been asked for or
	 * answered for `idleMs` (default 300), one at a time, so a query asked meanwhile waits at most for the
	 * one statement running. A failing statement is skipped; resolves when all ran or the engine closed.
	 */
	whenIdle(statements: readonly string[], idleMs?: number): Promise<void>;
	/** The column names and DuckDB types of a table, or of a source file without loading it. */
	describe(name: string): Promise<{ name: string; type: string }[]>;
	/** Stop the database and its worker. */
	close(): Promise<void>;
}

/** A DuckDB failure as the user should see it, with the developer's detail kept apart. */
export class EngineError extends Error {
	override readonly name = 'EngineError';
	constructor(
		/** What went wrong and what to do, for people. */
		readonly userMessage: string,
		/** The original error text, for developers. */
		readonly detail: string,
		readonly sql?: string,
		/** A stable name for the kind of failure, so the UI can say it in the user's language. */
		readonly code?: string,
		/** Values for that message (file and column names, counts). */
		readonly params: Readonly<Record<string, string>> = {}
	) {
		super(`${userMessage} (${detail})`);
	}
}

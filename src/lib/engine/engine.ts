/** The engine: one DuckDB connection behind the app's own small API (see types.ts). */
import { RecordBatchReader, RecordBatchStreamWriter } from 'apache-arrow';
import { quoteIdent, quoteString } from '../sql/quote';
import type { DuckBackend, DuckConnection, ParquetReader } from './backend';
import { LOCKDOWN_SQL, UPLOAD_DIRECTORY } from './config';
import { toEngineError } from './errors';
import { tableToRows } from './rows';
import { onceUntilFailure } from './once';
import {
	EngineError,
	type AttachedDatabase,
	type DatabaseSource,
	type Engine,
	type FileSource,
	type LoadOptions,
	type LoadResult,
	type SqlValue,
	type TableSource
} from './types';

export async function createEngine(backend: DuckBackend, parquet: ParquetReader): Promise<Engine> {
	const connection: DuckConnection = await backend.connect();
	for (const statement of LOCKDOWN_SQL) await connection.query(statement);
	let fileCounter = 0;
	let databaseCounter = 0;

	/**
	 * Statements run one at a time: prepare, run and close belong together, and a transaction's
	 * statements must not interleave with anyone else's (they would run inside it).
	 */
	let queue: Promise<unknown> = Promise.resolve();
	/** Statements queued or running, and when one was last asked for or finished (for `whenIdle`). */
	let pending = 0;
	let lastActive = Date.now();
	let closed = false;
	function serial<T>(work: () => Promise<T>): Promise<T> {
		pending++;
		lastActive = Date.now();
		const result = queue.then(work);
		const settled = () => {
			pending--;
			lastActive = Date.now();
		};
		queue = result.then(settled, settled);
		return result;
	}

	async function whenIdle(statements: readonly string[], idleMs: number): Promise<void> {
		for (const sql of statements) {
			for (;;) {
				const quietFor = Date.now() - lastActive;
				if (closed) return;
				if (pending === 0 && quietFor >= idleMs) break;
				await new Promise((wake) => setTimeout(wake, Math.max(idleMs - quietFor, 20)));
			}
			await query(sql).catch(() => undefined);
		}
	}

	/**
	 * Every statement is prepared, which DuckDB refuses for text holding more than one statement: a
	 * value that escaped its quotes could not start a second one.
	 */
	function query(sql: string, params: readonly SqlValue[] = []) {
		return serial(() => run(sql, params));
	}

	async function run(sql: string, params: readonly SqlValue[] = []) {
		try {
			const statement = await connection.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				await statement.close();
			}
		} catch (error) {
			throw toEngineError(error, 'The query failed', sql);
		}
	}

	async function loadParquet(name: string, source: FileSource, options: LoadOptions): Promise<void> {
		const input =
			source.kind === 'bytes'
				? source.bytes
				: source.kind === 'file'
					? source.file
					: await fetchBlob(source.url);
		let created = false;
		await parquet.readRowGroups(input, options.columns, options.limit, async (ipc, index, total) => {
			// The first row group creates the table with the file's schema; the rest append to it.
			await connection.insertArrowFromIPCStream(ipc, { name, create: !created });
			created = true;
			options.onProgress?.((index + 1) / total);
		});
		if (!created) {
			throw new EngineError(
				'The file has no rows: there is nothing to load.',
				'no row groups',
				undefined,
				'no_rows'
			);
		}
	}

	async function loadCsv(name: string, source: FileSource, options: LoadOptions): Promise<void> {
		const fileName = `${UPLOAD_DIRECTORY}upload_${++fileCounter}.csv`;
		if (source.kind === 'file' && backend.registerFileHandle) {
			await backend.registerFileHandle(fileName, source.file);
		} else {
			const bytes =
				source.kind === 'bytes'
					? source.bytes
					: new Uint8Array(
							await (source.kind === 'file' ? source.file : await fetchBlob(source.url)).arrayBuffer()
						);
			await backend.registerFileBuffer(fileName, bytes);
		}
		try {
			const file = quoteString(fileName);
			await rejectDuplicateHeader(file);
			const select = options.columns ? options.columns.map(quoteIdent).join(', ') : '*';
			const limit = options.limit === undefined ? '' : ` LIMIT ${Math.floor(options.limit)}`;
			// The sniffer detects delimiter, quoting, header and a UTF-8 BOM.
			await query(
				`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT ${select} FROM read_csv(${file}, header = true${options.allText ? ', all_varchar = true' : ''})${limit}`
			);
		} finally {
			await backend.dropFile(fileName);
		}
	}

	/**
	 * Arrow IPC streams inserted in order: the first creates the table with its schema, the rest append.
	 * On a connection of their own, closed after: duckdb-wasm keeps a truncated stream waiting for its
	 * end, and every later insert on that connection would fail (the Parquet loader's included).
	 */
	async function loadIpc(name: string, frames: AsyncIterable<Uint8Array> | Iterable<Uint8Array>) {
		const own = await backend.connect();
		let created = false;
		try {
			for await (const frame of frames) {
				await serial(async () => own.insertArrowFromIPCStream(frame, { name, create: !created }));
				created = true;
			}
		} finally {
			await own.close();
		}
		if (!created) {
			throw new EngineError('There are no rows to load.', 'no IPC frames', undefined, 'no_rows');
		}
	}

	async function exportTable(
		name: string,
		rowsPerFrame: number,
		onFrame: (ipc: Uint8Array, index: number, total: number) => Promise<void>
	) {
		const table = quoteIdent(name);
		const step = Math.max(1, Math.floor(rowsPerFrame));
		const [counted] = tableToRows(await query(`SELECT count(*) AS n FROM ${table}`));
		const rows = Number(counted?.n ?? 0);
		const columns = tableToRows(await query(`DESCRIBE ${table}`)).map((row) => ({
			name: String(row.column_name),
			type: String(row.column_type)
		}));
		const total = Math.ceil(rows / step);
		let exported = 0;
		for (let index = 0; index < total; index++) {
			// A slice of row ids: one short query per frame, so the app's own queries run in between.
			const sql = `SELECT * FROM ${table} WHERE rowid >= ${index * step} AND rowid < ${(index + 1) * step}`;
			const file = await serial(async () => {
				try {
					return await connection.useUnsafe((bindings, id) => bindings.runQuery(id, sql));
				} catch (error) {
					throw toEngineError(error, 'The query failed', sql);
				}
			});
			// DuckDB answers with an IPC file; inserting wants a stream. Batches are re-framed, not decoded.
			const batches = [...RecordBatchReader.from(file)];
			exported += batches.reduce((sum, batch) => sum + batch.numRows, 0);
			await onFrame(RecordBatchStreamWriter.writeAll(batches).toUint8Array(true), index, total);
		}
		if (exported !== rows) {
			throw new EngineError(
				'The table changed while it was being read.',
				`${exported} of ${rows} rows read by row id`,
				undefined,
				'export_incomplete'
			);
		}
		return { rows, columns };
	}

	/**
	 * A copy of an attached database's table, in DuckDB's own format: nothing to decode; or, `inPlace`, a
	 * view over it: nothing copied either, the file's blocks read (and kept in DuckDB's buffers) as queries
	 * need them.
	 */
	async function loadAttached(name: string, database: AttachedDatabase, table: string, options: LoadOptions) {
		const select = options.columns ? options.columns.map(quoteIdent).join(', ') : '*';
		const limit = options.limit === undefined ? '' : ` LIMIT ${Math.floor(options.limit)}`;
		const kind = options.inPlace ? 'VIEW' : 'TABLE';
		try {
			await query(
				`CREATE ${kind} ${quoteIdent(name)} AS SELECT ${select} FROM ${quoteIdent(database.alias)}.${quoteIdent(table)}${limit}`
			);
		} catch (error) {
			// A table the file does not hold fails here (a view is bound when created, as a copy is), before
			// anything is created: say which tables it has.
			const tables = await database.tables().catch(() => null);
			if (tables && !tables.includes(table)) {
				throw new EngineError(
					`The database file has no table “${table}”.`,
					`tables: ${tables.join(', ')}`,
					undefined,
					'bad_database'
				);
			}
			throw error;
		}
	}

	async function views(names: readonly string[]): Promise<Set<string>> {
		if (names.length === 0) return new Set();
		const rows = tableToRows(
			await query(
				`SELECT view_name AS name FROM duckdb_views() WHERE database_name = current_database() AND schema_name = current_schema() AND view_name IN (${names.map(() => '?').join(', ')})`,
				names
			)
		);
		return new Set(rows.map((row) => String(row.name)));
	}

	async function drop(name: string): Promise<void> {
		try {
			await query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
		} catch (error) {
			// Refused for a view. The catalog is asked only then: its first read costs ~0.3 s at a cold start.
			if (!(await views([name])).has(name)) throw error;
			await query(`DROP VIEW IF EXISTS ${quoteIdent(name)}`);
		}
	}

	async function attachDatabase(source: DatabaseSource): Promise<AttachedDatabase> {
		const alias = `attached_${++databaseCounter}`;
		const fileName = `${UPLOAD_DIRECTORY}database_${databaseCounter}.duckdb`;
		await registerDatabase(fileName, source);
		try {
			// The path is the engine's own, under the one directory the lockdown allows.
			await query(`ATTACH ${quoteString(fileName)} AS ${quoteIdent(alias)} (READ_ONLY)`);
		} catch (error) {
			await backend.dropFile(fileName);
			const engineError = toEngineError(error, 'Could not open the database file');
			throw new EngineError(
				'The file is not a DuckDB database this version can open.',
				engineError.detail,
				undefined,
				'bad_database'
			);
		}
		const tables = onceUntilFailure(async () =>
			tableToRows(
				await query(
					'SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ? ORDER BY table_name',
					[alias]
				)
			).map((row) => String(row.name))
		);
		let attached = true;
		return {
			alias,
			tables,
			async detach() {
				if (!attached) return;
				attached = false;
				await query(`DETACH ${quoteIdent(alias)}`);
				await backend.dropFile(fileName);
			}
		};
	}

	/** Hand the file to DuckDB: a Blob by handle where the backend can read slices of one, else its bytes. */
	async function registerDatabase(fileName: string, source: DatabaseSource): Promise<void> {
		if (source.kind === 'bytes') return void (await backend.registerFileBuffer(fileName, source.bytes));
		const blob = source.kind === 'blob' ? source.blob : await fetchBlob(source.url);
		if (backend.registerFileHandle) return void (await backend.registerFileHandle(fileName, blob));
		await backend.registerFileBuffer(fileName, new Uint8Array(await blob.arrayBuffer()));
	}

	/** DuckDB silently renames a repeated header (`x`, `x_1`); a mapping by name needs them distinct. */
	async function rejectDuplicateHeader(file: string): Promise<void> {
		const header = tableToRows(
			await query(`SELECT * FROM read_csv(${file}, header = false, all_varchar = true) LIMIT 1`)
		)[0];
		const names = Object.values(header ?? {}).map((v) => String(v ?? '').trim());
		const repeated = names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
		if (repeated.length > 0) {
			const list = [...new Set(repeated)].map((n) => `“${n}”`).join(', ');
			throw new EngineError(
				`The file has more than one column named ${list}. Rename the columns so each name is used once, then load it again.`,
				`header: ${names.join(', ')}`,
				undefined,
				'duplicate_header',
				{ names: list }
			);
		}
	}

	return {
		query,
		async rows(sql, params) {
			return tableToRows(await query(sql, params));
		},
		async exec(sql) {
			await query(sql);
		},
		transaction(statements) {
			return serial(async () => {
				await run('BEGIN TRANSACTION');
				try {
					for (const statement of statements) await run(statement);
					await run('COMMIT');
				} catch (error) {
					await run('ROLLBACK').catch(() => undefined);
					throw error;
				}
			});
		},
		script(sql) {
			return serial(async () => {
				try {
					await connection.query(sql);
				} catch (error) {
					throw toEngineError(error, 'The query failed', sql);
				}
			});
		},
		async loadTable(name, source, options = {}): Promise<LoadResult> {
			try {
				await drop(name);
				if (source.kind === 'attached') await loadAttached(name, source.database, source.table, options);
				else if (source.kind === 'ipc') await loadIpc(name, source.frames);
				else if (source.format === 'parquet') await loadParquet(name, source, options);
				else await loadCsv(name, source, options);
			} catch (error) {
				throw toEngineError(error, `Could not load ${describeSource(source)}`);
			}
			const counted = tableToRows(await query(`SELECT count(*) AS n FROM ${quoteIdent(name)}`));
			options.onProgress?.(1);
			return { rows: Number(counted[0]?.n ?? 0) };
		},
		views,
		drop,
		attachDatabase,
		exportTable,
		async describe(name) {
			const rows = tableToRows(await query(`DESCRIBE ${quoteIdent(name)}`));
			return rows.map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
		},
		whenIdle(statements, idleMs = 300) {
			return whenIdle(statements, idleMs);
		},
		async close() {
			closed = true;
			await connection.close();
			await backend.terminate();
		}
	};
}

async function fetchBlob(url: string): Promise<Blob> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
	return response.blob();
}

function describeSource(source: TableSource): string {
	if (source.kind === 'ipc') return 'the saved copy';
	if (source.kind === 'attached') return `table “${source.table}” of the database file`;
	if (source.kind === 'file' && 'name' in source.file) return `“${String(source.file.name)}”`;
	if (source.kind === 'url') return source.url.split('/').pop() ?? 'the file';
	return 'the file';
}

/** The engine: one DuckDB connection behind the app's own small API (see types.ts). */
import { quoteIdent, quoteString } from '../sql/quote';
import type { DuckBackend, DuckConnection, ParquetReader } from './backend';
import { toEngineError } from './errors';
import { tableToRows } from './rows';
import type { Engine, LoadOptions, LoadResult, SqlValue, TableSource } from './types';

export async function createEngine(backend: DuckBackend, parquet: ParquetReader): Promise<Engine> {
	const connection: DuckConnection = await backend.connect();
	let fileCounter = 0;

	async function query(sql: string, params: readonly SqlValue[] = []) {
		try {
			if (params.length === 0) return await connection.query(sql);
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

	async function loadParquet(name: string, source: TableSource, options: LoadOptions): Promise<void> {
		const input =
			source.kind === 'bytes'
				? source.bytes
				: source.kind === 'file'
					? source.file
					: await fetchBlob(source.url);
		let created = false;
		await parquet.readRowGroups(input, options.columns, async (ipc, index, total) => {
			// The first row group creates the table with the file's schema; the rest append to it.
			await connection.insertArrowFromIPCStream(ipc, { name, create: !created });
			created = true;
			options.onProgress?.((index + 1) / total);
		});
		if (!created) {
			throw toEngineError(new Error('no row groups'), 'The file has no data');
		}
	}

	async function loadCsv(name: string, source: TableSource): Promise<void> {
		const fileName = `northstar_upload_${++fileCounter}.csv`;
		const bytes =
			source.kind === 'bytes'
				? source.bytes
				: new Uint8Array(
						await (source.kind === 'file' ? source.file : await fetchBlob(source.url)).arrayBuffer()
					);
		await backend.registerFileBuffer(fileName, bytes);
		try {
			// The sniffer detects delimiter, quoting, header and a UTF-8 BOM.
			await connection.query(
				`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT * FROM read_csv(${quoteString(fileName)}, header = true)`
			);
		} finally {
			await backend.dropFile(fileName);
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
		async loadTable(name, source, options = {}): Promise<LoadResult> {
			try {
				await connection.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
				if (source.format === 'parquet') await loadParquet(name, source, options);
				else await loadCsv(name, source);
			} catch (error) {
				throw toEngineError(error, `Could not load ${describeSource(source)}`);
			}
			const counted = tableToRows(await query(`SELECT count(*) AS n FROM ${quoteIdent(name)}`));
			options.onProgress?.(1);
			return { rows: Number(counted[0]?.n ?? 0) };
		},
		async describe(name) {
			const rows = tableToRows(await query(`DESCRIBE ${quoteIdent(name)}`));
			return rows.map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
		},
		async close() {
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
	if (source.kind === 'file' && 'name' in source.file) return `“${String(source.file.name)}”`;
	if (source.kind === 'url') return source.url.split('/').pop() ?? 'the file';
	return 'the file';
}

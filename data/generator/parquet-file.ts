/**
 * Writes a row store to a Parquet file with parquet-wasm, one row group at a time (only one row group
 * is ever held as Arrow / in wasm memory, so the 10× sample stays small in memory).
 *
 * ZSTD; dictionary-encoded pages for strings (low-cardinality columns shrink to a few bits per row);
 * delta-encoded timestamps (they are sorted, so deltas are small: a third off the events file);
 * row groups of 128 Ki rows so a reader can stream by row group (the app's loader does).
 */
import { open, rename } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Table as ArrowTable, tableToIPC } from 'apache-arrow';
import * as pw from 'parquet-wasm/esm';
import { recordBatch } from './arrow-batch';
import type { ColumnValues, RowStore } from './row-store';
import type { ColumnSchema, TableSchema } from './schema';

export const ROW_GROUP_ROWS = 128 * 1024;

const require = createRequire(import.meta.url);

/** parquet-wasm's synchronous init is idempotent, so calling it per file costs nothing after the first. */
function initParquetWasm(): void {
	pw.initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
}

function writerProperties(schema: TableSchema): pw.WriterProperties {
	let builder = new pw.WriterPropertiesBuilder()
		.setCompression(pw.Compression.ZSTD)
		.setMaxRowGroupSize(ROW_GROUP_ROWS);
	for (const column of schema) {
		// Timestamps, amounts and unique ids have (almost) no repeats: a dictionary would only be built and dropped.
		const unique = column.kind === 'timestamp' || column.kind === 'double' || column.name === 'ticket_id';
		if (unique) builder = builder.setColumnDictionaryEnabled(column.name, false);
		if (column.kind === 'timestamp')
			builder = builder.setColumnEncoding(column.name, pw.Encoding.DELTA_BINARY_PACKED);
	}
	return builder.build();
}

/** Zero-padding width per id column: the schema's minimum, or wider if the numbers need it (large scales). */
function idDigits(schema: TableSchema, columns: readonly ColumnValues[]) {
	const widths = new Map<ColumnSchema, number>();
	schema.forEach((column, index) => {
		if (column.kind !== 'id') return;
		let largest = 0;
		for (const value of columns[index]!) largest = Math.max(largest, value);
		widths.set(column, Math.max(column.digits, String(largest).length));
	});
	return (column: ColumnSchema) => widths.get(column) ?? 0;
}

/** Writes the store to `path` (via a temporary file, so a failed run leaves no half-written Parquet); returns its size in bytes. */
export async function writeParquetFile(path: string, store: RowStore<TableSchema>): Promise<number> {
	initParquetWasm();
	const { schema, rowCount } = store;
	const columns = store.columns();
	const digits = idDigits(schema, columns);
	let start = 0;
	let first = true;
	const batches = new ReadableStream<pw.RecordBatch>({
		pull(controller) {
			// An empty table still gets one (empty) batch, so the file carries the schema.
			if (!first && start >= rowCount) return controller.close();
			const end = Math.min(start + ROW_GROUP_ROWS, rowCount);
			const ipc = tableToIPC(new ArrowTable([recordBatch(schema, columns, start, end, digits)]), 'stream');
			const table = pw.Table.fromIPCStream(ipc);
			controller.enqueue(table.recordBatch(0)!);
			table.free();
			start = end;
			first = false;
		}
	});
	const parquet = (await pw.transformParquetStream(
		batches,
		writerProperties(schema)
	)) as ReadableStream<Uint8Array>;

	const partial = `${path}.partial`;
	const file = await open(partial, 'w');
	let bytes = 0;
	try {
		const reader = parquet.getReader();
		for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
			await file.write(chunk.value);
			bytes += chunk.value.byteLength;
		}
	} finally {
		await file.close();
	}
	await rename(partial, path);
	return bytes;
}

/** Parquet → Arrow IPC, one row group at a time, with parquet-wasm (DuckDB-WASM's parquet extension would be fetched from the network). */
import type * as ParquetWasm from 'parquet-wasm/esm';
import type { ParquetReader } from './backend';
import { onceUntilFailure } from './once';

/**
 * `load` gives parquet-wasm ready to use. It is called at the first read, not before: the sample is a
 * DuckDB database, so only an analyst's Parquet upload needs parquet-wasm, and its 5 MB wasm would
 * otherwise be fetched and compiled on every start, next to DuckDB's. A failed load is tried again at
 * the next read.
 */
export function createParquetReader(load: () => Promise<typeof ParquetWasm>): ParquetReader {
	const parquetWasm = onceUntilFailure(load);
	return {
		async readRowGroups(source, columns, limit, onBatch) {
			const pw = await parquetWasm();
			const blob = source instanceof Uint8Array ? new Blob([source as Uint8Array<ArrayBuffer>]) : source;
			const file = await pw.ParquetFile.fromFile(blob);
			try {
				const groups = file.metadata().numRowGroups();
				// A preview (limit) needs only the first row group.
				const total = limit === undefined ? groups : Math.min(groups, 1);
				// Row group i+1 is decoded here while the database inserts row group i (in its worker, in
				// the browser): the two overlap. Inserts still run one at a time and in order.
				let inserting: Promise<void> = Promise.resolve();
				for (let index = 0; index < total; index++) {
					const table = await file.read({
						rowGroups: [index],
						columns: columns ? [...columns] : undefined,
						limit
					});
					const ipc = table.intoIPCStream();
					await inserting;
					inserting = onBatch(ipc, index, total);
					// Awaited on the next turn or after the loop; until then a failure must not count as unhandled.
					inserting.catch(() => {});
				}
				await inserting;
			} finally {
				file.free();
			}
		}
	};
}

/** Parquet → Arrow IPC, one row group at a time, with parquet-wasm (DuckDB-WASM's parquet extension would be fetched from the network). */
import type * as ParquetWasm from 'parquet-wasm/esm';
import type { ParquetReader } from './backend';

export function createParquetReader(pw: typeof ParquetWasm): ParquetReader {
	return {
		async readRowGroups(source, columns, limit, onBatch) {
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

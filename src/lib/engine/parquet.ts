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
				for (let index = 0; index < total; index++) {
					const table = await file.read({
						rowGroups: [index],
						columns: columns ? [...columns] : undefined,
						limit
					});
					await onBatch(table.intoIPCStream(), index, total);
				}
			} finally {
				file.free();
			}
		}
	};
}

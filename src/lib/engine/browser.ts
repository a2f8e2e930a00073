/**
 * The engine in the browser: AsyncDuckDB in a Web Worker, with every bundle self-hosted through
 * Vite asset imports (no CDN: the app must work offline and the data never leaves the page).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { DuckBackend } from './backend';
import { QUERY_CONFIG } from './config';
import { createEngine } from './engine';
import { createParquetReader } from './parquet';
import type { Engine, EngineStage } from './types';
import { toEngineError } from './errors';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** parquet-wasm, fetched and compiled at the first Parquet upload (its own chunk and wasm). */
async function loadParquetWasm() {
	const pw = await import('parquet-wasm/esm');
	await pw.default({ module_or_path: parquetWasmUrl });
	return pw;
}

export interface StartProgress {
	stage: EngineStage;
	/** Bytes of the DuckDB wasm module downloaded so far, and in all (0 when unknown). */
	loaded: number;
	total: number;
}

/** Start DuckDB-WASM in a worker; `onProgress` reports the wasm download and start-up. */
export async function startBrowserEngine(
	onProgress: (progress: StartProgress) => void = () => {}
): Promise<Engine> {
	try {
		const bundle = await duckdb.selectBundle(BUNDLES);
		const worker = new Worker(bundle.mainWorker!);
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		onProgress({ stage: 'downloading', loaded: 0, total: 0 });
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
			onProgress({ stage: 'downloading', loaded: p.bytesLoaded, total: p.bytesTotal })
		);
		onProgress({ stage: 'starting', loaded: 1, total: 1 });
		await db.open({ query: QUERY_CONFIG });
		const backend: DuckBackend = {
			connect: () => db.connect(),
			registerFileBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
			// The worker reads the File in slices (FileReaderSync); the page never holds a copy.
			registerFileHandle: (name, file) =>
				db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true),
			dropFile: (name) => db.dropFile(name),
			terminate: () => db.terminate()
		};
		const engine = await createEngine(backend, createParquetReader(loadParquetWasm));
		onProgress({ stage: 'ready', loaded: 1, total: 1 });
		return engine;
	} catch (error) {
		onProgress({ stage: 'failed', loaded: 0, total: 0 });
		throw toEngineError(error, 'The in-browser database could not start');
	}
}

/** The engine under Node (tests, benchmark): duckdb-wasm's blocking Node build, same SQL as the browser. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pw from 'parquet-wasm/esm';
import type { DuckBackend } from './backend';
import { createEngine } from './engine';
import { createParquetReader } from './parquet';
import type { Engine } from './types';
import { QUERY_CONFIG } from './config';

const require = createRequire(import.meta.url);

type NodeDuckDB = typeof import('@duckdb/duckdb-wasm/blocking');

export async function startNodeEngine(): Promise<Engine> {
	const duckdb = require('@duckdb/duckdb-wasm/blocking') as NodeDuckDB;
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate(() => {});
	db.open({ query: QUERY_CONFIG });
	pw.initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
	const backend: DuckBackend = {
		connect: () => db.connect(),
		registerFileBuffer: (name, bytes) => db.registerFileBuffer(name, bytes),
		dropFile: (name) => db.dropFile(name),
		terminate: () => db.reset()
	};
	return createEngine(
		backend,
		createParquetReader(async () => pw)
	);
}

/**
 * The bench's static server: the production build, except that the sample assets the app asks for
 * (`/_app/immutable/assets/sample.<hash>.duckdb`, or `events.<hash>.parquet`, … in builds before the
 * sample database, for `--compare`) are answered from the chosen scale's folder, so the unchanged
 * app loads 1× or 10× data; and DuckDB's worker script gets a small prelude
 * that keeps its WASM memory reachable for the memory figure.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { WORKER_PRELUDE } from './probe';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.parquet': 'application/octet-stream'
};

const SAMPLE_ASSET = /\/(events|tickets|surveys|sample)\.[^/]*\.(parquet|duckdb)$/;
const DUCKDB_WORKER = /\/duckdb-browser-[a-z]+\.worker\.[^/]*\.js$/;

export interface BenchServer {
	url: string;
	/** Serve the sample files of this folder (events/tickets/surveys.parquet, sample.duckdb) from now on. */
	useData(dir: string): void;
	close(): Promise<void>;
}

export async function serveBench(buildDir: string): Promise<BenchServer> {
	const base = resolve(buildDir);
	let dataDir = resolve('data/sample');
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const sample = SAMPLE_ASSET.exec(path);
		let file = sample ? join(dataDir, `${sample[1]}.${sample[2]}`) : normalize(join(base, path));
		if (!sample && !file.startsWith(base)) {
			response.writeHead(403).end();
			return;
		}
		if (!existsSync(file) || statSync(file).isDirectory()) file = join(base, '200.html');
		const type = MIME[extname(file)] ?? 'application/octet-stream';
		if (DUCKDB_WORKER.test(path)) {
			const body = Buffer.concat([Buffer.from(WORKER_PRELUDE), readFileSync(file)]);
			response.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length }).end(body);
			return;
		}
		response.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		useData(dir) {
			dataDir = resolve(dir);
		},
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

/** A tiny static server for the production build: SPA fallback, correct MIME types, byte ranges. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.parquet': 'application/octet-stream',
	'.yaml': 'text/yaml',
	'.webmanifest': 'application/manifest+json'
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Serve `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
	const base = resolve(root);
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(base, path));
		if (!file.startsWith(base)) {
			response.writeHead(403).end();
			return;
		}
		if (!existsSync(file) || statSync(file).isDirectory()) {
			const index = join(file, 'index.html');
			file = existsSync(index) ? index : join(base, '200.html');
		}
		const size = statSync(file).size;
		const headers = {
			'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
			'Accept-Ranges': 'bytes'
		};
		const range = /bytes=(\d*)-(\d*)/.exec(request.headers.range ?? '');
		if (range) {
			const start = range[1] ? Number(range[1]) : size - Number(range[2]);
			const end = range[1] && range[2] ? Number(range[2]) : size - 1;
			response.writeHead(206, {
				...headers,
				'Content-Range': `bytes ${start}-${end}/${size}`,
				'Content-Length': end - start + 1
			});
			createReadStream(file, { start, end }).pipe(response);
			return;
		}
		response.writeHead(200, { ...headers, 'Content-Length': size });
		if (request.method === 'HEAD') response.end();
		else createReadStream(file).pipe(response);
	});
	// Node closes an idle kept-alive socket after 5 s, racing Node's fetch reusing it on a busy machine
	// (ECONNRESET, "fetch failed"); keep it open longer than any test's pause.
	server.keepAliveTimeout = 65_000;
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}`,
		close: () =>
			new Promise((done) => {
				// A browser keeps its connections open: a test that stops the server means it is gone now.
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

/** The built app's files, with the SPA fallback; HTML gets the meta tag that tells the app which engine serves it. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { SERVER_META, type ServerEngine } from '../lib/api/protocol';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.parquet': 'application/octet-stream',
	'.yaml': 'text/yaml',
	'.webmanifest': 'application/manifest+json'
};

export type StaticHandler = (pathname: string, response: ServerResponse, head: boolean) => void;

export function staticFiles(root: string, engine: ServerEngine): StaticHandler {
	const base = resolve(root);
	if (!existsSync(join(base, '200.html'))) {
		throw new Error(`No built app in ${base}: run "npm run build" first.`);
	}
	const html = new Map<string, Buffer>();
	const withMeta = (file: string): Buffer => {
		let page = html.get(file);
		if (!page) {
			const text = readFileSync(file, 'utf8').replace(
				'<head>',
				`<head><meta name="${SERVER_META}" content="${engine}">`
			);
			html.set(file, (page = Buffer.from(text)));
		}
		return page;
	};
	return (pathname, response, head) => {
		let file = normalize(join(base, decodeURIComponent(pathname)));
		if (file !== base && !file.startsWith(base + sep)) {
			response.writeHead(403).end();
			return;
		}
		if (!existsSync(file) || statSync(file).isDirectory()) {
			const index = join(file, 'index.html');
			file = existsSync(index) ? index : join(base, '200.html');
		}
		const type = MIME[extname(file)] ?? 'application/octet-stream';
		const body = extname(file) === '.html' ? withMeta(file) : readFileSync(file);
		response.writeHead(200, {
			'Content-Type': type,
			'Content-Length': body.length,
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'no-referrer',
			// Hashed asset names never change; pages must be fetched again to see a new build.
			'Cache-Control': pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		});
		response.end(head ? undefined : body);
	};
}

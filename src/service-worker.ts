/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The app's service worker: a returning visit takes the app's chunks, DuckDB-WASM's worker and wasm,
 * parquet-wasm and the sample from this build's cache (so the wasm compiles from Chromium's code cache),
 * and the app works offline from the second visit on. One cache per build; a new build's worker deletes
 * the others when it takes over. What is cached and what never is: src/lib/offline/policy.ts.
 * Registered by the page once its first data is on screen (src/lib/offline/register.ts), so the install's
 * downloads never compete with the first visit's start.
 */
import { build, files, version } from '$service-worker';
import {
	WASM_EXCEPTIONS_PROBE,
	byteRange,
	cacheName,
	precacheList,
	route,
	staleCaches
} from '$lib/offline/policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const ASSETS = new Set<string>([...build, ...files]);
/** The app shell (the single-page app's HTML, the same for every route), kept under the scope's path. */
const SHELL = new URL(sw.registration.scope).pathname;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const eh = WebAssembly.validate(WASM_EXCEPTIONS_PROBE);
			await cache.addAll([SHELL, ...precacheList(build, files, eh)]);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const keys = await caches.keys();
			await Promise.all(staleCaches(keys, version).map((key) => caches.delete(key)));
			// The first install takes the open page over at once (it runs this very build).
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const decision = route(event.request, sw.registration.scope, ASSETS);
	if (decision.kind === 'page') event.respondWith(page(event.request));
	else if (decision.kind === 'asset') event.respondWith(asset(event, decision.key));
	// Anything else goes to the network untouched, exactly as without a worker.
});

/** A page: the network's answer when there is one (a new build, a server's page); else the cached shell. */
async function page(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const shell = await caches.match(SHELL, { cacheName: CACHE });
		if (shell) return shell;
		throw error;
	}
}

/** One of the build's files: from the cache (byte ranges sliced from it), else fetched and kept. */
async function asset(event: FetchEvent, key: string): Promise<Response> {
	const request = event.request;
	const cache = await caches.open(CACHE);
	const cached = await cache.match(key);
	if (cached) return fromCache(request, cached);
	const response = await fetch(request);
	if (
		request.method === 'GET' &&
		!request.headers.has('range') &&
		response.status === 200 &&
		response.type === 'basic'
	) {
		event.waitUntil(cache.put(key, response.clone()));
	}
	return response;
}

async function fromCache(request: Request, cached: Response): Promise<Response> {
	const header = request.headers.get('range');
	if (request.method === 'HEAD' || header) {
		// A Blob of a cached body is a handle on the cache's file, not a copy in memory.
		const body = await cached.blob();
		const headers = new Headers(cached.headers);
		headers.set('Accept-Ranges', 'bytes');
		headers.set('Content-Length', String(body.size));
		const range = header ? byteRange(header, body.size) : null;
		if (range === 'unsatisfiable') {
			return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${body.size}` } });
		}
		if (range === null) {
			return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
		}
		const [start, end] = range;
		headers.set('Content-Range', `bytes ${start}-${end}/${body.size}`);
		headers.set('Content-Length', String(end - start + 1));
		return new Response(request.method === 'HEAD' ? null : body.slice(start, end + 1), {
			status: 206,
			headers
		});
	}
	return cached;
}

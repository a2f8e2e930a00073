/**
 * What the service worker (src/service-worker.ts) does with each request, as pure functions so they are
 * tested in Node. The worker keeps one cache per build (`northstar-<version>`): the build's files are
 * answered from it first (a returning visit compiles DuckDB's wasm from Chromium's code cache and works
 * offline), pages go to the network first (a new build, or a Northstar server's page, is always seen when
 * the network answers), and nothing else is ever cached: no other origin, no `/api/` (a Northstar server's
 * answers belong to its data, never to a cache), no `version.json` (SvelteKit's update check).
 */

export const CACHE_PREFIX = 'northstar-';

export const cacheName = (version: string): string => `${CACHE_PREFIX}${version}`;

/** Caches a new build's worker deletes when it activates: every Northstar cache but its own. */
export function staleCaches(keys: readonly string[], version: string): string[] {
	return keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== cacheName(version));
}

/**
 * DuckDB-WASM's probe for WebAssembly exception handling (its `getPlatformFeatures`, 1.32): with it the
 * page runs the `eh` bundle, without it `mvp`. The worker asks the same question so that it caches only the
 * bundle the page will use (each is ~34–39 MB).
 */
export const WASM_EXCEPTIONS_PROBE = new Uint8Array([
	0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11
]);

/** Which of DuckDB-WASM's bundles a build file belongs to (`null` = neither). */
function duckdbBundle(path: string): 'eh' | 'mvp' | 'coi' | null {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const match = /^duckdb-(?:browser-)?(eh|mvp|coi)[.-]/.exec(name);
	return match ? (match[1] as 'eh' | 'mvp' | 'coi') : null;
}

/**
 * The files to cache when the worker installs: the build's chunks, assets and sample data, and the static
 * files, without the DuckDB bundle this browser will not run and without `version.json`.
 */
export function precacheList(
	build: readonly string[],
	files: readonly string[],
	wasmExceptions: boolean
): string[] {
	const unused = wasmExceptions ? ['mvp', 'coi'] : ['eh', 'coi'];
	return [...build, ...files].filter((path) => {
		if (path.endsWith('/version.json')) return false;
		const bundle = duckdbBundle(path);
		return bundle === null || !unused.includes(bundle);
	});
}

export type Route =
	/** Not the worker's business: the browser does what it would without a worker. */
	| { kind: 'network' }
	/** A page: the network first; the cached app shell when it does not answer. */
	| { kind: 'page' }
	/** One of this build's files: the cache first, fetched and kept on a miss. */
	| { kind: 'asset'; key: string };

/**
 * How to answer a request. `assets` are the build's own paths (from `$service-worker`'s `build` and
 * `files`), `scope` the worker's scope URL (`https://host/base/`).
 */
export function route(
	request: { url: string; method: string; mode: string },
	scope: string,
	assets: ReadonlySet<string>
): Route {
	if (request.method !== 'GET' && request.method !== 'HEAD') return { kind: 'network' };
	const url = new URL(request.url);
	const base = new URL(scope);
	if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return { kind: 'network' };
	const path = url.pathname;
	if (path.startsWith(`${base.pathname}api/`) || path === `${base.pathname}api`) return { kind: 'network' };
	if (request.mode === 'navigate') return request.method === 'GET' ? { kind: 'page' } : { kind: 'network' };
	// A query string makes it another request (the app never adds one to its own files).
	if (url.search === '' && assets.has(path)) return { kind: 'asset', key: path };
	return { kind: 'network' };
}

/**
 * A `Range: bytes=…` header resolved against a body of `size` bytes: [start, end] inclusive; null when
 * there is no header or one this does not read (the whole body is then the right answer, RFC 9110 §14.2);
 * 'unsatisfiable' when it starts past the end (416).
 */
export function byteRange(header: string | null, size: number): [number, number] | null | 'unsatisfiable' {
	if (!header) return null;
	const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!match || (match[1] === '' && match[2] === '')) return null;
	let start: number;
	let end: number;
	if (match[1] === '') {
		// bytes=-N: the last N bytes.
		const suffix = Number(match[2]);
		if (suffix === 0 || size === 0) return 'unsatisfiable';
		start = Math.max(0, size - suffix);
		end = size - 1;
	} else {
		start = Number(match[1]);
		end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
	}
	if (start >= size) return 'unsatisfiable';
	if (start > end) return null;
	return [start, end];
}

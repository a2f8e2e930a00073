import { describe, expect, it } from 'vitest';
import {
	WASM_EXCEPTIONS_PROBE,
	byteRange,
	cacheName,
	precacheList,
	route,
	staleCaches
} from '../../../src/lib/offline/policy';

const SCOPE = 'http://127.0.0.1:4173/';
const ASSETS = new Set([
	'/_app/immutable/entry/start.abc.js',
	'/_app/immutable/assets/duckdb-eh.123.wasm',
	'/_app/immutable/assets/events.456.parquet',
	'/favicon.svg'
]);
const get = (url: string, mode = 'cors', method = 'GET') => ({ url, mode, method });

describe('service worker routing', () => {
	it('answers the build’s own files from the cache, keyed by path', () => {
		expect(route(get(`${SCOPE}_app/immutable/entry/start.abc.js`, 'no-cors'), SCOPE, ASSETS)).toEqual({
			kind: 'asset',
			key: '/_app/immutable/entry/start.abc.js'
		});
		expect(
			route(get(`${SCOPE}_app/immutable/assets/events.456.parquet`, 'cors', 'HEAD'), SCOPE, ASSETS)
		).toEqual({ kind: 'asset', key: '/_app/immutable/assets/events.456.parquet' });
		expect(route(get(`${SCOPE}favicon.svg`), SCOPE, ASSETS).kind).toBe('asset');
	});

	it('never caches the API, other origins, other methods, unknown paths or a query string', () => {
		expect(route(get(`${SCOPE}api/info`), SCOPE, ASSETS).kind).toBe('network');
		expect(route(get(`${SCOPE}api/evaluate`, 'cors', 'POST'), SCOPE, ASSETS).kind).toBe('network');
		// Even an API path that happened to be a build file name, and an API page navigation.
		expect(route(get(`${SCOPE}api/info`, 'navigate'), SCOPE, new Set(['/api/info'])).kind).toBe('network');
		expect(route(get('http://example.com/favicon.svg'), SCOPE, ASSETS).kind).toBe('network');
		// Same host, another port: another origin.
		expect(route(get('http://127.0.0.1:9999/favicon.svg'), SCOPE, ASSETS).kind).toBe('network');
		expect(route(get(`${SCOPE}favicon.svg`, 'cors', 'PUT'), SCOPE, ASSETS).kind).toBe('network');
		expect(route(get(`${SCOPE}_app/version.json`), SCOPE, ASSETS).kind).toBe('network');
		expect(route(get(`${SCOPE}favicon.svg?v=2`), SCOPE, ASSETS).kind).toBe('network');
	});

	it('sends page navigations to the network first (the shell is the fallback)', () => {
		expect(route(get(`${SCOPE}metric/contact_rate?from=2025-09-08`, 'navigate'), SCOPE, ASSETS).kind).toBe(
			'page'
		);
		expect(route(get(`${SCOPE}`, 'navigate'), SCOPE, ASSETS).kind).toBe('page');
	});

	it('stays inside its scope when the app lives under a base path', () => {
		const scope = 'http://host/app/';
		const assets = new Set(['/app/favicon.svg']);
		expect(route(get('http://host/app/favicon.svg'), scope, assets).kind).toBe('asset');
		expect(route(get('http://host/other/', 'navigate'), scope, assets).kind).toBe('network');
		expect(route(get('http://host/app/api/info'), scope, assets).kind).toBe('network');
	});
});

describe('what is cached at install', () => {
	const build = [
		'/_app/immutable/entry/app.1.js',
		'/_app/immutable/assets/duckdb-eh.9ubY.wasm',
		'/_app/immutable/assets/duckdb-browser-eh.worker.hQa.js',
		'/_app/immutable/assets/duckdb-mvp.BP0p.wasm',
		'/_app/immutable/assets/duckdb-browser-mvp.worker.C9h.js',
		'/_app/immutable/assets/parquet_wasm_bg.BHq.wasm',
		'/_app/immutable/assets/events.D6Z.parquet',
		'/_app/version.json'
	];
	const files = ['/favicon.svg', '/manifest.webmanifest'];

	it('keeps only the DuckDB bundle this browser runs, and never version.json', () => {
		const eh = precacheList(build, files, true);
		expect(eh.filter((p) => p.includes('duckdb'))).toEqual([
			'/_app/immutable/assets/duckdb-eh.9ubY.wasm',
			'/_app/immutable/assets/duckdb-browser-eh.worker.hQa.js'
		]);
		const mvp = precacheList(build, files, false);
		expect(mvp.filter((p) => p.includes('duckdb'))).toEqual([
			'/_app/immutable/assets/duckdb-mvp.BP0p.wasm',
			'/_app/immutable/assets/duckdb-browser-mvp.worker.C9h.js'
		]);
		// 8 build files − 2 of the other bundle − version.json + 2 static files = 7.
		expect(eh).toHaveLength(7);
		expect(eh).toContain('/_app/immutable/assets/parquet_wasm_bg.BHq.wasm');
		expect(eh).toContain('/_app/immutable/assets/events.D6Z.parquet');
		expect(eh).not.toContain('/_app/version.json');
	});

	it('asks the question DuckDB-WASM asks: this Node has wasm exceptions, so eh', () => {
		// Node ≥ 20's V8 validates the exception-handling probe, as current Chromium does.
		expect(WebAssembly.validate(WASM_EXCEPTIONS_PROBE)).toBe(true);
		// A truncated module is not valid: the probe is not trivially true.
		expect(WebAssembly.validate(WASM_EXCEPTIONS_PROBE.slice(0, -1))).toBe(false);
	});
});

describe('cache versions', () => {
	it('a new build deletes every older Northstar cache and nothing else', () => {
		expect(cacheName('1764660000000')).toBe('northstar-1764660000000');
		expect(staleCaches(['northstar-1', 'northstar-2', 'other-app', 'northstar-3'], '3').sort()).toEqual([
			'northstar-1',
			'northstar-2'
		]);
		expect(staleCaches(['northstar-3'], '3')).toEqual([]);
	});
});

describe('byte ranges from a cached body', () => {
	it('reads the forms DuckDB and browsers send', () => {
		expect(byteRange('bytes=0-99', 1000)).toEqual([0, 99]);
		expect(byteRange('bytes=900-', 1000)).toEqual([900, 999]);
		// The last 100 bytes of 1000: 900 … 999.
		expect(byteRange('bytes=-100', 1000)).toEqual([900, 999]);
		// An end past the body is cut to its last byte.
		expect(byteRange('bytes=990-2000', 1000)).toEqual([990, 999]);
		expect(byteRange('bytes=-5000', 1000)).toEqual([0, 999]);
	});

	it('serves the whole body without a header or with one it does not read; 416 past the end', () => {
		expect(byteRange(null, 1000)).toBeNull();
		expect(byteRange('bytes=0-1,5-6', 1000)).toBeNull();
		expect(byteRange('items=0-1', 1000)).toBeNull();
		expect(byteRange('bytes=50-10', 1000)).toBeNull();
		expect(byteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
		expect(byteRange('bytes=-0', 1000)).toBe('unsatisfiable');
	});
});

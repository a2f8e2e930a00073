/**
 * The service worker (src/service-worker.ts), in one browser profile on one origin, as a returning user
 * meets it: the first visit installs it; the second works with the network off and the server gone and
 * shows the engine's values; a new build's worker replaces the old cache; and a Northstar server later
 * answering on the same origin still gets its API calls and its own page (nothing of its API is cached).
 * The app is installable (Chromium's own installability check, with the web manifest).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { closeEngine, engineValues } from './engine-values';
import { startServe, type ServeProcess } from './northstar-serve';
import { mismatches, shownValues, waitForOverview } from './overview-page';
import { serveStatic, type StaticServer } from './server';

const VIEW = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const VIEW_PATH = `/?from=${VIEW.from}&to=${VIEW.to}&grain=${VIEW.grain}`;
const BUILD = process.env.NORTHSTAR_BUILD_DIR ?? 'build';
const POLL = { timeout: 60_000, interval: 250 };
/**
 * A navigation may wait for a service worker to finish activating (deleting the old build's cache) and
 * then load the app's chunks through it; on a loaded CI machine that took longer than the default 30 s.
 */
const NAVIGATION = { timeout: 90_000 };

/** The cache names and, per cache, the paths it holds (read inside the page). */
function cacheContents(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const out: Record<string, string[]> = {};
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			out[key] = (await cache.keys()).map((r) => new URL(r.url).pathname);
		}
		return out;
	});
}

/** Wait until a service worker controls the page (its install has cached every file by then). */
async function waitForControl(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 90_000
	});
}

describe('service worker: offline second visit, new builds, server mode', () => {
	let browser: Browser;
	let context: BrowserContext;
	let server: StaticServer | null = null;
	let serve: ServeProcess | null = null;
	let expected: Record<string, number | null>;
	let newBuild: string;
	let port: number;
	const offOrigin: string[] = [];
	const errors: string[] = [];
	const version = (JSON.parse(readFileSync(join(BUILD, '_app/version.json'), 'utf8')) as { version: string })
		.version;
	const newVersion = String(Number(version) + 1);

	const watch = (page: Page, origin: string) => {
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
				offOrigin.push(url);
		});
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		return page;
	};

	beforeAll(async () => {
		expected = await engineValues(VIEW);
		// "A new build": the same files, with the service worker's version moved on by one (what a rebuild
		// changes in it), so the browser sees a changed worker script on the next visit.
		newBuild = mkdtempSync(join(tmpdir(), 'ns-newbuild-'));
		cpSync(BUILD, newBuild, { recursive: true });
		const worker = readFileSync(join(newBuild, 'service-worker.js'), 'utf8');
		expect(worker).toContain(`\`${version}\``);
		writeFileSync(join(newBuild, 'service-worker.js'), worker.replace(`\`${version}\``, `\`${newVersion}\``));
		browser = await launchChromium();
		// One profile for the whole file: the returning user.
		context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
		server = await serveStatic(BUILD);
		port = Number(new URL(server.url).port);
	});

	afterAll(async () => {
		expect(offOrigin).toEqual([]);
		await context?.close();
		await browser?.close();
		await server?.close();
		await serve?.stop();
		rmSync(newBuild, { recursive: true, force: true });
		await closeEngine();
	});

	it('installs on the first visit, then shows the engine’s values offline with the server gone', async () => {
		const origin = server!.url;
		const page = watch(await context.newPage(), origin);
		await page.goto(origin + VIEW_PATH, NAVIGATION);
		await waitForOverview(page);
		await waitForControl(page);
		const caches = await cacheContents(page);
		expect(Object.keys(caches)).toEqual([`northstar-${version}`]);
		const files = caches[`northstar-${version}`]!;
		// Chromium runs DuckDB's eh bundle: that one is cached, the 39 MB mvp one is not.
		expect(files.some((p) => /\/duckdb-eh\.[^/]*\.wasm$/.test(p))).toBe(true);
		expect(files.some((p) => /\/duckdb-browser-eh\.worker\.[^/]*\.js$/.test(p))).toBe(true);
		expect(files.some((p) => /duckdb-(browser-)?mvp/.test(p))).toBe(false);
		expect(files.some((p) => /parquet_wasm_bg\.[^/]*\.wasm$/.test(p))).toBe(true);
		// The sample the build ships (a DuckDB database file, or Parquet files in older builds), every file of it.
		const samples = readdirSync(join(BUILD, '_app/immutable/assets')).filter((f) =>
			/\.(duckdb|parquet)$/.test(f)
		);
		expect(samples.length).toBeGreaterThan(0);
		for (const sample of samples) expect(files).toContain(`/_app/immutable/assets/${sample}`);
		// Installable: Chromium finds nothing missing (manifest, icon, a worker with a fetch handler) but a
		// real profile — a Playwright context is an incognito one, where Chromium never offers to install.
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
		await cdp.detach();

		// The second visit: no network, and nothing listening on the port either.
		await server!.close();
		server = null;
		await context.setOffline(true);
		await page.reload();
		await waitForOverview(page);
		expect(Object.keys(expected)).toHaveLength(20);
		await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
		const northStar = Number(await page.locator('[data-north-star]').getAttribute('data-value'));
		expect(Math.abs(northStar - expected.contact_rate!)).toBeLessThanOrEqual(1e-9 * expected.contact_rate!);
		expect(await axeViolations(page)).toEqual([]);
		// Another page of the app, reached offline by a link (its chunk comes from the cache too).
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
		await page.getByRole('list', { name: 'Loaded tables' }).waitFor({ timeout: 60_000 });
		expect(errors).toEqual([]);
		await context.setOffline(false);
		await page.close();
	});

	it('a new build’s worker replaces the old cache once the old pages are closed', async () => {
		server = await serveStatic(newBuild, port);
		const origin = server.url;
		const first = watch(await context.newPage(), origin);
		await first.goto(origin + VIEW_PATH, NAVIGATION);
		await waitForOverview(first);
		// The navigation found a changed worker script: it installs beside the old one, which still serves
		// this page (its chunks stay the ones it started with).
		await expect
			.poll(
				() =>
					first.evaluate(async () => {
						const registration = await navigator.serviceWorker.getRegistration();
						return registration?.waiting !== null && registration?.waiting !== undefined;
					}),
				POLL
			)
			.toBe(true);
		expect(Object.keys(await cacheContents(first)).sort()).toEqual(
			[`northstar-${version}`, `northstar-${newVersion}`].sort()
		);
		await first.close();
		// With the old pages gone the new worker takes over and deletes the old build's cache.
		const second = watch(await context.newPage(), origin);
		await second.goto(origin + VIEW_PATH, NAVIGATION);
		await waitForOverview(second);
		await expect
			.poll(async () => Object.keys(await cacheContents(second)), POLL)
			.toEqual([`northstar-${newVersion}`]);
		await expect.poll(async () => mismatches(await shownValues(second), expected), POLL).toEqual([]);
		expect(errors).toEqual([]);
		await second.close();
		await server.close();
		server = null;
	});

	it('a Northstar server on the same origin gets its API calls and its own page, never from the cache', async () => {
		// The port is this origin's: a static server an earlier test left open (it failed) must not hold it.
		await server?.close();
		server = null;
		serve = await startServe(['--data', 'data/sample', '--port', String(port)]);
		expect(serve.url).toBe(`http://127.0.0.1:${port}`);
		const page = watch(await context.newPage(), serve.url);
		const api: { path: string; status: number; fromWorker: boolean }[] = [];
		page.on('response', (response) => {
			const path = new URL(response.url()).pathname;
			if (path.startsWith('/api/'))
				api.push({ path, status: response.status(), fromWorker: response.fromServiceWorker() });
		});
		await page.goto(serve.url + VIEW_PATH, NAVIGATION);
		await waitForOverview(page);
		// The server's own page (network first): it names its engine, and the server computes the values.
		expect(await page.locator('[data-engine]').getAttribute('data-engine')).toBe('duckdb');
		await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
		expect(api.map((a) => a.path)).toContain('/api/evaluate');
		expect(api.filter((a) => a.status !== 200 || a.fromWorker)).toEqual([]);
		const cached = Object.values(await cacheContents(page)).flat();
		expect(cached.length).toBeGreaterThan(0);
		expect(cached.filter((p) => p.startsWith('/api/'))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

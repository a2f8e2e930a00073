/**
 * The built app served by `northstar serve` on the sample: the same 20 values as the browser engine's
 * (computed in Node with DuckDB-WASM), the engine named on screen, no request off the page's origin,
 * uploads said to be browser-only, and with --token nothing answered until the token is given.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { closeEngine, engineValues } from './engine-values';
import { startServe, type ServeProcess } from './northstar-serve';
import { mismatches, shownValues, waitForOverview } from './overview-page';

const VIEW = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const VIEW_PATH = `/?from=${VIEW.from}&to=${VIEW.to}&grain=${VIEW.grain}`;
const TOKEN = 'e2e-token-0123456789';
const POLL = { timeout: 30_000 };

describe('northstar serve (native DuckDB) in the browser', () => {
	let browser: Browser;
	let open: ServeProcess;
	let locked: ServeProcess;
	let expected: Record<string, number | null>;
	const pages: WatchedPage[] = [];

	beforeAll(async () => {
		// The browser engine's answer (DuckDB-WASM in Node) is computed first, apart from the tests' time.
		expected = await engineValues(VIEW);
		[browser, open, locked] = await Promise.all([
			launchChromium(),
			startServe(['--data', 'data/sample']),
			startServe(['--data', 'data/sample', '--token', TOKEN])
		]);
	});
	afterAll(async () => {
		// Every page's requests went to its own server only, and no page logged an error but the expected 401s.
		expect(pages.flatMap((p) => p.offOrigin)).toEqual([]);
		expect(pages.flatMap((p) => p.errors).filter((e) => !/401/.test(e))).toEqual([]);
		await browser?.close();
		await Promise.all([open?.stop(), locked?.stop()]);
		await closeEngine();
	});

	it('shows the same 20 values as the browser engine and says the server computes them', async () => {
		const watched = await openPage(browser, open.url);
		pages.push(watched);
		const { page } = watched;
		const apiCalls: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(new URL(r.url()).pathname);
		});
		await page.goto(open.url + VIEW_PATH);
		await waitForOverview(page);
		expect(Object.keys(expected)).toHaveLength(20);
		expect(Object.values(expected).filter((v) => v === null)).toEqual([]);
		await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
		expect(await page.locator('[data-engine]').getAttribute('data-engine')).toBe('duckdb');
		expect(await page.locator('[data-engine]').textContent()).toContain('On the server (native DuckDB)');
		// The server answered: the page asked its API, and never downloaded the sample to compute in the tab.
		expect(apiCalls).toContain('/api/evaluate');
		expect(
			await page.evaluate(() =>
				performance.getEntriesByType('resource').some((e) => e.name.endsWith('.parquet'))
			)
		).toBe(false);
	});

	it('says on the data page that uploads and tree files are browser-only', async () => {
		const watched = await openPage(browser, open.url);
		pages.push(watched);
		const { page } = watched;
		await page.goto(open.url + '/data');
		await page.getByTestId('server-only').waitFor();
		expect(await page.getByTestId('server-only').textContent()).toContain(
			'work only when Northstar runs in your browser'
		);
		expect(await page.getByRole('status').filter({ hasText: 'Northstar server' }).count()).toBe(1);
		expect(await page.getByRole('button', { name: /Reset to sample/ }).count()).toBe(0);
		expect(await page.locator('input[type="file"]').count()).toBe(0);
	});

	it('with --token, answers nothing until the token is given, then shows the same values', async () => {
		const watched = await openPage(browser, locked.url);
		pages.push(watched);
		const { page } = watched;
		await page.goto(locked.url + VIEW_PATH);
		const form = page.getByRole('form', { name: 'This server needs an access token' });
		await form.waitFor();
		// The page's own API call without a token is refused.
		expect(await page.evaluate(async () => (await fetch('/api/info')).status)).toBe(401);
		await form.getByLabel('Access token').fill('not-the-token');
		await form.getByRole('button', { name: 'Open' }).click();
		await form.getByRole('alert').waitFor();
		expect(await form.getByRole('alert').textContent()).toContain('not accepted');
		await form.getByLabel('Access token').fill(TOKEN);
		await form.getByRole('button', { name: 'Open' }).click();
		await waitForOverview(page);
		await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
		// The token is kept for this tab: a reload opens straight away.
		await page.reload();
		await waitForOverview(page);
		expect(await form.count()).toBe(0);
	});

	it('takes the token from #token= in the address and removes it from the address', async () => {
		const watched = await openPage(browser, locked.url);
		pages.push(watched);
		const { page } = watched;
		await page.goto(`${locked.url}${VIEW_PATH}#token=${TOKEN}`);
		await waitForOverview(page);
		expect(page.url()).not.toContain(TOKEN);
	});
});

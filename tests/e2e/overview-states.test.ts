/** The overview's designed states: no data for the period, no match for the filters, and a failed start. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { addDays, closeEngine, engineValues, sampleLastDay } from './engine-values';
import { mismatches, shownValues, waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');

/**
 * Makes DuckDB fail queries whose SQL matches `window.__breakQueries` (a regular expression), by rewriting
 * them on their way to the worker — a real engine error, raised where real ones are — and, while
 * `window.__slowQueries` is set, holds every query back that many milliseconds (a slow machine).
 */
const TAMPER_QUERIES = `{
	const post = Worker.prototype.postMessage;
	Worker.prototype.postMessage = function (message, ...rest) {
		const pattern = window.__breakQueries;
		// Every statement is prepared (CREATE_PREPARED carries its SQL, RUN_PREPARED runs it).
		const type = message && message.type;
		const data = type === 'CREATE_PREPARED' || type === 'RUN_PREPARED' || type === 'RUN_QUERY' ? message.data : null;
		if (pattern && type !== 'RUN_PREPARED' && Array.isArray(data) && typeof data[1] === 'string' && new RegExp(pattern).test(data[1])) {
			message = { ...message, data: [data[0], 'SELECT * FROM query_failure_injected_by_the_test'] };
		}
		if (data && type !== 'CREATE_PREPARED' && window.__slowQueries) {
			setTimeout(() => post.call(this, message, ...rest), window.__slowQueries);
			return;
		}
		return post.call(this, message, ...rest);
	};
}`;

describe('overview states', () => {
	let browser: Browser;
	let watched: WatchedPage;
	let page: Page;
	const pages: WatchedPage[] = [];

	beforeAll(async () => {
		browser = await launchChromium();
		// One page for the empty and the failed states (the query tampering is off until a test sets it).
		watched = await openPage(browser, baseUrl);
		pages.push(watched);
		page = watched.page;
		await page.addInitScript({ content: TAMPER_QUERIES });
	});
	afterAll(async () => {
		expect(pages.flatMap((p) => p.offOrigin)).toEqual([]);
		await browser.close();
		await closeEngine();
	});

	it('explains an empty period and leads back to data with one click', async () => {
		await page.goto(`${baseUrl}/?from=2020-01-01&to=2020-01-07`);
		await waitForOverview(page);
		const empty = page
			.getByRole('status')
			.filter({ has: page.getByRole('heading', { name: 'No data for this period' }) });
		await empty.waitFor();
		// It says which dates the data does cover, and shows no tree of dashes.
		expect(await empty.innerText()).toMatch(/The loaded data covers .+ – .+2025\. Pick a period inside it\./);
		expect(await page.getByRole('treeitem').count()).toBe(0);

		await empty.getByRole('button', { name: 'Show the last 28 days' }).click();
		const lastDay = await sampleLastDay();
		await page.waitForURL((url) => url.searchParams.get('from') === addDays(lastDay, -27));
		const expected = await engineValues({ from: addDays(lastDay, -27), to: lastDay, grain: 'day' });
		await expect
			.poll(async () => mismatches(await shownValues(page), expected), { timeout: 30_000 })
			.toEqual([]);

		// Filters that match nothing in any table: the same designed state, offering to clear the filters.
		await page.goto(
			`${baseUrl}/?from=2025-09-08&to=2025-09-14&channel=carrier-pigeon&touchpoint=carrier-pigeon`
		);
		await waitForOverview(page);
		await page.getByRole('heading', { name: 'No data for this period' }).waitFor();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.waitForURL((url) => !url.searchParams.has('channel'));
		await page.getByRole('tree', { name: 'Metric tree' }).waitFor();
		expect(watched.errors).toEqual([]);
	});

	it('says when numbers are being updated without moving the page, shows which metrics failed, and recovers with “Try again”', async () => {
		// Continues on the incident week the previous test ended on.
		expect(new URL(page.url()).searchParams.get('from')).toBe('2025-09-08');
		await waitForOverview(page);
		const tree = page.getByRole('tree', { name: 'Metric tree' });
		const lastDay = await sampleLastDay();

		// A slow update: the page says so, marks itself busy, and does not jump.
		const northStar = page.locator('[data-north-star]');
		const before = await northStar.boundingBox();
		await page.evaluate(() => ((window as unknown as Record<string, number>).__slowQueries = 2000));
		await page.getByRole('button', { name: 'Last 90 days' }).click();
		await page.getByRole('status').filter({ hasText: 'Updating…' }).waitFor();
		expect(await page.locator('[aria-busy="true"][data-ready="false"]').count()).toBe(1);
		expect(await northStar.boundingBox()).toEqual(before);
		const last90 = await engineValues({ from: addDays(lastDay, -89), to: lastDay, grain: 'week' });
		await expect
			.poll(async () => mismatches(await shownValues(page), last90), { timeout: 30_000 })
			.toEqual([]);
		await page.evaluate(() => delete (window as unknown as Record<string, number>).__slowQueries);

		// Every ticket query fails: the ticket metrics show no value, the others stay, and the page says so.
		await page.evaluate(
			() => ((window as unknown as Record<string, string>).__breakQueries = 'FROM "tickets"')
		);
		await page.getByRole('button', { name: 'Last 7 days' }).click();
		const partial = page.getByRole('alert').filter({ hasText: 'Some metrics could not be computed' });
		await partial.waitFor();
		expect(await partial.innerText()).toContain('tickets');
		expect(await tree.locator('[data-metric-id="tickets"]').getAttribute('data-value')).toBe('');
		expect(await tree.locator('[data-metric-id="orders"]').getAttribute('data-value')).not.toBe('');

		// Every query fails: a failed state with a way out, not "no data".
		await page.evaluate(() => ((window as unknown as Record<string, string>).__breakQueries = 'FROM "'));
		await page.getByRole('button', { name: 'Last 28 days' }).click();
		const failed = page.getByRole('alert').filter({ hasText: 'The numbers could not be computed.' });
		await failed.waitFor();
		expect(await page.getByRole('heading', { name: 'No data for this period' }).count()).toBe(0);
		expect(await failed.locator('details').getAttribute('open')).toBeNull();

		// The cause goes away; “Try again” brings the numbers.
		await page.evaluate(() => delete (window as unknown as Record<string, string>).__breakQueries);
		await page.getByRole('button', { name: 'Try again' }).click();
		const expected = await engineValues({ from: addDays(lastDay, -27), to: lastDay, grain: 'day' });
		await expect
			.poll(async () => mismatches(await shownValues(page), expected), { timeout: 30_000 })
			.toEqual([]);
		expect(await page.getByRole('alert').count()).toBe(0);
	});

	it('shows a readable error, never a blank page, when the data cannot be loaded', async () => {
		const watched = await openPage(browser, baseUrl);
		pages.push(watched);
		const { page } = watched;
		// The sample database cannot be fetched: the start fails before any table is loaded.
		await page.route('**/*sample*.duckdb', (route) => route.abort());
		await page.goto(`${baseUrl}/`);
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: 60_000 });
		expect(await alert.innerText()).toContain('Northstar could not start.');
		// The developer detail is folded away, not dumped on the page.
		expect(await alert.locator('details').getAttribute('open')).toBeNull();
		await page.context().close();
	});
});

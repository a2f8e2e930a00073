/** Period and comparison controls in real Chromium: the choice lands in the URL and the numbers follow it. */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { closeEngine, engineValues } from './engine-values';

const baseUrl = inject('baseUrl');

async function ticketsBetween(from: string, toExclusive: string): Promise<number> {
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	const reader = await connection.runAndReadAll(
		`SELECT count(*)::INTEGER AS n FROM 'data/sample/tickets.parquet'
		 WHERE created_at >= '${from}' AND created_at < '${toExclusive}'`
	);
	return Number(reader.getRowObjectsJS()[0]!.n);
}

const header = (page: Page) => page.locator('header[data-metric-id]');
const params = (page: Page) => new URL(page.url()).searchParams;

describe('comparison period', () => {
	let browser: Browser;
	let watched: WatchedPage;
	beforeAll(async () => {
		browser = await launchChromium();
		watched = await openPage(browser, baseUrl);
		await watched.page.goto(`${baseUrl}/metric/tickets?from=2025-09-08&to=2025-09-14&grain=day`);
		await watched.page.locator('.drill[data-ready="true"]').waitFor({ timeout: 60_000 });
	});
	afterAll(async () => {
		expect(watched.offOrigin).toEqual([]);
		expect(watched.errors).toEqual([]);
		await browser.close();
	});

	it('compares with the period just before by default', async () => {
		const { page } = watched;
		expect(Number(await header(page).getAttribute('data-previous'))).toBe(
			await ticketsBetween('2025-09-01', '2025-09-08')
		);
		expect(await page.getByTestId('period-label').textContent()).toContain('Sep 1 – 7, 2025');
	});

	it('compares with the same weeks a year earlier, where the sample has no data', async () => {
		const { page } = watched;
		await page.getByRole('combobox', { name: /^Compare with/ }).selectOption('year');
		await expect.poll(() => params(page).get('cfrom')).toBe('2024-09-09');
		expect(params(page).get('cto')).toBe('2024-09-15');
		// A count over a period with no rows is 0 (a rate there would have no value).
		await expect.poll(() => header(page).getAttribute('data-previous')).toBe('0');
		expect(await page.getByTestId('period-label').textContent()).toContain('2024');
	});

	it('compares with custom dates, kept in the URL', async () => {
		const { page } = watched;
		await page.getByRole('button', { name: 'Custom', exact: true }).click();
		await page.getByRole('checkbox', { name: 'Custom comparison' }).check();
		await page.getByLabel('Compare from').fill('2025-08-25');
		await page.getByLabel('Compare to').fill('2025-08-31');
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect.poll(() => params(page).get('cfrom')).toBe('2025-08-25');
		expect(params(page).get('cto')).toBe('2025-08-31');
		const expected = await ticketsBetween('2025-08-25', '2025-09-01');
		await expect.poll(async () => Number(await header(page).getAttribute('data-previous'))).toBe(expected);

		// Back to the period just before.
		await page.getByRole('combobox', { name: /^Compare with/ }).selectOption('previous');
		await expect.poll(() => params(page).get('cfrom')).toBeNull();
	});
});

describe('filter picker', () => {
	let browser: Browser;
	let watched: WatchedPage;
	beforeAll(async () => {
		browser = await launchChromium();
		watched = await openPage(browser, baseUrl);
	});
	afterAll(async () => {
		expect(watched.offOrigin).toEqual([]);
		expect(watched.errors).toEqual([]);
		await browser.close();
		await closeEngine();
	});

	it('adds a filter from the values in the data, and the tree follows it', async () => {
		const { page } = watched;
		const view = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
		await page.goto(`${baseUrl}/?from=${view.from}&to=${view.to}&grain=day`);
		await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: '+ Filter' }).click();
		await page.getByLabel('By').selectOption('tickets.channel');
		// The most frequent ticket channel in the sample comes first: chat.
		const values = page.getByLabel('Value');
		await expect.poll(() => values.locator('option').nth(1).getAttribute('value')).toBe('chat');
		await values.selectOption('chat');
		await page.getByRole('button', { name: 'Add filter' }).click();
		await expect.poll(() => params(page).getAll('tickets.channel')).toEqual(['chat']);

		const expected = await engineValues({ ...view, filters: { 'tickets.channel': ['chat'] } });
		const tickets = page.getByRole('tree').locator('[data-metric-id="tickets"]');
		await expect.poll(async () => Number(await tickets.getAttribute('data-value'))).toBe(expected.tickets);
		// Orders are events: a ticket channel leaves them alone.
		const orders = page.getByRole('tree').locator('[data-metric-id="orders"]');
		expect(Number(await orders.getAttribute('data-value'))).toBe(expected.orders);

		await page.getByRole('button', { name: 'Remove filter: Ticket channel = chat' }).click();
		await expect.poll(() => params(page).getAll('tickets.channel')).toEqual([]);
	});

	it('downloads the overview’s numbers as CSV, unrounded, one row per metric', async () => {
		const { page } = watched;
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('group', { name: /^Download: northstar/ })
				.getByRole('button', { name: 'CSV' })
				.click()
		]);
		expect(download.suggestedFilename()).toBe('northstar-2025-09-08-2025-09-14.csv');
		const chunks: Buffer[] = [];
		for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
		const lines = Buffer.concat(chunks)
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines).toHaveLength(21);
		const shown = await page
			.getByRole('tree')
			.locator('[data-metric-id="contact_rate"]')
			.getAttribute('data-value');
		const row = lines.find((l) => l.startsWith('contact_rate,'))!.split(',');
		expect(row[3]).toBe(shown);
	});
});

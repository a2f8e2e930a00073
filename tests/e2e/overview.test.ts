/**
 * The overview in real Chromium on the committed sample: every number equals the metric engine's answer
 * for the same view (computed independently in Node), and the view lives in the URL.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { addDays, closeEngine, engineNode, engineResult, engineValues, sampleLastDay } from './engine-values';
import { mismatches, northStarSeries, shownValues, urlParams, waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');
const POLL = { timeout: 30_000 };

describe('overview on the sample data', () => {
	let browser: Browser;
	let lastDay: string;
	const pages: WatchedPage[] = [];

	async function open(path: string): Promise<WatchedPage> {
		const watched = await openPage(browser, baseUrl);
		pages.push(watched);
		await watched.page.goto(baseUrl + path);
		await waitForOverview(watched.page);
		return watched;
	}

	beforeAll(async () => {
		[browser, lastDay] = await Promise.all([launchChromium(), sampleLastDay()]);
	});
	afterAll(async () => {
		// Nothing any page did may have left the origin, and no page logged an error.
		expect(pages.flatMap((p) => p.offOrigin)).toEqual([]);
		expect(pages.flatMap((p) => p.errors)).toEqual([]);
		await browser.close();
		await closeEngine();
	});

	it('shows the north star and all 20 nodes with the engine’s values for the last 28 days', async () => {
		const expected = await engineValues({ from: addDays(lastDay, -27), to: lastDay, grain: 'day' });
		expect(Object.keys(expected)).toHaveLength(20);
		const { page } = await open('/');
		await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
		expect(await page.getByRole('treeitem').count()).toBe(20);
		const northStar = page.locator('[data-north-star]');
		expect(Number(await northStar.getAttribute('data-value'))).toBe(expected['contact_rate']);
		await expect.poll(() => northStar.getByRole('heading', { level: 2 }).textContent()).toBe('Contact rate');
	});

	it('tells the incident story: contact rate is up in 2025-09-08 – 14 against the week before', async () => {
		const result = await engineResult({ from: '2025-09-08', to: '2025-09-14', grain: 'day' });
		const contactRate = engineNode(result, 'contact_rate');
		expect(contactRate.change).toBeGreaterThan(0);
		const { page } = await open('/?from=2025-09-08&to=2025-09-14');
		const expected = Object.fromEntries(Object.values(result.nodes).map((n) => [n.id, n.value]));
		await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
		const change = page.locator('[data-north-star] [data-good]');
		// Up is bad for contact rate: an up arrow, a plus sign and the word "worse", not just red.
		expect(await change.getAttribute('data-good')).toBe('false');
		expect(await change.innerText()).toMatch(/▲\s*\+.*worse/s);
	});

	it('updates the numbers and the URL when the preset, the grain and a filter change; back restores', async () => {
		const incident = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
		const chat = await engineValues({ ...incident, filters: { channel: ['chat'] } });
		const { page } = await open('/?from=2025-09-08&to=2025-09-14&grain=day&channel=chat');
		await expect.poll(async () => mismatches(await shownValues(page), chat), POLL).toEqual([]);

		// Preset: the last 7 days of the data, the filter kept.
		const last7 = { from: addDays(lastDay, -6), to: lastDay, grain: 'day' } as const;
		await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: 'Last 7 days' }).click();
		await page.waitForURL((url) => url.searchParams.get('from') === last7.from);
		expect(urlParams(page)).toMatchObject({ from: [last7.from], to: [lastDay], channel: ['chat'] });
		const last7Chat = await engineValues({ ...last7, filters: { channel: ['chat'] } });
		await expect.poll(async () => mismatches(await shownValues(page), last7Chat), POLL).toEqual([]);

		// Grain: the values stay, the trend is drawn per week.
		await page.getByLabel('Grain').selectOption('week');
		await page.waitForURL((url) => url.searchParams.get('grain') === 'week');
		const weekly = await engineResult({ ...last7, grain: 'week', filters: { channel: ['chat'] } });
		const weeklySeries = engineNode(weekly, 'contact_rate').series.map((p) => p.value);
		await expect.poll(() => northStarSeries(page), POLL).toEqual(weeklySeries);
		expect(mismatches(await shownValues(page), last7Chat)).toEqual([]);

		// Filter: removing the chip drops the parameter and the numbers become the unfiltered ones.
		await page.getByRole('button', { name: /^Remove filter: channel = chat$/i }).click();
		await page.waitForURL((url) => !url.searchParams.has('channel'));
		const all = await engineValues({ ...last7, grain: 'week' });
		await expect.poll(async () => mismatches(await shownValues(page), all), POLL).toEqual([]);

		// Back: the filter returns, with its numbers.
		await page.goBack();
		await page.waitForURL((url) => url.searchParams.get('channel') === 'chat');
		await expect.poll(async () => mismatches(await shownValues(page), last7Chat), POLL).toEqual([]);
		await page.goBack();
		await page.waitForURL((url) => url.searchParams.get('grain') === 'day');
		await page.goBack();
		await page.waitForURL((url) => url.searchParams.get('from') === incident.from);
		await expect.poll(async () => mismatches(await shownValues(page), chat), POLL).toEqual([]);

		// Custom dates: two weeks of August, typed into the form.
		await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: 'Custom' }).click();
		await page.getByLabel('From', { exact: true }).fill('2025-08-01');
		await page.getByLabel('To', { exact: true }).fill('2025-08-14');
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.waitForURL((url) => url.searchParams.get('from') === '2025-08-01');
		expect(urlParams(page)).toMatchObject({ from: ['2025-08-01'], to: ['2025-08-14'], channel: ['chat'] });
		const august = await engineValues({
			from: '2025-08-01',
			to: '2025-08-14',
			grain: 'day',
			filters: { channel: ['chat'] }
		});
		await expect.poll(async () => mismatches(await shownValues(page), august), POLL).toEqual([]);
	});

	it('reproduces the same values from a copied URL in a new page', async () => {
		const { page: first } = await open('/?from=2025-08-01&to=2025-08-31&grain=week&category=delivery');
		const expected = await engineValues({
			from: '2025-08-01',
			to: '2025-08-31',
			grain: 'week',
			filters: { category: ['delivery'] }
		});
		await expect.poll(async () => mismatches(await shownValues(first), expected), POLL).toEqual([]);
		const copied = first.url();
		const { page: second } = await open(new URL(copied).pathname + new URL(copied).search);
		await expect.poll(async () => mismatches(await shownValues(second), expected), POLL).toEqual([]);
		expect(second.url()).toBe(copied);
		expect(await northStarSeries(second)).toEqual(await northStarSeries(first));
	});
});

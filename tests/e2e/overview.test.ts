/**
 * The overview in real Chromium on the committed sample: every number equals the metric engine's answer
 * for the same view (computed independently in Node), and the view lives in the URL. One page walks
 * through the views with the controls, like a user; a second one opens the link it ends on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { addDays, closeEngine, engineNode, engineResult, engineValues, sampleLastDay } from './engine-values';
import { mismatches, northStarSeries, shownValues, urlParams, waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');
const POLL = { timeout: 30_000 };
const INCIDENT = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const CHAT = { 'tickets.channel': ['chat'] };

/** Wait until the page shows exactly the engine's values. */
async function expectValues(page: Page, expected: Record<string, number | null>): Promise<void> {
	await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
}

describe('overview on the sample data', () => {
	let browser: Browser;
	let lastDay: string;
	let page: Page;
	const pages: WatchedPage[] = [];

	async function open(path: string): Promise<Page> {
		const watched = await openPage(browser, baseUrl);
		pages.push(watched);
		await watched.page.goto(baseUrl + path);
		await waitForOverview(watched.page);
		return watched.page;
	}

	beforeAll(async () => {
		[browser, lastDay] = await Promise.all([launchChromium(), sampleLastDay()]);
		page = await open('/');
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
		await expectValues(page, expected);
		expect(await page.getByRole('tree', { name: 'Metric tree' }).getByRole('treeitem').count()).toBe(20);
		const northStar = page.locator('[data-north-star]');
		expect(Number(await northStar.getAttribute('data-value'))).toBe(expected['contact_rate']);
		expect(await northStar.getByRole('heading', { level: 2 }).textContent()).toBe('Contact rate');
	});

	it('tells the incident story: contact rate is up in 2025-09-08 – 14 against the week before', async () => {
		const result = await engineResult(INCIDENT);
		expect(engineNode(result, 'contact_rate').change).toBeGreaterThan(0);
		// Typed into the custom period form, as a user would.
		await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: 'Custom' }).click();
		await page.getByLabel('From', { exact: true }).fill(INCIDENT.from);
		await page.getByLabel('To', { exact: true }).fill(INCIDENT.to);
		await page.getByRole('button', { name: 'Apply' }).click();
		await page.waitForURL((url) => url.searchParams.get('from') === INCIDENT.from);
		expect(urlParams(page)).toMatchObject({ from: [INCIDENT.from], to: [INCIDENT.to] });
		await expectValues(page, Object.fromEntries(Object.values(result.nodes).map((n) => [n.id, n.value])));
		const change = page.locator('[data-north-star] [data-good]');
		// Up is bad for contact rate: an up arrow, a plus sign and the word "worse", not just red.
		expect(await change.getAttribute('data-good')).toBe('false');
		expect(await change.innerText()).toMatch(/▲\s*\+.*worse/s);
	});

	it('updates the numbers and the URL when a filter, the preset and the grain change; back restores', async () => {
		// Filter: ticket channel = chat, picked from the values in the data.
		await page.getByRole('button', { name: '+ Filter' }).click();
		const picker = page.getByRole('form', { name: 'Filter' });
		await picker.getByLabel('By').selectOption('tickets.channel');
		await picker.locator('option[value="chat"]').waitFor({ state: 'attached' });
		await picker.getByLabel('Value').selectOption('chat');
		await picker.getByRole('button', { name: 'Add filter' }).click();
		await page.waitForURL((url) => url.searchParams.get('tickets.channel') === 'chat');
		const incidentChat = await engineValues({ ...INCIDENT, filters: CHAT });
		await expectValues(page, incidentChat);

		// Preset: the last 7 days of the data, the filter kept.
		const last7 = { from: addDays(lastDay, -6), to: lastDay, grain: 'day' } as const;
		await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: 'Last 7 days' }).click();
		await page.waitForURL((url) => url.searchParams.get('from') === last7.from);
		expect(urlParams(page)).toMatchObject({ from: [last7.from], to: [lastDay], 'tickets.channel': ['chat'] });
		const last7Chat = await engineValues({ ...last7, filters: CHAT });
		await expectValues(page, last7Chat);

		// Grain: the values stay, the trend is drawn per week.
		await page.getByLabel('Grain').selectOption('week');
		await page.waitForURL((url) => url.searchParams.get('grain') === 'week');
		const weekly = await engineResult({ ...last7, grain: 'week', filters: CHAT });
		const weeklySeries = engineNode(weekly, 'contact_rate').series.map((p) => p.value);
		await expect.poll(() => northStarSeries(page), POLL).toEqual(weeklySeries);
		expect(mismatches(await shownValues(page), last7Chat)).toEqual([]);

		// Removing the chip drops the parameter and the numbers become the unfiltered ones.
		await page.getByRole('button', { name: /^Remove filter: ticket channel = chat$/i }).click();
		await page.waitForURL((url) => !url.searchParams.has('tickets.channel'));
		await expectValues(page, await engineValues({ ...last7, grain: 'week' }));

		// Back: the filter returns, then the daily grain, then the incident week — each with its numbers.
		await page.goBack();
		await page.waitForURL((url) => url.searchParams.get('tickets.channel') === 'chat');
		await expectValues(page, last7Chat);
		await page.goBack();
		await page.waitForURL((url) => url.searchParams.get('grain') === 'day');
		await page.goBack();
		await page.waitForURL((url) => url.searchParams.get('from') === INCIDENT.from);
		await expectValues(page, incidentChat);
	});

	it('reproduces the same values from a copied URL in a new page', async () => {
		const copied = new URL(page.url());
		expect(copied.searchParams.get('tickets.channel')).toBe('chat');
		const expected = await engineValues({ ...INCIDENT, filters: CHAT });
		const second = await open(copied.pathname + copied.search);
		await expectValues(second, expected);
		expect(second.url()).toBe(copied.href);
		expect(await northStarSeries(second)).toEqual(await northStarSeries(page));
	});
});

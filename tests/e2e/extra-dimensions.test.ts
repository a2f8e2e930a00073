/**
 * Issue 10 "done when": an extra dimension from an uploaded file (SPEC §3) is kept in the mapping step,
 * broken down and filtered by on the drill-down, survives a reload, and its value round-trips through
 * the URL — in real Chromium, with the numbers counted by hand from the rows the test wrote.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { addFiles, card, fixtureDir, openDataPage, waitForStatus, writeText } from './data-helpers';

const baseUrl = inject('baseUrl');
const FILE = 'cases_with_region.csv';
const PERIOD = 'from=2025-03-15&to=2025-03-28&grain=day';
const REGIONS = ['North', 'South', 'East'];

/** 40 cases, one every 16 hours from 2025-03-01 06:00; region and product line cycle. */
const CASES = Array.from({ length: 40 }, (_, i) => ({
	id: `K-${i}`,
	opened: Date.UTC(2025, 2, 1, 6) + i * 16 * 3600_000,
	region: REGIONS[i % 3]!,
	product: ['Shoes', 'Bags'][i % 2]!
}));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const inPeriod = (ms: number) => ms >= Date.UTC(2025, 2, 15) && ms < Date.UTC(2025, 2, 29);
/** Cases of the period (15–28 March) in `region`: case i opens at 06:00 + 16 h × i, so i = 21 … 39 (19 cases). */
const casesIn = (region: string) => CASES.filter((c) => inPeriod(c.opened) && c.region === region).length;

const headerValue = async (page: Page) =>
	Number(await page.locator('header[data-metric-id]').getAttribute('data-value'));

const breakdownRows = (page: Page) =>
	page
		.locator('section[data-breakdown] tr[data-dimension-value]')
		.evaluateAll((rows) =>
			Object.fromEntries(
				rows.map((r) => [r.getAttribute('data-dimension-value'), Number(r.getAttribute('data-current'))])
			)
		);

async function drillReady(page: Page, breakdown: string) {
	await page.locator('.drill[data-ready="true"]').waitFor({ timeout: 60_000 });
	await page.locator(`section[data-breakdown="${breakdown}"] tr[data-dimension-value]`).first().waitFor({
		timeout: 45_000
	});
}

describe('an extra dimension from an uploaded file', () => {
	let browser: Browser;
	const path = join(fixtureDir(), FILE);

	beforeAll(async () => {
		browser = await launchChromium();
		const lines = ['Case ID,Created Date,Sales Region,Product line'];
		for (const c of CASES) lines.push(`${c.id},${iso(c.opened)},${c.region},${c.product}`);
		writeText(path, lines.join('\n'));
	});
	afterAll(async () => {
		await browser.close();
	});

	it('is kept in the mapping step, broken down and filtered by, kept across a reload and in the URL', async () => {
		// 19 cases in the period: i = 21 … 39; i mod 3 = 0 (North) for 21, 24, …, 39 → 7; South (1) 22 … 37 → 6;
		// East (2) 23 … 38 → 6.
		expect([casesIn('North'), casesIn('South'), casesIn('East')]).toEqual([7, 6, 6]);
		const { page, offOrigin, errors } = await openDataPage(browser, baseUrl);
		await addFiles(page, [path]);
		await waitForStatus(page, FILE, 'ready');
		const extras = card(page, FILE).getByRole('group', { name: 'Extra dimensions' });
		const region = extras.getByRole('switch', { name: /^Sales Region/ });
		const product = extras.getByRole('switch', { name: /^Product line/ });
		expect(await region.isChecked()).toBe(true);
		expect(await product.isChecked()).toBe(true);
		await product.uncheck(); // dropped: not loaded, not offered
		expect(await axeViolations(page, 'article')).toEqual([]);
		await card(page, FILE).getByRole('button', { name: 'Load into tickets' }).click();
		await waitForStatus(page, FILE, 'loaded');
		expect(
			await card(page, FILE).locator('[data-extra-dimensions]').getAttribute('data-extra-dimensions')
		).toBe('Sales Region');

		// The drill-down offers the kept column beside the canonical dimensions, and not the dropped one.
		await page.goto(`${baseUrl}/metric/tickets?${PERIOD}`);
		await drillReady(page, 'channel');
		const tabs = page.getByRole('group', { name: 'Break down by' });
		expect(await tabs.getByRole('button', { name: 'Product line' }).count()).toBe(0);
		await tabs.getByRole('button', { name: 'Sales Region' }).click();
		await expect
			.poll(() => new URL(page.url()).searchParams.get('by'), { timeout: 30_000 })
			.toBe('Sales Region');
		await drillReady(page, 'Sales Region');
		expect(await headerValue(page)).toBe(19);
		await expect
			.poll(() => breakdownRows(page), { timeout: 30_000 })
			.toEqual({ East: 6, North: 7, South: 6 });

		// A bar filters by the extra dimension: the plain key (only tickets has it) goes into the URL.
		await page.getByRole('button', { name: /^North:/ }).click();
		await expect
			.poll(() => new URL(page.url()).searchParams.getAll('Sales Region'), { timeout: 30_000 })
			.toEqual(['North']);
		await expect.poll(() => headerValue(page), { timeout: 30_000 }).toBe(7);
		expect(await page.getByRole('button', { name: 'Remove filter: Sales Region = North' }).count()).toBe(1);

		// A reload restores the upload from IndexedDB: the filter and the breakdown still apply.
		await page.reload();
		await drillReady(page, 'Sales Region');
		expect(await headerValue(page)).toBe(7);
		expect(await page.getByRole('button', { name: 'Remove filter: Sales Region = North' }).count()).toBe(1);

		// The filter picker offers it too, with its values; the qualified URL form reads the same.
		await page.getByRole('button', { name: 'Remove filter: Sales Region = North' }).click();
		await expect.poll(() => headerValue(page), { timeout: 30_000 }).toBe(19);
		await page.getByRole('button', { name: '+ Filter' }).click();
		// (A label wrapping a select takes in its chosen option: "By Ticket channel", so not an exact name.)
		const picker = page.getByRole('form', { name: 'Filter' });
		await picker.getByLabel('By').selectOption('Sales Region');
		await picker.getByLabel('Value').selectOption('South');
		await page.getByRole('button', { name: 'Add filter' }).click();
		await expect
			.poll(() => new URL(page.url()).searchParams.getAll('Sales Region'), { timeout: 30_000 })
			.toEqual(['South']);
		await expect.poll(() => headerValue(page), { timeout: 30_000 }).toBe(6);
		await page.goto(`${baseUrl}/metric/tickets?${PERIOD}&by=Sales+Region&tickets.Sales+Region=East`);
		await drillReady(page, 'Sales Region');
		expect(await headerValue(page)).toBe(6);
		expect(await page.locator('[data-ignored-params]').count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);

		// A dimension the data does not have is named in the notice, not a failure.
		await page.goto(`${baseUrl}/metric/tickets?${PERIOD}&Product+line=Shoes`);
		await drillReady(page, 'channel');
		expect(await page.locator('[data-ignored-params]').getAttribute('data-ignored-params')).toBe(
			'Product line'
		);
		expect(await headerValue(page)).toBe(19);

		expect(offOrigin).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 360_000);
});

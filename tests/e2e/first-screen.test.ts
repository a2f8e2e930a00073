import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import { sampleRowCounts } from './sample-facts';

const baseUrl = inject('baseUrl');

describe('data page on the sample data', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('loads the sample into DuckDB and shows each table’s row count, with no request off the origin', async () => {
		const expected = await sampleRowCounts();
		const { page, offOrigin, errors } = await openPage(browser, baseUrl);
		await page.goto(`${baseUrl}/data`);
		const tables = page.getByRole('list', { name: 'Loaded tables' });
		await tables.waitFor({ timeout: 45_000 });
		for (const [table, rows] of Object.entries(expected)) {
			const card = tables.locator(`[data-table="${table}"]`);
			expect(Number(await card.getAttribute('data-rows'))).toBe(rows);
			await expect.poll(() => card.textContent()).toContain(rows.toLocaleString('en'));
		}
		expect(offOrigin).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

/** The data page on a 390 px phone: previews, the mapping and the report scroll inside their cards, never the page. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { addFiles, card, fixtureDir, openDataPage, waitForStatus, writeText } from './data-helpers';

const baseUrl = inject('baseUrl');

describe('data page on a phone, and dropping files', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('has no page-wide horizontal scroll with a table preview, a mapping and a report open', async () => {
		const { page, offOrigin } = await openDataPage(browser, baseUrl, { width: 390, height: 844 });
		await page.locator('[data-table="tickets"] summary').click();
		const file = writeText(
			join(fixtureDir(), 'a-rather-long-export-file-name-from-the-helpdesk.csv'),
			'ID,Opened,Resolved,Rating\nt1,2025-01-01 09:00:00,2024-12-31 09:00:00,9\nt2,2025-01-02 09:00:00,,4\n'
		);
		await addFiles(page, [file]);
		const name = 'a-rather-long-export-file-name-from-the-helpdesk.csv';
		await waitForStatus(page, name, 'ready');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await card(page, name).getByRole('button', { name: 'Load into tickets' }).click();
		await waitForStatus(page, name, 'loaded');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(offOrigin).toEqual([]);
		await page.context().close();
	});

	it('accepts files dropped on the drop zone', async () => {
		const { page } = await openDataPage(browser, baseUrl, { width: 390, height: 844 });
		const dataTransfer = await page.evaluateHandle(() => {
			const transfer = new DataTransfer();
			transfer.items.add(
				new File(['ts,score\n2025-01-01 10:00:00,9\n'], 'dropped-survey.csv', { type: 'text/csv' })
			);
			return transfer;
		});
		await page
			.getByRole('region', { name: 'Add Parquet or CSV files' })
			.dispatchEvent('drop', { dataTransfer });
		await waitForStatus(page, 'dropped-survey.csv', 'ready');
		expect(await card(page, 'dropped-survey.csv').getByLabel('Table', { exact: true }).inputValue()).toBe(
			'surveys'
		);
		await page.context().close();
	});
});

/**
 * Every view passes axe-core's WCAG 2.1 A/AA audit (see axe.ts): the overview, two drill-downs (a
 * formula metric with its waterfall and breakdown, and a survey metric) and the data page — in
 * English at laptop width and in Korean at phone width.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium, openPage, type WatchedPage } from './chromium';

const baseUrl = inject('baseUrl');
const PERIOD = 'from=2025-09-08&to=2025-09-14';
const VIEWS = [
	{ name: 'overview', path: `/?${PERIOD}` },
	{ name: 'contact rate drill-down', path: `/metric/contact_rate?${PERIOD}&by=category` },
	{ name: 'NPS drill-down', path: `/metric/nps?${PERIOD}` },
	{ name: 'data page', path: '/data' }
];
const SETTINGS = [
	{ label: 'English at 1440 px', locale: 'en-US', lang: 'en', viewport: { width: 1440, height: 900 } },
	{ label: 'Korean at 390 px', locale: 'ko-KR', lang: 'ko', viewport: { width: 390, height: 844 } }
];

describe.each(SETTINGS)('axe audit, $label', ({ locale, lang, viewport }) => {
	let browser: Browser;
	let watched: WatchedPage;

	beforeAll(async () => {
		browser = await launchChromium();
		watched = await openPage(browser, baseUrl, viewport, locale);
	});
	afterAll(async () => {
		expect(watched.offOrigin).toEqual([]);
		expect(watched.errors).toEqual([]);
		await browser.close();
	});

	it.each(VIEWS)(
		'$name has no violations',
		async ({ path }) => {
			const { page } = watched;
			await page.goto(baseUrl + path);
			const ready = { state: 'attached', timeout: 150_000 } as const;
			// The data page shows each loaded table's columns; the other views set data-ready.
			if (path === '/data') await page.locator('[data-columns]').first().waitFor(ready);
			else await page.locator('[data-ready="true"]').waitFor(ready);
			// A drill-down draws its breakdown (by the metric's first dimension, or `by`) after the tree.
			if (path.startsWith('/metric/')) await page.locator('g[data-key]').first().waitFor(ready);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
			expect(await axeViolations(page)).toEqual([]);
		},
		200_000
	);
});

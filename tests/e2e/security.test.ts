/**
 * SPEC §4 "The tree is data": a hostile tree file is refused on the Data page and changes nothing; the
 * page's Content-Security-Policy keeps it on its own origin; an unusable URL value is named, not fatal.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { treeWithOrdersFilter } from '../fixtures/security/tree-with-filter';
import { launchChromium, openPage } from './chromium';
import { fixtureDir, openDataPage, rowCounts, tablesList, writeText } from './data-helpers';

const baseUrl = inject('baseUrl');
const BEACON = 'http://203.0.113.7/beacon.csv';

describe('security', () => {
	let browser: Browser;
	const dir = fixtureDir();
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('refuses a hostile tree file on the Data page, in English and Korean, and changes nothing', async () => {
		const { page, offOrigin, errors } = await openDataPage(browser, baseUrl);
		const before = await rowCounts(page);
		const section = page.getByRole('region', { name: 'Metric tree' });

		const beacon = writeText(
			join(dir, 'beacon.yaml'),
			treeWithOrdersFilter(`event_type = 'order' AND (SELECT count(*) FROM read_csv('${BEACON}')) >= 0`)
		);
		await section.getByLabel('Load a tree file').setInputFiles(beacon);
		const alert = section.getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain('“beacon.yaml” is not a valid tree file');
		expect(await alert.textContent()).toContain(
			'node “orders”, field “definition.filter”: a subquery is not allowed here'
		);
		expect(await section.getAttribute('data-tree')).toBe('default');
		expect(await page.evaluate(() => localStorage.getItem('northstar.tree'))).toBeNull();

		await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
		const breakout = writeText(
			join(dir, 'breakout.yaml'),
			treeWithOrdersFilter(
				`$$'$$ IS NOT NULL)) AS "t.value" FROM facts GROUP BY ALL; DROP TABLE surveys; SELECT (($$`
			)
		);
		const koSection = page.getByRole('region', { name: '지표 트리' });
		await koSection.getByLabel('트리 파일 불러오기').setInputFiles(breakout);
		await expect
			.poll(() => koSection.getByRole('alert').textContent())
			.toContain('노드 “orders”, 필드 “definition.filter”: 달러 따옴표 문자열');

		await page.getByRole('combobox', { name: '언어' }).selectOption('en');
		await page.reload();
		await tablesList(page).waitFor({ timeout: 150_000 });
		expect(await rowCounts(page)).toEqual(before);
		expect(await section.getAttribute('data-tree')).toBe('default');
		expect(offOrigin).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 400_000);

	it('has a Content-Security-Policy that keeps the page on its own origin', async () => {
		const { page, offOrigin } = await openPage(browser, baseUrl);
		await page.goto(`${baseUrl}/`);
		await page.locator('[data-north-star]').waitFor({ timeout: 150_000 });
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("object-src 'none'");
		// The app itself still works under the policy: the engine started and computed the north star.
		expect(await page.locator('[data-north-star]').getAttribute('data-value')).toMatch(/^\d/);

		const outcome = await page.evaluate(async (url) => {
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
			const fetched = await fetch(url).then(
				() => 'fetched',
				() => 'refused'
			);
			await new Promise((resolve) => setTimeout(resolve, 100));
			return { fetched, violations };
		}, BEACON);
		expect(outcome).toEqual({ fetched: 'refused', violations: ['connect-src'] });
		expect(offOrigin).toEqual([]);
		await page.context().close();
	}, 400_000);

	it('names a URL filter value that cannot be used and shows the rest of the view', async () => {
		const { page, offOrigin, errors } = await openPage(browser, baseUrl);
		await page.goto(`${baseUrl}/?from=2025-09-08&to=2025-09-14&channel=%00&category=delivery`);
		const notice = page.locator('[data-ignored-params]');
		await notice.waitFor({ timeout: 150_000 });
		expect(await notice.getAttribute('data-ignored-params')).toBe('channel');
		expect(await notice.textContent()).toContain('“channel”');
		await page.locator('[data-ready="true"]').waitFor({ timeout: 150_000 });
		expect(await page.locator('[data-north-star]').getAttribute('data-value')).toMatch(/^\d/);
		expect(offOrigin).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 400_000);
});

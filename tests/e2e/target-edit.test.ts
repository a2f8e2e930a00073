/**
 * A target edited in place on the drill-down (SPEC §4 "The tree is data"): saved into the tree in use,
 * the status pills follow at once (the page does not reload), the overview's pill too, the edit is kept
 * across a reload, and the Data page's downloaded tree holds it. Korean at phone width; axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTree } from '../../src/lib/metrics/load-tree';
import { axeViolations } from './axe';
import { launchChromium, openPage, type WatchedPage } from './chromium';

const baseUrl = inject('baseUrl');
const INCIDENT_WEEK = '?from=2025-09-08&to=2025-09-14&grain=day';

describe('editing a target on the drill-down', () => {
	let browser: Browser;
	const pages: WatchedPage[] = [];

	async function open(path: string, viewport?: { width: number; height: number }, locale?: string) {
		const watched = await openPage(browser, baseUrl, viewport, locale);
		pages.push(watched);
		await watched.page.goto(baseUrl + path);
		await ready(watched.page);
		return watched.page;
	}
	const ready = (page: Page) => page.locator('[data-ready="true"]').first().waitFor({ timeout: 90_000 });
	/** A mark on the page's window that a reload would wipe. */
	const markWindow = (page: Page) => page.evaluate(() => Object.assign(window, { notReloaded: true }));
	const stillSamePage = (page: Page) =>
		page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		expect(pages.flatMap((p) => p.offOrigin)).toEqual([]);
		expect(pages.flatMap((p) => p.errors)).toEqual([]);
		await browser.close();
	});

	it(
		'changes the status pills without a reload, keeps the edit and puts it in the downloaded tree',
		{ timeout: 300_000 },
		async () => {
			const page = await open(`/metric/csat${INCIDENT_WEEK}`);
			const header = page.locator('header[data-metric-id="csat"]');
			const pill = header.locator('[data-status]');
			const value = Number(await header.getAttribute('data-value'));
			// the default target is CSAT ≥ 85; the incident week is below it
			expect(value).toBeLessThan(85);
			expect(await pill.getAttribute('data-status')).toBe('missed');
			// a target just under the week's value, still "higher is better": on target after the save
			const target = Math.floor(value) - 1;
			await markWindow(page);
			await page.getByRole('button', { name: 'Edit target — CSAT' }).click();
			const form = page.getByRole('form', { name: 'Edit target — CSAT' });
			// the form opens on the target in use, with the focus in it
			expect(await form.getByLabel('Target', { exact: true }).inputValue()).toBe('85');
			expect(
				await form.getByLabel('Target', { exact: true }).evaluate((el) => el === document.activeElement)
			).toBe(true);
			expect(await axeViolations(page)).toEqual([]);
			await form.getByLabel('Target', { exact: true }).fill(String(target));
			await form.getByRole('button', { name: 'Save target' }).click();
			await expect.poll(() => pill.getAttribute('data-status'), { timeout: 60_000 }).toBe('met');
			await page.getByText('Target saved into your tree; the statuses are updated.').waitFor();
			// the form closed and gave the focus back to its button
			await expect
				.poll(() =>
					page
						.getByRole('button', { name: 'Edit target — CSAT' })
						.evaluate((el) => el === document.activeElement)
				)
				.toBe(true);
			expect(await stillSamePage(page)).toBe(true);

			// the overview (reached in the app, no reload) evaluates with the edited tree too
			await page.getByRole('link', { name: /Back to overview/ }).click();
			await ready(page);
			const node = page.locator('[role="treeitem"][data-metric-id="csat"]');
			await expect.poll(() => node.locator('[data-status]').getAttribute('data-status')).toBe('met');
			expect(await stillSamePage(page)).toBe(true);

			// kept: a reload (a new start of the app) reads the edited tree back
			await page.reload();
			await ready(page);
			await expect.poll(() => node.locator('[data-status]').getAttribute('data-status')).toBe('met');

			await page.getByRole('link', { name: 'Data' }).click();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Download tree (YAML)' }).click({ timeout: 90_000 })
			]);
			const chunks: Buffer[] = [];
			for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
			const loaded = loadTree(Buffer.concat(chunks).toString('utf8'));
			expect(loaded.ok).toBe(true);
			if (!loaded.ok) return;
			const csat = loaded.value.nodes.find((n) => n.id === 'csat')!;
			expect([csat.target, csat.direction]).toEqual([target, 'up']);
			// the other targets are the default's: contact rate ≤ 8
			expect(loaded.value.nodes.find((n) => n.id === 'contact_rate')!.target).toBe(8);
		}
	);

	it(
		'flips a direction in Korean at phone width, without sideways scroll',
		{ timeout: 240_000 },
		async () => {
			const page = await open(`/metric/csat${INCIDENT_WEEK}`, { width: 390, height: 844 }, 'ko-KR');
			const pill = page.locator('header[data-metric-id="csat"] [data-status]');
			expect(await pill.getAttribute('data-status')).toBe('missed');
			await markWindow(page);
			await page.getByRole('button', { name: '목표 편집 — 고객 만족도(CSAT)' }).click();
			const form = page.getByRole('form', { name: '목표 편집 — 고객 만족도(CSAT)' });
			// CSAT below 85 with "lower is better" (≤ 85) is on target: the direction alone flips the pill
			await form.getByLabel('좋은 방향').selectOption('down');
			await form.getByRole('button', { name: '목표 저장' }).click();
			await expect.poll(() => pill.getAttribute('data-status'), { timeout: 60_000 }).toBe('met');
			await page.getByText('목표를 내 트리에 저장했고 상태를 갱신했습니다.').waitFor();
			expect(await stillSamePage(page)).toBe(true);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(await axeViolations(page)).toEqual([]);
		}
	);
});

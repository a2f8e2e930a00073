/**
 * A target edited in place on the drill-down (SPEC §4 "The tree is data"): saved into the tree in use,
 * the status pill follows, and the Data page's downloaded tree holds it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadTree } from '../../src/lib/metrics/load-tree';
import { launchChromium, openPage, type WatchedPage } from './chromium';

const baseUrl = inject('baseUrl');

describe('editing a target on the drill-down', () => {
	let browser: Browser;
	let watched: WatchedPage;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		expect(watched.offOrigin).toEqual([]);
		expect(watched.errors).toEqual([]);
		await browser.close();
	});

	it('changes the status pill and appears in the downloaded tree', { timeout: 240_000 }, async () => {
		watched = await openPage(browser, baseUrl);
		const { page } = watched;
		await page.goto(`${baseUrl}/metric/csat?from=2025-09-08&to=2025-09-14&grain=day`);
		await page.locator('[data-ready="true"]').first().waitFor({ timeout: 90_000 });
		const pill = page.locator('header[data-metric-id="csat"] [data-status]');
		const value = Number(await page.locator('header[data-metric-id="csat"]').getAttribute('data-value'));
		// the default target is CSAT ≥ 85; the incident week is below it
		expect(value).toBeLessThan(85);
		expect(await pill.getAttribute('data-status')).toBe('missed');
		// a target just under the week's value, still "higher is better": on target after the save
		const target = Math.floor(value) - 1;
		await page.getByRole('button', { name: 'Edit target — CSAT' }).click();
		const form = page.getByRole('form', { name: 'Edit target — CSAT' });
		await form.getByLabel('Target', { exact: true }).fill(String(target));
		await form.getByRole('button', { name: 'Save target' }).click();
		await page.locator('[data-ready="true"]').first().waitFor({ timeout: 90_000 });
		await expect.poll(() => pill.getAttribute('data-status'), { timeout: 60_000 }).toBe('met');

		await page.goto(`${baseUrl}/data`);
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
	});
});

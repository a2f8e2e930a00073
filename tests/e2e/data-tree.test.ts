/** The analyst's own tree file: errors name the node and field and change nothing; a valid file is used everywhere. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { fixtureDir, openDataPage, tablesList, writeText } from './data-helpers';

const baseUrl = inject('baseUrl');
const defaultYaml = readFileSync('data/trees/default.yaml', 'utf8');

describe('custom tree file', () => {
	let browser: Browser;
	const dir = fixtureDir();
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('refuses an invalid tree naming the node and field, uses a valid one after reload, and goes back to the default', async () => {
		const { page, offOrigin, errors } = await openDataPage(browser, baseUrl);
		const section = page.getByRole('region', { name: 'Metric tree' });
		expect(await section.getAttribute('data-tree')).toBe('default');

		const bad = writeText(
			join(dir, 'broken.yaml'),
			defaultYaml.replace('definition: { kind: count }', 'definition: { kind: countt }')
		);
		await section.getByLabel('Load a tree file').setInputFiles(bad);
		const alert = section.getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain('“broken.yaml” is not a valid tree file');
		expect(await alert.textContent()).toContain('node “tickets”, field “definition.kind”');
		expect(await section.getAttribute('data-tree')).toBe('default');

		const good = writeText(
			join(dir, 'our-tree.yaml'),
			defaultYaml.replace('name: { en: Contact rate,', 'name: { en: Contacts per 100 orders,')
		);
		await section.getByLabel('Load a tree file').setInputFiles(good);
		await tablesList(page).waitFor({ timeout: 45_000 }); // the page reloads to apply the tree
		await expect
			.poll(() => page.getByRole('region', { name: 'Metric tree' }).getAttribute('data-tree'))
			.toBe('custom');
		expect(await page.getByRole('region', { name: 'Metric tree' }).textContent()).toContain(
			'“our-tree.yaml”'
		);
		await page.goto(`${baseUrl}/`);
		const northStar = page.locator('[data-north-star]');
		await northStar.waitFor({ timeout: 45_000 });
		await expect
			.poll(() => northStar.getByRole('heading').first().textContent())
			.toContain('Contacts per 100 orders');

		await page.goto(`${baseUrl}/data`);
		await page.getByRole('button', { name: 'Use the default tree' }).click();
		await tablesList(page).waitFor({ timeout: 45_000 });
		await expect
			.poll(() => page.getByRole('region', { name: 'Metric tree' }).getAttribute('data-tree'))
			.toBe('default');
		expect(offOrigin).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

/** Shared steps of the data-page browser tests: open the page, add files, read the loaded row counts. */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, type WatchedPage } from './chromium';

export const fixtureDir = () => mkdtempSync(join(tmpdir(), 'northstar-e2e-data-'));

/** Write `sql`'s result as Parquet with native DuckDB — another writer than the app's sample generator. */
export async function writeParquet(path: string, sql: string, compression = 'zstd', rowGroupSize = 1000) {
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	await connection.run(
		`COPY (${sql}) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION ${compression}, ROW_GROUP_SIZE ${rowGroupSize})`
	);
	connection.closeSync();
}

export function writeText(path: string, text: string | Uint8Array) {
	writeFileSync(path, text);
	return path;
}

/** The data page, once the loaded tables are shown. */
export async function openDataPage(
	browser: Browser,
	baseUrl: string,
	viewport?: { width: number; height: number }
) {
	const watched: WatchedPage = await openPage(browser, baseUrl, viewport);
	await watched.page.goto(`${baseUrl}/data`);
	await tablesList(watched.page).waitFor({ timeout: 45_000 });
	return watched;
}

export const tablesList = (page: Page) => page.getByRole('list', { name: 'Loaded tables' });

/** Row counts per table, as the page shows them. */
export async function rowCounts(page: Page): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const table of ['events', 'tickets', 'surveys']) {
		counts[table] = Number(
			await tablesList(page).locator(`[data-table="${table}"]`).getAttribute('data-rows')
		);
	}
	return counts;
}

export async function addFiles(page: Page, paths: string[]) {
	await page.getByLabel('Choose files').setInputFiles(paths);
}

export const card = (page: Page, name: string) => page.getByRole('article', { name });

/** Wait until a file card has settled in `status` (ready, loaded or failed). */
export async function waitForStatus(page: Page, name: string, status: 'ready' | 'loaded' | 'failed') {
	await card(page, name)
		.and(page.locator(`[data-status="${status}"]`))
		.waitFor({ timeout: 45_000 });
}

/** The alert of a failed file card. */
export async function failure(page: Page, name: string): Promise<string> {
	await waitForStatus(page, name, 'failed');
	return (await card(page, name).getByRole('alert').textContent()) ?? '';
}

export async function expectCounts(page: Page, expected: Record<string, number>) {
	expect(await rowCounts(page)).toEqual(expected);
}

/** Open the overview at `view` and read the values of `ids` as the page shows them (null: no value). */
export async function overviewValues(
	page: Page,
	baseUrl: string,
	view: string,
	ids: readonly string[]
): Promise<Record<string, number | null>> {
	await page.goto(`${baseUrl}/?${view}`);
	const values: Record<string, number | null> = {};
	for (const id of ids) {
		const node = page.locator(`[data-metric-id="${id}"][data-value]`).first();
		await node.waitFor({ timeout: 45_000 });
		const raw = await node.getAttribute('data-value');
		values[id] = raw === '' || raw === null ? null : Number(raw);
	}
	return values;
}

/**
 * Issue 13 "done when": a persisted upload survives a reload without replay — the tables come back from
 * the copy saved in the origin-private file system (OPFS) — and falls back to importing the stored files
 * again when that copy is damaged or missing: nothing lost, a message says which.
 */
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import {
	addFiles,
	card,
	fixtureDir,
	openDataPage,
	overviewValues,
	rowCounts,
	tablesList,
	waitForStatus,
	writeParquet,
	writeText
} from './data-helpers';

const baseUrl = inject('baseUrl');
const VIEW = 'from=2025-03-01&to=2025-03-31&grain=week';
const CHECKED = ['orders', 'tickets', 'contact_rate', 'frt_median'];

/** The names of the files in the app's saved-copies directory (empty when there is none). */
function savedFiles(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const root = await navigator.storage.getDirectory();
		try {
			const dir = await root.getDirectoryHandle('northstar-snapshots');
			const names: string[] = [];
			for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
			return names.sort();
		} catch {
			return [];
		}
	});
}

/** The text of the first element with `testId`, trimmed ('' when there is none). */
async function text(page: Page, testId: string): Promise<string> {
	const found = page.getByTestId(testId).first();
	return (await found.count()) === 0 ? '' : ((await found.textContent()) ?? '').trim();
}

async function reloadDataPage(page: Page) {
	await page.goto(`${baseUrl}/data`);
	await tablesList(page).waitFor({ timeout: 45_000 });
}

describe('uploads come back from their saved copy', () => {
	let browser: Browser;
	const dir = fixtureDir();
	const files = { events: join(dir, 'web_events.parquet'), tickets: join(dir, 'desk.csv') };

	beforeAll(async () => {
		browser = await launchChromium();
		await writeParquet(
			files.events,
			`SELECT TIMESTAMP '2025-03-01 00:00:00' + to_minutes(range * 11) AS event_time, 'c' || (range % 70) AS user_id,
				CASE WHEN range % 4 = 0 THEN 'order' ELSE 'visit' END AS event_type, 'web' AS channel
			FROM range(3900)`,
			'zstd',
			1000
		);
		const lines = ['ID,Opened,First Reply,Channel'];
		for (let i = 0; i < 120; i++) {
			const opened = Date.UTC(2025, 2, 1, 6) + i * 5 * 3600_000;
			const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
			lines.push(
				`T-${i},${iso(opened)},${iso(opened + ((i % 17) + 1) * 60_000)},${['chat', 'email'][i % 2]}`
			);
		}
		writeText(files.tickets, lines.join('\n'));
	});
	afterAll(async () => {
		await browser.close();
	});

	it('reloads from the copy, replays the files when the copy is damaged or gone, and never loses data', async () => {
		const { page, offOrigin, errors } = await openDataPage(browser, baseUrl);
		await addFiles(page, Object.values(files));
		for (const path of Object.values(files)) await waitForStatus(page, basename(path), 'ready');
		for (const [table, path] of Object.entries(files)) {
			await card(page, basename(path))
				.getByRole('button', { name: `Load into ${table}` })
				.click();
			await waitForStatus(page, basename(path), 'loaded');
		}
		const counts = await rowCounts(page);
		expect(counts).toMatchObject({ events: 3900, tickets: 120 });
		// Saved in the background once the data is on screen.
		await expect
			.poll(() => savedFiles(page), { timeout: 30_000 })
			.toEqual(['events.arrows', 'events.json', 'tickets.arrows', 'tickets.json']);
		const before = await overviewValues(page, baseUrl, VIEW, CHECKED);
		expect(before.orders).toBe(Math.ceil(3900 / 4));
		expect(before.tickets).toBe(120);

		// Reload: both tables from the copy, the same numbers.
		await reloadDataPage(page);
		await expect
			.poll(() => text(page, 'restored-from-copy'), { timeout: 10_000 })
			.toContain(': events, tickets.');
		expect(await page.getByTestId('copy-notice').count()).toBe(0);
		expect(await rowCounts(page)).toEqual(counts);
		expect(await axeViolations(page)).toEqual([]);
		expect(await overviewValues(page, baseUrl, VIEW, CHECKED)).toEqual(before);

		// Damage the tickets copy in place (same size): tickets are imported again from the stored file.
		await page.evaluate(async () => {
			const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('northstar-snapshots');
			const handle = await dir.getFileHandle('tickets.arrows');
			const size = (await handle.getFile()).size;
			const writable = await handle.createWritable({ keepExistingData: true });
			await writable.write({
				type: 'write',
				position: 64,
				data: new Uint8Array(Math.min(512, size - 64)).fill(0xab)
			});
			await writable.close();
		});
		await reloadDataPage(page);
		await expect
			.poll(() => text(page, 'copy-notice'))
			.toBe(
				'The saved copy of your tickets data could not be read, so your files were imported again. Nothing was lost.'
			);
		expect(await text(page, 'restored-from-copy')).toContain(': events.');
		expect(await rowCounts(page)).toEqual(counts);
		expect(await overviewValues(page, baseUrl, VIEW, CHECKED)).toEqual(before);

		// No copies at all (storage cleared by the browser): both replayed, each said.
		await page.evaluate(async () => {
			await (await navigator.storage.getDirectory()).removeEntry('northstar-snapshots', { recursive: true });
		});
		await reloadDataPage(page);
		await expect.poll(() => page.getByTestId('copy-notice').count(), { timeout: 10_000 }).toBe(2);
		expect(await text(page, 'copy-notice')).toBe(
			'No saved copy of your events data was found in this browser, so your files were imported again.'
		);
		expect(await page.getByTestId('restored-from-copy').count()).toBe(0);
		expect(await rowCounts(page)).toEqual(counts);
		await expect
			.poll(() => savedFiles(page), { timeout: 30_000 })
			.toEqual(['events.arrows', 'events.json', 'tickets.arrows', 'tickets.json']);

		// Reset to the sample forgets the copies with the uploads.
		await page.getByRole('button', { name: 'Reset to sample data' }).click();
		await expect
			.poll(() => page.locator('[data-origin]').getAttribute('data-origin'), { timeout: 30_000 })
			.toBe('sample');
		await expect.poll(() => savedFiles(page), { timeout: 10_000 }).toEqual([]);

		expect(offOrigin).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 240_000);
});

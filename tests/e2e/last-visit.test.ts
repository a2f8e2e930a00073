/**
 * A returning visit shows the last visit's overview at once, marked as such, while DuckDB starts — the
 * same numbers the engine gives for that view — then the live overview replaces it. Only for the same
 * view and data: another URL, or other data (an upload), has no saved answer and shows the progress alone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { closeEngine, engineValues } from './engine-values';
import { mismatches, shownValues, waitForOverview } from './overview-page';
import { watchedPages } from './watched-pages';

const baseUrl = inject('baseUrl');
const VIEW = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const VIEW_PATH = `/?from=${VIEW.from}&to=${VIEW.to}&grain=${VIEW.grain}`;
const PREVIEW = '[data-last-visit]';
/** How long the sample's download is held: the preview's checks (axe included) finish well within it. */
const HOLD_MS = 12_000;

/** Each node's value in the last-visit preview (the tree's items and the north-star card). */
function previewValues(page: Page): Promise<Record<string, number | null>> {
	return page.locator(`${PREVIEW} [role="tree"] [data-metric-id]`).evaluateAll((items) =>
		Object.fromEntries(
			items.map((item) => {
				const raw = item.getAttribute('data-value') ?? '';
				return [item.getAttribute('data-metric-id') ?? '', raw === '' ? null : Number(raw)];
			})
		)
	);
}

/** From now on, every load of `page` records whether the preview showed, and whether before the live overview. */
async function watchPreview(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen = { preview: false, beforeReady: false };
		(window as unknown as { __lastVisit: typeof seen }).__lastVisit = seen;
		new MutationObserver(() => {
			if (seen.preview) return;
			if (document.querySelector('[data-last-visit] [data-north-star]')) {
				seen.preview = true;
				seen.beforeReady = document.querySelector('[data-ready]') === null;
			}
		}).observe(document, { subtree: true, childList: true });
	});
}

function previewSeen(page: Page): Promise<{ preview: boolean; beforeReady: boolean }> {
	return page.evaluate(
		() => (window as unknown as { __lastVisit: { preview: boolean; beforeReady: boolean } }).__lastVisit
	);
}

/** Hold the sample database's download, so the engine waits at the table loading for a while. */
async function holdSample(page: Page): Promise<void> {
	await page.route('**/*.duckdb', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
		await route.continue();
	});
}

describe('the last visit’s answers while the engine starts', () => {
	const pages = watchedPages(baseUrl, (page) => waitForOverview(page));
	let expected: Record<string, number | null>;

	beforeAll(async () => {
		[expected] = await Promise.all([engineValues(VIEW), pages.launch()]);
	});
	afterAll(async () => {
		await pages.close();
		await closeEngine();
	});

	it('a first visit shows the progress alone; a reload shows the saved numbers, then the live ones', async () => {
		const page = await pages.blank();
		await page.goto(baseUrl + VIEW_PATH);
		// First visit in this profile: nothing saved, so no preview at any moment.
		await waitForOverview(page);
		expect(await page.locator(PREVIEW).count()).toBe(0);
		await expect.poll(async () => mismatches(await shownValues(page), expected)).toEqual([]);

		// Hold the engine's start at the table loading, so the preview can be read while it waits.
		await holdSample(page);
		await watchPreview(page);
		await page.reload();
		await page.locator(PREVIEW).waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-ready]').count()).toBe(0);
		expect(mismatches(await previewValues(page), expected)).toEqual([]);
		const northStar = Number(await page.locator(`${PREVIEW} [data-north-star]`).getAttribute('data-value'));
		expect(Math.abs(northStar - expected.contact_rate!)).toBeLessThanOrEqual(1e-9 * expected.contact_rate!);
		const note = (await page.locator(PREVIEW).locator('p').first().textContent()) ?? '';
		// Which period, and when it was computed.
		expect(note.trim()).toMatch(
			/^Sep 8\s*–\s*14, 2025: the numbers from your last visit \(.+\d{4}.+\d{1,2}:\d{2}.*\), shown while the data loads/
		);
		// The progress stays on screen above it, and the preview is marked busy for assistive technology.
		await expect(page.getByRole('progressbar').count()).resolves.toBeGreaterThan(0);
		expect(await page.locator(PREVIEW).getAttribute('aria-busy')).toBe('true');
		expect(await axeViolations(page)).toEqual([]);

		// Then the engine's overview replaces it.
		await waitForOverview(page);
		expect(await page.locator(PREVIEW).count()).toBe(0);
		await expect.poll(async () => mismatches(await shownValues(page), expected)).toEqual([]);
		expect(await previewSeen(page)).toEqual({ preview: true, beforeReady: true });
		await page.unroute('**/*.duckdb');
	});

	it('shows no saved numbers for a view never shown, and speaks Korean on a phone', async () => {
		const page = await pages.blank({ width: 390, height: 844 }, 'ko-KR');
		await page.goto(baseUrl + VIEW_PATH);
		await waitForOverview(page);
		// Another view in the same profile: never answered, so nothing to show before it is.
		await watchPreview(page);
		await page.goto(baseUrl + '/?from=2025-09-01&to=2025-09-07&grain=day');
		await waitForOverview(page);
		expect(await previewSeen(page)).toEqual({ preview: false, beforeReady: false });
		// The saved view again, in Korean: the note is translated.
		await holdSample(page);
		await page.goto(baseUrl + VIEW_PATH);
		await page.locator(PREVIEW).waitFor({ timeout: 30_000 });
		const note = (await page.locator(PREVIEW).locator('p').first().textContent()) ?? '';
		expect(note).toContain('지난 방문');
		expect(mismatches(await previewValues(page), expected)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await waitForOverview(page);
		await page.unroute('**/*.duckdb');
	});
});

/**
 * The overview's first numbers: the period values show as soon as the tables' period statements are in,
 * the trends and the unusual days once the daily series follow — the same values throughout, each the
 * engine's own, and no half-shown state left behind.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './chromium';
import { addDays, closeEngine, engineValues, sampleLastDay } from './engine-values';
import { mismatches, shownValues, waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');

/** What the overview showed at each change of the north star's card, recorded from the first paint. */
interface Seen {
	valuesReady: string | null;
	ready: string | null;
	trends: string | null;
	value: string | null;
	series: string | null;
	/** The unusual-days list: 'checking' while its series are on their way, else how many days it lists. */
	anomalies: string | null;
	/** Grey lines holding the room of the answers on their way: in the unusual-days list, in the whole overview. */
	anomalyPlaceholder: boolean;
	placeholders: number;
}

describe('the overview shows its values first, then their trends', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser.close();
		await closeEngine();
	});

	it('shows the engine’s values before the series, then the series, with no value changing', async () => {
		const { page, errors, offOrigin } = await openPage(browser, baseUrl);
		await page.addInitScript(() => {
			const seen: Seen[] = [];
			(window as unknown as { __seen: Seen[] }).__seen = seen;
			new MutationObserver(() => {
				const overview = document.querySelector('.overview');
				const card = document.querySelector('[data-north-star]');
				if (!overview || !card) return;
				const state: Seen = {
					valuesReady: overview.getAttribute('data-values-ready'),
					ready: overview.getAttribute('data-ready'),
					trends: overview.getAttribute('data-trends'),
					value: card.getAttribute('data-value'),
					series: card.getAttribute('data-series'),
					anomalies: document.querySelector('[data-anomalies-pending]')
						? 'checking'
						: document.querySelector('.anomalies')
							? String(document.querySelectorAll('[data-anomaly-item]').length)
							: null,
					anomalyPlaceholder: document.querySelector('.anomalies [data-placeholder-lines]') !== null,
					placeholders: overview.querySelectorAll('[data-placeholder-lines]').length
				};
				const last = seen.at(-1);
				if (!last || JSON.stringify(last) !== JSON.stringify(state)) seen.push(state);
			}).observe(document, { subtree: true, childList: true, attributes: true });
		});
		const lastDay = await sampleLastDay();
		const expected = await engineValues({ from: addDays(lastDay, -27), to: lastDay, grain: 'day' });
		await page.goto(baseUrl + '/');
		await waitForOverview(page);
		await page.locator('.explain[data-explain-ready="true"]').waitFor({ timeout: 60_000 });
		expect(mismatches(await shownValues(page), expected)).toEqual([]);

		const seen = await page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
		const early = seen.filter((s) => s.valuesReady === 'true' && s.trends === 'pending');
		// The north star's value was on screen, ready, before its trend and the unusual days were.
		expect(early.length).toBeGreaterThan(0);
		for (const state of early) {
			expect(state.ready).toBe('false');
			expect(state.value).toBe(String(expected['contact_rate']));
			expect(state.series).toBe('');
			expect(state.anomalies).toBe('checking');
			expect(state.anomalyPlaceholder).toBe(true);
		}
		// Then complete: the same value, its 28 days of trend, the unusual-days list, nothing pending.
		const final = seen.at(-1)!;
		expect(final).toMatchObject({ valuesReady: 'true', ready: 'true', trends: null, placeholders: 0 });
		expect(Number(final.anomalies)).toBeGreaterThan(0);
		expect(final.value).toBe(String(expected['contact_rate']));
		expect(final.series!.split(',')).toHaveLength(28);
		expect(errors).toEqual([]);
		expect(offOrigin).toEqual([]);
	});
});

/**
 * "Real or noise" on the drill-down in real Chromium (SPEC §4 "Uncertainty"): CSAT in the incident week
 * 2025-09-08 … 14 by category. The trend carries its 95 % interval as a band and on every point; the
 * breakdown table has a "95% interval" column and each row's own verdict. Every number is checked
 * against the metric engine run in Node on the same sample, not against the page's own arithmetic.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/lib/i18n/format';
import { sortRows, breakdownTableRows } from '../../src/lib/ui/drilldown/breakdown-table';
import { axeViolations } from './axe';
import { watchedPages, type Viewport } from './watched-pages';
import { closeEngine, engineBreakdown, engineNode, engineResult } from './engine-values';

const baseUrl = inject('baseUrl');
const INCIDENT = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const PATH = `/metric/csat?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day&by=category`;
const TREND = 'section[aria-labelledby="trend-title"]';
const TABLE_ROWS = 'section[data-breakdown] tbody tr[data-dimension-value]';

interface Hooked {
	key: string | null;
	value: number;
	interval: [number, number] | null;
	significance: string | null;
}

/** The elements under `selector` that carry a value, with their interval and verdict hooks. */
const hooked = (page: Page, selector: string, key: string) =>
	page.locator(selector).evaluateAll(
		(elements, key) =>
			elements
				.filter((e) => (e.getAttribute('data-value') ?? '') !== '')
				.map((e) => {
					const interval = e.getAttribute('data-interval');
					return {
						key: e.getAttribute(key) ?? e.closest(`[${key}]`)?.getAttribute(key) ?? null,
						value: Number(e.getAttribute('data-value')),
						interval: interval ? (interval.split(',').map(Number) as [number, number]) : null,
						significance: e.getAttribute('data-significance')
					};
				}),
		key
	) as Promise<Hooked[]>;

async function ready(page: Page): Promise<void> {
	await page.locator('.drill[data-ready="true"]').waitFor({ timeout: 60_000 });
	await page.locator(`${TABLE_ROWS} td[data-value]`).first().waitFor({ timeout: 30_000 });
}

describe('drill-down intervals (CSAT, incident week, by category)', () => {
	const pages = watchedPages(baseUrl, ready);
	const open = (viewport?: Viewport, locale?: string, path = PATH) => pages.open(path, viewport, locale);
	beforeAll(async () => {
		await pages.launch();
		// Start the Node engine here, not inside the first test's time limit.
		await engineResult(INCIDENT);
	}, 120_000);
	afterAll(async () => {
		await pages.close();
		await closeEngine();
	});

	it('draws the interval as a band and puts the engine’s interval on every point of the trend', async () => {
		const page = await open({ width: 1280, height: 900 });
		const csat = engineNode(await engineResult(INCIDENT), 'csat');
		const band = page.locator(`${TREND} svg path.band`);
		expect(await band.getAttribute('d')).toMatch(/^M[\d.,LZM-]+Z$/);
		// Named for people: in the legend (seen) and in the chart's table (read).
		await expect.poll(() => page.locator(TREND).textContent()).toContain('95% interval');
		expect(await page.locator(`${TREND} details table thead th`).allTextContents()).toContain('95% interval');

		const points = await hooked(page, `${TREND} [data-value]`, 'data-start');
		const expected = csat.series.filter((p) => p.value !== null);
		// The read-out starts on the last day: its interval and the verdict on its change, in words.
		const last = expected.at(-1)!;
		const words = { significant: 'significant', noise: 'within noise', 'too-few': 'too few to tell' };
		const readout = (await page.locator(`${TREND} .readout`).textContent())!.replace(/\s+/g, ' ');
		expect(readout).toContain(`Change: ${words[last.significance!]}`);
		const percent = (v: number) => formatValue(v, 'percent', 'en');
		expect(readout).toContain(`95% interval ${percent(last.interval!.lo)} – ${percent(last.interval!.hi)}`);
		// Seven days, each with ratings, so each has a point and an interval.
		expect(expected).toHaveLength(7);
		expect(points.map((p) => p.key)).toEqual(expected.map((p) => p.start.slice(0, 10)));
		points.forEach((point, i) => {
			const engine = expected[i]!;
			expect(point.value).toBeCloseTo(engine.value!, 9);
			// The day against the same weekday of the week before.
			expect(point.significance).toBe(engine.significance);
			expect(engine.interval).not.toBeNull();
			const [lo, hi] = point.interval!;
			expect(lo).toBeCloseTo(engine.interval!.lo, 9);
			expect(hi).toBeCloseTo(engine.interval!.hi, 9);
			expect(lo).toBeLessThanOrEqual(point.value);
			expect(point.value).toBeLessThanOrEqual(hi);
		});
	});

	it('shows each category’s interval and verdict as the engine computes them, delivery’s drop significant', async () => {
		const page = await open({ width: 1280, height: 900 });
		const engine = breakdownTableRows(await engineBreakdown(INCIDENT, 'csat', 'category'));
		const cells = await hooked(page, `${TABLE_ROWS} td[data-value]`, 'data-dimension-value');
		const withValue = engine.filter((r) => r.current !== null);
		expect(cells.map((c) => c.key).sort()).toEqual(withValue.map((r) => r.value).sort());
		for (const cell of cells) {
			const row = withValue.find((r) => r.value === cell.key)!;
			expect(cell.value).toBeCloseTo(row.current!, 9);
			expect(cell.significance).toBe(row.significance);
			expect(row.interval).not.toBeNull();
			const [lo, hi] = cell.interval!;
			expect(lo).toBeCloseTo(row.interval!.lo, 9);
			expect(hi).toBeCloseTo(row.interval!.hi, 9);
			expect(lo).toBeLessThanOrEqual(cell.value);
			expect(cell.value).toBeLessThanOrEqual(hi);
		}

		// Delivery: 100 % → about 49 % on dozens of ratings — far outside the noise.
		const delivery = page.locator(`${TABLE_ROWS}[data-dimension-value="delivery"]`);
		expect(await delivery.getAttribute('data-significance')).toBe('significant');
		const deliveryRow = withValue.find((r) => r.value === 'delivery')!;
		expect(deliveryRow.current!).toBeLessThan(60);
		const columns = await page
			.locator('section[data-breakdown] table')
			.filter({ has: page.locator('tr[data-dimension-value]') })
			.locator('thead th')
			.evaluateAll((ths) => ths.map((th) => th.textContent?.replace(/[↑↓]/g, '').trim()));
		const intervalColumn = columns.indexOf('95% interval');
		const changeColumn = columns.indexOf('Change');
		expect(intervalColumn).toBeGreaterThan(0);
		// "lo – hi" in the value's own format.
		const shown = (v: number) => formatValue(v, 'percent', 'en');
		expect((await delivery.locator('th, td').nth(intervalColumn).textContent())?.trim()).toBe(
			`${shown(deliveryRow.interval!.lo)} – ${shown(deliveryRow.interval!.hi)}`
		);
		const deliveryChange = delivery.locator('th, td').nth(changeColumn);
		expect(await deliveryChange.locator('.visually-hidden').textContent()).toContain('significant');

		// A change within noise or on too few ratings is grey, and says so to screen readers.
		const quiet = withValue.filter((r) => r.significance === 'noise' || r.significance === 'too-few');
		expect(quiet.length).toBeGreaterThan(0);
		for (const row of quiet.filter((r) => r.change !== null)) {
			const cell = page
				.locator(`${TABLE_ROWS}[data-dimension-value="${row.value}"]`)
				.locator('th, td')
				.nth(changeColumn);
			const words = row.significance === 'noise' ? 'within noise' : 'too few to tell';
			expect(await cell.locator('.visually-hidden').textContent()).toContain(words);
			expect(await cell.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(91, 100, 112)');
		}

		// Sorting by the interval orders by its lower bound.
		const header = page
			.locator('section[data-breakdown]')
			.getByRole('columnheader', { name: /^95% interval/ });
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('descending');
		const order = sortRows(engine, { key: 'interval', direction: 'descending' }).map((r) => r.value ?? '');
		await expect
			.poll(() =>
				page
					.locator(TABLE_ROWS)
					.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dimension-value')))
			)
			.toEqual(order);

		expect(await axeViolations(page)).toEqual([]);
	});

	it('fits a phone: no sideways scroll, the band and the interval column there, no axe violations', async () => {
		const page = await open({ width: 390, height: 844 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(await page.locator(`${TREND} svg path.band`).getAttribute('d')).toMatch(/^M/);
		expect(
			await page
				.locator('section[data-breakdown]')
				.getByRole('columnheader', { name: /^95% interval/ })
				.count()
		).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
	});

	it('bands weekly buckets too: tickets (a Poisson count) over four weeks', async () => {
		const view = { from: '2025-09-01', to: '2025-09-28', grain: 'week' } as const;
		const page = await open(
			{ width: 1280, height: 900 },
			undefined,
			`/metric/tickets?from=${view.from}&to=${view.to}&grain=week&by=category`
		);
		const tickets = engineNode(await engineResult(view), 'tickets');
		// 2025-09-01 is a Monday: four whole weeks.
		expect(tickets.series.map((p) => p.start.slice(0, 10))).toEqual([
			'2025-09-01',
			'2025-09-08',
			'2025-09-15',
			'2025-09-22'
		]);
		expect(await page.locator(`${TREND} svg path.band`).getAttribute('d')).toMatch(/^M/);
		const points = await hooked(page, `${TREND} [data-value]`, 'data-start');
		expect(points.map((p) => p.key)).toEqual(tickets.series.map((p) => p.start.slice(0, 10)));
		points.forEach((point, i) => {
			const engine = tickets.series[i]!;
			expect(point.value).toBe(engine.value);
			// n ± 1.96 √n, as the engine says
			const n = engine.value!;
			expect(point.interval![0]).toBeCloseTo(n - 1.96 * Math.sqrt(n), 9);
			expect(point.interval![1]).toBeCloseTo(n + 1.96 * Math.sqrt(n), 9);
			expect(point.interval![0]).toBeCloseTo(engine.interval!.lo, 9);
			expect(point.significance).toBe(engine.significance);
		});
	});

	it('speaks Korean', async () => {
		const page = await open({ width: 1280, height: 900 }, 'ko-KR');
		expect(
			await page
				.locator('section[data-breakdown]')
				.getByRole('columnheader', { name: /^95% 구간/ })
				.count()
		).toBe(1);
		await expect.poll(() => page.locator(TREND).textContent()).toContain('95% 구간');
		const delivery = page.locator(`${TABLE_ROWS}[data-dimension-value="delivery"]`);
		expect(await delivery.locator('.visually-hidden').first().textContent()).toContain('유의미한 변화');
	});
});

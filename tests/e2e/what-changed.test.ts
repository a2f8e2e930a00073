/**
 * "What changed" in real Chromium on the committed sample (SPEC §5.4): under the north-star card the
 * incident week's contact rate is explained — tickets first, then category "delivery" — with the same
 * numbers as the metric engine's own explanation in Node; the links open the drill-down that shows it;
 * the panel is on a drill-down too, in Korean, at phone width, and passes axe.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Explanation } from '../../src/lib/metrics/explain';
import { axeViolations } from './axe';
import { watchedPages, type Viewport } from './watched-pages';
import { closeEngine, engineExplanation } from './engine-values';
import { waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');
const INCIDENT = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const PATH = `/?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day`;

interface Item {
	metric: string | null;
	dimension: string | null;
	value: string | null;
	contribution: number;
}

/** Each item of the panel as its hooks say: metric, dimension, value, raw contribution. */
function items(panel: Locator): Promise<Item[]> {
	return panel.locator('[data-contribution]').evaluateAll((els) =>
		els.map((e) => ({
			metric: e.getAttribute('data-metric-id'),
			dimension: e.getAttribute('data-dimension'),
			value: e.getAttribute('data-dimension-value'),
			contribution: Number(e.getAttribute('data-contribution'))
		}))
	);
}

/** The items the engine's explanation should produce, in the panel's order. */
function expectedItems(explanation: Explanation): Item[] {
	return explanation.steps.flatMap((step) => [
		{ metric: step.node as string, dimension: null, value: null, contribution: step.amount },
		...(step.dimension?.parts ?? []).map((part) => ({
			metric: step.node as string,
			dimension: step.dimension!.dimension as string,
			value: part.value ?? '',
			contribution: part.amount
		}))
	]);
}

describe('what changed, under the north star and on a drill-down', () => {
	let expected: Explanation;
	const pages = watchedPages(baseUrl, waitForOverview);
	const open = (path: string, viewport?: Viewport) => pages.open(path, viewport);

	const panelOf = (page: Page, node: string) => page.locator(`[data-explain="${node}"]`);
	async function readyPanel(page: Page, node: string): Promise<Locator> {
		const panel = panelOf(page, node);
		await panel.and(page.locator('[data-explain-ready="true"]')).waitFor({ timeout: 60_000 });
		return panel;
	}

	beforeAll(async () => {
		[, expected] = await Promise.all([pages.launch(), engineExplanation(INCIDENT, 'contact_rate')]);
	});
	afterAll(async () => {
		await pages.close();
		await closeEngine();
	});

	it('names tickets, then category “delivery”, with the engine’s numbers, and links to the breakdown', async () => {
		const page = await open(PATH);
		const panel = await readyPanel(page, 'contact_rate');
		expect(await panel.getByRole('heading', { name: 'What changed' }).count()).toBe(1);
		// It sits right under the north-star card.
		const card = await page.locator('[data-north-star]').boundingBox();
		const box = await panel.boundingBox();
		expect(box!.y).toBeGreaterThan(card!.y + card!.height - 1);

		const shown = await items(panel);
		const want = expectedItems(expected);
		const withoutAmount = ({ contribution: _, ...rest }: Item) => rest;
		expect(shown.map(withoutAmount)).toEqual(want.map(withoutAmount));
		shown.forEach((item, i) => expect(item.contribution).toBeCloseTo(want[i]!.contribution, 9));
		// The story of SPEC §6: tickets first, its largest value delivery, orders barely.
		expect(shown[0]).toMatchObject({ metric: 'tickets', dimension: null });
		expect(shown[1]).toMatchObject({ metric: 'tickets', dimension: 'category', value: 'delivery' });
		// The formula children's contributions add up to the north star's change (exact split).
		const change = expected.change!;
		const children = shown.filter((i) => i.dimension === null).reduce((s, i) => s + i.contribution, 0);
		expect(children).toBeCloseTo(change, 9);
		// Significance is said in words on the delivery item; CSAT is listed as agreeing evidence.
		const delivery = panel.locator('[data-dimension-value="delivery"]');
		expect(await delivery.innerText()).toContain('significant');
		expect(await panel.locator('[data-evidence][data-metric-id="csat"]').count()).toBe(1);

		// The item opens the drill-down of tickets broken down by category, in the same period.
		await delivery.getByRole('link').click();
		await page.waitForURL((url) => url.pathname.endsWith('/metric/tickets'));
		const url = new URL(page.url());
		expect(url.searchParams.get('by')).toBe('category');
		expect(url.searchParams.get('from')).toBe(INCIDENT.from);
		expect(url.searchParams.get('to')).toBe(INCIDENT.to);
		await page.getByRole('button', { name: 'Category', pressed: true }).waitFor({ timeout: 30_000 });
	});

	it('explains a metric on its drill-down: CSAT falls with delivery, in Korean too', async () => {
		const page = await open(`/metric/csat?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day`);
		const panel = await readyPanel(page, 'csat');
		const csat = await engineExplanation(INCIDENT, 'csat');
		const part = csat.steps[0]!.dimension!.parts[0]!;
		expect(part.value).toBe('delivery');
		const item = panel.locator('[data-dimension="category"][data-dimension-value="delivery"]');
		expect(Number(await item.getAttribute('data-contribution'))).toBeCloseTo(part.amount, 9);

		await page.getByRole('combobox', { name: /language|언어/i }).selectOption('ko');
		await panel.getByRole('heading', { name: '무엇이 바뀌었나' }).waitFor();
		expect(await panel.innerText()).toContain('유형 “delivery”');
		expect(await axeViolations(page, '[data-explain]')).toEqual([]);
	});

	it('reads at phone width without sideways scrolling, and passes axe', async () => {
		const page = await open(PATH, { width: 390, height: 844 });
		const panel = await readyPanel(page, 'contact_rate');
		const box = await panel.boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(await axeViolations(page, '[data-explain]')).toEqual([]);
	});
});

/**
 * Monitoring in real Chromium on the committed sample (SPEC §5.5): in the incident week the tree's
 * nodes carry anomaly marks, the overview lists the anomalies newest first with links to the
 * drill-down on that day, whose trend marks the day — all equal to the metric engine's answer in Node.
 * The incident's note label sits above the trend's plot, clear of every anomaly ring. axe on each view.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TreeResult } from '../../src/lib/metrics/evaluate';
import { axeViolations } from './axe';
import { watchedPages, type Viewport } from './watched-pages';
import { closeEngine, engineNode, engineResult } from './engine-values';
import { waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');
const INCIDENT = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const PATH = `/?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day`;

describe('anomaly marks and list in the incident week', () => {
	let expected: TreeResult;
	const pages = watchedPages(baseUrl, waitForOverview);
	const open = (path: string, viewport?: Viewport) => pages.open(path, viewport);

	beforeAll(async () => {
		[, expected] = await Promise.all([pages.launch(), engineResult(INCIDENT)]);
	});
	afterAll(async () => {
		await pages.close();
		await closeEngine();
	});

	it(
		'marks each node with an anomalous day, high or low as its latest one, and no other',
		{ timeout: 180_000 },
		async () => {
			const page = await open(PATH);
			const items = page.getByRole('tree', { name: 'Metric tree' }).getByRole('treeitem');
			await expect.poll(() => items.count()).toBe(20);
			for (const node of Object.values(expected.nodes)) {
				const mark = await page
					.locator(`[role="treeitem"][data-metric-id="${node.id}"]`)
					.getAttribute('data-anomaly');
				expect(mark, node.id).toBe(node.anomalies.at(-1)?.side ?? null);
			}
			// The incident's own nodes (SPEC §4): more tickets and contacts, lower CSAT.
			expect(engineNode(expected, 'tickets').anomalies.at(-1)?.side).toBe('high');
			expect(engineNode(expected, 'csat').anomalies.at(-1)?.side).toBe('low');
			const tickets = page.locator('[role="treeitem"][data-metric-id="tickets"]');
			expect(await tickets.getAttribute('aria-label')).toMatch(/Unusual: \d+ days?, latest high, bad/);
			expect(await axeViolations(page)).toEqual([]);
		}
	);

	it(
		'lists the anomalies newest first and links each to its drill-down on that day',
		{ timeout: 180_000 },
		async () => {
			const page = await open(PATH);
			const list = page.getByRole('region', { name: 'Unusual days' });
			const total = Object.values(expected.nodes).reduce((n, node) => n + node.anomalies.length, 0);
			await list.getByRole('button', { name: `Show all ${total}` }).click();
			const days = await list
				.locator('[data-anomaly-day]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-anomaly-day')!));
			expect(days).toHaveLength(total);
			expect(days).toEqual([...days].sort().reverse());
			// Tickets on Mon 8 Sep: the engine's value and expected value, written out as the list does.
			const monday = engineNode(expected, 'tickets').anomalies.find((a) => a.day === '2025-09-08')!;
			const text = `Tickets ${monday.value} on Mon 8 Sep — expected ${monday.expected} (high, bad)`;
			await list.getByRole('link', { name: text }).click();
			await page.waitForURL((url) => url.pathname.endsWith('/metric/tickets'));
			const url = new URL(page.url());
			expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([
				'2025-09-08',
				'2025-09-08'
			]);
			await expect
				.poll(() => page.locator('circle[data-anomaly-day="2025-09-08"]').count(), { timeout: 30_000 })
				.toBe(1);
			expect(await page.locator('circle[data-anomaly-day="2025-09-08"]').getAttribute('data-anomaly')).toBe(
				'high'
			);
		}
	);

	it('marks every anomalous day on the drill-down trend of the week', { timeout: 180_000 }, async () => {
		const page = await open('/metric/contact_rate' + PATH.slice(1));
		const marked = page.locator('circle[data-anomaly-day]');
		const days = engineNode(expected, 'contact_rate').anomalies.map((a) => a.day);
		expect(days.length).toBeGreaterThan(0);
		await expect.poll(() => marked.count(), { timeout: 30_000 }).toBe(days.length);
		expect(await marked.evaluateAll((els) => els.map((el) => el.getAttribute('data-anomaly-day')))).toEqual(
			days
		);
		// The sample's incident note (8 – 14 Sep) spans the week: its label is above every ring, not on one.
		const label = page.locator('[data-annotation-marker="delivery-incident"] text');
		expect(await label.textContent()).toBe('Delivery incident');
		const labelBox = (await label.boundingBox())!;
		for (const ring of await marked.all()) {
			const box = (await ring.boundingBox())!;
			expect(
				labelBox.y + labelBox.height,
				(await ring.getAttribute('data-anomaly-day')) ?? ''
			).toBeLessThanOrEqual(box.y);
		}
		expect(await axeViolations(page)).toEqual([]);
	});

	it('says it in Korean, and fits a phone', { timeout: 180_000 }, async () => {
		const page = await open(PATH, { width: 390, height: 844 });
		await page.getByLabel('Language').selectOption('ko');
		const list = page.getByRole('region', { name: '이상 징후' });
		const monday = engineNode(expected, 'tickets').anomalies.find((a) => a.day === '2025-09-08')!;
		const text = `문의 수 ${monday.value} · 9월 8일 (월) — 예상 ${monday.expected} (높음, 나쁨)`;
		// Only the first 8 are shown: open them all.
		await list.getByRole('button').click();
		await expect.poll(() => list.getByRole('link').allTextContents(), { timeout: 60_000 }).toContain(text);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(await axeViolations(page)).toEqual([]);
	});
});

/**
 * The overview for people: legible cards at laptop and phone width, in English and Korean; a tree that
 * works by keyboard; nodes whose names say value, change and verdict; good and bad never by colour alone.
 * One page is reused throughout (the app starts DuckDB once), moving through the views like a user.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultTree } from '../fixtures/default-tree';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { closeEngine, engineNode, engineResult } from './engine-values';
import { layoutProblems, shownValues, waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');
const INCIDENT = '/?from=2025-09-08&to=2025-09-14';

/** The metric id of the element that has the keyboard focus. */
const focusedId = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('data-metric-id') ?? null);

describe('overview for people', () => {
	let browser: Browser;
	let watched: WatchedPage;
	let page: Page;

	beforeAll(async () => {
		browser = await launchChromium();
		watched = await openPage(browser, baseUrl);
		page = watched.page;
		await page.goto(baseUrl + INCIDENT);
		await waitForOverview(page);
	});
	afterAll(async () => {
		expect(watched.offOrigin).toEqual([]);
		expect(watched.errors).toEqual([]);
		await browser.close();
		await closeEngine();
	});

	it('names each node with its value, change and verdict, and status in words', async () => {
		const result = await engineResult({ from: '2025-09-08', to: '2025-09-14', grain: 'day' });
		const tickets = engineNode(result, 'tickets');
		const tree = page.getByRole('tree', { name: 'Metric tree' });
		// tickets: a count, up, and up is bad for tickets
		// …and the incident week's unusual days (SPEC §4 anomalies), the latest one's side and verdict.
		const days = tickets.anomalies.length;
		const unusual = `Unusual: ${days} ${days === 1 ? 'day' : 'days'}, latest high, bad`;
		// …and last the notes drawn on its sparkline: the sample's delivery incident, 8 – 14 Sep
		// (Intl puts thin spaces around the range's dash: compared with plain spaces).
		const notes = 'notes: Sep 8 – 14, 2025 Delivery incident';
		const plain = (text: string | null) => text?.replace(/\s/g, ' ');
		const name = `Tickets: ${tickets.value!.toLocaleString('en')}, +${tickets.change!.toLocaleString('en')} worse, Operational, ${unusual}, ${notes}`;
		const named = tree.getByRole('treeitem', { name: /^Tickets: / });
		expect(await named.count()).toBe(1);
		expect(plain(await named.getAttribute('aria-label'))).toBe(name);
		const csat = tree.getByRole('treeitem', { name: /^CSAT: / });
		expect(plain(await csat.getAttribute('aria-label'))).toMatch(
			/^CSAT: \d+\.\d%, −\d+\.\d pp worse, Operational, ≥ \d+\.\d% \(Off target\), Unusual: \d+ days?, latest low, bad, notes: Sep 8 – 14, 2025 Delivery incident$/
		);
		expect(Number(await csat.getAttribute('data-value'))).toBe(engineNode(result, 'csat').value);
	});

	it('marks every value with its verdict and interval; a change within noise is grey and says its interval', async () => {
		const result = await engineResult({ from: '2025-09-08', to: '2025-09-14', grain: 'day' });
		const hooks = await page.locator('[data-value]').evaluateAll((els) =>
			els.map((e) => ({
				id: e.getAttribute('data-metric-id'),
				significance: e.getAttribute('data-significance'),
				interval: e.getAttribute('data-interval')
			}))
		);
		expect(hooks.length).toBeGreaterThanOrEqual(21); // the north-star card and the 20 tree nodes
		for (const hook of hooks) {
			const node = engineNode(result, hook.id!);
			expect(hook.significance, hook.id!).toBe(node.uncertainty.verdict);
			const [lo, hi] = hook.interval!.split(',').map(Number);
			expect([lo, hi], hook.id!).toEqual([node.uncertainty.interval!.lo, node.uncertainty.interval!.hi]);
		}
		// The incident week: contact rate's rise is significant and keeps its colour …
		expect(engineNode(result, 'contact_rate').uncertainty.verdict).toBe('significant');
		const northStarChange = page.locator('[data-north-star] .delta');
		expect(await northStarChange.getAttribute('data-good')).toBe('false');
		// … while orders moved within noise (1714 → 1708): grey, no verdict of good or bad, its interval in words.
		expect(engineNode(result, 'orders').uncertainty.verdict).toBe('noise');
		const orders = page.locator('[role="treeitem"][data-metric-id="orders"]');
		expect(await orders.getAttribute('data-significance')).toBe('noise');
		const ordersChange = orders.locator('.delta');
		expect(await ordersChange.getAttribute('data-good')).toBeNull();
		expect(await ordersChange.textContent()).toMatch(/within noise\s*\(95% interval \S+ to \S+\)/);
		const colours = await page.evaluate(() => {
			const colour = (sel: string) => getComputedStyle(document.querySelector(sel)!).color;
			return {
				orders: colour('[role="treeitem"][data-metric-id="orders"] .delta'),
				muted: getComputedStyle(document.documentElement).getPropertyValue('--ns-muted'),
				tickets: colour('[role="treeitem"][data-metric-id="tickets"] .delta')
			};
		});
		expect(colours.orders).not.toBe(colours.tickets);
	});

	it('never shows good or bad by colour alone: each change says better or worse, each status has a symbol', async () => {
		const changes = await page.locator('.delta').evaluateAll((els) =>
			els.map((e) => ({
				good: e.getAttribute('data-good'),
				significance: e.getAttribute('data-significance'),
				text: (e as HTMLElement).innerText
			}))
		);
		expect(changes.length).toBeGreaterThanOrEqual(21);
		for (const { good, significance, text } of changes) {
			// a change within noise is grey: it says so instead of better or worse
			if (significance === 'noise' && !text.includes('±')) expect(text).toContain('within noise');
			if (good === 'true') expect(text).toMatch(/▲|▼/);
			if (good === 'true') expect(text).toContain('better');
			if (good === 'false') expect(text).toContain('worse');
		}
		const statuses = await page
			.locator('[data-status]')
			.evaluateAll((els) =>
				els.map((e) => ({ status: e.getAttribute('data-status'), text: e.textContent ?? '' }))
			);
		expect(statuses.length).toBeGreaterThan(0);
		for (const { status, text } of statuses) expect(text).toContain(status === 'met' ? '✓' : '✗');
	});

	it('lays out every card at 1440 px without overlapping, escaping or silently clipped text', async () => {
		expect(await layoutProblems(page)).toEqual([]);
	});

	it('walks the tree by keyboard: arrows move, Left/Right collapse and expand, Enter opens', async () => {
		const tree = page.getByRole('tree', { name: 'Metric tree' });
		await tree.getByRole('treeitem', { name: /^Contact rate:/ }).focus();
		await page.keyboard.press('ArrowDown');
		expect(await focusedId(page)).toBe('tickets');
		await page.keyboard.press('ArrowRight'); // expanded → first child
		expect(await focusedId(page)).toBe('self_service_rate');
		await page.keyboard.press('ArrowLeft'); // a leaf → its parent
		expect(await focusedId(page)).toBe('tickets');
		await page.keyboard.press('ArrowLeft'); // expanded → collapse: its three drivers disappear
		const ticketsItem = tree.locator('[data-metric-id="tickets"]');
		expect(await ticketsItem.getAttribute('aria-expanded')).toBe('false');
		expect(await tree.getByRole('treeitem').count()).toBe(17);
		await page.keyboard.press('ArrowDown'); // the next visible node skips the hidden ones
		expect(await focusedId(page)).toBe('orders');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowRight'); // collapsed → expand
		expect(await ticketsItem.getAttribute('aria-expanded')).toBe('true');
		expect(await tree.getByRole('treeitem').count()).toBe(20);
		await page.keyboard.press('End');
		expect(await focusedId(page)).toBe('detractor_rate');
		await page.keyboard.press('Home');
		expect(await focusedId(page)).toBe('contact_rate');
		// Only one node is in the tab order (roving tabindex).
		expect(await tree.locator('[tabindex="0"]').count()).toBe(1);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname.endsWith('/metric/tickets'));
		expect(new URL(page.url()).searchParams.get('from')).toBe('2025-09-08');
		await page.goBack();
		await waitForOverview(page);
		expect(new URL(page.url()).pathname).toBe('/');
	});

	it('collapses and expands a node with its toggle button', async () => {
		const tree = page.getByRole('tree', { name: 'Metric tree' });
		await tree.getByRole('button', { name: 'Collapse Orders', exact: true }).click();
		expect(await tree.getByRole('treeitem').count()).toBe(15); // its 4 children and 1 grandchild hidden
		expect(new URL(page.url()).pathname).toBe('/'); // toggling does not open the node
		await tree.getByRole('button', { name: 'Expand Orders', exact: true }).click();
		expect(await tree.getByRole('treeitem').count()).toBe(20);
	});

	it('switches to Korean, keeps the numbers, and remembers the choice after a reload', async () => {
		const before = await shownValues(page);
		await page.getByLabel('Language').selectOption('ko');
		const koName = (id: string) => defaultTree.nodes.find((n) => n.id === id)!.name.ko;
		const tree = page.getByRole('tree', { name: '지표 트리' });
		await tree.getByRole('treeitem', { name: new RegExp(`^${koName('tickets')}: `) }).waitFor();
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
		expect(await page.locator('[data-north-star] h2').textContent()).toBe(koName('contact_rate'));
		expect(await shownValues(page)).toEqual(before);
		expect(await layoutProblems(page)).toEqual([]);

		await page.reload();
		await waitForOverview(page);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
		expect(await page.getByRole('tree', { name: '지표 트리' }).getByRole('treeitem').count()).toBe(20);
		await page.getByLabel('언어').selectOption('en');
		await page.getByRole('tree', { name: 'Metric tree' }).waitFor();
	});

	it('fits the whole tree, legibly, on laptop screens (1024 and 1280 px)', async () => {
		for (const width of [1024, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			const items = page.getByRole('tree', { name: 'Metric tree' }).getByRole('treeitem');
			// Drawn as a tree: four columns of cards (depth 0–3), all inside the window.
			await expect
				.poll(() =>
					items.evaluateAll((els) => {
						const boxes = els.map((e) => e.getBoundingClientRect());
						const inside = boxes.every((b) => b.left >= 0 && b.right <= window.innerWidth);
						return inside ? new Set(boxes.map((b) => Math.round(b.left))).size : -1;
					})
				)
				.toBe(4);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
			expect(await layoutProblems(page)).toEqual([]);
		}
	});

	it('becomes a readable stacked list at phone width (390 px), with nothing wider than the screen', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		const items = page.getByRole('tree', { name: 'Metric tree' }).getByRole('treeitem');
		// Stacked: one node per row, in reading order, each inside the screen.
		await expect
			.poll(() =>
				items.evaluateAll((els) => {
					const boxes = els.map((e) => e.getBoundingClientRect());
					return boxes.every(
						(b, i) =>
							b.left >= 0 && b.right <= window.innerWidth && (i === 0 || b.top >= boxes[i - 1]!.bottom)
					);
				})
			)
			.toBe(true);
		expect(await items.count()).toBe(20);
		const main = await page.getByRole('main').evaluate((m) => ({
			scroll: m.scrollWidth,
			client: m.clientWidth,
			right: m.getBoundingClientRect().right
		}));
		expect(main.scroll).toBeLessThanOrEqual(main.client);
		expect(main.right).toBeLessThanOrEqual(390);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
		// A thumb can fold a branch of the list too.
		const tree = page.getByRole('tree', { name: 'Metric tree' });
		await tree.getByRole('button', { name: 'Collapse Tickets', exact: true }).click();
		expect(await items.count()).toBe(17);
		await tree.getByRole('button', { name: 'Expand Tickets', exact: true }).click();
		expect(await items.count()).toBe(20);
		expect(await layoutProblems(page)).toEqual([]);
		await page.setViewportSize({ width: 1440, height: 900 });
	});
});

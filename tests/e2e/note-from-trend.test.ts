/**
 * A note started on the drill-down trend itself (SPEC §4 "Annotations", §5.6): a click picks a day, a
 * drag picks a range (drawn as a band while dragging), the keyboard does both (Enter, Shift+arrows);
 * the form opens on those days and this metric, Escape cancels. The note is then drawn on the trend,
 * on the overview's north-star trend and on every tree node's sparkline, and survives a reload. Phone
 * width with touch, in Korean. axe on each page; no request leaves the origin.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { watchedPages, type Viewport } from './watched-pages';

const baseUrl = inject('baseUrl');
const OCTOBER = '?from=2025-10-01&to=2025-10-28&grain=day';

describe('adding a note from the drill-down trend', () => {
	const ready = (page: Page) => page.locator('[data-ready="true"]').first().waitFor({ timeout: 90_000 });
	const pages = watchedPages(baseUrl, ready);
	const open = (path: string, viewport?: Viewport, locale?: string) => pages.open(path, viewport, locale);
	const trend = (page: Page) => page.locator('svg[role="img"][aria-describedby]').first();
	/** The centre of the trend's point for `day` (its unpainted hook), in page pixels. */
	async function pointOf(page: Page, day: string) {
		const hook = page.locator(`circle.hook[data-start="${day}"]`);
		// in view first: a tap or a click outside the viewport reaches nothing
		await hook.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		// …and still: panels above the trend (What changed) may still be loading and push it down
		let last = '';
		await expect
			.poll(
				async () => {
					const now = JSON.stringify(await hook.boundingBox());
					const same = now === last;
					last = now;
					return same;
				},
				{ interval: 300, timeout: 60_000 }
			)
			.toBe(true);
		const box = await hook.boundingBox();
		if (!box) throw new Error(`no point for ${day}`);
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	}
	/** A phone: touch screen and mobile viewport, watched like every page (requests, errors). */
	const openPhone = (locale: string) =>
		pages.blank({ width: 390, height: 844 }, locale, { hasTouch: true, isMobile: true });
	const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
	const selection = (page: Page) =>
		page
			.locator('rect[data-selection]')
			.evaluateAll((els) =>
				els.map((el) => [
					el.getAttribute('data-selection'),
					el.getAttribute('data-selection-start'),
					el.getAttribute('data-selection-end')
				])
			);

	beforeAll(() => pages.launch());
	afterAll(() => pages.close());

	it(
		'a click starts a note for that day, a drag for the range; drawn on the overview, kept across a reload',
		{ timeout: 300_000 },
		async () => {
			const page = await open(`/metric/contact_rate${OCTOBER}`);
			await page.getByText('Or click a day on the trend, or drag across several days.').waitFor();

			// a click on 10 Oct: the form for that single day and this metric, the label focused
			const tenth = await pointOf(page, '2025-10-10');
			await page.mouse.click(tenth.x, tenth.y);
			const form = page.getByRole('form', { name: 'Add a note' });
			expect(await form.getByLabel('Date (or first day)').inputValue()).toBe('2025-10-10');
			expect(await form.getByLabel('Last day (for a range)').inputValue()).toBe('');
			expect(await form.getByRole('checkbox', { name: 'Contact rate', exact: true }).isChecked()).toBe(true);
			expect(await isFocused(form.getByLabel('Label'))).toBe(true);
			expect(await selection(page)).toEqual([['kept', '2025-10-10', '2025-10-10']]);
			expect(await axeViolations(page)).toEqual([]);
			// Escape cancels: no form, no band, the focus back on the trend
			await page.keyboard.press('Escape');
			await form.waitFor({ state: 'detached' });
			expect(await selection(page)).toEqual([]);
			expect(await isFocused(trend(page))).toBe(true);

			// a drag from 13 to 16 Oct: a band while dragging, then the form for the range
			const from = await pointOf(page, '2025-10-13');
			const to = await pointOf(page, '2025-10-16');
			await page.mouse.move(from.x, from.y);
			await page.mouse.down();
			await page.mouse.move((from.x + to.x) / 2, from.y + 30, { steps: 3 });
			await page.mouse.move(to.x, to.y + 40, { steps: 3 });
			expect(await selection(page)).toEqual([['live', '2025-10-13', '2025-10-16']]);
			expect(await page.locator('.readout').textContent()).toContain('Selected: Oct 13, 2025 – Oct 16, 2025');
			await page.mouse.up();
			expect(await form.getByLabel('Date (or first day)').inputValue()).toBe('2025-10-13');
			expect(await form.getByLabel('Last day (for a range)').inputValue()).toBe('2025-10-16');
			expect(await selection(page)).toEqual([['kept', '2025-10-13', '2025-10-16']]);
			await form.getByLabel('Label').fill('Carrier outage');
			await form.getByRole('button', { name: 'Save note' }).click();
			await page.getByRole('status').getByText('Note added.').waitFor();
			const onTrend = page.locator('[data-annotation-marker="carrier-outage"]');
			expect(await onTrend.getAttribute('data-annotation-kind')).toBe('range');
			expect(await selection(page)).toEqual([]);
			expect(await isFocused(trend(page))).toBe(true);

			// the overview: on the north star's trend, and on every tree node's sparkline, named for screen readers
			await page.getByRole('link', { name: /Back to overview/ }).click();
			await ready(page);
			const northStar = page.locator('[data-north-star]');
			const checkOverview = async () => {
				await northStar.locator('[data-annotation-marker="carrier-outage"]').waitFor();
				const nodes = page.getByRole('treeitem');
				const marked = page.locator('[role="treeitem"]:has([data-annotation-marker="carrier-outage"])');
				await expect.poll(() => marked.count()).toBe(await nodes.count());
				const csat = page.locator('[role="treeitem"][data-metric-id="csat"]');
				expect((await csat.getAttribute('aria-label'))?.replace(/\s/g, ' ')).toMatch(
					/, notes: Oct 13 – 16, 2025 Carrier outage$/
				);
			};
			await checkOverview();
			expect(await axeViolations(page)).toEqual([]);
			await page.reload();
			await ready(page);
			await checkOverview();
			// a note outside the period is not drawn: the incident (8 – 14 Sep) is before October
			expect(await page.locator('[data-annotation-marker="delivery-incident"]').count()).toBe(0);
		}
	);

	it(
		'does the same from the keyboard: Enter for the day shown, Shift+arrows for a range',
		{ timeout: 240_000 },
		async () => {
			const page = await open(`/metric/csat${OCTOBER}`);
			const chart = trend(page);
			await chart.focus();
			// Home: 1 Oct; four steps right: 5 Oct; Enter: a note for 5 Oct
			await page.keyboard.press('Home');
			for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Enter');
			const form = page.getByRole('form', { name: 'Add a note' });
			expect(await form.getByLabel('Date (or first day)').inputValue()).toBe('2025-10-05');
			expect(await form.getByLabel('Last day (for a range)').inputValue()).toBe('');
			expect(await form.getByRole('checkbox', { name: 'CSAT', exact: true }).isChecked()).toBe(true);
			await page.keyboard.press('Escape');
			await form.waitFor({ state: 'detached' });
			expect(await isFocused(chart)).toBe(true);
			// the read-out is on 5 Oct again after a Home and four steps; Shift+→ twice: 5 – 7 Oct, drawn live
			await page.keyboard.press('Home');
			for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Shift+ArrowRight');
			await page.keyboard.press('Shift+ArrowRight');
			expect(await selection(page)).toEqual([['live', '2025-10-05', '2025-10-07']]);
			// Escape drops the range without leaving the chart; the next Shift+→ starts from where the read-out is
			await page.keyboard.press('Escape');
			expect(await selection(page)).toEqual([]);
			await page.keyboard.press('Shift+ArrowLeft');
			await page.keyboard.press('Enter');
			// from 7 Oct one step left: 6 – 7 Oct
			expect(await form.getByLabel('Date (or first day)').inputValue()).toBe('2025-10-06');
			expect(await form.getByLabel('Last day (for a range)').inputValue()).toBe('2025-10-07');
			// the "period" button still opens the form on the whole period
			await form.getByRole('button', { name: 'Cancel' }).click();
			await page.getByRole('button', { name: 'Add note for this period' }).click();
			const periodForm = page.getByRole('form', { name: 'Add note for this period' });
			expect(await periodForm.getByLabel('Last day (for a range)').inputValue()).toBe('2025-10-28');
			expect(await selection(page)).toEqual([['kept', '2025-10-01', '2025-10-28']]);
		}
	);

	it(
		'a tap at phone width, in Korean, opens the form for that day without sideways scroll',
		{ timeout: 240_000 },
		async () => {
			const page = await openPhone('ko-KR');
			await page.goto(`${baseUrl}/metric/tickets${OCTOBER}`);
			await ready(page);
			await page.getByText('또는 추세 차트에서 날짜를 클릭하거나 여러 날을 끌어서 선택하세요.').waitFor();
			const twelfth = await pointOf(page, '2025-10-12');
			await page.touchscreen.tap(twelfth.x, twelfth.y);
			const form = page.getByRole('form', { name: '메모 추가' });
			expect(await form.getByLabel('날짜 (또는 시작일)').inputValue()).toBe('2025-10-12');
			expect(await form.getByRole('checkbox', { name: '문의 수', exact: true }).isChecked()).toBe(true);
			expect(await selection(page)).toEqual([['kept', '2025-10-12', '2025-10-12']]);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(await axeViolations(page)).toEqual([]);
			await form.getByLabel('내용').fill('택배사 지연');
			await form.getByRole('button', { name: '메모 저장' }).click();
			// the id comes from the label (letters of any script kept)
			const marker = page.locator('[data-annotation-marker="택배사-지연"]');
			expect(await marker.getAttribute('data-annotation-kind')).toBe('day');
		}
	);
});

/** Reading the overview in the browser through its automation hooks (`data-metric-id`, `data-value`). */
import type { Page } from 'playwright-core';

/** Wait until the overview shows numbers for the view in the URL (or a designed state instead). */
export async function waitForOverview(page: Page): Promise<void> {
	await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
}

/** Each tree node's raw value as the page carries it (null = no value). */
export function shownValues(page: Page): Promise<Record<string, number | null>> {
	return page
		.getByRole('tree')
		.locator('[data-metric-id]')
		.evaluateAll((items) =>
			Object.fromEntries(
				items.map((item) => {
					const raw = item.getAttribute('data-value') ?? '';
					return [item.getAttribute('data-metric-id') ?? '', raw === '' ? null : Number(raw)];
				})
			)
		);
}

/** Metric ids whose shown value differs from the expected one by more than 1e-9 relative (or is missing). */
export function mismatches(
	shown: Record<string, number | null>,
	expected: Record<string, number | null>
): string[] {
	const ids = new Set([...Object.keys(shown), ...Object.keys(expected)]);
	return [...ids].filter((id) => {
		const a = shown[id];
		const b = expected[id];
		if (a === undefined || b === undefined) return true;
		if (a === null || b === null) return a !== b;
		return Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b));
	});
}

/** The view part of the page's URL, as a plain record of search params (filters may repeat). */
export function urlParams(page: Page): Record<string, string[]> {
	const params = new URL(page.url()).searchParams;
	const out: Record<string, string[]> = {};
	for (const [key, value] of params) (out[key] ??= []).push(value);
	return out;
}

/** The series the north-star sparkline draws, from its `data-series` hook. */
export async function northStarSeries(page: Page): Promise<(number | null)[]> {
	const raw = (await page.locator('[data-north-star]').getAttribute('data-series')) ?? '';
	return raw === '' ? [] : raw.split(',').map((v) => (v === '' ? null : Number(v)));
}

/**
 * Layout problems in the cards of the tree and the north-star card: visible text that overlaps other text,
 * sticks out of its card, or is cut off without the full text in a tooltip. Empty = reads well.
 */
export function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const cards = [...document.querySelectorAll('[role="treeitem"], [data-north-star]')];
		for (const card of cards) {
			const id = card.getAttribute('data-metric-id');
			const box = card.getBoundingClientRect();
			const texts: { text: string; r: DOMRect }[] = [];
			const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent?.trim() ?? '';
				const parent = node.parentElement;
				// Controls (the collapse toggle sits on the card's edge by design) are not labels.
				if (!text || !parent || parent.closest('button')) continue;
				const own = parent.getBoundingClientRect();
				if (own.width <= 1 || own.height <= 1) continue; // visually hidden, for screen readers
				const range = document.createRange();
				range.selectNodeContents(node);
				let r = range.getBoundingClientRect();
				// The nearest box inside the card that clips its content (inline: no helper functions
				// here, the function is serialised into the page).
				let clipper: Element | null = null;
				for (let e: Element | null = parent; e && e !== card && !clipper; e = e.parentElement) {
					if (getComputedStyle(e).overflowX !== 'visible') clipper = e;
				}
				if (clipper) {
					const c = clipper.getBoundingClientRect();
					if (r.right > c.right + 1 && !clipper.closest('[title]')?.getAttribute('title')) {
						problems.push(`${id}: “${text}” is cut off with no tooltip`);
					}
					const left = Math.max(r.left, c.left);
					const top = Math.max(r.top, c.top);
					r = new DOMRect(left, top, Math.min(r.right, c.right) - left, Math.min(r.bottom, c.bottom) - top);
				}
				if (
					r.left < box.left - 1 ||
					r.right > box.right + 1 ||
					r.top < box.top - 1 ||
					r.bottom > box.bottom + 1
				) {
					problems.push(`${id}: “${text}” sticks out of its card`);
				}
				texts.push({ text, r });
			}
			for (let i = 0; i < texts.length; i++) {
				for (let j = i + 1; j < texts.length; j++) {
					const a = texts[i]!.r;
					const b = texts[j]!.r;
					const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (w > 1 && h > 2) problems.push(`${id}: “${texts[i]!.text}” overlaps “${texts[j]!.text}”`);
				}
			}
		}
		return problems;
	});
}

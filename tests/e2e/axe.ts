/**
 * axe-core accessibility audits for the browser tests: the WCAG 2.0/2.1 A and AA rules, plus
 * `label-content-name-mismatch` (WCAG 2.5.3 "Label in Name", which axe still marks experimental).
 * axe is injected from node_modules (no network), by evaluation rather than a <script> tag so a
 * Content-Security-Policy on the page cannot block it.
 *
 *   import { axeViolations } from './axe';
 *   expect(await axeViolations(page)).toEqual([]);
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** One violated rule, with a few of the elements that break it — enough to read in a test failure. */
export interface AxeViolation {
	rule: string;
	impact: string | null;
	help: string;
	/** How many elements violate it. */
	count: number;
	/** CSS selectors and axe's summary of the first few elements. */
	examples: { target: string; summary: string }[];
}

/** Run axe on the page as it is now (or on the elements matching `include`) and return its violations. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
	const injected = await page.evaluate(() => 'axe' in window);
	if (!injected) await page.evaluate(axeSource);
	return page.evaluate(
		async ({ tags, include }) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const results = await axe.run(include ? { include: [include] } : document, {
				runOnly: { type: 'tag', values: [...tags] },
				rules: { 'label-content-name-mismatch': { enabled: true } },
				resultTypes: ['violations']
			});
			return results.violations.map((v) => ({
				rule: v.id,
				impact: v.impact ?? null,
				help: v.help,
				count: v.nodes.length,
				examples: v.nodes.slice(0, 3).map((n) => ({
					target: n.target.join(' '),
					summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)
				}))
			}));
		},
		{ tags: AXE_TAGS, include }
	);
}

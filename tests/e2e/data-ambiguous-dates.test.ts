/**
 * Issue 10: a date whose day and month are both ≤ 12 reads two ways, and the app never picks one
 * silently. The mapping shows both readings of the first rows, the load is refused until the analyst
 * chooses, and after “day first” the overview counts the tickets in the days that reading gives.
 */
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { addFiles, card, fixtureDir, openDataPage, waitForStatus, writeText } from './data-helpers';
import { shownValues, waitForOverview } from './overview-page';

const baseUrl = inject('baseUrl');
const SLOW = 240_000;

/**
 * Twelve tickets written `DD/MM/YYYY HH:mm` on 1–12 February 2025. Read day first: one a day,
 * 2025-02-01 … 02-12. Read month first: the 2nd of each month, 2025-01-02 … 12-02 (one in February).
 */
const DAYS = Array.from({ length: 12 }, (_, i) => i + 1);
const ticketsCsv = () =>
	[
		'Ticket ID,Created,Subject',
		...DAYS.map((d) => `T-${d},${String(d).padStart(2, '0')}/02/2025 10:00,Question ${d}`)
	].join('\n') + '\n';

describe('an ambiguous day/month order is asked, not guessed', () => {
	let browser: Browser;
	let file: string;
	beforeAll(async () => {
		browser = await launchChromium();
		file = writeText(join(fixtureDir(), 'helpdesk-tickets.csv'), ticketsCsv());
	}, SLOW);
	afterAll(async () => {
		await browser.close();
	});

	it(
		'shows both readings, refuses to load until one is chosen, then loads the chosen one',
		{ timeout: 600_000 },
		async () => {
			const { page, offOrigin, errors } = await openDataPage(browser, baseUrl);
			const name = basename(file);
			await addFiles(page, [file]);
			await waitForStatus(page, name, 'ready');
			const upload = card(page, name);
			expect(await upload.getByLabel('Table', { exact: true }).inputValue()).toBe('tickets');
			const mapping = upload.getByRole('table', { name: 'Column mapping' });
			expect(await mapping.getByLabel('From file column: created_at').inputValue()).toBe('Created');

			// The question, with the first rows read both ways.
			const question = mapping.getByRole('alert');
			await expect.poll(() => question.textContent(), { timeout: SLOW }).toContain('read both ways');
			const monthFirst = question.getByRole('button', { name: /^month first/ });
			const dayFirst = question.getByRole('button', { name: /^day first/ });
			await expect.poll(() => monthFirst.textContent(), { timeout: SLOW }).toContain('2025-01-02 10:00');
			expect(await monthFirst.textContent()).toContain('2025-02-02 10:00');
			expect(await dayFirst.textContent()).toContain('2025-02-01 10:00');
			expect(await dayFirst.textContent()).toContain('2025-02-02 10:00');
			expect(await axeViolations(page)).toEqual([]);

			// Loading now is refused with a message that says what to do; the sample's tickets stay.
			await upload.getByRole('button', { name: 'Load into tickets' }).click();
			await expect
				.poll(() => upload.textContent(), { timeout: SLOW })
				.toMatch(/read both as month first and as day first/);
			expect(await upload.getAttribute('data-status')).not.toBe('loaded');

			await dayFirst.click();
			await expect.poll(() => question.count()).toBe(0);
			expect(await mapping.getByLabel('Read as: created_at').inputValue()).toBe('text_dmy');
			await upload.getByRole('button', { name: 'Load into tickets' }).click();
			await waitForStatus(page, name, 'loaded');
			const rows = page.getByRole('list', { name: 'Loaded tables' }).locator('[data-table="tickets"]');
			expect(await rows.getAttribute('data-rows')).toBe('12');

			// Day first: all twelve fall in 1–12 February (month first would have put one there).
			await page.goto(`${baseUrl}/?from=2025-02-01&to=2025-02-12&grain=day`);
			await waitForOverview(page);
			expect((await shownValues(page)).tickets).toBe(12);
			await page.goto(`${baseUrl}/?from=2025-01-01&to=2025-01-31&grain=day`);
			await waitForOverview(page);
			expect((await shownValues(page)).tickets).toBe(0);

			expect(offOrigin).toEqual([]);
			expect(errors).toEqual([]);
			await page.context().close();
		}
	);
});

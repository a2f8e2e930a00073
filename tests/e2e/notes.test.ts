/**
 * Notes (SPEC §4 "Annotations and hypotheses", §5.6) in real Chromium on the committed sample: the
 * shipped hypothesis' verdict as the engine computes it, a note added on the drill-down drawn on the
 * overview's north-star trend and kept across a reload, export → import round trip, an invalid file
 * refused with the entry and field named, Korean at phone width, axe.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAnnotationFile } from '../../src/lib/metrics/annotations';
import { hypothesisRequest, hypothesisResult } from '../../src/lib/metrics/hypothesis';
import type { NodeId } from '../../src/lib/metrics/types';
import { axeViolations } from './axe';
import { watchedPages, type Viewport } from './watched-pages';
import { closeEngine, engineRequestResult } from './engine-values';

const baseUrl = inject('baseUrl');
const SAMPLE_NOTES = readFileSync('data/annotations/sample.json', 'utf8');

describe('notes and hypotheses', () => {
	const pages = watchedPages(baseUrl, (page) =>
		page.locator('[data-ready="true"]').first().waitFor({ timeout: 60_000 })
	);
	const open = (path: string, viewport?: Viewport, locale?: string) => pages.open(path, viewport, locale);

	const noteIds = (page: Page) =>
		page
			.locator('[data-annotation]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-annotation')));

	beforeAll(() => pages.launch());
	afterAll(async () => {
		await pages.close();
		await closeEngine();
	});

	it('shows the shipped hypothesis with the verdict the engine computes', { timeout: 180_000 }, async () => {
		const page = await open('/notes');
		const launch = page.getByRole('article', { name: 'Self-service launch' });
		await expect.poll(() => noteIds(page)).toEqual(['self-service-launch', 'delivery-incident']);
		const verdict = launch.locator('[data-hypothesis-verdict]');
		await verdict.waitFor({ timeout: 60_000 });
		// The engine's own answer in Node, for the same windows (28 days after 2025-06-01 vs 28 before).
		const parsed = parseAnnotationFile(SAMPLE_NOTES);
		if (!parsed.ok) throw new Error('invalid sample notes');
		const note = parsed.value[0]!;
		const result = await engineRequestResult(hypothesisRequest(note, note.hypothesis!));
		const expected = hypothesisResult(note.hypothesis!, result.nodes['contact_rate' as NodeId]!);
		const shown = {
			verdict: await verdict.getAttribute('data-hypothesis-verdict'),
			before: Number(await verdict.getAttribute('data-before')),
			after: Number(await verdict.getAttribute('data-after')),
			significance: await verdict.getAttribute('data-significance')
		};
		expect(shown.before).toBeCloseTo(expected.before!, 9);
		expect(shown.after).toBeCloseTo(expected.after!, 9);
		expect([shown.verdict, shown.significance]).toEqual([expected.verdict, expected.significance]);
		// …and the verdict follows from the values shown: supported only when significant and down.
		const fromValues =
			shown.significance !== 'significant'
				? 'inconclusive'
				: shown.after < shown.before
					? 'supported'
					: 'contradicted';
		expect(shown.verdict).toBe(fromValues);
		expect(await axeViolations(page)).toEqual([]);
		// The text says the same: the verdict word and both values (2 decimals, the ratio format).
		await expect
			.poll(() => launch.textContent())
			.toContain(
				`${shown.before.toFixed(2)} in the 28 days before → ${shown.after.toFixed(2)} in the 28 days after`
			);
	});

	it(
		'draws a note added on the drill-down on the overview’s north-star trend, after a reload too',
		{ timeout: 240_000 },
		async () => {
			const query = '?from=2025-10-01&to=2025-10-28&grain=day';
			const page = await open(`/metric/contact_rate${query}`);
			await page.getByRole('button', { name: 'Add note for this period' }).click();
			const form = page.getByRole('form', { name: 'Add note for this period' });
			// the form starts on the period shown; a single day is asked for here
			expect(await form.getByLabel('Date (or first day)').inputValue()).toBe('2025-10-01');
			expect(await form.getByLabel('Last day (for a range)').inputValue()).toBe('2025-10-28');
			await form.getByLabel('Date (or first day)').fill('2025-10-10');
			await form.getByLabel('Last day (for a range)').fill('');
			await form.getByLabel('Label').fill('Carrier outage');
			await form.getByRole('button', { name: 'Save note' }).click();
			const onTrend = page.locator('[data-annotation-marker="carrier-outage"]');
			await onTrend.waitFor();
			expect(await onTrend.getAttribute('data-annotation-kind')).toBe('day');
			expect(await onTrend.locator('title').textContent()).toBe('Carrier outage');

			await page.getByRole('link', { name: /Back to overview/ }).click();
			await page.locator('[data-ready="true"]').first().waitFor();
			const northStar = page.locator('[data-north-star]');
			await northStar.locator('[data-annotation-marker="carrier-outage"]').waitFor();
			expect(await northStar.locator('[data-annotation-label="carrier-outage"]').textContent()).toContain(
				'Carrier outage'
			);
			await page.reload();
			await page.locator('[data-ready="true"]').first().waitFor({ timeout: 60_000 });
			await northStar.locator('[data-annotation-marker="carrier-outage"]').waitFor();
			// a note outside the period is not drawn: the incident (Sep 8 – 14) is before October
			expect(await northStar.locator('[data-annotation-marker="delivery-incident"]').count()).toBe(0);
			// …and the Notes page lists it with the sample's two
			await page.getByRole('link', { name: 'Notes' }).click();
			await expect
				.poll(() => noteIds(page))
				.toEqual(['self-service-launch', 'delivery-incident', 'carrier-outage']);
		}
	);

	it(
		'edits, deletes, exports and imports the notes; an invalid file changes nothing',
		{ timeout: 180_000 },
		async () => {
			const page = await open('/notes');
			await expect.poll(() => noteIds(page)).toEqual(['self-service-launch', 'delivery-incident']);
			await page.getByRole('button', { name: 'Edit “Delivery incident”' }).click();
			const form = page.getByRole('form', { name: 'Edit note “Delivery incident”' });
			expect(await axeViolations(page)).toEqual([]);
			await form.getByLabel('Label').fill('Delivery incident (carrier)');
			await form.getByRole('button', { name: 'Save note' }).click();
			await page.getByRole('article', { name: 'Delivery incident (carrier)' }).waitFor();

			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Export notes (JSON)' }).click()
			]);
			const chunks: Buffer[] = [];
			for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
			const exported = Buffer.concat(chunks).toString('utf8');
			const parsed = parseAnnotationFile(exported);
			expect(parsed.ok && parsed.value.map((a) => a.label)).toEqual([
				'Self-service launch',
				'Delivery incident (carrier)'
			]);

			await page.getByRole('button', { name: 'Delete “Self-service launch”' }).click();
			await expect.poll(() => noteIds(page)).toEqual(['delivery-incident']);

			const input = page.getByLabel('Import notes (JSON)');
			await input.setInputFiles({
				name: 'notes.json',
				mimeType: 'application/json',
				buffer: Buffer.from(exported)
			});
			await expect.poll(() => noteIds(page)).toEqual(['self-service-launch', 'delivery-incident']);
			await page.getByText('Imported 2 notes from notes.json.').waitFor();

			const bad = JSON.stringify({ version: 1, annotations: [{ id: 'x', start: '2025-02-30', label: 'X' }] });
			await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
			const alert = page.getByTestId('notes-import-errors');
			await alert.waitFor();
			expect(await alert.textContent()).toContain(
				'entry 1 (“x”), field “start”: expected a date as YYYY-MM-DD'
			);
			expect(await noteIds(page)).toEqual(['self-service-launch', 'delivery-incident']);
			await page.reload();
			await page.locator('[data-ready="true"]').first().waitFor({ timeout: 60_000 });
			await expect.poll(() => noteIds(page)).toEqual(['self-service-launch', 'delivery-incident']);
			expect(await page.getByRole('article', { name: 'Delivery incident (carrier)' }).count()).toBe(1);
		}
	);

	it(
		'reads in Korean at phone width, without sideways scroll, and passes axe',
		{ timeout: 240_000 },
		async () => {
			const page = await open('/notes', { width: 390, height: 844 }, 'ko-KR');
			await page.getByRole('heading', { level: 1, name: '메모' }).waitFor();
			const verdict = page.locator('[data-hypothesis-verdict]');
			await verdict.waitFor({ timeout: 60_000 });
			expect(['지지됨', '반박됨', '판단 불가']).toContain((await verdict.textContent())?.trim());
			await page.getByRole('button', { name: '메모 추가' }).click();
			await page.getByRole('form', { name: '메모 추가' }).getByRole('button', { name: '메모 저장' }).click();
			// an empty form says what is missing, in Korean, naming the fields
			await expect
				.poll(() => page.getByRole('alert').first().textContent())
				.toContain('필드 “start”: YYYY-MM-DD 형식의 날짜여야 합니다');
			const overflow = () =>
				page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(await overflow()).toBeLessThanOrEqual(0);
			expect(await axeViolations(page)).toEqual([]);

			await page.goto(`${baseUrl}/metric/contact_rate?from=2025-08-18&to=2025-09-30&grain=day`);
			await page.locator('[data-ready="true"]').first().waitFor({ timeout: 60_000 });
			await page
				.locator('[data-annotation-marker="delivery-incident"][data-annotation-kind="range"]')
				.waitFor();
			await page
				.locator('[data-hypothesis-verdict]')
				.waitFor({ timeout: 60_000 })
				.catch(() => undefined);
			expect(await overflow()).toBeLessThanOrEqual(0);
			expect(await axeViolations(page)).toEqual([]);
		}
	);
});

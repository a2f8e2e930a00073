/**
 * The metric drill-down in real Chromium: header value, why it moved, breakdown by a dimension, filtering
 * by a bar, and the view in the URL. Expected numbers come from the metric engine in Node and, for the
 * incident story, from native DuckDB reading the sample Parquet directly.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { watchedPages, type Viewport } from './watched-pages';
import { closeEngine, engineResult } from './engine-values';

const baseUrl = inject('baseUrl');
const INCIDENT = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;

async function nativeRows(sql: string): Promise<Record<string, unknown>[]> {
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

async function drillReady(page: Page): Promise<void> {
	await page.locator('.drill[data-ready="true"]').waitFor({ timeout: 60_000 });
	await page.locator('section[data-breakdown] tr[data-dimension-value]').first().waitFor({ timeout: 30_000 });
}

const headerValue = async (page: Page) =>
	Number(await page.locator('header[data-metric-id]').getAttribute('data-value'));

const breakdownRows = (page: Page) =>
	page.locator('section[data-breakdown] tr[data-dimension-value]').evaluateAll((rows) =>
		rows.map((r) => ({
			value: r.getAttribute('data-dimension-value'),
			current: Number(r.getAttribute('data-current')),
			contribution: r.getAttribute('data-contribution')
		}))
	);

describe('metric drill-down', () => {
	const pages = watchedPages(baseUrl, drillReady);
	const open = (path: string, viewport?: Viewport) => pages.open(path, viewport);
	beforeAll(() => pages.launch());
	afterAll(async () => {
		await pages.close();
		await closeEngine();
	});

	it('tells the incident story: contact rate up in the week of 2025-09-08, delivery the largest contributor', async () => {
		const page = await open(
			`/metric/contact_rate?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day&by=category`
		);
		const expected = (await engineResult(INCIDENT)).nodes['contact_rate' as never]!;
		expect(await headerValue(page)).toBeCloseTo(expected.value!, 9);
		expect(expected.change!).toBeGreaterThan(0);

		// The formula parts: tickets explain most of the rise; orders barely moved.
		const children = page.locator('[data-why="children"] [data-decomposition]');
		expect(await children.getAttribute('data-decomposition')).toBe('exact');
		expect(await children.getAttribute('data-largest')).toBe('Tickets');

		// By category: each row is 100 × that category's tickets ÷ all orders, read straight from the Parquet.
		const [native] = await nativeRows(`
			WITH o AS (SELECT count(*) AS n FROM 'data/sample/events.parquet'
			           WHERE event_type = 'order' AND ts >= '2025-09-08' AND ts < '2025-09-15')
			SELECT 100.0 * count(*) FILTER (WHERE category = 'delivery') / (SELECT n FROM o) AS delivery,
			       100.0 * count(*) / (SELECT n FROM o) AS total
			FROM 'data/sample/tickets.parquet' WHERE created_at >= '2025-09-08' AND created_at < '2025-09-15'`);
		expect(Number(native!.total)).toBeCloseTo(expected.value!, 9);
		const rows = await breakdownRows(page);
		const delivery = rows.find((r) => r.value === 'delivery')!;
		expect(delivery.current).toBeCloseTo(Number(native!.delivery), 9);
		const byCategory = page.locator('section[data-breakdown] [data-decomposition]');
		expect(await byCategory.getAttribute('data-largest')).toBe('delivery');
		const contributions = rows.map((r) => Number(r.contribution));
		expect(Math.max(...contributions)).toBe(Number(delivery.contribution));
	});

	it('filters every view by a selected bar, keeps it in the URL, and undoes it with the back button', async () => {
		const page = await open(
			`/metric/contact_rate?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day&by=category`
		);
		const before = await headerValue(page);
		const bar = page.getByRole('button', { name: /^delivery:/ });
		await bar.click();
		await expect.poll(() => new URL(page.url()).searchParams.getAll('category')).toEqual(['delivery']);
		const filtered = (await engineResult({ ...INCIDENT, filters: { category: ['delivery'] } })).nodes[
			'contact_rate' as never
		]!;
		await expect.poll(() => headerValue(page)).toBeCloseTo(filtered.value!, 9);
		// The breakdown ignores its own dimension's filter: every category stays, the selected one pressed.
		await expect.poll(async () => (await breakdownRows(page)).length).toBeGreaterThan(1);
		expect(await page.getByRole('button', { name: /^delivery:/ }).getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'delivery' }).count()).toBe(1);

		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.getAll('category')).toEqual([]);
		await expect.poll(() => headerValue(page)).toBeCloseTo(before, 9);
	});

	it('filters a shared dimension on the breakdown’s own table: chat tickets per 100 orders, orders untouched', async () => {
		const page = await open(
			`/metric/contact_rate?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day&by=channel`
		);
		await page.getByRole('button', { name: /^chat:/ }).click();
		await expect.poll(() => new URL(page.url()).searchParams.getAll('tickets.channel')).toEqual(['chat']);
		const filtered = await engineResult({ ...INCIDENT, filters: { 'tickets.channel': ['chat'] } });
		const all = await engineResult(INCIDENT);
		// Orders are not filtered by a ticket channel, so the rate is still defined.
		expect(filtered.nodes['orders' as never]!.value).toBe(all.nodes['orders' as never]!.value);
		expect(filtered.nodes['contact_rate' as never]!.value).toBeGreaterThan(0);
		await expect
			.poll(() => headerValue(page))
			.toBeCloseTo(filtered.nodes['contact_rate' as never]!.value!, 9);
		await expect
			.poll(() => page.getByRole('button', { name: /^Remove filter: Ticket channel = chat$/ }).count())
			.toBe(1);
	});

	it('breaks a rate down by another dimension, sorts its table, and explains a median only by breakdown', async () => {
		const page = await open(`/metric/csat?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day`);
		const expected = (await engineResult(INCIDENT)).nodes['csat' as never]!;
		expect(await headerValue(page)).toBeCloseTo(expected.value!, 9);
		expect(await page.locator('section[data-breakdown]').getAttribute('data-breakdown')).toBe('channel');

		await page
			.getByRole('group', { name: 'Break down by' })
			.getByRole('button', { name: 'Priority' })
			.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('priority');
		await expect
			.poll(async () => (await breakdownRows(page)).map((r) => r.value).sort())
			.toEqual(['high', 'low', 'normal', 'urgent']);

		const header = page.locator('section[data-breakdown]').getByRole('columnheader', { name: /^Change/ });
		await header.getByRole('button').click();
		expect(await header.getAttribute('aria-sort')).toBe('descending');

		await page.goto(`${baseUrl}/metric/frt_median?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day`);
		await drillReady(page);
		const note = page.locator('section[data-breakdown] [data-decomposition]');
		expect(await note.getAttribute('data-decomposition')).toBe('not_decomposed');
		await expect.poll(() => note.textContent()).toContain('Medians and percentiles');
	});

	it('downloads the breakdown as CSV, and its chart as SVG and PNG', async () => {
		const page = await open(
			`/metric/contact_rate?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day&by=category`
		);
		const buttons = page.getByRole('group', { name: 'Download: Contact rate — Category' });
		const read = async (label: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				buttons.getByRole('button', { name: label }).click()
			]);
			const stream = await download.createReadStream();
			const chunks: Buffer[] = [];
			for await (const chunk of stream) chunks.push(chunk as Buffer);
			return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
		};
		const csv = await read('CSV');
		expect(csv.name).toBe('contact-rate-category.csv');
		const lines = csv.bytes
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(lines[0]).toBe(
			'Category,Value,95% interval low,95% interval high,Previous,Change,Real or noise,Contribution,Mix effect,Rate effect,n'
		);
		const delivery = (await breakdownRows(page)).find((r) => r.value === 'delivery')!;
		const row = lines.find((l) => l.startsWith('delivery,'))!.split(',');
		// Unrounded, exactly the number the page carries.
		expect(Number(row[1])).toBe(delivery.current);

		const svg = await read('SVG');
		expect(svg.name).toBe('contact-rate-category.svg');
		expect(svg.bytes.toString('utf8')).toContain('<svg');
		const png = await read('PNG');
		expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	});

	it('changes the grain from the drill-down and links to its parent and children', async () => {
		const page = await open(`/metric/tickets?from=2025-09-01&to=2025-09-28&grain=day`);
		await page.getByLabel('Grain').selectOption('week');
		await expect.poll(() => new URL(page.url()).searchParams.get('grain')).toBe('week');
		const parent = page.locator('a[data-related="parent"]');
		expect(await parent.textContent()).toBe('Contact rate');
		await parent.click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/metric/contact_rate');
		expect(new URL(page.url()).searchParams.get('grain')).toBe('week');
	});

	it('says so when the metric does not exist, or the period has no data, and offers a way back', async () => {
		const page = await pages.blank();
		await page.goto(`${baseUrl}/metric/nope`);
		await page.locator('.drill[data-ready="true"]').waitFor({ timeout: 60_000 });
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('has no metric with this id');

		await page.goto(`${baseUrl}/metric/csat?from=2020-01-01&to=2020-01-07&grain=day`);
		const empty = page.locator('[data-empty-state]');
		await empty.waitFor({ timeout: 60_000 });
		expect(await empty.textContent()).toContain('Jan 1 – Dec 31, 2025');
		await empty.getByRole('button', { name: 'Show the last 28 days' }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2025-12-31');
		await drillReady(page);
		expect(await headerValue(page)).toBeGreaterThan(0);
	});

	it('reads at phone width without sideways scrolling', async () => {
		const page = await open(`/metric/contact_rate?from=${INCIDENT.from}&to=${INCIDENT.to}&grain=day`, {
			width: 390,
			height: 844
		});
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

/**
 * Issue 5 "done when": Parquet from another writer (native DuckDB, zstd and snappy, nanosecond timestamps) and a
 * CSV with renamed columns are uploaded and mapped, the overview shows what the metric engine computes for that
 * data, the data survives a reload, and "reset to sample" returns to the sample.
 */
import { isoDate } from '../../src/lib/state/dates';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importTable } from '../../src/lib/data/import-table';
import { inspectFile } from '../../src/lib/data/inspect-file';
import { autoMap, guessTable } from '../../src/lib/data/mapping';
import { startNodeEngine } from '../../src/lib/engine/node';
import { evaluateTree, type TreeResult } from '../../src/lib/metrics/evaluate';
import type { NodeId } from '../../src/lib/metrics/types';
import { parseViewState } from '../../src/lib/state/view-state';
import { defaultTree } from '../../src/lib/ui/default-tree';
import { requestFor } from '../../src/lib/ui/metric-service';
import { launchChromium } from './chromium';
import {
	addFiles,
	card,
	fixtureDir,
	openDataPage,
	overviewValues,
	rowCounts,
	tablesList,
	waitForStatus,
	writeParquet,
	writeText
} from './data-helpers';
import { sampleRowCounts } from './sample-facts';
import { canonicalCatalog } from '../../src/lib/metrics/dimensions';

const baseUrl = inject('baseUrl');
const VIEW = 'from=2025-03-15&to=2025-03-28&grain=day';
const CHECKED = [
	'contact_rate',
	'tickets',
	'orders',
	'csat',
	'nps',
	'frt_median',
	'resolution_median',
	'self_service_rate'
];

/** The same files through the same import code, then the metric engine, in duckdb-wasm under Node. */
async function engineValues(files: string[]): Promise<TreeResult> {
	const engine = await startNodeEngine();
	try {
		for (const path of files) {
			const file = new File([readFileSync(path)], basename(path));
			const inspection = await inspectFile(engine, file);
			const table = guessTable(inspection.columns, inspection.samples)!;
			const mapping = autoMap(table, inspection.columns, inspection.samples);
			await importTable(engine, {
				table,
				mapping,
				mode: 'replace',
				source: { kind: 'file', file, format: inspection.format }
			});
		}
		const view = parseViewState(
			new URLSearchParams(VIEW),
			{ from: isoDate('2025-03-15'), to: isoDate('2025-03-28') },
			canonicalCatalog()
		);
		return await evaluateTree(defaultTree(), requestFor(view, canonicalCatalog()), (sql) => engine.rows(sql));
	} finally {
		await engine.close();
	}
}

describe('uploading the analyst’s own data', () => {
	let browser: Browser;
	const dir = fixtureDir();
	const files = {
		events: join(dir, 'web_events.parquet'),
		surveys: join(dir, 'nps_answers.parquet'),
		tickets: join(dir, 'helpdesk_export.csv')
	};
	let expected: TreeResult;

	beforeAll(async () => {
		browser = await launchChromium();
		// March 2025: a visit every 37 minutes, every third event an order, by 40 customers.
		await writeParquet(
			files.events,
			`SELECT TIMESTAMP_NS '2025-03-01 00:00:00' + to_minutes(range * 37) + to_microseconds(range % 1000) AS event_time,
				'c' || (range % 40) AS user_id, CASE WHEN range % 3 = 0 THEN 'order' ELSE 'visit' END AS event_type,
				CASE WHEN range % 2 = 0 THEN 'web' ELSE 'app' END AS channel
			FROM range(1200)`,
			'zstd',
			300
		);
		await writeParquet(
			files.surveys,
			`SELECT TIMESTAMP_NS '2025-03-01 08:00:00' + to_hours(range * 5) AS answered_at, (range * 7 % 11)::TINYINT AS nps_score,
				'after_support' AS touchpoint FROM range(140)`,
			'snappy',
			50
		);
		const lines = ['ID,Opened,First Reply,Resolved,Channel,Rating,Self Service'];
		for (let i = 0; i < 90; i++) {
			const opened = Date.UTC(2025, 2, 1, 6) + i * 7 * 3600_000;
			const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
			const reply = i % 5 === 0 ? '' : iso(opened + ((i % 13) + 1) * 60_000);
			const resolved = i % 4 === 0 ? '' : iso(opened + ((i % 9) + 1) * 3600_000);
			const rating = i % 3 === 0 ? '' : String((i % 5) + 1);
			lines.push(
				`T-${i},${iso(opened)},${reply},${resolved},${['chat', 'email', 'phone'][i % 3]},${rating},${i % 6 === 0 ? 'Y' : 'N'}`
			);
		}
		writeText(files.tickets, lines.join('\n'));
		expected = await engineValues(Object.values(files));
	});
	afterAll(async () => {
		await browser.close();
	});

	it('loads the three files, shows the engine’s values on the overview, keeps them across a reload, and resets to the sample', async () => {
		const { page, offOrigin, errors } = await openDataPage(browser, baseUrl);
		await addFiles(page, Object.values(files));
		for (const [table, path] of Object.entries(files)) {
			const name = basename(path);
			await waitForStatus(page, name, 'ready');
			expect(await card(page, name).getByLabel('Table', { exact: true }).inputValue()).toBe(table);
		}
		const tickets = card(page, 'helpdesk_export.csv').getByRole('table', { name: 'Column mapping' });
		expect(await tickets.getByLabel('From file column: created_at').inputValue()).toBe('Opened');
		expect(await tickets.getByLabel('From file column: first_response_at').inputValue()).toBe('First Reply');
		expect(await tickets.getByLabel('From file column: csat').inputValue()).toBe('Rating');
		for (const [table, path] of Object.entries(files)) {
			const name = basename(path);
			await card(page, name)
				.getByRole('button', { name: `Load into ${table}` })
				.click();
			await waitForStatus(page, name, 'loaded');
		}
		const uploaded = { events: 1200, tickets: 90, surveys: 140 };
		await expect.poll(() => rowCounts(page)).toEqual(uploaded);
		await expect.poll(() => page.locator('[data-origin]').getAttribute('data-origin')).toBe('uploaded');
		expect(await page.getByRole('status').filter({ hasText: 'Using your data since' }).count()).toBe(1);

		const want = Object.fromEntries(CHECKED.map((id) => [id, expected.nodes[id as NodeId]?.value ?? null]));
		expect(want.tickets).toBeGreaterThan(0);
		expect(want.orders).toBeGreaterThan(0);
		const shown = await overviewValues(page, baseUrl, VIEW, CHECKED);
		for (const id of CHECKED) expect(shown[id], id).toBeCloseTo(want[id]!, 9);

		// A reload starts from IndexedDB: the uploaded data is still in use.
		await page.reload();
		const afterReload = await overviewValues(page, baseUrl, VIEW, CHECKED);
		for (const id of CHECKED) expect(afterReload[id], id).toBeCloseTo(want[id]!, 9);
		await page.goto(`${baseUrl}/data`);
		await tablesList(page).waitFor({ timeout: 45_000 });
		expect(await rowCounts(page)).toEqual(uploaded);
		expect(await page.locator('[data-origin]').getAttribute('data-origin')).toBe('uploaded');

		await page.getByRole('button', { name: 'Reset to sample data' }).click();
		const sample = await sampleRowCounts();
		await expect.poll(() => rowCounts(page), { timeout: 30_000 }).toEqual(sample);
		expect(await page.locator('[data-origin]').getAttribute('data-origin')).toBe('sample');
		await page.reload();
		await tablesList(page).waitFor({ timeout: 45_000 });
		expect(await rowCounts(page)).toEqual(sample);

		expect(offOrigin).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
		// Two imports, three visits of the overview and two reloads: slow on a busy 2-core machine.
	}, 150_000);
});

/** Every bad file of issue 5 gets a clear, specific message — and the data already loaded stays exactly as it was. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type WatchedPage } from './chromium';
import {
	addFiles,
	card,
	expectCounts,
	failure,
	fixtureDir,
	openDataPage,
	rowCounts,
	waitForStatus,
	writeParquet,
	writeText
} from './data-helpers';

const baseUrl = inject('baseUrl');

describe('bad input on the data page', () => {
	let browser: Browser;
	let watched: WatchedPage;
	let page: Page;
	let before: Record<string, number>;
	const dir = fixtureDir();
	const path = (name: string) => join(dir, name);

	beforeAll(async () => {
		browser = await launchChromium();
		watched = await openDataPage(browser, baseUrl);
		page = watched.page;
		before = await rowCounts(page);
		expect(before.tickets).toBeGreaterThan(0);
	});
	afterAll(async () => {
		expect(watched.offOrigin).toEqual([]);
		await browser.close();
	});

	/** Add one file and return the message of its failed card. */
	async function rejected(file: string): Promise<string> {
		await addFiles(page, [file]);
		return failure(page, file.split('/').pop()!);
	}

	/** Add one file, load it with the guessed mapping, and return the message of its failed card. */
	async function refusedOnLoad(file: string): Promise<string> {
		const name = file.split('/').pop()!;
		await addFiles(page, [file]);
		await waitForStatus(page, name, 'ready');
		await card(page, name)
			.getByRole('button', { name: /^Load into/ })
			.click();
		return failure(page, name);
	}

	it('a truncated Parquet file', async () => {
		await writeParquet(
			path('whole.parquet'),
			`SELECT 't' || range AS ticket_id, TIMESTAMP '2025-01-01' AS created_at FROM range(1000)`
		);
		const bytes = readFileSync(path('whole.parquet'));
		writeFileSync(path('truncated.parquet'), bytes.subarray(0, Math.floor(bytes.length / 2)));
		expect(await rejected(path('truncated.parquet'))).toContain(
			'“truncated.parquet” is not a complete Parquet file'
		);
		await expectCounts(page, before);
	});

	it('random bytes with a .parquet name', async () => {
		const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
		expect(await rejected(writeText(path('random.parquet'), random))).toContain(
			'is named .parquet but is not a Parquet file'
		);
		await expectCounts(page, before);
	});

	it('an empty file', async () => {
		expect(await rejected(writeText(path('empty.csv'), ''))).toContain('“empty.csv” is empty (0 bytes)');
		await expectCounts(page, before);
	});

	it('a Parquet file and a CSV file with zero rows', async () => {
		await writeParquet(
			path('zero.parquet'),
			`SELECT 'x' AS ticket_id, TIMESTAMP '2025-01-01' AS created_at WHERE false`
		);
		expect(await rejected(path('zero.parquet'))).toMatch(/no rows: there is nothing to load/);
		expect(await rejected(writeText(path('header-only.csv'), 'ticket_id,created_at\n'))).toContain(
			'“header-only.csv” has column names but no rows'
		);
		await expectCounts(page, before);
	});

	it('a CSV with a semicolon delimiter and a byte-order mark is read with the right columns, and nothing changes until it is loaded', async () => {
		writeText(
			path('semicolon.csv'),
			'\uFEFFticket_id;created_at;csat\nk1;2025-02-01 10:00:00;5\nk2;2025-02-02 11:00:00;3\n'
		);
		await addFiles(page, [path('semicolon.csv')]);
		await waitForStatus(page, 'semicolon.csv', 'ready');
		const mapping = card(page, 'semicolon.csv').getByRole('table', { name: 'Column mapping' });
		await expect.poll(() => mapping.getByLabel('From file column: ticket_id').inputValue()).toBe('ticket_id');
		expect(await mapping.getByLabel('From file column: csat').inputValue()).toBe('csat');
		await expectCounts(page, before);
	});

	it('a file without a required column', async () => {
		const message = await refusedOnLoad(
			writeText(path('no-created.csv'), 'ticket_id,channel\nq1,chat\nq2,email\n')
		);
		expect(message).toContain('The tickets table needs the columns created_at');
		expect(message).toContain('the data already loaded is exactly as before');
		await expectCounts(page, before);
	});

	it('a required column of the wrong type', async () => {
		const message = await refusedOnLoad(
			writeText(path('text-scores.csv'), 'ts,score,touchpoint\n2025-01-01,high,web\n2025-01-02,low,app\n')
		);
		expect(message).toContain(
			'None of the values in column “score” (mapped to score) can be read as a whole number'
		);
		await expectCounts(page, before);
	});

	it('a required timestamp column that is NULL in every row', async () => {
		await writeParquet(
			path('null-times.parquet'),
			`SELECT 'n' || range AS ticket_id, CAST(NULL AS TIMESTAMP) AS created_at FROM range(50)`
		);
		const message = await refusedOnLoad(path('null-times.parquet'));
		expect(message).toContain('Column “created_at” (mapped to created_at) is empty in all 50 rows');
		await expectCounts(page, before);
	});

	it('duplicate column names', async () => {
		const message = await rejected(
			writeText(path('dup-columns.csv'), 'ticket_id,created_at,created_at\na,2025-01-01,2025-01-02\n')
		);
		expect(message).toContain('more than one column named “created_at”');
		await expectCounts(page, before);
	});

	it('files that are neither Parquet nor CSV', async () => {
		const png = Uint8Array.from([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52
		]);
		expect(await rejected(writeText(path('chart.png'), png))).toContain('is neither Parquet nor CSV');
		expect(await rejected(writeText(path('data.json'), '{"ticket_id": 1}'))).toContain(
			'is not a Parquet or CSV file'
		);
		await expectCounts(page, before);
	});

	it('a second upload while a file is loading is refused with a message', async () => {
		// A big file that fails only after it is fully staged (its created_at is empty), so the load takes a while.
		const lines = ['ticket_id,created_at,channel'];
		for (let i = 0; i < 1_500_000; i++) lines.push(`big${i},,chat`);
		writeText(path('big.csv'), lines.join('\n'));
		await addFiles(page, [path('big.csv')]);
		await waitForStatus(page, 'big.csv', 'ready');
		await card(page, 'big.csv').getByRole('button', { name: 'Load into tickets' }).click();
		await addFiles(page, [writeText(path('second.csv'), 'ticket_id,created_at\ns,2025-01-01\n')]);
		await expect
			.poll(() => page.getByTestId('upload-notice').textContent())
			.toContain('“big.csv” is still being read or loaded. Wait until it has finished');
		expect(await card(page, 'second.csv').count()).toBe(0);
		expect(await failure(page, 'big.csv')).toContain('is empty in all 1500000 rows');
		await expectCounts(page, before);
	});

	it('column names with quotes, spaces, SQL keywords and Unicode load correctly', async () => {
		const header = '"Ticket ""ID""","created at","select","x""; DROP TABLE tickets; --",만족도';
		writeText(
			path('odd-names.csv'),
			`${header}\no1,2025-03-01 09:00:00,chat,1,5\no2,2025-03-02 09:00:00,email,2,4\n`
		);
		await addFiles(page, [path('odd-names.csv')]);
		await waitForStatus(page, 'odd-names.csv', 'ready');
		const mapping = card(page, 'odd-names.csv').getByRole('table', { name: 'Column mapping' });
		expect(await mapping.getByLabel('From file column: ticket_id').inputValue()).toBe('Ticket "ID"');
		expect(await mapping.getByLabel('From file column: created_at').inputValue()).toBe('created at');
		expect(await mapping.getByLabel('From file column: csat').inputValue()).toBe('만족도');
		await mapping.getByLabel('From file column: channel').selectOption('select');
		await card(page, 'odd-names.csv').getByRole('radio', { name: 'Append to the table' }).check();
		await card(page, 'odd-names.csv').getByRole('button', { name: 'Load into tickets' }).click();
		await waitForStatus(page, 'odd-names.csv', 'loaded');
		await expect.poll(() => rowCounts(page)).toEqual({ ...before, tickets: before.tickets! + 2 });
		expect(watched.errors).toEqual([]);
	});

	it('remembers a confirmed mapping for the next file of the same shape', async () => {
		const header = '"Ticket ""ID""","created at","select","x""; DROP TABLE tickets; --",만족도';
		writeText(path('odd-names-march.csv'), `${header}\no3,2025-03-03 09:00:00,phone,3,3\n`);
		await addFiles(page, [path('odd-names-march.csv')]);
		await waitForStatus(page, 'odd-names-march.csv', 'ready');
		const mapping = card(page, 'odd-names-march.csv').getByRole('table', { name: 'Column mapping' });
		// "select" is no name for a channel: it maps only because the analyst chose it for the earlier file
		expect(await mapping.getByLabel('From file column: channel').inputValue()).toBe('select');
	});

	it('says it in Korean when the page is in Korean', async () => {
		await page.getByLabel('Language').selectOption('ko');
		await expect
			.poll(() => card(page, 'empty.csv').getByRole('alert').textContent())
			.toContain('“empty.csv” 파일이 비어 있습니다(0바이트)');
		expect(await card(page, 'no-created.csv').getByRole('alert').textContent()).toContain(
			'tickets 테이블에는 created_at 열이 필요한데'
		);
		await page.getByLabel('언어').selectOption('en');
	});
});

/**
 * `restore_upload` (issue 13, goal 2): an analyst's upload of the 10× files (≈10M events with their
 * tickets and surveys) back on screen after a reload, held to the native cold start of the same files.
 *
 * In one browser profile: the three files are uploaded on /data like an analyst does, and the bench
 * waits until their saved copies (OPFS) are written. Then, alternately, a reload that restores from the
 * copies ("after") and a reload with the copies removed, which replays the files through the import as
 * every reload did before ("before"); after each replay the copies are written again before going on.
 * Each visit is timed until the north-star value shows; its SQL is replayed on native DuckDB over the
 * same files after a native load of them (the native cold start).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { visit } from './browser';
import { openNative, replayable } from './native';
import { installProbe } from './probe';
import { median, resultLine, type ResultLine } from './report';
import type { ScaleData } from './data';

const TABLES = ['events', 'tickets', 'surveys'] as const;

interface Visit {
	ms: number;
	dbMs: number;
	sql: string[];
}

export interface RestoreFigures {
	line: ResultLine;
	/** Human lines: before → after, and how long the upload and the first save took. */
	notes: string[];
}

export async function benchRestoreUpload(
	baseUrl: string,
	northStarId: string,
	data: ScaleData,
	runs: number,
	timeoutMs: number,
	log: (line: string) => void
): Promise<RestoreFigures> {
	// A profile on disk, as a returning analyst has: an off-the-record context keeps its storage in
	// memory, with a quota far below what the 10× files and their copies take.
	assertChromium();
	const profile = mkdtempSync(join(tmpdir(), 'northstar-bench-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
		viewport: { width: 1440, height: 900 },
		locale: 'en-US',
		// The service worker would copy the build into Cache Storage in the middle of the measurement.
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	try {
		await page.addInitScript('window.__name = (f) => f;');
		await page.addInitScript(installProbe, northStarId);
		const uploadStarted = performance.now();
		await upload(page, baseUrl, data, timeoutMs);
		const uploadMs = performance.now() - uploadStarted;
		const saveStarted = performance.now();
		await copiesWritten(page, timeoutMs);
		const saveMs = performance.now() - saveStarted;
		log(`10× restore_upload: saved copies ${(await copySizes(page)).join(', ')}`);
		log(
			`10× restore_upload: uploaded in ${(uploadMs / 1000).toFixed(1)} s, copies saved ${(saveMs / 1000).toFixed(1)} s later`
		);

		const restored: Visit[] = [];
		const replayed: Visit[] = [];
		const native: number[] = [];
		for (let i = 0; i <= runs; i++) {
			const name = i === 0 ? 'warm-up' : `run ${i}`;
			const order = i % 2 === 1 ? (['replay', 'copy'] as const) : (['copy', 'replay'] as const);
			for (const which of order) {
				if (which === 'replay') await removeCopies(page);
				const timed = await visit(page, baseUrl, timeoutMs);
				try {
					expectRestored(timed, which);
				} catch (error) {
					await page.goto(`${baseUrl}/data`);
					await page.getByRole('list', { name: 'Loaded tables' }).waitFor({ timeout: timeoutMs });
					const notes = await page
						.locator('[data-testid="copy-notice"], [data-testid="restored-from-copy"], [role="alert"]')
						.allInnerTexts();
					const keys = await page.evaluate(async () => {
						const dir = await (
							await navigator.storage.getDirectory()
						).getDirectoryHandle('northstar-snapshots');
						const out: string[] = [];
						for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
							const file = await (await dir.getFileHandle(name)).getFile();
							out.push(
								`${name} ${file.size} ${name.endsWith('.json') ? (await file.text()).slice(0, 300) : ''}`
							);
						}
						return out;
					});
					throw new Error(
						`${String(error)}; the Data page says: ${notes.join(' | ')}; OPFS: ${keys.join(' || ')}`,
						{ cause: error }
					);
				}
				log(
					`  10× ${name} (${which === 'copy' ? 'from the saved copy' : 'replaying the files'}): ${timed.ms.toFixed(0)} ms (DuckDB ${timed.dbMs.toFixed(0)} ms)`
				);
				if (which === 'replay') await copiesWritten(page, timeoutMs);
				if (i === 0) continue;
				(which === 'copy' ? restored : replayed).push(timed);
				if (which === 'copy') native.push(await nativeColdStart(data.dir, timed.sql));
			}
		}
		const line = resultLine(
			'10x',
			'restore_upload',
			restored.map((v) => v.ms),
			native,
			restored.map((v) => v.dbMs)
		);
		const before = median(replayed.map((v) => v.ms));
		const after = median(restored.map((v) => v.ms));
		return {
			line,
			notes: [
				`10x restore_upload: replaying the files ${before.toFixed(0)} → from the saved copy ${after.toFixed(0)} ms (${(before / after).toFixed(2)}×), native cold start ${median(native).toFixed(0)} ms; upload ${(uploadMs / 1000).toFixed(1)} s, first save ${(saveMs / 1000).toFixed(1)} s after it`
			]
		};
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
}

/** The three files through the data page, as an analyst loads them (auto-mapped: canonical names). */
async function upload(page: Page, baseUrl: string, data: ScaleData, timeoutMs: number) {
	await page.goto(`${baseUrl}/data`, { timeout: timeoutMs });
	await page.getByRole('list', { name: 'Loaded tables' }).waitFor({ timeout: timeoutMs });
	await page.getByLabel('Choose files').setInputFiles(TABLES.map((t) => join(data.dir, `${t}.parquet`)));
	const card = (table: string) => page.getByRole('article', { name: `${table}.parquet` });
	for (const table of TABLES) {
		await card(table).and(page.locator('[data-status="ready"]')).waitFor({ timeout: timeoutMs });
	}
	for (const table of TABLES) {
		await card(table)
			.getByRole('button', { name: `Load into ${table}` })
			.click();
		await card(table).and(page.locator('[data-status="loaded"]')).waitFor({ timeout: timeoutMs });
	}
}

/** Wait until every table's saved copy is described (its manifest is written last). */
async function copiesWritten(page: Page, timeoutMs: number) {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		const written = await page.evaluate(async (tables) => {
			try {
				const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('northstar-snapshots');
				for (const t of tables) await dir.getFileHandle(`${t}.json`);
				return true;
			} catch {
				return false;
			}
		}, TABLES);
		if (written) return;
		if (performance.now() > deadline) throw new Error('the saved copies were not written in time');
		await new Promise((done) => setTimeout(done, 250));
	}
}

/** Each saved file with its size in MB. */
function copySizes(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('northstar-snapshots');
		const out: string[] = [];
		for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) {
			const size = (await (await dir.getFileHandle(name)).getFile()).size;
			out.push(`${name} ${(size / 1024 / 1024).toFixed(1)} MB`);
		}
		return out.sort();
	});
}

async function removeCopies(page: Page) {
	await page.evaluate(async () => {
		await (await navigator.storage.getDirectory()).removeEntry('northstar-snapshots', { recursive: true });
	});
}

/** The visit came back the way it was meant to: a replay runs the import's SQL (its `__row` numbering), a restore does not. */
function expectRestored(visited: Visit, which: 'copy' | 'replay') {
	const imported = visited.sql.some((sql) => sql.includes('"__row"'));
	if (imported !== (which === 'replay')) {
		throw new Error(
			`expected ${which === 'copy' ? 'a restore from the saved copy' : 'a replay of the files'}, the SQL says otherwise`
		);
	}
}

/** Native DuckDB: load the same files the way the app does, then the visit's SQL (ms). */
async function nativeColdStart(dir: string, sql: readonly string[]): Promise<number> {
	const db = await openNative();
	try {
		return (await db.load(dir)) + (await db.run(replayable(sql)));
	} finally {
		db.close();
	}
}

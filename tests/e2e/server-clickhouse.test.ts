/**
 * The built app served by `northstar serve --clickhouse`: the same 20 values as the browser engine's, the
 * engine named on screen as ClickHouse, no request off the page's origin. The ClickHouse is chdb (current
 * ClickHouse in-process, tables from load-clickhouse's DDL) behind clickhouse.ts, in place of the HTTP client:
 * there is no current ClickHouse server here (see tests/integration/server/clickhouse-server.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClickHouse } from '../../src/server/load-clickhouse';
import { serve, type RunningServer } from '../../src/server/serve';
import { chdbLoadTarget, chdbTransport, loadChdb, type ChdbSession } from '../fixtures/chdb-clickhouse';
import { defaultTree } from '../fixtures/default-tree';
import { launchChromium, openPage, type WatchedPage } from './chromium';
import { closeEngine, engineValues } from './engine-values';
import { mismatches, shownValues, waitForOverview } from './overview-page';

const VIEW = { from: '2025-09-08', to: '2025-09-14', grain: 'day' } as const;
const VIEW_PATH = `/?from=${VIEW.from}&to=${VIEW.to}&grain=${VIEW.grain}`;
const POLL = { timeout: 30_000 };

const { chdb, reason } = await loadChdb();
if (chdb === null) console.warn(`Skipping the ClickHouse browser test: chdb does not load here (${reason}).`);

describe.skipIf(chdb === null)('northstar serve --clickhouse (chdb) in the browser', () => {
	let browser: Browser;
	let server: RunningServer;
	let session: ChdbSession;
	let dir: string;
	let expected: Record<string, number | null>;
	const pages: WatchedPage[] = [];

	beforeAll(async () => {
		expected = await engineValues(VIEW);
		dir = mkdtempSync(join(tmpdir(), 'northstar-e2e-ch-'));
		session = new chdb!.Session(dir);
		session.query('CREATE DATABASE northstar');
		await loadClickHouse({ data: resolve('data/sample'), database: 'northstar' }, chdbLoadTarget(session));
		session.query('USE northstar');
		[browser, server] = await Promise.all([
			launchChromium(),
			serve({
				clickhouse: { url: 'chdb://', database: 'northstar' },
				clickhouseTransport: chdbTransport(session),
				tree: defaultTree,
				app: 'build',
				port: 0
			})
		]);
	}, 180_000);
	afterAll(async () => {
		expect(pages.flatMap((p) => p.offOrigin)).toEqual([]);
		expect(pages.flatMap((p) => p.errors)).toEqual([]);
		await browser?.close();
		await server?.close();
		await closeEngine();
		session?.cleanup?.();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('shows the same 20 values as the browser engine and says ClickHouse computes them', async () => {
		const watched = await openPage(browser, server.url);
		pages.push(watched);
		const { page } = watched;
		const apiCalls: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(new URL(r.url()).pathname);
		});
		await page.goto(server.url + VIEW_PATH);
		await waitForOverview(page);
		expect(Object.keys(expected)).toHaveLength(20);
		expect(Object.values(expected).filter((v) => v === null)).toEqual([]);
		await expect.poll(async () => mismatches(await shownValues(page), expected), POLL).toEqual([]);
		expect(await page.locator('[data-engine]').getAttribute('data-engine')).toBe('clickhouse');
		expect(await page.locator('[data-engine]').textContent()).toContain('On the server (ClickHouse)');
		expect(apiCalls).toContain('/api/evaluate');
	});
});

/**
 * One benchmark run in headless Chromium: a fresh browser context (empty caches), the app opened
 * cold, then a period change, a filter and a drill-down, each timed inside the page; then, in the same
 * context (the same profile: HTTP cache, wasm code cache, the service worker's cache), a second visit,
 * timed like the first (warm start).
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { installProbe, navigateAndSettle, type ProbeState, type SettleOptions } from './probe';

/**
 * The views the run moves through: the sample's busiest month, then one customer segment (segment is
 * an events dimension, and `returning` keeps ~70% of the events: the big table is really filtered,
 * not emptied), then the north-star's drill-down by ticket category in that view.
 */
export const VIEWS = {
	period: '/?from=2025-11-01&to=2025-11-30&grain=day',
	filter: '/?from=2025-11-01&to=2025-11-30&grain=day&segment=returning',
	drilldown: '/metric/contact_rate?from=2025-11-01&to=2025-11-30&grain=day&segment=returning&by=category'
} as const;

export type Step = 'cold_start' | 'warm_start' | 'tree_period' | 'tree_filter' | 'drilldown';

/** A start split into phases (ms): page scripts, DuckDB wasm start, table loading, first tree. */
export interface StartPhases {
	page: number;
	wasm: number;
	load: number;
	tree: number;
}

export interface RunResult {
	ms: Record<Step, number>;
	/**
	 * Of which DuckDB's worker was busy: for the steps after the start, first query sent → last answered;
	 * for a start, the time any request (instantiate, open, inserts, queries) was in the worker until the
	 * north-star value showed.
	 */
	dbMs: Record<Step, number>;
	/** SQL the app sent to DuckDB during each step. */
	sql: Record<Step, string[]>;
	phases: StartPhases;
	warmPhases: StartPhases;
	/**
	 * Second visit: when the last visit's north-star value showed, while the engine started (the app keeps
	 * the overview's answers); null when it showed none (a build without the feature).
	 */
	warmLastVisitMs: number | null;
	/**
	 * From the north-star value on screen until the overview was complete (trends, anomalies), cold and
	 * warm start: the value shows once the period statements are in, the daily series follow.
	 */
	trendsMs: { cold: number; warm: number };
	/** From the first visit's value on screen until its service worker controlled the page; null without one. */
	workerInstallMs: number | null;
	memory: { jsHeapMb: number; pageWasmMb: number; workerWasmMb: number | null };
}

export interface RunOptions {
	timeoutMs: number;
	/**
	 * The build has a service worker (build/service-worker.js): wait, after the first visit's start, until
	 * it controls the page, so its install (downloading the build's files again) never overlaps a measured
	 * step, and the second visit is the returning one it serves.
	 */
	serviceWorker: boolean;
}

export function launchBenchBrowser(): Promise<Browser> {
	// performance.memory is bucketed and delayed without this. BENCH_CHROMIUM_FLAGS adds flags for an
	// experiment, e.g. "--js-flags=--no-liftoff" (every wasm function optimised at once: no warm-up effects).
	return launchChromium([
		'--enable-precise-memory-info',
		...(process.env.BENCH_CHROMIUM_FLAGS ? process.env.BENCH_CHROMIUM_FLAGS.split(' ') : [])
	]);
}

const MB = 1024 * 1024;
const READY = 'main [data-ready]';

export async function benchRun(
	browser: Browser,
	baseUrl: string,
	northStarId: string,
	{ timeoutMs, serviceWorker }: RunOptions
): Promise<RunResult> {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	try {
		// tsx keeps function names with a `__name` helper that the page does not have.
		await page.addInitScript('window.__name = (f) => f;');
		await page.addInitScript(installProbe, northStarId);
		const cold = await visit(page, baseUrl, timeoutMs);
		let workerInstallMs: number | null = null;
		if (serviceWorker) {
			// Bounded: a worker whose install fails (storage quota for the 10× sample, say) must not fail the
			// run; the warm start is then measured without it and the install time is left out (null).
			const controlled = await page
				.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
					timeout: Math.min(timeoutMs, 120_000),
					polling: 50
				})
				.then(
					() => true,
					() => false
				);
			if (controlled) workerInstallMs = (await page.evaluate(() => performance.now())) - cold.ms;
			else console.warn('  the service worker did not take control within 120 s; warm start without it');
		}
		const period = await step(page, VIEWS.period, timeoutMs);
		const filter = await step(page, VIEWS.filter, timeoutMs);
		const drilldown = await step(page, VIEWS.drilldown, timeoutMs);
		const memory = await memoryOf(page);
		// The returning visit: the same profile, a new page load (the probe is installed again).
		const warm = await visit(page, baseUrl, timeoutMs);
		if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
		const result: RunResult = {
			ms: {
				cold_start: cold.ms,
				warm_start: warm.ms,
				tree_period: period.ms,
				tree_filter: filter.ms,
				drilldown: drilldown.ms
			},
			dbMs: {
				cold_start: cold.dbMs,
				warm_start: warm.dbMs,
				tree_period: period.dbMs,
				tree_filter: filter.dbMs,
				drilldown: drilldown.dbMs
			},
			phases: cold.phases,
			warmPhases: warm.phases,
			warmLastVisitMs: warm.lastVisitMs,
			trendsMs: { cold: cold.trendsMs, warm: warm.trendsMs },
			workerInstallMs,
			sql: {
				cold_start: cold.sql,
				warm_start: warm.sql,
				tree_period: period.sql,
				tree_filter: filter.sql,
				drilldown: drilldown.sql
			},
			memory
		};
		return result;
	} finally {
		await context.close();
	}
}

/** Open the app at `/` and time its start until the north-star value shows (then let it go quiet). */
export async function visit(page: Page, baseUrl: string, timeoutMs: number) {
	await page.goto(baseUrl + '/', { timeout: timeoutMs });
	// The north-star value, or the app's error panel (then fail now, with its text, not at the timeout).
	const started = await page.waitForFunction(
		() =>
			window.__nsBench.northStarAt !== null ||
			(document.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null),
		undefined,
		{ timeout: timeoutMs, polling: 50 }
	);
	const outcome = await started.jsonValue();
	if (outcome !== true) throw new Error(`the app did not start: ${String(outcome)}`);
	return settle(page, timeoutMs);
}

/** A start: when the north-star value first showed, and the SQL sent until the page went quiet. */
async function settle(page: Page, timeoutMs: number) {
	await page.waitForFunction(
		() => {
			const probe = window.__nsBench;
			return probe.inflight === 0 && performance.now() - probe.lastActivity > 250;
		},
		undefined,
		{ timeout: timeoutMs, polling: 50 }
	);
	return page.evaluate(() => {
		const probe = window.__nsBench;
		const northStar = probe.northStarAt!;
		const instantiate = probe.requests.find((r) => r.type === 'INSTANTIATE');
		const firstTree = probe.sql.find((s) => s.sql.startsWith('WITH periods'))?.at ?? northStar;
		const opened = probe.requests.find((r) => r.type === 'OPEN')?.done ?? 0;
		// DuckDB's share: the union of the worker's request intervals until the value showed.
		const intervals = probe.requests
			.filter((r) => r.at < northStar)
			.map((r) => [r.at, Math.min(r.done ?? northStar, northStar)] as const)
			.sort((a, b) => a[0] - b[0]);
		let dbMs = 0;
		let reach = 0;
		for (const [from, to] of intervals) {
			const start = Math.max(from, reach);
			if (to > start) dbMs += to - start;
			reach = Math.max(reach, to);
		}
		return {
			ms: northStar,
			trendsMs: (probe.completeAt ?? northStar) - northStar,
			lastVisitMs: probe.lastVisitAt,
			dbMs,
			// Where the cold start goes: page scripts until DuckDB's wasm is asked for, its download and
			// compilation, loading the tables, then the first tree until its value is on screen.
			phases: {
				page: instantiate?.at ?? 0,
				wasm: opened - (instantiate?.at ?? 0),
				load: firstTree - opened,
				tree: northStar - firstTree
			},
			sql: probe.sql.map((s) => s.sql)
		};
	});
}

function step(page: Page, target: string, timeoutMs: number) {
	const options: SettleOptions = { ready: READY, target, quietMs: 250, timeoutMs };
	return page.evaluate(navigateAndSettle, options);
}

async function memoryOf(page: Page): Promise<RunResult['memory']> {
	const onPage = await page.evaluate(() => {
		const probe: ProbeState = window.__nsBench;
		const wasm = probe.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0);
		return { js: probe.peakJsHeap, wasm };
	});
	let worker: number | null = null;
	for (const w of page.workers()) {
		const bytes = await w.evaluate(() => {
			const memory = (self as unknown as { __nsWasmMemory?: WebAssembly.Memory }).__nsWasmMemory;
			return memory ? memory.buffer.byteLength : null;
		});
		if (bytes !== null) worker = Math.max(worker ?? 0, bytes);
	}
	return {
		jsHeapMb: onPage.js / MB,
		pageWasmMb: onPage.wasm / MB,
		workerWasmMb: worker === null ? null : worker / MB
	};
}

/**
 * Server mode in the bench: `northstar serve --data` (native DuckDB over the scale's Parquet files) timed
 * through its HTTP API, with the browser bench's views (browser.ts VIEWS): start (open the files, load
 * them when in memory, and answer /api/info), the tree for November by day, the same with
 * segment=returning, and the north-star broken down by ticket category in that view. Each scale is
 * measured with the tables loaded into memory at start (`--in-memory`, what `serve` picks when they fit)
 * and read from the files at every query (`--in-place`, the fallback for data bigger than memory), the
 * two alternating run for run. Medians of `runs` after one warm-up; the server is started afresh for each
 * start measured.
 *
 *   npx tsx tests/bench/server-mode.ts [--scale 10] [--runs 5]      (--scale 1,10,100)
 *
 * 100× (~100M events, ~0.7 GB of Parquet) is generated once into tests/bench/cache/100x/ by the same
 * generator (about 12 CPU-minutes and ~3 GB of memory here), unless the disk or the memory does not
 * allow it, or BENCH_SKIP_100X is set: then the line says it was skipped and why. At 100× the runs are at
 * most RUNS_100X, and the in-memory line only when the tables fit in the free memory.
 */
import { existsSync, mkdirSync, readFileSync, statfsSync } from 'node:fs';
import { freemem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { API } from '../../src/lib/api/protocol';
import type { EvaluationRequest } from '../../src/lib/metrics/request';
import { loadShippedTree } from '../../src/lib/metrics/load-tree';
import type { Tree } from '../../src/lib/metrics/types';
import { estimateDirectoryBytes, formatBytes } from '../../src/server/native-duckdb';
import { serve } from '../../src/server/serve';
import { CACHE_DIR, ensureScaleData } from './data';
import { median } from './report';

/** Tables loaded into native DuckDB's memory at start, or read from the Parquet files at every query. */
export type BenchPlacement = 'memory' | 'views';
const PLACEMENTS: readonly BenchPlacement[] = ['memory', 'views'];

export interface ServerModeLine {
	scale: string;
	placement: BenchPlacement;
	start_ms: number;
	tree_period_ms: number;
	tree_filter_ms: number;
	drilldown_ms: number;
}
type Measure = Exclude<keyof ServerModeLine, 'scale' | 'placement'>;

const PERIOD: EvaluationRequest = {
	period: { start: '2025-11-01', end: '2025-12-01' },
	previous: { start: '2025-10-01', end: '2025-11-01' },
	grain: 'day'
};
const FILTERED: EvaluationRequest = { ...PERIOD, filters: { segment: ['returning'] } };

/** Free disk the 100× generation needs: ~0.7 GB of Parquet (10× is 64 MB), written beside as .partial, and room to spare. */
export const DISK_NEEDED_100X = 3e9;
/** Free memory it needs: the generator holds the year's columns until written (peak RSS 1.0 GB at 10×, 2.75 GB at 100×). */
export const MEMORY_NEEDED_100X = 6e9;
/** Measured runs at 100× (each in-memory start loads 100M rows). */
export const RUNS_100X = 2;

async function post(url: string, body: unknown): Promise<void> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
	await response.arrayBuffer();
}

async function timed(work: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await work();
	return performance.now() - started;
}

/** One start and the three views on a fresh server. */
async function oneRun(dir: string, placement: BenchPlacement, tree: Tree): Promise<Record<Measure, number>> {
	let server: Awaited<ReturnType<typeof serve>> | undefined;
	const start = await timed(async () => {
		server = await serve({
			data: dir,
			native: { placement },
			tree,
			port: 0,
			limits: { timeoutMs: 600_000, maxRows: 100_000 }
		});
		await (await fetch(server.url + API.info)).json();
	});
	try {
		const base = server!.url;
		const period = await timed(() => post(base + API.evaluate, { tree: 'default', request: PERIOD }));
		const filter = await timed(() => post(base + API.evaluate, { tree: 'default', request: FILTERED }));
		const drilldown = await timed(() =>
			post(base + API.breakdown, {
				tree: 'default',
				node: 'contact_rate',
				dimension: 'category',
				request: FILTERED
			})
		);
		return { start_ms: start, tree_period_ms: period, tree_filter_ms: filter, drilldown_ms: drilldown };
	} finally {
		await server?.close();
	}
}

/** One scale's server-mode figures over `dir`, per placement (alternating run for run). */
export async function benchServerMode(
	label: string,
	dir: string,
	runs: number,
	log: (line: string) => void,
	placements: readonly BenchPlacement[] = PLACEMENTS
): Promise<ServerModeLine[]> {
	const tree = loadShippedTree(readFileSync('data/trees/default.yaml', 'utf8'));
	const times = new Map(placements.map((p) => [p, [] as Record<Measure, number>[]]));
	for (let i = 0; i <= runs; i++) {
		for (const placement of placements) {
			const t = await oneRun(dir, placement, tree);
			log(
				`server ${label} ${placement} ${i === 0 ? 'warm-up' : `run ${i}`}: start ${t.start_ms.toFixed(0)} ms, tree ${t.tree_period_ms.toFixed(0)} ms, filter ${t.tree_filter_ms.toFixed(0)} ms, drill-down ${t.drilldown_ms.toFixed(0)} ms`
			);
			if (i > 0) times.get(placement)!.push(t);
		}
	}
	return placements.map((placement) => {
		const of = (measure: Measure) => Math.round(median(times.get(placement)!.map((t) => t[measure])));
		return {
			scale: label,
			placement,
			start_ms: of('start_ms'),
			tree_period_ms: of('tree_period_ms'),
			tree_filter_ms: of('tree_filter_ms'),
			drilldown_ms: of('drilldown_ms')
		};
	});
}

export function formatServerLine(line: ServerModeLine): string {
	const where = line.placement === 'memory' ? 'tables in memory' : 'views over the files';
	return `server ${line.scale} (native DuckDB, northstar serve, ${where}): start ${line.start_ms} ms, tree_period ${line.tree_period_ms} ms, tree_filter ${line.tree_filter_ms} ms, drilldown ${line.drilldown_ms} ms`;
}

const GB = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

/** Why 100× cannot be generated here, or null when it can (or is cached already). */
function cannotGenerate100x(dir: string): string | null {
	if (existsSync(join(dir, 'manifest.json'))) return null;
	mkdirSync(CACHE_DIR, { recursive: true });
	const disk = statfsSync(CACHE_DIR);
	const free = disk.bavail * disk.bsize;
	if (free < DISK_NEEDED_100X) {
		return `generating ~100M events needs ${GB(DISK_NEEDED_100X)} of free disk in ${CACHE_DIR}/, ${GB(free)} free`;
	}
	if (freemem() < MEMORY_NEEDED_100X) {
		return `generating ~100M events needs ${GB(MEMORY_NEEDED_100X)} of free memory, ${GB(freemem())} free`;
	}
	return null;
}

/**
 * The 100× lines: the data generated once (cached afterwards), then views over the files and, when the
 * tables fit in the free memory, in memory; else the reason it is skipped.
 */
export async function serverMode100x(runs: number, log: (line: string) => void): Promise<string[]> {
	if (process.env.BENCH_SKIP_100X) return ['server 100x: skipped (BENCH_SKIP_100X is set)'];
	const dir = join(CACHE_DIR, '100x');
	const reason = cannotGenerate100x(dir);
	if (reason) return [`server 100x: skipped — ${reason}`];
	const started = performance.now();
	const data = await ensureScaleData(100, log, { database: false });
	const took = (performance.now() - started) / 1000;
	if (took > 10) log(`100× generated in ${(took / 60).toFixed(1)} min`);
	log(`100×: ${data.rows.events} events, ${data.rows.tickets} tickets, ${data.rows.surveys} surveys`);
	const estimate = await estimateDirectoryBytes(data.dir);
	const fits = estimate <= freemem() * 0.8;
	const measured = Math.max(1, Math.min(runs, RUNS_100X));
	const lines = (await benchServerMode('100x', data.dir, measured, log, fits ? PLACEMENTS : ['views'])).map(
		formatServerLine
	);
	if (!fits) {
		lines.push(
			`server 100x with tables in memory: skipped — they would take ~${formatBytes(estimate)}, ${GB(freemem())} of memory free`
		);
	}
	return lines.map((line) => `${line}${line.includes('skipped') ? '' : ` (medians of ${measured})`}`);
}

async function main() {
	const { values } = parseArgs({
		options: { scale: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' } }
	});
	const runs = Number(values.runs);
	const lines: string[] = [];
	for (const scale of values.scale.split(',').map(Number)) {
		if (scale === 100) {
			lines.push(...(await serverMode100x(runs, console.log)));
			continue;
		}
		const data = await ensureScaleData(scale, console.log);
		lines.push(...(await benchServerMode(`${scale}x`, data.dir, runs, console.log)).map(formatServerLine));
	}
	console.log('');
	for (const line of lines) console.log(line);
}

if (process.argv[1]?.endsWith('server-mode.ts')) {
	main().catch((error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exitCode = 1;
	});
}

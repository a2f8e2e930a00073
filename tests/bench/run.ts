/**
 * `npm run bench`: the app in headless Chromium against native DuckDB, at 1× and 10× the sample.
 *
 *   npm run bench [-- --scale 1,10] [--runs 5] [--reuse-build] [--build-dir DIR] [--out FILE]
 *
 * --scale        comma-separated sample scales (default 1,10; 1 ≈ 1M events, 10 ≈ 10M)
 * --runs         measured runs per scale after one warm-up run (default 5); figures are medians
 * --reuse-build  serve build-bench/ as it is instead of building first
 * --build-dir    serve this build folder (e.g. an older build, for a before/after comparison)
 * --out          where to write the JSON results (default tests/bench/results.json)
 * --restore-only measure only restore_upload (10×: the analyst's uploaded files back after a reload)
 * --compare      also measure this (older) build, run for run alternating with the one under test,
 *                and print before → after medians (machine noise then hits both alike)
 * --browser-only the browser runs alone: no restore_upload, no server mode (for a quick before/after)
 * --sample-dir   serve the sample database from DIR/<scale>x/ instead of the bench cache (to measure
 *                another way of writing it; native DuckDB still reads the cache's Parquet files)
 * --compare-sample-dir  the same for the --compare build, so both files are measured alternating
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTree } from '../../src/lib/metrics/load-tree';
import { benchRun, launchBenchBrowser, type RunResult, type StartPhases, type Step } from './browser';
import { ensureScaleData, type ScaleData } from './data';
import { openNative, replayable } from './native';
import { formatGoals, formatTable, median, resultLine, type ResultLine } from './report';
import { benchRestoreUpload } from './restore-upload';
import { serveBench } from './server';
import { benchServerMode, formatServerLine, serverMode100x } from './server-mode';

const BENCH_BUILD = 'build-bench';
const STEPS: readonly Step[] = ['cold_start', 'warm_start', 'tree_period', 'tree_filter', 'drilldown'];
const STARTS = new Set<Step>(['cold_start', 'warm_start']);

function parseOptions() {
	const { values } = parseArgs({
		options: {
			scale: { type: 'string', default: '1,10' },
			runs: { type: 'string', default: '5' },
			'reuse-build': { type: 'boolean', default: false },
			'restore-only': { type: 'boolean', default: false },
			'browser-only': { type: 'boolean', default: false },
			'build-dir': { type: 'string' },
			compare: { type: 'string' },
			'sample-dir': { type: 'string' },
			'compare-sample-dir': { type: 'string' },
			out: { type: 'string', default: 'tests/bench/results.json' },
			timeout: { type: 'string', default: '300' }
		}
	});
	const scales = values.scale.split(',').map(Number);
	if (scales.some((s) => s !== 1 && s !== 10)) throw new Error('--scale takes 1, 10 or 1,10');
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
	return {
		scales: scales as (1 | 10)[],
		runs,
		reuseBuild: values['reuse-build'],
		restoreOnly: values['restore-only'],
		browserOnly: values['browser-only'],
		buildDir: values['build-dir'],
		compare: values.compare,
		sampleDir: values['sample-dir'],
		compareSampleDir: values['compare-sample-dir'],
		out: values.out,
		timeoutMs: Number(values.timeout) * 1000
	};
}

const log = (line: string) => console.log(line);

/** Build the app into build/ and copy it to build-bench/, under the lock other users of build/ take. */
function buildApp(): void {
	log('building the app (vite build → build-bench/)…');
	const script = `npx vite build >/dev/null && rm -rf ${BENCH_BUILD} && cp -r build ${BENCH_BUILD}`;
	let result = spawnSync('flock', ['/tmp/ns-build.lock', 'sh', '-c', script], { stdio: 'inherit' });
	if (result.error && 'code' in result.error && result.error.code === 'ENOENT') {
		result = spawnSync('sh', ['-c', script], { stdio: 'inherit' });
	}
	if (result.status !== 0) throw new Error('the build failed');
}

function northStarId(): string {
	const loaded = loadTree(readFileSync('data/trees/default.yaml', 'utf8'));
	if (!loaded.ok) throw new Error('data/trees/default.yaml is invalid');
	return loaded.value.root;
}

interface ScaleFigures {
	lines: ResultLine[];
	memoryNote: string;
	phasesNote: string;
	/** Service-worker install times (first value on screen → worker in control), when the build has one. */
	installNote: string | null;
	/** Before → after lines, with --compare. */
	comparison: string[];
}

type Server = Awaited<ReturnType<typeof serveBench>>;

const phaseText = (phases: StartPhases) =>
	Object.entries(phases)
		.map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
		.join(' + ');

function describeRun(label: string, run: RunResult): string {
	const figures = STEPS.map((s) => `${s} ${run.ms[s].toFixed(0)} (DuckDB ${run.dbMs[s].toFixed(0)}) ms`).join(
		', '
	);
	const lastVisit =
		run.warmLastVisitMs === null ? '' : `, last visit's numbers at ${run.warmLastVisitMs.toFixed(0)} ms`;
	const install =
		run.workerInstallMs === null ? '' : `; worker installed ${run.workerInstallMs.toFixed(0)} ms after`;
	return `  ${label}: ${figures}${lastVisit}; cold start = ${phaseText(run.phases)} ms; warm start = ${phaseText(run.warmPhases)} ms${install}`;
}

/** Before → after medians per step (and DuckDB's share), from runs taken alternately. */
function comparison(label: string, before: readonly RunResult[], after: readonly RunResult[]): string[] {
	const lines = STEPS.map((s) => {
		const b = median(before.map((r) => r.ms[s]));
		const a = median(after.map((r) => r.ms[s]));
		const db = ` (DuckDB ${median(before.map((r) => r.dbMs[s])).toFixed(0)} → ${median(after.map((r) => r.dbMs[s])).toFixed(0)} ms)`;
		return `${label} ${s.padEnd(11)} ${b.toFixed(0).padStart(6)} → ${a.toFixed(0).padStart(6)} ms  ${(b / a).toFixed(2)}×${db}`;
	});
	const heap = (runs: readonly RunResult[]) =>
		median(runs.map((r) => r.memory.jsHeapMb + r.memory.pageWasmMb + (r.memory.workerWasmMb ?? 0))).toFixed(
			0
		);
	lines.push(`${label} peak memory (JS heap + page WASM + DuckDB WASM): ${heap(before)} → ${heap(after)} MB`);
	for (const [name, pick] of [
		['cold', (r: RunResult) => r.phases],
		['warm', (r: RunResult) => r.warmPhases]
	] as const) {
		const phases = (runs: readonly RunResult[]) =>
			(['page', 'wasm', 'load', 'tree'] as const)
				.map((p) => median(runs.map((r) => pick(r)[p])).toFixed(0))
				.join(' + ');
		lines.push(
			`${label} ${name} start phases (page + wasm + load + tree): ${phases(before)} → ${phases(after)} ms`
		);
	}
	return lines;
}

async function benchScale(
	data: ScaleData,
	server: Server,
	baseline: Server | null,
	options: ReturnType<typeof parseOptions>
): Promise<ScaleFigures> {
	const label: ResultLine['scale'] = data.scale === 10 ? '10x' : '1x';
	const scaleDir = (dir: string | undefined) => (dir ? join(dir, label) : data.dir);
	server.useData(scaleDir(options.sampleDir));
	baseline?.useData(scaleDir(options.compareSampleDir));
	const browser = await launchBenchBrowser();
	const runs: RunResult[] = [];
	const baseRuns: RunResult[] = [];
	const native: NativeTimes[] = [];
	try {
		for (let i = 0; i <= options.runs; i++) {
			const name = i === 0 ? 'warm-up' : `run ${i}`;
			// With a baseline, alternate which build goes first.
			const order = baseline && i % 2 === 1 ? ['baseline', 'current'] : ['current', 'baseline'];
			for (const which of order) {
				if (which === 'baseline' && !baseline) continue;
				const url = which === 'baseline' ? baseline!.url : server.url;
				const run = await benchRun(browser, url, northStarId(), {
					timeoutMs: options.timeoutMs,
					serviceWorker: hasServiceWorker(
						which === 'baseline' ? options.compare! : (options.buildDir ?? BENCH_BUILD)
					)
				});
				log(describeRun(`${label} ${name}${baseline ? ` (${which})` : ''}`, run));
				if (which === 'baseline') {
					if (i > 0) baseRuns.push(run);
					continue;
				}
				// The warm-up's replay warms native DuckDB up too (file cache, allocator).
				const replay = await nativeRun(data.dir, run);
				if (i > 0) {
					runs.push(run);
					native.push(replay);
				}
			}
		}
	} finally {
		await browser.close();
	}
	const lines = STEPS.map((s) => {
		// A warm start is held to the native cold start of the same files (native has nothing to keep).
		const replays = native
			.map((n) => n[s === 'warm_start' ? 'cold_start' : s])
			.filter((ms): ms is number => ms !== undefined);
		return resultLine(
			label,
			s,
			runs.map((r) => r.ms[s]),
			replays.length > 0 ? replays : null,
			runs.map((r) => r.dbMs[s])
		);
	});
	// The returning visit's first numbers (the last visit's answers) against the native cold start too.
	const lastVisits = runs.map((r) => r.warmLastVisitMs).filter((ms): ms is number => ms !== null);
	if (lastVisits.length > 0) {
		const cold = native.map((n) => n.cold_start).filter((ms): ms is number => ms !== undefined);
		lines.push(resultLine(label, 'warm_last_visit', lastVisits, cold.length > 0 ? cold : null));
	}
	const heaps = runs.map((r) => r.memory.jsHeapMb + r.memory.pageWasmMb + (r.memory.workerWasmMb ?? 0));
	lines.push(resultLine(label, 'peak_heap_mb', heaps, null));
	const last = runs[runs.length - 1]!.memory;
	const memoryNote = `JS heap ${last.jsHeapMb.toFixed(0)} + page WASM ${last.pageWasmMb.toFixed(0)} + DuckDB WASM ${last.workerWasmMb === null ? '?' : last.workerWasmMb.toFixed(0)} MB`;
	const phase = (name: keyof RunResult['phases']) => median(runs.map((r) => r.phases[name])).toFixed(0);
	const warmPhase = (name: keyof RunResult['phases']) =>
		median(runs.map((r) => r.warmPhases[name])).toFixed(0);
	const trends = (side: 'cold' | 'warm') => median(runs.map((r) => r.trendsMs[side])).toFixed(0);
	const phasesNote = [
		`${label} cold start, median phases: page scripts ${phase('page')} ms, DuckDB wasm start ${phase('wasm')} ms, table loading ${phase('load')} ms, first tree ${phase('tree')} ms; trends and anomalies on screen ${trends('cold')} ms after the value`,
		`${label} warm start, median phases: page scripts ${warmPhase('page')} ms, DuckDB wasm start ${warmPhase('wasm')} ms, table loading ${warmPhase('load')} ms, first tree ${warmPhase('tree')} ms; trends and anomalies on screen ${trends('warm')} ms after the value`
	].join('\n');
	const installs = runs.map((r) => r.workerInstallMs).filter((ms): ms is number => ms !== null);
	const installNote =
		installs.length > 0
			? `${label} service worker in control ${median(installs).toFixed(0)} ms (median) after the first value showed; the steps after the start waited for it`
			: null;
	return {
		lines,
		memoryNote,
		phasesNote,
		installNote,
		comparison: baseline ? comparison(label, baseRuns, runs) : []
	};
}

type NativeTimes = Partial<Record<Step, number>>;

/** A build with the app's service worker: the bench waits for it before the steps after the start. */
const hasServiceWorker = (dir: string) => existsSync(join(dir, 'service-worker.js'));

/**
 * Native times for one browser run: the statements it sent, replayed on the same files right after
 * it, so both see the same machine load; cold start = loading the tables + the first view's SQL.
 */
async function nativeRun(dir: string, run: RunResult): Promise<NativeTimes> {
	const db = await openNative();
	try {
		const times: NativeTimes = {
			cold_start: (await db.load(dir)) + (await db.run(replayable(run.sql.cold_start)))
		};
		for (const s of STEPS.filter((step) => !STARTS.has(step))) {
			const statements = replayable(run.sql[s]);
			if (statements.length > 0) times[s] = await db.run(statements);
		}
		return times;
	} finally {
		db.close();
	}
}

async function main() {
	const options = parseOptions();
	const started = performance.now();
	let buildDir = options.buildDir ?? BENCH_BUILD;
	if (!options.buildDir && !(options.reuseBuild && existsSync(`${BENCH_BUILD}/200.html`))) buildApp();
	if (!existsSync(`${buildDir}/200.html`)) throw new Error(`no production build in ${buildDir}/`);
	buildDir = buildDir.replace(/\/$/, '');
	const server = await serveBench(buildDir);
	if (options.compare && !existsSync(`${options.compare}/200.html`)) {
		throw new Error(`no production build in ${options.compare}/`);
	}
	const baseline = options.compare ? await serveBench(options.compare) : null;
	const comparisons: string[] = [];
	const lines: ResultLine[] = [];
	const memoryNotes: Record<string, string> = {};
	const phasesNotes: string[] = [];
	const serverLines: string[] = [];
	try {
		for (const scale of options.restoreOnly ? [] : options.scales) {
			const data = await ensureScaleData(scale, log);
			log(
				`${scale}×: ${data.rows.events} events, ${data.rows.tickets} tickets, ${data.rows.surveys} surveys; ${options.runs} runs + 1 warm-up`
			);
			const figures = await benchScale(data, server, baseline, options);
			comparisons.push(...figures.comparison);
			lines.push(...figures.lines);
			memoryNotes[`${scale}x`] = figures.memoryNote;
			phasesNotes.push(figures.phasesNote);
			if (figures.installNote) phasesNotes.push(figures.installNote);
		}
		if (options.scales.includes(10) && !options.browserOnly) {
			const data = await ensureScaleData(10, log);
			server.useData(data.dir);
			const restore = await benchRestoreUpload(
				server.url,
				northStarId(),
				data,
				options.runs,
				options.timeoutMs,
				log
			);
			lines.push(restore.line);
			phasesNotes.push(...restore.notes);
		}
		// Server mode (northstar serve --data, native DuckDB) on the same files, through its HTTP API.
		for (const scale of options.restoreOnly || options.browserOnly ? [] : options.scales) {
			const data = await ensureScaleData(scale, log);
			const figures = await benchServerMode(`${scale}x`, data.dir, options.runs, log);
			serverLines.push(...figures.map(formatServerLine));
		}
		if (!options.restoreOnly && !options.browserOnly)
			serverLines.push(...(await serverMode100x(options.runs, log)));
	} finally {
		await server.close();
		await baseline?.close();
	}
	writeFileSync(options.out, JSON.stringify(lines, null, '\t') + '\n');
	log('');
	log(formatTable(lines, memoryNotes));
	log('');
	for (const note of phasesNotes) log(note);
	log('');
	for (const line of serverLines) log(line);
	log('');
	log('issue 13 goals (ratios within this run):');
	log(formatGoals(lines));
	if (comparisons.length > 0) {
		log('');
		log(`before (${options.compare}) → after (${buildDir}), medians of alternating runs:`);
		for (const line of comparisons) log(line);
	}
	log(
		`medians of ${options.runs} runs; build ${buildDir}; written to ${options.out} in ${((performance.now() - started) / 1000).toFixed(0)} s`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
});

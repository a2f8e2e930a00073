/** Medians, the printed table and tests/bench/results.json (the format issue 6 fixes for other tools). */

export type Measure =
	| 'cold_start'
	| 'warm_start'
	| 'warm_last_visit'
	| 'restore_upload'
	| 'tree_period'
	| 'tree_filter'
	| 'drilldown'
	| 'peak_heap_mb';
export const MEASURES: readonly Measure[] = [
	'cold_start',
	'warm_start',
	'warm_last_visit',
	'restore_upload',
	'tree_period',
	'tree_filter',
	'drilldown',
	'peak_heap_mb'
];

/**
 * One line of results.json: milliseconds, except peak_heap_mb whose `wasm_ms` holds megabytes.
 * `duckdb_ms` is DuckDB's share of the step (the worker busy with it; issue 13), null where it does not apply.
 */
export interface ResultLine {
	scale: '1x' | '10x';
	measure: Measure;
	wasm_ms: number;
	native_ms: number | null;
	duckdb_ms: number | null;
}

/** The goals of issue 6 (median, headless Chromium on this machine). */
export const TARGETS: Partial<Record<`${ResultLine['scale']}:${Measure}`, number>> = {
	'1x:cold_start': 2000,
	'1x:tree_filter': 150,
	'10x:tree_filter': 1000,
	'1x:drilldown': 100
};
export const RATIO_TARGET = 3;
/** The measures whose WASM ÷ native ratio is held to RATIO_TARGET: the tree batch. */
const RATIO_MEASURES = new Set<Measure>(['tree_period', 'tree_filter']);

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function resultLine(
	scale: ResultLine['scale'],
	measure: Measure,
	wasm: readonly number[],
	native: readonly number[] | null,
	duckdb: readonly number[] | null = null
): ResultLine {
	return {
		scale,
		measure,
		wasm_ms: round(median(wasm)),
		native_ms: native && native.length > 0 ? round(median(native)) : null,
		duckdb_ms: duckdb && duckdb.length > 0 ? round(median(duckdb)) : null
	};
}

/**
 * The goals of issue 13, all ratios within one run: the step in the browser against native DuckDB
 * (`native`), or the drill-down against its own DuckDB share (`duckdb`).
 */
export interface Goal {
	number: number;
	scale: ResultLine['scale'];
	measure: Measure;
	of: 'native' | 'duckdb';
	max: number;
}
export const GOALS: readonly Goal[] = [
	{ number: 1, scale: '1x', measure: 'cold_start', of: 'native', max: 6 },
	{ number: 1, scale: '10x', measure: 'cold_start', of: 'native', max: 3 },
	{ number: 2, scale: '1x', measure: 'warm_start', of: 'native', max: 3 },
	// The same visit's first numbers: the last visit's answers, shown while the engine starts.
	{ number: 2, scale: '1x', measure: 'warm_last_visit', of: 'native', max: 3 },
	// native: the native cold start of the same files.
	{ number: 2, scale: '10x', measure: 'restore_upload', of: 'native', max: 3 },
	{ number: 3, scale: '1x', measure: 'tree_filter', of: 'native', max: 2.5 },
	{ number: 3, scale: '10x', measure: 'tree_filter', of: 'native', max: 2.5 },
	{ number: 4, scale: '1x', measure: 'drilldown', of: 'duckdb', max: 2 }
];

/** One goal's verdict: the ratio and met / MISSED, or why it could not be judged in this run. */
export function goalVerdict(goal: Goal, lines: readonly ResultLine[]): string {
	const name = `goal ${goal.number}: ${goal.scale} ${goal.measure} ≤ ${goal.max}× ${goal.of === 'native' ? 'native' : 'its DuckDB share'}`;
	const line = lines.find((l) => l.scale === goal.scale && l.measure === goal.measure);
	if (!line) return `${name} — not measured in this run`;
	const reference = goal.of === 'native' ? line.native_ms : line.duckdb_ms;
	if (reference === null || reference <= 0) return `${name} — no ${goal.of} figure in this run`;
	const ratio = line.wasm_ms / reference;
	return `${name}: ${ratio.toFixed(2)}× (${line.wasm_ms.toFixed(0)} ÷ ${reference.toFixed(0)} ms) ${ratio <= goal.max ? 'met' : 'MISSED'}`;
}

export function formatGoals(lines: readonly ResultLine[]): string {
	return GOALS.map((goal) => goalVerdict(goal, lines)).join('\n');
}

function verdict(line: ResultLine): string {
	const notes: string[] = [];
	const target = TARGETS[`${line.scale}:${line.measure}`];
	if (target !== undefined) notes.push(`${line.wasm_ms <= target ? 'met' : 'MISSED'} (≤ ${target} ms)`);
	if (RATIO_MEASURES.has(line.measure) && line.native_ms !== null) {
		const ratio = line.wasm_ms / line.native_ms;
		notes.push(`ratio ${ratio <= RATIO_TARGET ? 'met' : 'MISSED'} (≤ ${RATIO_TARGET}×)`);
	}
	return notes.join(', ');
}

/** The table printed at the end of a run. */
export function formatTable(lines: readonly ResultLine[], memoryNotes: Record<string, string>): string {
	const header = ['scale', 'measure', 'wasm', 'DuckDB', 'native', 'wasm/native', 'target (issue 6)'];
	const rows = lines.map((line) => {
		const unit = line.measure === 'peak_heap_mb' ? ' MB' : ' ms';
		const ratio = line.native_ms ? `${(line.wasm_ms / line.native_ms).toFixed(1)}×` : '—';
		const target = line.measure === 'peak_heap_mb' ? (memoryNotes[line.scale] ?? '') : verdict(line);
		return [
			line.scale,
			line.measure,
			`${line.wasm_ms.toFixed(1)}${unit}`,
			line.duckdb_ms === null ? '—' : `${line.duckdb_ms.toFixed(1)} ms`,
			line.native_ms === null ? '—' : `${line.native_ms.toFixed(1)} ms`,
			ratio,
			target
		];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const format = (cells: readonly string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	return [format(header), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)].join('\n');
}

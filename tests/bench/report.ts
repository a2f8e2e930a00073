/** Medians, the printed table and tests/bench/results.json (the format issue 6 fixes for other tools). */

export type Measure = 'cold_start' | 'tree_period' | 'tree_filter' | 'drilldown' | 'peak_heap_mb';
export const MEASURES: readonly Measure[] = [
	'cold_start',
	'tree_period',
	'tree_filter',
	'drilldown',
	'peak_heap_mb'
];

/** One line of results.json: milliseconds, except peak_heap_mb whose `wasm_ms` holds megabytes. */
export interface ResultLine {
	scale: '1x' | '10x';
	measure: Measure;
	wasm_ms: number;
	native_ms: number | null;
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
	native: readonly number[] | null
): ResultLine {
	return {
		scale,
		measure,
		wasm_ms: round(median(wasm)),
		native_ms: native && native.length > 0 ? round(median(native)) : null
	};
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
	const header = ['scale', 'measure', 'wasm', 'native', 'wasm/native', 'target'];
	const rows = lines.map((line) => {
		const unit = line.measure === 'peak_heap_mb' ? ' MB' : ' ms';
		const ratio = line.native_ms ? `${(line.wasm_ms / line.native_ms).toFixed(1)}×` : '—';
		const target = line.measure === 'peak_heap_mb' ? (memoryNotes[line.scale] ?? '') : verdict(line);
		return [
			line.scale,
			line.measure,
			`${line.wasm_ms.toFixed(1)}${unit}`,
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

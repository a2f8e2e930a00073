/** Horizontal bar layout for a breakdown: a label column, bars from zero, a previous-value marker, a value column. */
import { scaleLinear } from 'd3';
import type { FormatValue } from './chart-format';
import { roundPx } from './pixels';
import { estimateTextWidth, truncateToWidth } from './text-width';

export interface BreakdownRow {
	key: string;
	/** What the row is called on screen; the key when absent. */
	label?: string;
	value: number | null;
	previous: number | null;
}

export interface BarOptions {
	width: number;
	format: FormatValue;
	fontSize?: number;
	rowHeight?: number;
}

export interface PlacedBar {
	key: string;
	/** The full name of the row (its label, or its key). */
	name: string;
	/** The key as shown: truncated with "…" when it does not fit the label column. */
	label: string;
	truncated: boolean;
	/** Top of the row. */
	y: number;
	/** Bar extent in px, left to right; null when the value is missing (no bar drawn). */
	x0: number | null;
	x1: number | null;
	previousX: number | null;
	valueLabel: string;
	/** The previous value as text, for the bar's accessible name. */
	previousLabel: string;
}

export interface BarLayout {
	bars: PlacedBar[];
	zeroX: number;
	/** Right edge of the label column (labels are right-aligned to it). */
	labelRight: number;
	height: number;
	rowHeight: number;
}

const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const GAP = 8;

/** The value axis runs over both periods and always includes zero, so bar lengths compare honestly. */
export function barDomain(rows: readonly BreakdownRow[]): [number, number] {
	const values = rows.flatMap((r) => [r.value, r.previous]).filter(present);
	const lo = Math.min(0, ...values);
	const hi = Math.max(0, ...values);
	return lo === hi ? [0, 1] : [lo, hi];
}

/** Place one row per breakdown value, in the given order. */
export function barLayout(
	rows: readonly BreakdownRow[],
	{ width, format, fontSize = 12, rowHeight = 30 }: BarOptions
): BarLayout {
	const valueLabels = rows.map((r) => format(r.value));
	const valueWidth = Math.max(0, ...valueLabels.map((l) => estimateTextWidth(l, fontSize)));
	const longestKey = Math.max(0, ...rows.map((r) => estimateTextWidth(r.label ?? r.key, fontSize)));
	// Keys get up to 40% of the width; the bars keep at least the rest minus the values.
	const labelRight = Math.ceil(Math.min(longestKey, Math.max(60, width * 0.4)));
	const scale = scaleLinear()
		.domain(barDomain(rows))
		.range([labelRight + GAP, Math.max(labelRight + GAP + 1, width - valueWidth - GAP)]);
	const x = (v: number) => roundPx(scale(v));
	const bars = rows.map((row, i): PlacedBar => {
		const name = row.label ?? row.key;
		const label = truncateToWidth(name, labelRight, fontSize);
		const at = present(row.value) ? x(row.value) : null;
		return {
			key: row.key,
			label,
			truncated: label !== name,
			name,
			y: i * rowHeight,
			x0: at === null ? null : Math.min(at, x(0)),
			x1: at === null ? null : Math.max(at, x(0)),
			previousX: present(row.previous) ? x(row.previous) : null,
			valueLabel: valueLabels[i] ?? '',
			previousLabel: format(row.previous)
		};
	});
	return { bars, zeroX: x(0), labelRight, height: rows.length * rowHeight, rowHeight };
}

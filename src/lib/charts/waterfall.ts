/** Waterfall of contributions to a change: previous value, one floating bar per contribution, current value. */
import { scaleLinear } from 'd3';
import type { FormatValue } from './chart-format';
import { roundPx } from './pixels';
import { estimateTextWidth, wrapToWidth } from './text-width';

export interface WaterfallTotal {
	label: string;
	value: number;
}

export interface WaterfallStep {
	key: string;
	label: string;
	delta: number;
}

export type WaterfallBar =
	| { kind: 'total'; key: typeof START_KEY | typeof END_KEY; label: string; value: number }
	/** A contribution floating from the running total before it (`from`) to the one after (`to`). */
	| { kind: 'step'; key: string; label: string; delta: number; from: number; to: number };

/** Keys of the two totals, and of the step added when the contributions do not add up to the change. */
export const START_KEY = '__start';
export const END_KEY = '__end';
export const RESIDUAL_KEY = '__residual';

/**
 * Chain the contributions from start to end. If they do not sum to end − start (beyond float error),
 * a residual step closes the gap, so the chain always ends at the end value and nothing is hidden.
 */
export function waterfallLayout(
	start: WaterfallTotal,
	steps: readonly WaterfallStep[],
	end: WaterfallTotal,
	residualLabel = 'Other'
): WaterfallBar[] {
	const bars: WaterfallBar[] = [{ kind: 'total', key: START_KEY, ...start }];
	let running = start.value;
	for (const step of steps) {
		bars.push({ kind: 'step', ...step, from: running, to: running + step.delta });
		running += step.delta;
	}
	const residual = end.value - running;
	const tolerance = 1e-9 * Math.max(1, Math.abs(start.value), Math.abs(end.value));
	if (Math.abs(residual) > tolerance) {
		bars.push({
			kind: 'step',
			key: RESIDUAL_KEY,
			label: residualLabel,
			delta: residual,
			from: running,
			to: end.value
		});
	}
	bars.push({ kind: 'total', key: END_KEY, ...end });
	return bars;
}

/**
 * Value axis: spans every running total; includes zero when that costs at most two thirds of the width,
 * otherwise the totals start at the axis edge (marked as broken) so small contributions stay visible.
 */
export function waterfallDomain(bars: readonly WaterfallBar[]): {
	domain: [number, number];
	baseline: number;
} {
	const values = bars.flatMap((b) => (b.kind === 'total' ? [b.value] : [b.from, b.to]));
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	const span = hi - lo;
	if (span === 0 && lo === 0) return { domain: [-1, 1], baseline: 0 };
	if (lo > 0 && lo <= 2 * span) lo = 0;
	if (hi < 0 && -hi <= 2 * span) hi = 0;
	if (span === 0) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
	if (lo > 0) return { domain: [lo - span * 0.25, hi], baseline: lo - span * 0.25 };
	if (hi < 0) return { domain: [lo, hi + span * 0.25], baseline: hi + span * 0.25 };
	return { domain: [lo, hi], baseline: 0 };
}

export type WaterfallTone = 'total' | 'good' | 'bad' | 'neutral';

export interface WaterfallRow {
	key: string;
	/** Full label, for the title; `lines` is what fits (at most two lines). */
	label: string;
	lines: string[];
	y: number;
	x0: number;
	x1: number;
	tone: WaterfallTone;
	/** ▲ for an increase, ▼ for a decrease, '' for totals and zero: the direction without colour. */
	mark: '▲' | '▼' | '';
	valueLabel: string;
	/** A total drawn from a non-zero axis edge. */
	broken: boolean;
}

export interface WaterfallGeometry {
	rows: WaterfallRow[];
	/** Dotted links from each bar's end to the next bar's start. */
	connectors: { x: number; y1: number; y2: number }[];
	ticks: { x: number; label: string }[];
	/** Where zero is, when the axis includes it. */
	zeroX: number | null;
	labelRight: number;
	rowHeight: number;
	barHeight: number;
	height: number;
}

export interface WaterfallOptions {
	width: number;
	format: FormatValue;
	formatDelta: FormatValue;
	goodDirection: 'up' | 'down';
	fontSize?: number;
	rowHeight?: number;
}

const GAP = 8;

export function toneOf(delta: number, goodDirection: 'up' | 'down'): WaterfallTone {
	if (delta === 0) return 'neutral';
	return delta > 0 === (goodDirection === 'up') ? 'good' : 'bad';
}

/** Pixel layout: a label column (wrapped to two lines), the bars, a value column on the right. */
export function waterfallGeometry(
	bars: readonly WaterfallBar[],
	options: WaterfallOptions
): WaterfallGeometry {
	const { width, format, formatDelta, goodDirection, fontSize = 12, rowHeight = 36 } = options;
	const barHeight = Math.min(18, rowHeight - 12);
	const mark = (d: number) => (d > 0 ? '▲' : d < 0 ? '▼' : '');
	const valueLabels = bars.map((b) =>
		b.kind === 'total' ? format(b.value) : `${mark(b.delta)} ${formatDelta(b.delta)}`.trim()
	);
	const valueWidth = Math.max(0, ...valueLabels.map((l) => estimateTextWidth(l, fontSize)));
	const longest = Math.max(0, ...bars.map((b) => estimateTextWidth(b.label, fontSize)));
	const labelRight = Math.ceil(Math.min(longest, Math.max(70, width * 0.38)));
	const { domain, baseline } = waterfallDomain(bars);
	const scale = scaleLinear()
		.domain(domain)
		.range([labelRight + GAP, Math.max(labelRight + GAP + 1, width - valueWidth - GAP)]);
	const x = (v: number) => roundPx(scale(v));
	const rows = bars.map((b, i): WaterfallRow => {
		const [from, to] = b.kind === 'total' ? [baseline, b.value] : [b.from, b.to];
		return {
			key: b.key,
			label: b.label,
			lines: wrapToWidth(b.label, labelRight, fontSize, 2),
			y: i * rowHeight,
			x0: x(Math.min(from, to)),
			x1: x(Math.max(from, to)),
			tone: b.kind === 'total' ? 'total' : toneOf(b.delta, goodDirection),
			mark: b.kind === 'total' ? '' : mark(b.delta),
			valueLabel: valueLabels[i] ?? '',
			broken: b.kind === 'total' && baseline !== 0
		};
	});
	const ends = bars.map((b) => (b.kind === 'total' ? b.value : b.to));
	const barTop = (i: number) => i * rowHeight + (rowHeight - barHeight) / 2;
	const connectors = ends.slice(0, -1).map((v, i) => ({
		x: x(v),
		y1: barTop(i) + barHeight,
		y2: barTop(i + 1)
	}));
	const plotWidth = scale.range()[1]! - scale.range()[0]!;
	const ticks = scale
		.ticks(Math.max(2, Math.floor(plotWidth / 90)))
		.map((v) => ({ x: x(v), label: format(v) }));
	const zeroX = domain[0] <= 0 && domain[1] >= 0 ? x(0) : null;
	return {
		rows,
		connectors,
		ticks,
		zeroX,
		labelRight,
		rowHeight,
		barHeight,
		height: bars.length * rowHeight + 20
	};
}

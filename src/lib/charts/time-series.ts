/**
 * Time-series layout: UTC time scale, value scale, paths for the current and previous period, the
 * current period's 95 % interval as a band, ticks, read-out points.
 */
import { area, bisector, extent, line, scaleLinear, scaleUtc } from 'd3';
import type { FormatDate, FormatValue } from './chart-format';
import { roundPx } from './pixels';
import { estimateTextWidth } from './text-width';

export interface SeriesPoint {
	/** Epoch ms of a naive timestamp, read as UTC. */
	t: number;
	value: number | null;
	/** The value's 95 % interval; absent or null where it has none (too few rows): no band there. */
	interval?: { lo: number; hi: number } | null;
	/** The verdict on the change from the previous period's bucket (significant / noise / too-few), if assessed. */
	significance?: string | null;
}

export interface TimeSeriesOptions {
	width: number;
	height: number;
	format: FormatValue;
	formatTick: FormatDate;
	fontSize?: number;
	/** Room above the plot for annotation labels (px), so they never sit on the line or its marks. */
	labelStrip?: number;
}

/** One date of the current period with both values, for the read-out and the table. */
export interface ReadoutPoint {
	t: number;
	x: number;
	current: number | null;
	previous: number | null;
	yCurrent: number | null;
	yPrevious: number | null;
	/** The current value's 95 % interval, when it has a value and an interval. */
	interval: { lo: number; hi: number } | null;
	/** The verdict on the current value's change from the previous period's bucket, when it has a value. */
	significance: string | null;
}

export interface TimeSeriesLayout {
	plot: { left: number; right: number; top: number; bottom: number };
	currentPath: string;
	previousPath: string;
	/** Points with no neighbour on their line: drawn as dots, or they would not show. */
	currentDots: { x: number; y: number }[];
	previousDots: { x: number; y: number }[];
	/** The current period's 95 % interval as an area, broken where a bucket has none. */
	bandPath: string;
	/** Buckets whose interval has no neighbour on the band: drawn as a short bar from lo to hi. */
	bandBars: { x: number; yLo: number; yHi: number }[];
	targetY: number | null;
	xTicks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	yTicks: { y: number; label: string }[];
	points: ReadoutPoint[];
}

const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const DAY = 86_400_000;

/** A point's band: its interval when it has a value and finite bounds, else none. */
function bandOf(p: SeriesPoint): { lo: number; hi: number } | null {
	const band = p.interval;
	return band && present(p.value) && present(band.lo) && present(band.hi) ? band : null;
}

/** Value domain over both series and the target, padded when flat so the line is not on an edge. */
export function valueDomain(values: readonly (number | null)[]): [number, number] {
	const [lo, hi] = extent(values.filter(present));
	if (lo === undefined || hi === undefined) return [0, 1];
	if (lo === hi) {
		const pad = Math.abs(lo) * 0.1 || 1;
		return [lo - pad, hi + pad];
	}
	return [lo, hi];
}

/** Lay out the chart; the left margin grows to fit the longest value tick label. */
export function timeSeriesLayout(
	current: readonly SeriesPoint[],
	previous: readonly SeriesPoint[],
	target: number | null,
	{ width, height, format, formatTick, fontSize = 11, labelStrip = 0 }: TimeSeriesOptions
): TimeSeriesLayout {
	const top = 10 + labelStrip;
	const bottom = height - fontSize - 12;
	const intervals = current.map(bandOf);
	const valueScale = scaleLinear()
		.domain(
			valueDomain([
				...current.map((p) => p.value),
				...previous.map((p) => p.value),
				target,
				// The band stays inside the plot: its bounds widen the axis like the target does.
				...intervals.flatMap((i) => (i ? [i.lo, i.hi] : []))
			])
		)
		.range([bottom, top])
		.nice(Math.max(2, Math.round((bottom - top) / 45)));
	const y = (v: number) => roundPx(valueScale(v));
	const yTickValues = valueScale.ticks(Math.max(2, Math.round((bottom - top) / 45)));
	const yLabels = yTickValues.map((v) => format(v));
	const left = Math.ceil(Math.max(0, ...yLabels.map((l) => estimateTextWidth(l, fontSize)))) + 10;
	const right = width - 8;

	const [t0, t1] = extent([...current, ...previous].map((p) => p.t));
	// One date (e.g. a single month) gets a day either side so it lands in the middle.
	const domain =
		t0 === undefined || t1 === undefined ? [0, DAY] : t0 === t1 ? [t0 - DAY, t1 + DAY] : [t0, t1];
	const timeScale = scaleUtc().domain(domain).range([left, right]);
	const x = (t: number | Date) => roundPx(timeScale(t));
	const tickCount = Math.max(2, Math.floor((right - left) / 110));
	// A single date gets a single tick: the padding days around it are not data.
	const tickDates = t0 !== undefined && t0 === t1 ? [new Date(t0)] : timeScale.ticks(tickCount);
	const xTicks = placeTimeTicks(
		tickDates.map((d) => ({ x: x(d), label: formatTick(d.getTime()) })),
		width,
		fontSize
	);

	const path = (series: readonly SeriesPoint[]) =>
		line<SeriesPoint>()
			.defined((p) => present(p.value))
			.x((p) => x(p.t))
			.y((p) => y(p.value ?? 0))(series) ?? '';
	const dots = (series: readonly SeriesPoint[]) =>
		series.flatMap((p, i) =>
			present(p.value) && !present(series[i - 1]?.value) && !present(series[i + 1]?.value)
				? [{ x: x(p.t), y: y(p.value) }]
				: []
		);
	const bandPath =
		area<number>()
			.defined((i) => intervals[i] !== null)
			.x((i) => x(current[i]!.t))
			.y0((i) => y(intervals[i]?.lo ?? 0))
			.y1((i) => y(intervals[i]?.hi ?? 0))(current.map((_, i) => i)) ?? '';
	const bandBars = intervals.flatMap((band, i) =>
		band && !intervals[i - 1] && !intervals[i + 1]
			? [{ x: x(current[i]!.t), yLo: y(band.lo), yHi: y(band.hi) }]
			: []
	);
	const previousByT = new Map(previous.map((p) => [p.t, p.value]));
	const points = current.map((p, i): ReadoutPoint => {
		const prev = previousByT.get(p.t) ?? null;
		return {
			t: p.t,
			x: x(p.t),
			current: p.value,
			previous: prev,
			yCurrent: present(p.value) ? y(p.value) : null,
			yPrevious: present(prev) ? y(prev) : null,
			interval: intervals[i] ?? null,
			significance: present(p.value) ? (p.significance ?? null) : null
		};
	});
	return {
		plot: { left, right, top, bottom },
		currentPath: path(current),
		previousPath: path(previous),
		currentDots: dots(current),
		previousDots: dots(previous),
		bandPath,
		bandBars,
		targetY: present(target) ? y(target) : null,
		xTicks,
		yTicks: yTickValues.map((v, i) => ({ y: y(v), label: yLabels[i] ?? '' })),
		points
	};
}

/**
 * Anchor tick labels so the first and last stay inside the chart, and drop labels that would overlap
 * the previous one or repeat it (hourly ticks under a date-only formatter).
 */
export function placeTimeTicks(
	ticks: readonly { x: number; label: string }[],
	width: number,
	fontSize: number
): TimeSeriesLayout['xTicks'] {
	const placed: TimeSeriesLayout['xTicks'] = [];
	let lastEnd = -Infinity;
	let lastLabel: string | null = null;
	for (const { x, label } of ticks) {
		const w = estimateTextWidth(label, fontSize);
		const anchor = x - w / 2 < 0 ? 'start' : x + w / 2 > width ? 'end' : 'middle';
		const start = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		if (label === lastLabel || start < lastEnd + 8) continue;
		placed.push({ x, label, anchor });
		lastEnd = start + w;
		lastLabel = label;
	}
	return placed;
}

/** Index of the read-out point nearest to x (in SVG px); -1 when there are none. */
export function nearestIndex(points: readonly { x: number }[], x: number): number {
	if (points.length === 0) return -1;
	const i = bisector<{ x: number }, number>((p) => p.x).center(points, x);
	return Math.min(Math.max(i, 0), points.length - 1);
}

/** The read-out index after a key press, or undefined when the key does not move it. */
export function stepIndex(key: string, index: number | null, count: number): number | null | undefined {
	if (count === 0) return undefined;
	const at = index ?? count - 1;
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return Math.max(0, index === null ? at : at - 1);
		case 'ArrowRight':
		case 'ArrowUp':
			return Math.min(count - 1, index === null ? at : at + 1);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		case 'Escape':
			return null;
		default:
			return undefined;
	}
}

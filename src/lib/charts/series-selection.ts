/**
 * A selection of buckets on a time series (a day clicked, a range dragged or picked with the keyboard):
 * which buckets it holds and the band drawn over them, each bucket's half-way to its neighbours.
 */
import { roundPx } from './pixels';

/** First and last selected bucket, as indexes into the chart's points (either order while dragging). */
export interface IndexRange {
	from: number;
	to: number;
}

/** The range with from ≤ to. */
export function ordered({ from, to }: IndexRange): IndexRange {
	return from <= to ? { from, to } : { from: to, to: from };
}

/** The buckets whose start lies in [start, end] (epoch ms, inclusive); null when none does. */
export function indexRangeOf(
	points: readonly { t: number }[],
	start: number,
	end: number
): IndexRange | null {
	const from = points.findIndex((p) => p.t >= start);
	const to = points.findLastIndex((p) => p.t <= end);
	return from < 0 || to < from ? null : { from, to };
}

/**
 * The band over buckets `range` (sorted or not): from half-way to the bucket before the first to
 * half-way to the bucket after the last, at least 8 px wide, inside [left, right].
 */
export function selectionBand(
	points: readonly { x: number }[],
	range: IndexRange,
	left: number,
	right: number
): { x0: number; x1: number } | null {
	const { from, to } = ordered(range);
	const first = points[from];
	const last = points[to];
	if (!first || !last) return null;
	const step = points.length > 1 ? (points[points.length - 1]!.x - points[0]!.x) / (points.length - 1) : 16;
	const half = Math.max(4, step / 2);
	const x0 = Math.max(left, first.x - half);
	const x1 = Math.min(right, last.x + half);
	return { x0: roundPx(x0), x1: roundPx(Math.max(x1, x0 + Math.min(8, right - x0))) };
}

/** The days a selection being made spans, for the read-out: one date, or "first – last"; null outside the points. */
export function rangeText(
	points: readonly { t: number }[],
	range: IndexRange,
	formatDate: (t: number) => string
): string | null {
	const { from, to } = ordered(range);
	const first = points[from];
	const last = points[to];
	if (!first || !last) return null;
	return first.t === last.t ? formatDate(first.t) : `${formatDate(first.t)} – ${formatDate(last.t)}`;
}

/**
 * Where annotations go on a time series: a single day as a rule at its date, a range as a band from its
 * first to its last day, both clipped to the plotted dates. The chart gives its anchors (each plotted
 * date and its x); a date between two anchors is placed proportionally, so the same code serves the
 * drill-down's time axis and the sparkline's evenly spaced buckets.
 */

export interface AnnotationMark {
	id: string;
	/** The user's text. */
	label: string;
	/** Epoch ms of the first and the last day (inclusive; equal for a single day). */
	start: number;
	end: number;
}

export interface PlacedAnnotation extends AnnotationMark {
	kind: 'day' | 'range';
	/** Left and right edge in px (equal for a day). */
	x0: number;
	x1: number;
}

export interface Anchor {
	t: number;
	x: number;
}

/** x of the instant t between the anchors (sorted by t); null outside them. */
export function xAt(anchors: readonly Anchor[], t: number): number | null {
	const first = anchors[0];
	const last = anchors[anchors.length - 1];
	if (!first || !last || t < first.t || t > last.t) return null;
	for (let i = 1; i < anchors.length; i++) {
		const a = anchors[i - 1]!;
		const b = anchors[i]!;
		if (t <= b.t) return a.x + ((b.x - a.x) * (t - a.t)) / (b.t - a.t || 1);
	}
	return last.x;
}

/**
 * The marks that overlap the anchors' dates, placed. The last anchor is a bucket's start, so dates
 * up to `lastBucketEnd` (exclusive) belong to the chart too and sit at its right edge.
 */
export function placeAnnotations(
	anchors: readonly Anchor[],
	marks: readonly AnnotationMark[],
	lastBucketEnd: number
): PlacedAnnotation[] {
	const first = anchors[0];
	const last = anchors[anchors.length - 1];
	if (!first || !last) return [];
	const clampX = (t: number) => xAt(anchors, Math.min(Math.max(t, first.t), last.t))!;
	return marks.flatMap((mark): PlacedAnnotation[] => {
		if (mark.end < first.t || mark.start >= lastBucketEnd) return [];
		const x0 = clampX(mark.start);
		const x1 = clampX(mark.end);
		return [{ ...mark, kind: mark.start === mark.end ? 'day' : 'range', x0, x1 }];
	});
}

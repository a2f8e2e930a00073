/** Sparkline geometry: a line over the values, with gaps where a value is missing, and the last point. */
import { extent, line, scaleLinear } from 'd3';
import { roundPx } from './pixels';

export interface SparklineShape {
	/** SVG path; null values break the line into separate segments. */
	path: string;
	/** The last value that exists, for the end dot; null when every value is missing. */
	last: { x: number; y: number } | null;
	/** Points that have no neighbour to draw a line to (a path segment of one point is invisible). */
	isolated: { x: number; y: number }[];
}

const present = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** x of the i-th of n values laid out evenly across width (the same for the line and what is drawn over it). */
export function sparklineX(i: number, n: number, width: number, inset = 3): number {
	return roundPx(n <= 1 ? width / 2 : inset + (i * (width - 2 * inset)) / (n - 1));
}

/** Lay out values evenly across width; inset keeps the line and the end dot inside the box. */
export function sparklineShape(
	values: readonly (number | null)[],
	width: number,
	height: number,
	inset = 3
): SparklineShape {
	const n = values.length;
	const x = (i: number) => sparklineX(i, n, width, inset);
	const [lo, hi] = extent(values.filter(present));
	// A flat series (or one value) sits in the middle rather than on an edge.
	const scale =
		lo === undefined || hi === undefined || lo === hi
			? () => height / 2
			: scaleLinear()
					.domain([lo, hi])
					.range([height - inset, inset]);
	const y = (v: number) => roundPx(scale(v));
	const path =
		line<number | null>()
			.defined(present)
			.x((_, i) => x(i))
			.y((v) => y(v ?? 0))(values) ?? '';
	const isolated = values.flatMap((v, i) =>
		present(v) && !present(values[i - 1]) && !present(values[i + 1]) ? [{ x: x(i), y: y(v) }] : []
	);
	const lastIndex = values.findLastIndex(present);
	const lastValue = values[lastIndex];
	const last = present(lastValue) ? { x: x(lastIndex), y: y(lastValue) } : null;
	return { path, last, isolated };
}

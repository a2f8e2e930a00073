/** Where a day's mark goes on a time series: on the point of the bucket that contains it. */
import type { ReadoutPoint } from './time-series';

export interface DayMark {
	/** ISO date of the marked day. */
	day: string;
	/** Epoch ms of the day (naive, read as UTC). */
	t: number;
	side: 'high' | 'low';
	good: boolean;
	/** Text for people (tooltip and screen readers). */
	label: string;
}

export interface PlacedMark extends DayMark {
	x: number;
	y: number;
}

/** Each mark on the point whose bucket holds its day (the last point starting on or before it); unplaced when outside. */
export function placeDayMarks(points: readonly ReadoutPoint[], marks: readonly DayMark[]): PlacedMark[] {
	const placed: PlacedMark[] = [];
	for (const mark of marks) {
		let point: ReadoutPoint | undefined;
		for (const p of points) if (p.t <= mark.t) point = p;
		if (!point || point.yCurrent === null) continue;
		placed.push({ ...mark, x: point.x, y: point.yCurrent });
	}
	return placed;
}

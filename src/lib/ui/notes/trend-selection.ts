/**
 * The days a selection on the drill-down trend stands for: from the first selected bucket's first day
 * to the last selected bucket's last day (the day before the next bucket starts, or the period's last
 * day), so a week clicked at the week grain is the seven days of that week. Also the way back: the
 * range (epoch ms) the chart draws for a note being written.
 */
import type { Period } from '$lib/metrics/period';
import { toEpochMs } from '$lib/metrics/period';
import { addDays, toIsoDate, type IsoDate } from '$lib/state/dates';

export interface DayRange {
	start: IsoDate;
	/** Equal to start for a single day. */
	end: IsoDate;
}

/**
 * @param starts each bucket's start (epoch ms), in order
 * @param start the first selected bucket's start; @param end the last's
 */
export function selectedDays(
	starts: readonly number[],
	period: Period,
	start: number,
	end: number
): DayRange {
	const next = starts.find((t) => t > end);
	const lastDay = addDays(toIsoDate(next ?? toEpochMs(period.end)), -1);
	const first = toIsoDate(start);
	return { start: first, end: lastDay < first ? first : lastDay };
}

/** The range as the chart's selection: epoch ms of its first and last day. */
export function rangeOnChart(range: DayRange): { start: number; end: number } {
	return { start: toEpochMs(range.start), end: toEpochMs(range.end) };
}

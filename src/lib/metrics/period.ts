/**
 * Periods and time buckets. Timestamps are naive (SPEC §3): we read them as UTC wall-clock so that
 * JS date arithmetic never shifts them by the browser's time zone.
 */
import { utcDay, utcMonday, utcMonth, type CountableTimeInterval } from 'd3';

export type Grain = 'day' | 'week' | 'month';
export const GRAINS: readonly Grain[] = ['day', 'week', 'month'];

/** A half-open period [start, end): ISO dates ('2025-09-01') or naive date-times ('2025-09-01T08:00:00'). */
export interface Period {
	start: string;
	end: string;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?$/;

/** Epoch milliseconds of a naive ISO date or date-time read as UTC; NaN when it is not one. */
export function toEpochMs(iso: string): number {
	const match = ISO.exec(iso);
	if (!match) return Number.NaN;
	const ms = Date.parse(`${match[1]}T${match[2] ?? '00:00'}Z`);
	// A month 13 or an hour 25 does not parse at all (and toISOString would throw on it).
	if (Number.isNaN(ms)) return Number.NaN;
	// Date.parse rolls 2025-02-30 over to March; a date that does not round-trip is not a date.
	return new Date(ms).toISOString().slice(0, 10) === match[1] ? ms : Number.NaN;
}

/** The ISO text of an instant: a date at midnight, a date-time otherwise. */
export function fromEpochMs(ms: number): string {
	const iso = new Date(ms).toISOString();
	if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
	return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}

/** The previous period of the same length, ending where `period` starts (SPEC §4). */
export function previousPeriod(period: Period): Period {
	const start = toEpochMs(period.start);
	const length = toEpochMs(period.end) - start;
	return { start: fromEpochMs(start - length), end: period.start };
}

/** The calendar unit of each grain, in UTC: ISO weeks start on Monday, as DuckDB's `date_trunc('week', …)`. */
const GRAIN_INTERVAL: Readonly<Record<Grain, CountableTimeInterval>> = {
	day: utcDay,
	week: utcMonday,
	month: utcMonth
};

/** Start of the grain unit containing `ms`: midnight, Monday midnight or the 1st of the month. */
export function truncate(ms: number, grain: Grain): number {
	return +GRAIN_INTERVAL[grain].floor(new Date(ms));
}

/**
 * The bucket starts of a period at a grain, matching SQL `greatest(date_trunc(grain, t), start)`:
 * the first bucket starts at the period start even mid-week or mid-month, then every unit boundary after it.
 */
export function bucketStarts(startMs: number, endMs: number, grain: Grain): number[] {
	if (!(startMs < endMs)) return [];
	const boundaries = GRAIN_INTERVAL[grain].range(new Date(startMs + 1), new Date(endMs));
	return [startMs, ...boundaries.map(Number)];
}

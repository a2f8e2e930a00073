/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so that naive timestamps are never shifted.
 * A date is parsed once (`parseIsoDate`, at the URL or a form field) into the branded `IsoDate`; the
 * arithmetic is d3-time's UTC intervals.
 */
import { utcDay, utcMonth } from 'd3';
import { toEpochMs, type Period } from '../metrics/period';

declare const isoDateBrand: unique symbol;
/** A calendar date as 'YYYY-MM-DD' that exists (no 2025-02-30): only `parseIsoDate` and the functions here make one. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date, or null when `value` is not an existing calendar date written as 'YYYY-MM-DD'. */
export function parseIsoDate(value: string): IsoDate | null {
	return ISO_DATE.test(value) && !Number.isNaN(toEpochMs(value)) ? (value as IsoDate) : null;
}

export function isIsoDate(value: string): value is IsoDate {
	return parseIsoDate(value) !== null;
}

/** A date known to be valid (a constant, a test fixture): throws when it is not. */
export function isoDate(value: string): IsoDate {
	const date = parseIsoDate(value);
	if (date === null) throw new Error(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
	return date;
}

/** The ISO date of an epoch-ms instant read as UTC wall-clock. */
export function toIsoDate(ms: number): IsoDate {
	return new Date(ms).toISOString().slice(0, 10) as IsoDate;
}

export function toMs(date: IsoDate): number {
	return toEpochMs(date);
}

const at = (date: IsoDate) => new Date(toMs(date));
const back = (date: Date) => toIsoDate(+date);

export function addDays(date: IsoDate, days: number): IsoDate {
	return back(utcDay.offset(at(date), days));
}

/** Whole days from `a` to `b` (b − a; negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return a <= b ? utcDay.count(at(a), at(b)) : -utcDay.count(at(b), at(a));
}

export function startOfMonth(date: IsoDate): IsoDate {
	return back(utcMonth.floor(at(date)));
}

export function endOfMonth(date: IsoDate): IsoDate {
	return back(utcDay.offset(utcMonth.offset(utcMonth.floor(at(date)), 1), -1));
}

const utcQuarter = utcMonth.every(3)!;

export function startOfQuarter(date: IsoDate): IsoDate {
	return back(utcQuarter.floor(at(date)));
}

export function endOfQuarter(date: IsoDate): IsoDate {
	return back(utcDay.offset(utcQuarter.offset(utcQuarter.floor(at(date)), 1), -1));
}

/** Whole days, both ends included — as the URL, the controls and the labels show a period. */
export interface DateRange {
	from: IsoDate;
	to: IsoDate;
}

/** The half-open period [from, to + 1 day) the metric layer asks for: the one inclusive → half-open step. */
export function toPeriod(range: DateRange): Period {
	return { start: range.from, end: addDays(range.to, 1) };
}

/** The whole days a half-open period covers: the one half-open → inclusive step (for labels and forms). */
export function toDateRange(period: Period): DateRange {
	return { from: toIsoDate(toEpochMs(period.start)), to: toIsoDate(toEpochMs(period.end) - 1) };
}

/** Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so that naive timestamps are never shifted. */

export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	return toIsoDate(Date.parse(`${value}T00:00:00Z`)) === value;
}

/** The ISO date of an epoch-ms instant read as UTC wall-clock. */
export function toIsoDate(ms: number): IsoDate {
	return new Date(ms).toISOString().slice(0, 10);
}

export function toMs(date: IsoDate): number {
	return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return toIsoDate(toMs(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

export function startOfMonth(date: IsoDate): IsoDate {
	return `${date.slice(0, 7)}-01`;
}

export function endOfMonth(date: IsoDate): IsoDate {
	const d = new Date(toMs(startOfMonth(date)));
	d.setUTCMonth(d.getUTCMonth() + 1);
	return addDays(toIsoDate(d.getTime()), -1);
}

export function startOfQuarter(date: IsoDate): IsoDate {
	const month = Number(date.slice(5, 7));
	const first = Math.floor((month - 1) / 3) * 3 + 1;
	return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

export function endOfQuarter(date: IsoDate): IsoDate {
	return endOfMonth(addDays(startOfQuarter(date), 62));
}

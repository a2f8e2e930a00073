/**
 * What a file column's first values look like: numbers and their range, dates and how they are written,
 * flags, or text and how many distinct values it has. The mapping uses this besides the column's name. Pure.
 */

/** The first values of each file column (the preview), as read from the file. */
export type ColumnSamples = Readonly<Record<string, readonly unknown[]>>;

/** How dates written as text are ordered: year first (ISO, `2025/01/31`), month first (US) or day first. */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export interface TextTime {
	/** The order the values decide; null when every value reads both ways (both parts ≤ 12). */
	order: DateOrder | null;
	/** Whether the day-or-month order is a question at all (a `05/10/2014` form, not ISO). */
	ordered: boolean;
	/** Some values carry a UTC offset (`Z`, `+09:00`): they are converted to one time zone. */
	offset: boolean;
}

export type ColumnProfile =
	| { kind: 'empty' }
	| { kind: 'temporal' }
	| { kind: 'text_time'; time: TextTime }
	| {
			kind: 'number';
			integer: boolean;
			min: number;
			max: number;
			distinct: number;
			count: number;
			/** The share of values in a range: a few out-of-range values are the import's to report. */
			share: (lo: number, hi: number) => number;
	  }
	| { kind: 'boolean'; numeric: boolean }
	| { kind: 'text'; distinct: number; count: number; maxLength: number; contact: boolean };

/** `2025-01-31`, `2025-01-31 10:30`, `2025-01-31T10:30:00.123+09:00`, `2025/01/31`, `2025.01.31`, `20250131`. */
const YEAR_FIRST =
	/^\d{4}([-/.])\d{1,2}\1\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
/** `05/10/2014`, `5/10/2014 6:15 AM`, `10.05.2014 18:15`, `10-05-2014 18:15:00`. */
const PART_FIRST =
	/^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?$/;
const OFFSET = /\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;
const COMPACT = /^\d{8}(\d{6})?$/;
const FLAGS = new Set(['true', 'false', 't', 'f', 'yes', 'no', 'y', 'n']);

/** Sample values as trimmed strings, without empty ones. */
function texts(values: readonly unknown[]): string[] {
	return values
		.filter((v) => v !== null && v !== undefined)
		.map((v) => (v instanceof Date ? v.toISOString() : String(v).trim()))
		.filter((v) => v.length > 0);
}

/**
 * How text values are written as dates, or null if they are not dates (all must match one form). The
 * day-or-month order of a `05/10/2014` form is decided by a part above 12 in any value.
 */
export function detectTextTime(values: readonly string[]): TextTime | null {
	if (values.length === 0) return null;
	// Most values must be dates in one form (a stray “n/a” far down is counted by the import, not fatal here).
	const enough = (n: number) => n > 0 && n >= values.length * 0.8;
	const yearFirst = values.filter((v) => YEAR_FIRST.test(v) || COMPACT.test(v));
	if (enough(yearFirst.length)) {
		return { order: 'ymd', ordered: false, offset: yearFirst.some((v) => OFFSET.test(v)) };
	}
	const parts = values.map((v) => PART_FIRST.exec(v)).filter((p) => p !== null);
	if (!enough(parts.length)) return null;
	let firstOver12 = false;
	let secondOver12 = false;
	for (const p of parts) {
		const a = Number(p[1]);
		const b = Number(p[3]);
		if (a > 31 || b > 31 || a === 0 || b === 0) return null;
		if (a > 12) firstOver12 = true;
		if (b > 12) secondOver12 = true;
	}
	if (firstOver12 && secondOver12) return null; // neither order reads every value
	const order: DateOrder | null = firstOver12 ? 'dmy' : secondOver12 ? 'mdy' : null;
	return { order, ordered: true, offset: false };
}

/** The profile of a column from its DuckDB type and its first values. */
export function profileColumn(type: string, values: readonly unknown[]): ColumnProfile {
	const t = type.toUpperCase();
	if (t.startsWith('TIMESTAMP') || t === 'DATE') return { kind: 'temporal' };
	const shown = texts(values);
	if (shown.length === 0) return { kind: 'empty' };
	if (t === 'BOOLEAN') return { kind: 'boolean', numeric: false };
	const numbers = shown.map((v) => Number(v));
	if (
		numbers.every((n) => Number.isFinite(n)) &&
		shown.every((v) => /^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(v))
	) {
		const distinct = new Set(numbers).size;
		if (distinct <= 2 && numbers.every((n) => n === 0 || n === 1) && !/INT|DOUBLE|FLOAT|DECIMAL/.test(t)) {
			return { kind: 'boolean', numeric: true };
		}
		return {
			kind: 'number',
			integer: numbers.every((n) => Number.isInteger(n)),
			min: Math.min(...numbers),
			max: Math.max(...numbers),
			distinct,
			count: numbers.length,
			share: (lo: number, hi: number) => numbers.filter((n) => n >= lo && n <= hi).length / numbers.length
		};
	}
	if (shown.every((v) => FLAGS.has(v.toLowerCase()))) return { kind: 'boolean', numeric: false };
	const time = detectTextTime(shown);
	if (time) return { kind: 'text_time', time };
	return {
		kind: 'text',
		distinct: new Set(shown).size,
		count: shown.length,
		maxLength: Math.max(...shown.map((v) => v.length)),
		contact: shown.some((v) => /@|^https?:/i.test(v))
	};
}

/** Whether a profile can feed a timestamp: a date type, dates written as text, or epoch numbers. */
export function looksTemporal(profile: ColumnProfile): boolean {
	if (profile.kind === 'temporal' || profile.kind === 'text_time') return true;
	// epoch seconds from 1973 on are ≥ 1e8; smaller numbers are durations or counts, not times
	return profile.kind === 'number' && profile.min >= 1e8 && profile.max < 1e20;
}

/**
 * Low-cardinality text, as a dimension (channel, region, borough…) is: short values that repeat, not emails or
 * links (one per person or page). The import checks the whole file (≤ 1,000 distinct values).
 */
export function looksLikeDimension(profile: ColumnProfile): boolean {
	if (profile.kind !== 'text' || profile.contact || profile.maxLength > 60) return false;
	return profile.distinct < profile.count && (profile.count < 20 || profile.distinct <= profile.count * 0.6);
}

/** Values that are all different, as an identifier's are. */
export function looksUnique(profile: ColumnProfile): boolean {
	if (profile.kind === 'text') return profile.distinct === profile.count && profile.maxLength <= 64;
	return profile.kind === 'number' && profile.integer && profile.distinct === profile.count;
}

/** The column samples of preview rows (each row an object of column → value). */
export function samplesFromRows(rows: readonly Record<string, unknown>[]): Record<string, unknown[]> {
	const out: Record<string, unknown[]> = {};
	for (const row of rows) {
		for (const [name, value] of Object.entries(row)) (out[name] ??= []).push(value);
	}
	return out;
}

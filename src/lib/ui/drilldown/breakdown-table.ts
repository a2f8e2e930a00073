/** The rows of a breakdown table — one per dimension value, with its contribution — and their sort order. */
import type { Breakdown } from '$lib/metrics/breakdown';
import type { Interval, Verdict } from '$lib/metrics/significance';
import { toCsv } from '../export/csv';
import { contributionsByValue } from './contribution-steps';

export interface BreakdownTableRow {
	/** The dimension value; null where the dimension is missing. */
	value: string | null;
	current: number | null;
	previous: number | null;
	change: number | null;
	/** Its part of the metric's change; null when the change is not decomposed. */
	contribution: number | null;
	/** For a rate: the part due to its share of the total moving, and the part due to its own rate moving. */
	mix: number | null;
	rate: number | null;
	/** Rows behind this value's rate in the current period; null for counts and for a ratio's parts (they share one denominator). */
	sample: number | null;
	/** The current value's 95 % interval (SPEC §4); null when not assessed or too few rows. */
	interval: Interval | null;
	/** Whether this value's own change is real: significant / noise / too-few; null when not assessed. */
	significance: Verdict | null;
}

export type SortKey =
	'value' | 'current' | 'interval' | 'previous' | 'change' | 'contribution' | 'mix' | 'rate' | 'sample';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
	key: SortKey;
	direction: SortDirection;
}

export function breakdownTableRows(breakdown: Breakdown): BreakdownTableRow[] {
	const contributions = contributionsByValue(breakdown.decomposition);
	return breakdown.rows.map((row) => ({
		value: row.value,
		current: row.current,
		previous: row.previous,
		change: row.change,
		contribution: contributions.get(row.value)?.amount ?? null,
		mix: contributions.get(row.value)?.mix ?? null,
		rate: contributions.get(row.value)?.rate ?? null,
		sample: breakdown.shape === 'leaf' ? (row.sample?.current ?? null) : null,
		interval: row.uncertainty.interval,
		significance: row.uncertainty.verdict
	}));
}

/** The number a column sorts by: an interval by its lower bound. */
function sortValue(row: BreakdownTableRow, key: SortKey): string | number | null {
	return key === 'interval' ? (row.interval?.lo ?? null) : row[key];
}

/** Sorted copy: numbers by size, names alphabetically; missing values always last, whatever the direction. */
export function sortRows(rows: readonly BreakdownTableRow[], order: SortOrder): BreakdownTableRow[] {
	const sign = order.direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = sortValue(a, order.key);
		const y = sortValue(b, order.key);
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		const compared = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
		return sign * compared;
	});
}

/** Clicking a column header: the same column flips direction; a new one starts descending (names ascending). */
export function nextSort(current: SortOrder, key: SortKey): SortOrder {
	if (current.key === key) {
		return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
	}
	return { key, direction: key === 'value' ? 'ascending' : 'descending' };
}

/** The CSV's columns: the table's, with the interval as two numbers and the verdict as its code. */
export type CsvColumn = Exclude<SortKey, 'interval'> | 'intervalLo' | 'intervalHi' | 'significance';

/** The breakdown as CSV, numbers unrounded; `header` names the columns in the UI language. */
export function breakdownCsv(
	rows: readonly BreakdownTableRow[],
	header: Record<CsvColumn, string>,
	missing: string
): string {
	const keys: CsvColumn[] = [
		'value',
		'current',
		'intervalLo',
		'intervalHi',
		'previous',
		'change',
		'significance',
		'contribution',
		'mix',
		'rate',
		'sample'
	];
	const cell = (r: BreakdownTableRow, k: CsvColumn): string | number | null => {
		switch (k) {
			case 'value':
				return r.value ?? missing;
			case 'intervalLo':
				return r.interval?.lo ?? null;
			case 'intervalHi':
				return r.interval?.hi ?? null;
			default:
				return r[k];
		}
	};
	return toCsv(
		keys.map((k) => header[k]),
		rows.map((r) => keys.map((k) => cell(r, k)))
	);
}

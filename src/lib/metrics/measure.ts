/** A node's value for one period (or one bucket): the number, the sample behind it, or why there is none. */
import { partAlias, type Part } from './sql/aggregates';
import type { Columns } from './rows';
import type { LeafNode } from './types';

/**
 * Why a value is missing: nothing to compute it from (a zero denominator, no rows for a median),
 * its table is not loaded, or its query failed (`detail` says how).
 */
export type NoValueReason =
	{ code: 'no_data' } | { code: 'table_not_loaded' } | { code: 'query_failed'; detail: string };

export interface Measure {
	value: number | null;
	/** Rows behind a rate, mean or quantile (n rated for CSAT, n answers for NPS); null for counts. */
	sample: number | null;
	reason: NoValueReason | null;
}

export const NO_DATA: NoValueReason = { code: 'no_data' };

export function missing(reason: NoValueReason, sample: number | null = null): Measure {
	return { value: null, sample, reason };
}

function known(value: number, sample: number | null = null): Measure {
	return { value, sample, reason: null };
}

/** 100 × part ÷ whole, or no value when the whole is 0. */
function percent(part: number, whole: number): Measure {
	return whole === 0 ? missing(NO_DATA, 0) : known((100 * part) / whole, whole);
}

/** The measure of a leaf node from its query columns; absent columns mean no rows matched. */
export function leafMeasure(node: LeafNode, columns: Columns | undefined): Measure {
	const get = (part: Part): number | null => columns?.[partAlias(node.id, part)] ?? null;
	const count = (part: Part): number => get(part) ?? 0;
	const d = node.definition;
	switch (d.kind) {
		case 'count':
		case 'count_distinct':
		case 'sum':
		case 'snapshot':
			// An empty period has 0 tickets and 0 revenue: counts and sums default to 0, not to "no value".
			return known(count('value'));
		case 'share':
		case 'repeat':
		case 'distinct_share':
			return percent(count('num'), count('den'));
		case 'mean': {
			const n = count('n');
			return n === 0 ? missing(NO_DATA, 0) : known(count('sum') / n, n);
		}
		case 'quantile': {
			const value = get('value');
			const n = count('n');
			return value === null ? missing(NO_DATA, n) : known(value, n);
		}
	}
}

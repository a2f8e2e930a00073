/** A node's value for one period (or one bucket): the number, the sample behind it, or why there is none. */
import type { Evidence } from './significance';
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
	/** What the value was computed from, for its interval and the verdict on a change (significance.ts). */
	evidence?: Evidence | null;
}

export const NO_DATA: NoValueReason = { code: 'no_data' };

export function missing(reason: NoValueReason, sample: number | null = null): Measure {
	return { value: null, sample, reason };
}

function known(value: number, sample: number | null, evidence: Evidence | null): Measure {
	return { value, sample, reason: null, evidence };
}

/** 100 × part ÷ whole, or no value when the whole is 0. */
function percent(part: number, whole: number): Measure {
	const evidence: Evidence = { kind: 'share', num: part, den: whole, scale: 100 };
	return whole === 0 ? { ...missing(NO_DATA, 0), evidence } : known((100 * part) / whole, whole, evidence);
}

/** The measure of a leaf node from its query columns; absent columns mean no rows matched. */
export function leafMeasure(node: LeafNode, columns: Columns | undefined): Measure {
	const get = (part: Part): number | null => columns?.[partAlias(node.id, part)] ?? null;
	const count = (part: Part): number => get(part) ?? 0;
	const d = node.definition;
	switch (d.kind) {
		case 'count':
		case 'count_distinct':
		case 'snapshot':
			// An empty period has 0 tickets: counts default to 0, not to "no value".
			return known(count('value'), null, { kind: 'count', n: count('value') });
		case 'sum':
			// A sum of amounts (revenue) is not a count of events: no interval is claimed for it.
			return known(count('value'), null, null);
		case 'share':
		case 'repeat':
		case 'distinct_share':
			return percent(count('num'), count('den'));
		case 'mean': {
			const n = count('n');
			const evidence: Evidence = { kind: 'mean', n, sum: count('sum'), sumSquares: count('sumsq') };
			return n === 0 ? { ...missing(NO_DATA, 0), evidence } : known(count('sum') / n, n, evidence);
		}
		case 'quantile': {
			const value = get('value');
			const n = count('n');
			const evidence: Evidence = { kind: 'quantile', n, lo: get('ci_lo'), hi: get('ci_hi') };
			return value === null ? { ...missing(NO_DATA, n), evidence } : known(value, n, evidence);
		}
	}
}

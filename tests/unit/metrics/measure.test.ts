/** A leaf's value from its query columns: the number, the sample behind it and the evidence for its interval. */
import { describe, expect, it } from 'vitest';
import { leafMeasure, missing } from '../../../src/lib/metrics/measure';
import type { LeafNode } from '../../../src/lib/metrics/types';
import { node, tree } from './helpers';

const LEAVES = tree(
	[
		node('c', { kind: 'count' }, { table: 'tickets', tier: 'north_star' }),
		node('s', { kind: 'sum', expr: 'agent_replies' }, { table: 'tickets' }),
		node('sh', { kind: 'share', numerator: 'csat >= 4' }, { table: 'tickets' }),
		node('ds', { kind: 'distinct_share', expr: 'customer_id', min_rows: 2 }, { table: 'tickets' }),
		node('m', { kind: 'mean', expr: 'csat' }, { table: 'tickets' }),
		node('q', { kind: 'quantile', expr: 'csat', q: 0.9 }, { table: 'tickets' })
	],
	['s', 'sh', 'ds', 'm', 'q'].map((child) => ({ parent: 'c', child, type: 'driver' }))
);
const leaf = (id: string) => LEAVES.nodes.find((n) => n.id === id) as LeafNode;

describe('leaf measures', () => {
	it('counts: the count itself, 0 without rows, evidence n for a Poisson interval', () => {
		expect(leafMeasure(leaf('c'), { 'c.value': 42 })).toEqual({
			value: 42,
			sample: null,
			reason: null,
			evidence: { kind: 'count', n: 42 }
		});
		expect(leafMeasure(leaf('c'), undefined)).toEqual({
			value: 0,
			sample: null,
			reason: null,
			evidence: { kind: 'count', n: 0 }
		});
	});

	it('sums: the sum, with no evidence (an amount is not a count of events)', () => {
		expect(leafMeasure(leaf('s'), { 's.value': 12.5 })).toEqual({
			value: 12.5,
			sample: null,
			reason: null,
			evidence: null
		});
	});

	it('shares: 100 × num ÷ den over den rows; no value over 0 rows', () => {
		// 100 × 3 ÷ 12 = 25
		expect(leafMeasure(leaf('sh'), { 'sh.num': 3, 'sh.den': 12 })).toEqual({
			value: 25,
			sample: 12,
			reason: null,
			evidence: { kind: 'share', num: 3, den: 12, scale: 100 }
		});
		expect(leafMeasure(leaf('sh'), { 'sh.num': 0, 'sh.den': 0 })).toEqual({
			value: null,
			sample: 0,
			reason: { code: 'no_data' },
			evidence: { kind: 'share', num: 0, den: 0, scale: 100 }
		});
		// 100 × 1 ÷ 8 = 12.5
		expect(leafMeasure(leaf('ds'), { 'ds.num': 1, 'ds.den': 8 })).toMatchObject({ value: 12.5, sample: 8 });
	});

	it('means: Σx ÷ n with Σx² kept for the interval; no value over 0 rows', () => {
		// (4 + 5 + 3) ÷ 3 = 4; Σx² = 16 + 25 + 9 = 50
		expect(leafMeasure(leaf('m'), { 'm.sum': 12, 'm.n': 3, 'm.sumsq': 50 })).toEqual({
			value: 4,
			sample: 3,
			reason: null,
			evidence: { kind: 'mean', n: 3, sum: 12, sumSquares: 50 }
		});
		expect(leafMeasure(leaf('m'), {})).toEqual({
			value: null,
			sample: 0,
			reason: { code: 'no_data' },
			evidence: { kind: 'mean', n: 0, sum: 0, sumSquares: 0 }
		});
	});

	it('quantiles: the value SQL computed, its n and its interval’s order statistics', () => {
		expect(leafMeasure(leaf('q'), { 'q.value': 4.5, 'q.n': 30, 'q.ci_lo': 4, 'q.ci_hi': 5 })).toEqual({
			value: 4.5,
			sample: 30,
			reason: null,
			evidence: { kind: 'quantile', n: 30, lo: 4, hi: 5 }
		});
		// A median of 0 is a value, not a missing one.
		expect(leafMeasure(leaf('q'), { 'q.value': 0, 'q.n': 1 })).toMatchObject({ value: 0, sample: 1 });
		expect(leafMeasure(leaf('q'), { 'q.value': null, 'q.n': 0 })).toEqual({
			value: null,
			sample: 0,
			reason: { code: 'no_data' },
			evidence: { kind: 'quantile', n: 0, lo: null, hi: null }
		});
	});

	it('missing values keep their reason and sample', () => {
		expect(missing({ code: 'table_not_loaded' })).toEqual({
			value: null,
			sample: null,
			reason: { code: 'table_not_loaded' }
		});
		expect(missing({ code: 'no_data' }, 5)).toMatchObject({ sample: 5 });
	});
});

/** significance.ts at its edges: each kind's dispatch, the degenerate samples, the exact thresholds. */
import { describe, expect, it } from 'vitest';
import {
	compare,
	compareCounts,
	compareIntervals,
	compareMeans,
	compareRates,
	compareShares,
	interval,
	meanInterval,
	observations,
	type Evidence
} from '../../../src/lib/metrics/significance';

describe('observations and intervals per kind', () => {
	it('counts a mean’s and a quantile’s values as their observations', () => {
		expect(observations({ kind: 'mean', n: 12, sum: 24, sumSquares: 60 })).toBe(12);
		expect(observations({ kind: 'quantile', n: 7, lo: 1, hi: 3 })).toBe(7);
		expect(observations({ kind: 'count', n: 5 })).toBe(5);
	});

	it('bounds a mean of two values already', () => {
		// 1 and 3: mean 2, s² = ((1−2)² + (3−2)²) ÷ 1 = 2, half = 1.96 √(2 ÷ 2) = 1.96
		const twoValues = meanInterval(2, 4, 10)!;
		expect(twoValues.lo).toBeCloseTo(0.04, 12);
		expect(twoValues.hi).toBeCloseTo(3.96, 12);
		expect(meanInterval(1, 3, 9)).toBeNull();
	});

	it('gives a share its Wilson interval and a mean its t-free interval through `interval`', () => {
		// 0 of 10: p = 0, centre = (z²/20) ÷ (1 + z²/10), half = z ÷ (1 + z²/10) × √(z²/400) = (z²/20) ÷ (1 + z²/10)
		const z2 = 1.96 * 1.96;
		const share = interval({ kind: 'share', num: 0, den: 10, scale: 100 })!;
		expect(share.lo).toBe(0);
		expect(share.hi).toBeCloseTo((100 * (2 * z2)) / 20 / (1 + z2 / 10), 10);
		const mean = interval({ kind: 'mean', n: 2, sum: 4, sumSquares: 10 })!;
		expect(mean.lo).toBeCloseTo(0.04, 12);
		expect(mean.hi).toBeCloseTo(3.96, 12);
	});

	it('gives a quantile no interval while either bound is missing', () => {
		expect(interval({ kind: 'quantile', n: 5, lo: null, hi: 9 })).toBeNull();
		expect(interval({ kind: 'quantile', n: 5, lo: 2, hi: null })).toBeNull();
		expect(interval({ kind: 'quantile', n: 5, lo: 2, hi: 9 })).toEqual({ lo: 2, hi: 9 });
	});
});

describe('degenerate samples', () => {
	it('calls two shares of all-good (or all-bad) rows noise: no variance, no difference', () => {
		expect(compareShares({ num: 10, den: 10 }, { num: 30, den: 30 })).toBe('noise');
		expect(compareShares({ num: 0, den: 12 }, { num: 0, den: 20 })).toBe('noise');
	});

	it('calls two constant samples significant when their values differ, noise when not', () => {
		const fives = { n: 10, sum: 50, sumSquares: 250 };
		const sixes = { n: 10, sum: 60, sumSquares: 360 };
		expect(compareMeans(fives, sixes)).toBe('significant');
		expect(compareMeans(fives, { ...fives })).toBe('noise');
	});

	it('has no rate without exposure', () => {
		expect(compareRates({ num: 20, exposure: 0 }, { num: 40, exposure: 100 })).toBe('too-few');
		expect(compareRates({ num: 20, exposure: 100 }, { num: 40, exposure: 0 })).toBe('too-few');
		expect(compareRates({ num: 20, exposure: 100 }, { num: 40, exposure: 100 })).toBe('significant');
	});
});

describe('the thresholds are strict', () => {
	it('does not call a count change of exactly 1.96 √(n₀ + n₁) significant', () => {
		// 288 → 337: |49| = 1.96 × √625 = 1.96 × 25
		expect(compareCounts(288, 337)).toBe('noise');
		expect(compareCounts(288, 338)).toBe('significant');
	});

	it('does not call a difference of means of exactly 1.96 standard errors significant', () => {
		// before: five −75s and five 75s (mean 0, s² = 56250 ÷ 9 = 6250); after: ten 49s (s² = 0).
		// se = √(6250 ÷ 10) = 25, and 49 ÷ 25 = 1.96.
		const before = { n: 10, sum: 0, sumSquares: 56_250 };
		expect(compareMeans(before, { n: 10, sum: 490, sumSquares: 24_010 })).toBe('noise');
		expect(compareMeans(before, { n: 10, sum: 500, sumSquares: 25_000 })).toBe('significant');
	});

	it('counts intervals touching at one point as overlapping', () => {
		const lower = { n: 20, interval: { lo: 5, hi: 10 } };
		const upper = { n: 20, interval: { lo: 10, hi: 20 } };
		expect(compareIntervals(upper, lower)).toBe('noise');
		expect(compareIntervals(lower, upper)).toBe('noise');
	});
});

describe('compare', () => {
	// One pair of each kind whose change is significant (checked by hand in significance.test.ts's rules):
	const pairs: Record<Evidence['kind'], [Evidence, Evidence]> = {
		// 80 % → 60 % of 100
		share: [
			{ kind: 'share', num: 80, den: 100, scale: 100 },
			{ kind: 'share', num: 60, den: 100, scale: 100 }
		],
		// ten 5s → ten 6s: no variance, a difference
		mean: [
			{ kind: 'mean', n: 10, sum: 50, sumSquares: 250 },
			{ kind: 'mean', n: 10, sum: 60, sumSquares: 360 }
		],
		// |200 − 100| = 100 > 1.96 √300 ≈ 33.9
		count: [
			{ kind: 'count', n: 100 },
			{ kind: 'count', n: 200 }
		],
		// ln 2 ≈ 0.693 > 1.96 √(1/200 + 1/100) ≈ 0.240
		rate: [
			{ kind: 'rate', num: 100, exposure: 1000, scale: 1 },
			{ kind: 'rate', num: 200, exposure: 1000, scale: 1 }
		],
		// [1, 2] and [5, 6] do not overlap
		quantile: [
			{ kind: 'quantile', n: 20, lo: 1, hi: 2 },
			{ kind: 'quantile', n: 20, lo: 5, hi: 6 }
		]
	};

	it('tests two values of the same kind with their own test', () => {
		for (const [before, after] of Object.values(pairs)) expect(compare(before, after)).toBe('significant');
	});

	it('has no verdict for values of two kinds', () => {
		for (const [a] of Object.values(pairs)) {
			for (const [, b] of Object.values(pairs)) {
				if (a.kind !== b.kind) expect(compare(a, b), `${a.kind} → ${b.kind}`).toBeNull();
			}
		}
	});
});

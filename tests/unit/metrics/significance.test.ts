import { describe, expect, it } from 'vitest';
import {
	compare,
	compareCounts,
	compareIntervals,
	compareMeans,
	compareRates,
	compareShares,
	countInterval,
	interval,
	meanInterval,
	observations,
	quantileRanks,
	rateInterval,
	shareInterval
} from '../../../src/lib/metrics/significance';

describe('shares: Wilson interval and the pooled two-proportion z-test', () => {
	it('gives the Wilson interval', () => {
		// 45 of 90: p = 0.5, so the centre stays 0.5; half-width = z ÷ (1 + z²/n) × √(p(1−p)/n + z²/4n²)
		// = 1.96 ÷ 1.042684 × √(0.0027778 + 0.00011857) = 1.879766 × 0.053815 = 0.101165
		const i = shareInterval(45, 90)!;
		expect(i.lo).toBeCloseTo(39.8835, 3);
		expect(i.hi).toBeCloseTo(60.1165, 3);
		// 0 of 20: [0, z² ÷ (n + z²)] = [0, 3.8416 ÷ 23.8416] = [0, 16.113 %], never below 0
		const none = shareInterval(0, 20)!;
		expect(none.lo).toBe(0);
		expect(none.hi).toBeCloseTo((100 * 3.8416) / 23.8416, 9);
		expect(shareInterval(20, 20)!.hi).toBe(100);
		expect(shareInterval(0, 0)).toBeNull();
	});

	it('calls 80 % → 60 % of 100 significant and 80 % → 75 % noise', () => {
		// pooled 140/200 = 0.7: se = √(0.7 × 0.3 × (1/100 + 1/100)) = 0.064807; z = 0.2 ÷ 0.064807 = 3.09
		expect(compareShares({ num: 80, den: 100 }, { num: 60, den: 100 })).toBe('significant');
		// pooled 155/200 = 0.775: se = √(0.775 × 0.225 × 0.02) = 0.059054; z = 0.05 ÷ 0.059054 = 0.85
		expect(compareShares({ num: 80, den: 100 }, { num: 75, den: 100 })).toBe('noise');
	});

	it('needs 10 observations in each period', () => {
		// 9 of 9 → 0 of 100 would be overwhelming, but 9 rows are too few to tell
		expect(compareShares({ num: 9, den: 9 }, { num: 0, den: 100 })).toBe('too-few');
		expect(compareShares({ num: 10, den: 10 }, { num: 0, den: 100 })).toBe('significant');
	});
});

describe('means (NPS): mean ± z s ÷ √n and Welch’s z', () => {
	// before: five +100 and five 0 → n 10, Σx 500, Σx² 50 000; mean 50, s² = (50 000 − 500²/10) ÷ 9 = 2777.78
	const before = { n: 10, sum: 500, sumSquares: 50_000 };
	it('gives mean ± 1.96 s ÷ √n', () => {
		// 50 ± 1.96 × √(2777.78 ÷ 10) = 50 ± 1.96 × 16.6667 = 50 ± 32.667
		const i = meanInterval(before.n, before.sum, before.sumSquares)!;
		expect(i.lo).toBeCloseTo(50 - 1.96 * Math.sqrt(25_000 / 9 / 10), 9);
		expect(i.hi).toBeCloseTo(82.667, 3); // 50 + 32.667
		expect(meanInterval(1, 100, 10_000)).toBeNull(); // no spread from one answer
	});

	it('calls 50 → −60 significant and 50 → 40 noise', () => {
		// after: two +100, eight −100 → Σx −600, Σx² 100 000; mean −60, s² = (100 000 − 36 000) ÷ 9 = 7111.1
		// se = √(2777.8/10 + 7111.1/10) = 31.447; z = 110 ÷ 31.447 = 3.50
		expect(compareMeans(before, { n: 10, sum: -600, sumSquares: 100_000 })).toBe('significant');
		// after: four +100, six 0 → mean 40, s² = (40 000 − 16 000) ÷ 9 = 2666.7; se = √(277.78 + 266.67) = 23.33; z = 0.43
		expect(compareMeans(before, { n: 10, sum: 400, sumSquares: 40_000 })).toBe('noise');
		expect(compareMeans(before, { n: 9, sum: -900, sumSquares: 90_000 })).toBe('too-few');
	});
});

describe('counts: Poisson', () => {
	it('gives n ± 1.96 √n', () => {
		expect(countInterval(100)).toEqual({ lo: 100 - 19.6, hi: 100 + 19.6 }); // √100 = 10
		expect(countInterval(1).lo).toBe(0); // 1 − 1.96 floored at 0
	});

	it('is significant when |n₁ − n₀| > 1.96 √(n₁ + n₀)', () => {
		// 100 → 130: 30 > 1.96 × √230 = 29.725; 100 → 129: 29 < 1.96 × √229 = 29.660
		expect(compareCounts(100, 130)).toBe('significant');
		expect(compareCounts(100, 129)).toBe('noise');
		expect(compareCounts(9, 50)).toBe('too-few');
	});
});

describe('ratios of counts (contact rate): Poisson rate ratio', () => {
	it('gives scale × (n ± 1.96 √n) ÷ exposure', () => {
		// 100 tickets per 2000 orders × 100 = 5; (100 ± 19.6) ÷ 20 = [4.02, 5.98]
		const i = rateInterval(100, 2000, 100)!;
		expect(i.lo).toBeCloseTo(4.02, 12);
		expect(i.hi).toBeCloseTo(5.98, 12);
		expect(rateInterval(5, 0, 100)).toBeNull();
	});

	it('is significant when |ln(rate₁ ÷ rate₀)| > 1.96 √(1/n₁ + 1/n₀)', () => {
		// 100 → 150 per 2000 orders: ln 1.5 = 0.405 > 1.96 × √(1/150 + 1/100) = 0.253
		expect(compareRates({ num: 100, exposure: 2000 }, { num: 150, exposure: 2000 })).toBe('significant');
		// 100 → 110: ln 1.1 = 0.095 < 1.96 × √(1/110 + 1/100) = 0.271
		expect(compareRates({ num: 100, exposure: 2000 }, { num: 110, exposure: 2000 })).toBe('noise');
		// same 100 tickets but orders 2000 → 1000: the rate doubles, ln 2 = 0.693 > 1.96 × √(2/100) = 0.277
		expect(compareRates({ num: 100, exposure: 2000 }, { num: 100, exposure: 1000 })).toBe('significant');
		expect(compareRates({ num: 8, exposure: 2000 }, { num: 150, exposure: 2000 })).toBe('too-few');
	});
});

describe('quantiles: order-statistic interval, significant only without overlap', () => {
	it('bounds the ranks np ± 1.96 √(np(1 − p))', () => {
		// median of 100: 50 ± 1.96 × √25 = 50 ± 9.8 → ranks ⌊40.2⌋ = 40 and ⌈59.8⌉ = 60
		expect(quantileRanks(100, 0.5)).toEqual({ lo: 40, hi: 60 });
		// p90 of 100: 90 ± 1.96 × √9 = 90 ± 5.88 → 84 and 96
		expect(quantileRanks(100, 0.9)).toEqual({ lo: 84, hi: 96 });
		// median of 5: 2.5 ± 2.19 → ⌊0.31⌋ = 0 clamped to 1, ⌈4.69⌉ = 5
		expect(quantileRanks(5, 0.5)).toEqual({ lo: 1, hi: 5 });
		expect(quantileRanks(0, 0.5)).toBeNull();
	});

	it('compares intervals', () => {
		const at = (lo: number, hi: number, n = 50) => ({ n, interval: { lo, hi } });
		expect(compareIntervals(at(3, 5), at(6, 8))).toBe('significant');
		expect(compareIntervals(at(6, 8), at(3, 5))).toBe('significant');
		expect(compareIntervals(at(3, 6), at(6, 8))).toBe('noise'); // touching is overlapping
		expect(compareIntervals(at(3, 5, 9), at(6, 8))).toBe('too-few');
	});
});

describe('evidence dispatch', () => {
	it('routes each kind to its interval, observations and test', () => {
		expect(observations({ kind: 'share', num: 3, den: 12, scale: 100 })).toBe(12);
		expect(observations({ kind: 'rate', num: 7, exposure: 900, scale: 100 })).toBe(7);
		expect(interval({ kind: 'count', n: 100 })).toEqual({ lo: 80.4, hi: 119.6 });
		expect(interval({ kind: 'quantile', n: 0, lo: null, hi: null })).toBeNull();
		expect(compare({ kind: 'count', n: 100 }, { kind: 'count', n: 130 })).toBe('significant');
		expect(
			compare({ kind: 'quantile', n: 40, lo: 1, hi: 2 }, { kind: 'quantile', n: 40, lo: 3, hi: 4 })
		).toBe('significant');
		expect(compare({ kind: 'count', n: 100 }, { kind: 'share', num: 1, den: 100, scale: 100 })).toBeNull();
	});
});

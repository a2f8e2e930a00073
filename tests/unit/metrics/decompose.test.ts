import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	additiveSplit,
	lmdiSplit,
	mixRateSplit,
	ratioSplit,
	sequentialSplit
} from '../../../src/lib/metrics/decompose';

const sum = (parts: readonly { amount: number }[]) => parts.reduce((total, p) => total + p.amount, 0);

/** Parts sum to the change to 1e-9, relative to the size of the numbers (floating point has ~16 digits). */
function expectSumsTo(parts: readonly { amount: number }[], change: number): void {
	const size = Math.max(1, Math.abs(change), ...parts.map((p) => Math.abs(p.amount)));
	expect(Math.abs(sum(parts) - change)).toBeLessThanOrEqual(1e-9 * size);
}
const count = fc.integer({ min: 0, max: 5000 });
const positive = fc.integer({ min: 1, max: 5000 });
const part = fc.record({ key: fc.string(), before: count, after: count });

describe('additive split', () => {
	it('gives each dimension value its own change', () => {
		const split = additiveSplit([
			{ key: 'chat', before: 3, after: 7 },
			{ key: 'email', before: 1, after: 3 },
			{ key: null, before: 2, after: 2 }
		]);
		expect(split).toEqual({
			change: 6, // (7 + 3 + 2) − (3 + 1 + 2)
			parts: [
				{ key: 'chat', amount: 4 },
				{ key: 'email', amount: 2 },
				{ key: null, amount: 0 }
			]
		});
	});

	it('sums to the change', () => {
		fc.assert(
			fc.property(fc.array(part), (parts) => {
				const split = additiveSplit(parts);
				expectSumsTo(split.parts, split.change);
			})
		);
	});
});

describe('ratio split (SPEC §4: numerator parts + denominator effect)', () => {
	it('splits contact rate 120 → 150 into ticket channels and the orders effect', () => {
		// tickets 6 → 12 (chat 3 → 7, email 1 → 3, other 2 → 2), orders 5 → 8
		const split = ratioSplit(
			[
				{ key: 'chat', before: 3, after: 7 },
				{ key: 'email', before: 1, after: 3 },
				{ key: 'other', before: 2, after: 2 }
			],
			{ before: 5, after: 8 },
			100
		);
		expect(split?.change).toBe(30); // 100 × 12 ÷ 8 − 100 × 6 ÷ 5 = 150 − 120
		expect(split?.parts.map((p) => p.amount)).toEqual([50, 25, 0]); // 100 × Δ ÷ 8: 400/8, 200/8, 0
		expect(split?.denominatorEffect).toBeCloseTo(-45, 12); // 100 × 6 × (1/8 − 1/5)
	});

	it('sums to the change', () => {
		fc.assert(
			fc.property(fc.array(part), positive, positive, (parts, d0, d1) => {
				const split = ratioSplit(parts, { before: d0, after: d1 }, 100)!;
				expectSumsTo([...split.parts, { amount: split.denominatorEffect }], split.change);
			})
		);
	});

	it('is not possible when a denominator is 0', () => {
		expect(ratioSplit([{ key: 'a', before: 1, after: 1 }], { before: 0, after: 3 }, 100)).toBeNull();
	});
});

describe('mix and rate split (SPEC §4)', () => {
	it('splits CSAT 50 → 75 across channels, the mix term weighed by distance from R₀ = 50', () => {
		// rated: chat 1 → 5 (good 1 → 5), email 1 → 2 (good 0 → 1), phone 1 → 0 (good 1 → 0), social 1 → 1 (good 0 → 0)
		// totals 4 → 8, good 2 → 6: R₀ = 100 × 2/4 = 50, R₁ = 100 × 6/8 = 75
		const split = mixRateSplit(
			[
				{ key: 'chat', good: { before: 1, after: 5 }, total: { before: 1, after: 5 } },
				{ key: 'email', good: { before: 0, after: 1 }, total: { before: 1, after: 2 } },
				{ key: 'phone', good: { before: 1, after: 0 }, total: { before: 1, after: 0 } },
				{ key: 'social', good: { before: 0, after: 0 }, total: { before: 1, after: 1 } }
			],
			100
		)!;
		expect(split.change).toBe(25);
		expect(split.parts).toEqual([
			{ key: 'chat', amount: 18.75, mix: 18.75, rate: 0 }, // (5/8 − 1/4) × (100 − 50); rate 100 both
			{ key: 'email', amount: 12.5, mix: 0, rate: 12.5 }, // weight 1/4 both; 1/4 × (50 − 0)
			{ key: 'phone', amount: -12.5, mix: -12.5, rate: 0 }, // gone: (0 − 1/4) × (100 − 50); w₁ = 0
			{ key: 'social', amount: 6.25, mix: 6.25, rate: 0 } // (1/8 − 1/4) × (0 − 50): a bad part lost share
		]);
	});

	it('gives a part that appears its rate against R₀, and nothing for share moves at the average', () => {
		// a: 2 → 2 rated, good 1 → 1 | b: 2 → 1, good 2 → 1 | c: 0 → 1, good 0 → 0 (new)
		// totals 4 → 4, good 3 → 2: R₀ = 75, R₁ = 50, change −25
		const split = mixRateSplit(
			[
				{ key: 'a', good: { before: 1, after: 1 }, total: { before: 2, after: 2 } },
				{ key: 'b', good: { before: 2, after: 1 }, total: { before: 2, after: 1 } },
				{ key: 'c', good: { before: 0, after: 0 }, total: { before: 0, after: 1 } }
			],
			100
		)!;
		expect(split.change).toBe(-25);
		expect(split.parts).toEqual([
			{ key: 'a', amount: 0, mix: 0, rate: 0 }, // weight 1/2 both, rate 50 both
			{ key: 'b', amount: -6.25, mix: -6.25, rate: 0 }, // (1/4 − 1/2) × (100 − 75)
			{ key: 'c', amount: -18.75, mix: 0, rate: -18.75 } // missing r₀ = R₀: mix (1/4)(75 − 75) = 0, rate 1/4 × (0 − 75)
		]);
		// A part exactly as good as average that only gains share contributes nothing:
		// x 2 → 6 rated (good 1 → 3, rate 50), y 1 → 1 (good 1 → 1, rate 100), z 1 → 1 (good 0 → 0, rate 0)
		// totals 4 → 8, good 2 → 4: R₀ = R₁ = 50
		const atAverage = mixRateSplit(
			[
				{ key: 'x', good: { before: 1, after: 3 }, total: { before: 2, after: 6 } },
				{ key: 'y', good: { before: 1, after: 1 }, total: { before: 1, after: 1 } },
				{ key: 'z', good: { before: 0, after: 0 }, total: { before: 1, after: 1 } }
			],
			100
		)!;
		expect(atAverage.change).toBe(0);
		expect(atAverage.parts).toEqual([
			{ key: 'x', amount: 0, mix: 0, rate: 0 }, // (3/4 − 1/2) × (50 − 50); the old rᵢ₀ weighting gave +12.5
			{ key: 'y', amount: -6.25, mix: -6.25, rate: 0 }, // (1/8 − 1/4) × (100 − 50)
			{ key: 'z', amount: 6.25, mix: 6.25, rate: 0 } // (1/8 − 1/4) × (0 − 50)
		]);
	});

	it('sums to the change, including groups that appear or disappear', () => {
		const group = fc.record({
			key: fc.string(),
			total: fc.record({ before: count, after: count })
		});
		const withGood = group.chain((g) =>
			fc.record({
				key: fc.constant(g.key),
				total: fc.constant(g.total),
				good: fc.record({
					before: fc.integer({ min: 0, max: g.total.before }),
					after: fc.integer({ min: 0, max: g.total.after })
				})
			})
		);
		fc.assert(
			fc.property(fc.array(withGood, { minLength: 1 }), (groups) => {
				const split = mixRateSplit(groups, 100);
				const t0 = groups.reduce((s, g) => s + g.total.before, 0);
				const t1 = groups.reduce((s, g) => s + g.total.after, 0);
				if (t0 === 0 || t1 === 0) {
					expect(split).toBeNull();
					return;
				}
				expectSumsTo(split!.parts, split!.change);
				for (const p of split!.parts) expect(p.mix + p.rate).toBe(p.amount);
			})
		);
	});

	it('is not possible when a period has no rated rows (R₀ or the shares would be 0 ÷ 0)', () => {
		// totals 0 → 2: no previous rate R₀
		expect(
			mixRateSplit([{ key: 'a', good: { before: 0, after: 1 }, total: { before: 0, after: 2 } }], 100)
		).toBeNull();
		// totals 2 → 0: no current shares
		expect(
			mixRateSplit([{ key: 'a', good: { before: 1, after: 0 }, total: { before: 2, after: 0 } }], 100)
		).toBeNull();
	});
});

describe('log-change (LMDI) split of a product', () => {
	it('splits orders 5 → 8 into active customers 4 → 6 and orders per customer 1.25 → 4/3', () => {
		const split = lmdiSplit([
			{ key: 'active_customers', before: 4, after: 6 },
			{ key: 'orders_per_customer', before: 1.25, after: 8 / 6 }
		])!;
		const weight = 3 / Math.log(8 / 5); // the logarithmic mean L(8, 5) = (8 − 5) ÷ ln(8 ÷ 5)
		expect(split.change).toBeCloseTo(3, 12);
		expect(split.parts[0]!.amount).toBeCloseTo(weight * Math.log(6 / 4), 12); // ≈ 2.588
		expect(split.parts[1]!.amount).toBeCloseTo(weight * Math.log(8 / 6 / 1.25), 12); // ≈ 0.412
	});

	it('sums to the change for any positive factors, even when the product does not move', () => {
		const factor = fc.record({
			key: fc.string(),
			before: fc.double({ min: 0.01, max: 1e4, noNaN: true }),
			after: fc.double({ min: 0.01, max: 1e4, noNaN: true })
		});
		fc.assert(
			fc.property(fc.array(factor, { minLength: 1, maxLength: 4 }), (factors) => {
				const split = lmdiSplit(factors)!;
				expectSumsTo(split.parts, split.change);
			})
		);
		const flat = lmdiSplit([
			{ key: 'a', before: 2, after: 4 },
			{ key: 'b', before: 2, after: 1 }
		])!;
		expect(flat.change).toBe(0);
		expect(sum(flat.parts)).toBeCloseTo(0, 12);
	});

	it('is not possible with a zero factor', () => {
		expect(lmdiSplit([{ key: 'a', before: 0, after: 3 }])).toBeNull();
	});

	it('is not possible when a factor falls to 0 or below in the current period', () => {
		// ln(0 ÷ 4) = −∞ and ln(−1 ÷ 2) = NaN: no log change to split by
		expect(
			lmdiSplit([
				{ key: 'a', before: 2, after: 3 },
				{ key: 'b', before: 4, after: 0 }
			])
		).toBeNull();
		expect(lmdiSplit([{ key: 'a', before: 2, after: -1 }])).toBeNull();
	});
});

describe('sequential split', () => {
	it('telescopes to the change of any formula', () => {
		fc.assert(
			fc.property(positive, positive, positive, positive, (a0, a1, b0, b1) => {
				const f = (v: ReadonlyMap<string, number>) => (v.get('a')! * v.get('a')!) / v.get('b')!;
				const split = sequentialSplit(
					[
						{ key: 'b', before: b0, after: b1 },
						{ key: 'a', before: a0, after: a1 }
					],
					f
				)!;
				expect(sum(split.parts)).toBeCloseTo(split.change, 6);
				expect(split.change).toBeCloseTo((a1 * a1) / b1 - (a0 * a0) / b0, 6);
			})
		);
	});

	it('moves the inputs in order: contact rate tickets ÷ orders, orders first', () => {
		// orders 5 → 8, tickets 6 → 12: 6/5 = 1.2; orders move: 6/8 = 0.75 (−0.45); tickets move: 12/8 = 1.5 (+0.75)
		const split = sequentialSplit(
			[
				{ key: 'orders', before: 5, after: 8 },
				{ key: 'tickets', before: 6, after: 12 }
			],
			(v) => v.get('tickets')! / v.get('orders')!
		)!;
		expect(split.change).toBeCloseTo(0.3, 12); // 1.5 − 1.2
		expect(split.parts.map((p) => p.key)).toEqual(['orders', 'tickets']);
		expect(split.parts[0]!.amount).toBeCloseTo(-0.45, 12);
		expect(split.parts[1]!.amount).toBeCloseTo(0.75, 12);
	});

	it('has no split when the formula has no value before anything moves', () => {
		// orders 0 → 4: tickets ÷ orders has no previous value (÷ 0), though every later step has one
		const ratio = (v: ReadonlyMap<string, number>) =>
			v.get('orders') === 0 ? null : v.get('tickets')! / v.get('orders')!;
		expect(
			sequentialSplit(
				[
					{ key: 'orders', before: 0, after: 4 },
					{ key: 'tickets', before: 2, after: 6 }
				],
				ratio
			)
		).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/lib/metrics/annotations';
import {
	changeInterval,
	hypothesisRequest,
	hypothesisResult,
	hypothesisWindows
} from '../../../src/lib/metrics/hypothesis';
import type { Measure } from '../../../src/lib/metrics/measure';
import { uncertainty } from '../../../src/lib/metrics/uncertainty';

const LAUNCH: Annotation = {
	id: 'launch',
	start: '2025-06-01',
	label: 'Launch',
	hypothesis: { metric: 'contact_rate', expect: 'down', days: 28 }
};

/** tickets per 100 orders as the tree measures it: a Poisson count over the orders as exposure. */
const rate = (tickets: number, orders: number): Measure => ({
	value: (100 * tickets) / orders,
	sample: orders,
	reason: null,
	evidence: { kind: 'rate', num: tickets, exposure: orders, scale: 100 }
});
const node = (after: Measure, before: Measure) => ({
	value: after.value,
	previous: before.value,
	uncertainty: uncertainty(after, before)
});

describe('the windows of a hypothesis', () => {
	it('compares the N days after a single day with the N days before, the day itself left out', () => {
		// before: 28 days ending at 06-01 → from 05-04; after: from 06-02 for 28 days → to 06-30 (exclusive)
		expect(hypothesisWindows(LAUNCH, 28)).toEqual({
			before: { start: '2025-05-04', end: '2025-06-01' },
			after: { start: '2025-06-02', end: '2025-06-30' }
		});
	});

	it('leaves a range out whole', () => {
		// the incident 09-08 … 09-14, N = 7: before [09-01, 09-08), after [09-15, 09-22)
		const incident: Annotation = { id: 'i', start: '2025-09-08', end: '2025-09-14', label: 'Incident' };
		expect(hypothesisWindows(incident, 7)).toEqual({
			before: { start: '2025-09-01', end: '2025-09-08' },
			after: { start: '2025-09-15', end: '2025-09-22' }
		});
	});

	it('asks the evaluation for the after-window against the before-window', () => {
		expect(hypothesisRequest(LAUNCH, LAUNCH.hypothesis!)).toMatchObject({
			period: { start: '2025-06-02', end: '2025-06-30' },
			previous: { start: '2025-05-04', end: '2025-06-01' }
		});
	});
});

describe('the verdict', () => {
	it('is supported when the change is significant and in the expected direction', () => {
		// before 40 tickets / 400 orders = 10 per 100; after 20 / 400 = 5.
		// |ln(5 ÷ 10)| = 0.6931 > 1.96 √(1/20 + 1/40) = 1.96 × 0.27386 = 0.5368 → significant, and down
		const result = hypothesisResult(LAUNCH.hypothesis!, node(rate(20, 400), rate(40, 400)));
		expect(result).toMatchObject({
			verdict: 'supported',
			before: 10,
			after: 5,
			change: -5,
			significance: 'significant'
		});
		expect(result.n).toEqual({ before: 40, after: 20 });
		// intervals: before 100 × (40 ± 1.96 √40) ÷ 400 = 10 ± 3.0990; after 100 × (20 ± 1.96 √20) ÷ 400 = 5 ± 2.1913
		// change −5 ± √(2.1913² + 3.0990²) = −5 ± 3.7955 (symmetric here: Poisson intervals are)
		expect(result.changeInterval!.lo).toBeCloseTo(-8.7955, 3);
		expect(result.changeInterval!.hi).toBeCloseTo(-1.2045, 3);
	});

	it('is contradicted when the change is significant the other way', () => {
		const result = hypothesisResult(LAUNCH.hypothesis!, node(rate(40, 400), rate(20, 400)));
		expect(result).toMatchObject({ verdict: 'contradicted', change: 5 });
	});

	it('is inconclusive within noise, with too few observations, and without a value', () => {
		// 36 vs 40 tickets: |ln(0.9)| = 0.105 < 1.96 √(1/36 + 1/40) = 0.4504 → noise
		expect(hypothesisResult(LAUNCH.hypothesis!, node(rate(36, 400), rate(40, 400))).verdict).toBe(
			'inconclusive'
		);
		// 5 tickets after: fewer than 10 observations → too few to tell, even though the rate halved… and more
		const few = hypothesisResult(LAUNCH.hypothesis!, node(rate(5, 400), rate(40, 400)));
		expect([few.verdict, few.significance]).toEqual(['inconclusive', 'too-few']);
		const none: Measure = { value: null, sample: 0, reason: { code: 'no_data' } };
		const empty = hypothesisResult(LAUNCH.hypothesis!, node(none, rate(40, 400)));
		expect([empty.verdict, empty.change, empty.changeInterval]).toEqual(['inconclusive', null, null]);
	});
});

describe('the interval of a change', () => {
	it('keeps asymmetric intervals asymmetric (MOVER)', () => {
		// before 50 in [40, 55], after 60 in [58, 70]: Δ = 10;
		// lo = 10 − √((60 − 58)² + (55 − 50)²) = 10 − √29; hi = 10 + √((70 − 60)² + (50 − 40)²) = 10 + √200
		const i = changeInterval(
			{ value: 50, interval: { lo: 40, hi: 55 } },
			{ value: 60, interval: { lo: 58, hi: 70 } }
		)!;
		expect(i.lo).toBeCloseTo(10 - Math.sqrt(29), 12);
		expect(i.hi).toBeCloseTo(10 + Math.sqrt(200), 12);
		expect(changeInterval({ value: 1, interval: null }, { value: 2, interval: { lo: 1, hi: 3 } })).toBeNull();
	});
});

describe('the verdict at its edges', () => {
	const UP = { metric: 'contact_rate', expect: 'up', days: 28 } as const;
	const DOWN = { metric: 'contact_rate', expect: 'down', days: 28 } as const;
	/** A result marked significant by hand, whatever its values, to reach the guards behind the test. */
	const significant = (value: number | null, previous: number | null) => ({
		value,
		previous,
		uncertainty: {
			n: { current: 40, previous: 40 },
			interval: { lo: 1, hi: 3 },
			previousInterval: { lo: 4, hi: 6 },
			verdict: 'significant' as const
		}
	});

	it('reads the expected direction: up supported by a rise, contradicted by a fall', () => {
		expect(hypothesisResult(UP, node(rate(40, 400), rate(20, 400))).verdict).toBe('supported');
		expect(hypothesisResult(UP, node(rate(20, 400), rate(40, 400))).verdict).toBe('contradicted');
	});

	it('has no change, no interval and no verdict without the value before or after', () => {
		for (const [value, previous] of [
			[2, null],
			[null, 5]
		] as const) {
			const result = hypothesisResult(UP, significant(value, previous));
			expect([result.verdict, result.change, result.changeInterval]).toEqual(['inconclusive', null, null]);
			expect(hypothesisResult(DOWN, significant(value, previous)).verdict).toBe('inconclusive');
		}
	});

	it('calls no change inconclusive, whichever way was expected', () => {
		expect(hypothesisResult(DOWN, significant(5, 5)).verdict).toBe('inconclusive');
		expect(hypothesisResult(UP, significant(5, 5)).verdict).toBe('inconclusive');
		// 2 in [1, 3] after 5 in [4, 6]: Δ = −3 ± √(1² + 1²)
		const fall = hypothesisResult(DOWN, significant(2, 5));
		expect(fall.verdict).toBe('supported');
		expect(fall.changeInterval!.lo).toBeCloseTo(-3 - Math.SQRT2, 12);
		expect(fall.changeInterval!.hi).toBeCloseTo(-3 + Math.SQRT2, 12);
	});

	it('asks for weekly buckets', () => {
		expect(hypothesisRequest(LAUNCH, LAUNCH.hypothesis!).grain).toBe('week');
	});
});

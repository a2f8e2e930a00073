import { describe, expect, it } from 'vitest';
import {
	RESIDUAL_KEY,
	toneOf,
	waterfallDomain,
	waterfallGeometry,
	waterfallLayout,
	type WaterfallBar
} from '../../../src/lib/charts/waterfall';

const start = { label: 'Previous period', value: 10 };
const end = { label: 'This period', value: 12 };
const steps = [
	{ key: 'chat', label: 'Chat', delta: 3 },
	{ key: 'email', label: 'Email', delta: -1 }
];
const ends = (bars: WaterfallBar[]) => bars.map((b) => (b.kind === 'total' ? b.value : [b.from, b.to]));

describe('waterfall chain', () => {
	it('floats each contribution from where the previous one ended, to the end value', () => {
		// 10 → +3 → 13 → −1 → 12
		expect(ends(waterfallLayout(start, steps, end))).toEqual([10, [10, 13], [13, 12], 12]);
	});

	it('closes a gap between the contributions and the change with a residual step', () => {
		// 10 + 3 − 1 = 12, but the period ended at 15: 3 is unexplained
		const bars = waterfallLayout(start, steps, { label: 'This period', value: 15 }, 'Other');
		expect(bars.at(-2)).toMatchObject({ key: RESIDUAL_KEY, label: 'Other', delta: 3, from: 12, to: 15 });
	});

	it('adds no residual for floating-point error', () => {
		const bars = waterfallLayout({ label: 'a', value: 0.1 }, [{ key: 'x', label: 'x', delta: 0.2 }], {
			label: 'b',
			value: 0.3
		});
		// 0.1 + 0.2 = 0.30000000000000004
		expect(bars).toHaveLength(3);
	});

	it('keeps all bars in place when nothing changed', () => {
		const bars = waterfallLayout({ label: 'a', value: 4 }, [{ key: 'x', label: 'x', delta: 0 }], {
			label: 'b',
			value: 4
		});
		expect(ends(bars)).toEqual([4, [4, 4], 4]);
	});
});

describe('waterfall axis', () => {
	const domainOf = (s: number, deltas: number[]) =>
		waterfallDomain(
			waterfallLayout(
				{ label: 's', value: s },
				deltas.map((delta, i) => ({ key: String(i), label: String(i), delta })),
				{ label: 'e', value: s + deltas.reduce((a, b) => a + b, 0) }
			)
		);

	it('starts at zero when that costs at most two thirds of the width', () => {
		// totals 4..7: span 3, and 4 ≤ 2 × 3
		expect(domainOf(4, [3, -1])).toEqual({ domain: [0, 7], baseline: 0 });
	});

	it('cuts the axis when zero is far, leaving a quarter of the span below the smallest total', () => {
		// totals 10..13: span 3, 10 > 2 × 3 → from 10 − 0.75 = 9.25
		expect(domainOf(10, [3, -1])).toEqual({ domain: [9.25, 13], baseline: 9.25 });
	});

	it('spans negative and positive values with zero as the baseline', () => {
		expect(domainOf(-5, [9, -1])).toEqual({ domain: [-5, 4], baseline: 0 });
	});

	it('mirrors the cut for all-negative values', () => {
		// totals −13..−10: cut above −10 by 0.75
		expect(domainOf(-10, [-3, 1])).toEqual({ domain: [-13, -9.25], baseline: -9.25 });
	});

	it('runs from zero to the value when every delta is zero, and ±1 around zero when that is 0 too', () => {
		expect(domainOf(92.4, [0, 0])).toEqual({ domain: [0, 92.4], baseline: 0 });
		expect(domainOf(-3, [0])).toEqual({ domain: [-3, 0], baseline: 0 });
		expect(domainOf(0, [0])).toEqual({ domain: [-1, 1], baseline: 0 });
	});
});

describe('waterfall geometry', () => {
	const format = (v: number | null) => String(v);
	const formatDelta = (v: number | null) => (v !== null && v > 0 ? `+${v}` : String(v));
	const geometry = waterfallGeometry(
		waterfallLayout({ label: 'Before', value: 4 }, steps, { label: 'After', value: 6 }),
		{
			width: 300,
			format,
			formatDelta,
			goodDirection: 'down'
		}
	);

	it('chains the pixel bars: each step starts where the previous bar ended', () => {
		const [first, up, down, last] = geometry.rows;
		// domain [0, 7]; totals grow from zero
		expect(first?.x0).toBe(geometry.zeroX);
		expect(up?.x0).toBeCloseTo(first!.x1, 9);
		expect(down?.x1).toBeCloseTo(up!.x1, 9);
		expect(last?.x1).toBeCloseTo(down!.x0, 9);
		expect(geometry.connectors.map((c) => c.x)).toEqual([first!.x1, up!.x1, down!.x0]);
	});

	it('colours by whether the direction is good, and marks the direction with ▲/▼ as well', () => {
		// goodDirection down: +3 is bad, −1 is good
		expect(geometry.rows.map((r) => [r.tone, r.mark, r.valueLabel])).toEqual([
			['total', '', '4'],
			['bad', '▲', '▲ +3'],
			['good', '▼', '▼ -1'],
			['total', '', '6']
		]);
		expect(toneOf(2, 'up')).toBe('good');
		expect(toneOf(0, 'up')).toBe('neutral');
	});

	it('wraps a long label onto two lines in the label column', () => {
		const long = waterfallGeometry(
			waterfallLayout(
				{ label: 'Before', value: 4 },
				[{ key: 'a', label: 'Account access and two-factor authentication problems', delta: 1 }],
				{ label: 'After', value: 5 }
			),
			{ width: 300, format, formatDelta, goodDirection: 'up' }
		);
		// label column: 38% of 300 = 114 px = 15 characters at 7.2 px
		expect(long.rows[1]?.lines).toEqual(['Account access', 'and two-factor…']);
	});

	it('marks totals as cut when the axis does not start at zero', () => {
		const cut = waterfallGeometry(
			waterfallLayout({ label: 'a', value: 100 }, [], { label: 'b', value: 101 }),
			{
				width: 300,
				format,
				formatDelta,
				goodDirection: 'up'
			}
		);
		expect(cut.rows.map((r) => r.broken)).toEqual([true, false, true]);
		expect(cut.zeroX).toBeNull();
	});
});

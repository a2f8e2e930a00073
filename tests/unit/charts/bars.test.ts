import { describe, expect, it } from 'vitest';
import { barDomain, barLayout } from '../../../src/lib/charts/bars';

const format = (v: number | null) => (v === null ? '—' : String(v));

describe('bar layout', () => {
	// 12 px font: "100" is 3 × 0.6 × 12 = 21.6 px; "Email" 36 px; "Chat" 28.8 px
	const layout = barLayout(
		[
			{ key: 'Email', value: 100, previous: 50 },
			{ key: 'Chat', value: 25, previous: null }
		],
		{ width: 300, format }
	);

	it('starts the bars after the widest key and ends them before the widest value', () => {
		// label column ceil(36) = 36; bars from 36 + 8 = 44 to 300 − 21.6 − 8 = 270.4
		expect(layout.labelRight).toBe(36);
		expect(layout.zeroX).toBe(44);
		expect(layout.bars[0]).toMatchObject({ x0: 44, x1: 270.4, previousX: 44 + 226.4 / 2 });
		// 25 of 100 → a quarter of 226.4 px
		expect(layout.bars[1]?.x1).toBeCloseTo(44 + 226.4 / 4, 9);
	});

	it('stacks one row per key and has no previous marker where there is no previous value', () => {
		expect(layout.bars.map((b) => b.y)).toEqual([0, 30]);
		expect(layout.height).toBe(60);
		expect(layout.bars[1]?.previousX).toBeNull();
	});

	it('draws no bar for a missing value but still labels the row', () => {
		const missing = barLayout([{ key: 'Phone', value: null, previous: 3 }], { width: 300, format });
		expect(missing.bars[0]).toMatchObject({ x0: null, x1: null, valueLabel: '—' });
		expect(missing.bars[0]?.previousX).not.toBeNull();
	});

	it('grows negative bars leftwards from zero', () => {
		const signed = barLayout(
			[
				{ key: 'a', value: -10, previous: null },
				{ key: 'b', value: 30, previous: null }
			],
			{ width: 300, format }
		);
		const [neg, pos] = signed.bars;
		expect(neg?.x1).toBe(signed.zeroX);
		expect(neg!.x0!).toBeLessThan(signed.zeroX);
		expect(pos?.x0).toBe(signed.zeroX);
		// |−10| : 30 = 1 : 3
		expect((signed.zeroX - neg!.x0!) * 3).toBeCloseTo(pos!.x1! - signed.zeroX, 9);
	});

	it('truncates a long key to 40% of the width and says so', () => {
		const long = barLayout(
			[{ key: 'Account access and two-factor authentication', value: 1, previous: null }],
			{
				width: 300,
				format
			}
		);
		// 40% of 300 = 120 px; at 7.2 px a character that is 15 characters plus "…"
		expect(long.labelRight).toBe(120);
		expect(long.bars[0]?.label).toBe('Account access…');
		expect(long.bars[0]?.truncated).toBe(true);
	});
});

describe('bar domain', () => {
	it('always includes zero and both periods', () => {
		expect(barDomain([{ key: 'a', value: 5, previous: 9 }])).toEqual([0, 9]);
		expect(barDomain([{ key: 'a', value: -5, previous: -2 }])).toEqual([-5, 0]);
		expect(barDomain([{ key: 'a', value: null, previous: null }])).toEqual([0, 1]);
	});
});

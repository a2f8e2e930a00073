import { describe, expect, it } from 'vitest';
import { fitCardSize } from '../../../src/lib/charts/metric-tree-layout';

describe('fitting the tree’s cards to the screen', () => {
	it('uses full-width one-line cards when four columns fit (1440 px window: 1232 px of tree)', () => {
		// (1232 − 3 × 40) ÷ 4 = 278 → capped at 256
		expect(fitCardSize(1232, 4, 40)).toEqual({ cardWidth: 256, cardHeight: 104, nameLines: 1 });
	});

	it('narrows the cards and gives names two lines on a 1024 px laptop', () => {
		// (976 − 3 × 40) ÷ 4 = 214
		expect(fitCardSize(976, 4, 40)).toEqual({ cardWidth: 214, cardHeight: 120, nameLines: 2 });
	});

	it('never goes below the minimum width (the tree then turns into a list)', () => {
		expect(fitCardSize(600, 4, 40).cardWidth).toBe(208);
	});

	it('handles a fully collapsed tree (one column)', () => {
		expect(fitCardSize(1232, 1, 40).cardWidth).toBe(256);
	});
});

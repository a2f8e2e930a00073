/** A selection on a time series: which buckets, the band over them, and the selector's pointer and key rules. */
import { describe, expect, it } from 'vitest';
import { indexRangeOf, ordered, selectionBand } from '../../../src/lib/charts/series-selection';
import { SeriesSelector } from '../../../src/lib/charts/series-selector.svelte';

const DAY = 86_400_000;
// Five daily points 20 px apart from x = 40 (so half a step is 10 px).
const points = [0, 1, 2, 3, 4].map((i) => ({ t: i * DAY, x: 40 + 20 * i }));

describe('selection geometry', () => {
	it('orders a range dragged right to left', () => {
		expect(ordered({ from: 3, to: 1 })).toEqual({ from: 1, to: 3 });
	});

	it('finds the buckets whose start lies in a range of days', () => {
		expect(indexRangeOf(points, 1 * DAY, 3 * DAY)).toEqual({ from: 1, to: 3 });
		// a range starting before the chart and ending mid-bucket: the buckets it reaches
		expect(indexRangeOf(points, -5 * DAY, 2.5 * DAY)).toEqual({ from: 0, to: 2 });
		expect(indexRangeOf(points, 6 * DAY, 7 * DAY)).toBeNull();
	});

	it('bands from half-way to the bucket before to half-way to the one after, inside the plot', () => {
		// buckets 1…3: 60 − 10 = 50 to 100 + 10 = 110
		expect(selectionBand(points, { from: 3, to: 1 }, 40, 120)).toEqual({ x0: 50, x1: 110 });
		// the first bucket alone: 40 − 10 = 30, clamped to the plot's left edge 40; 40 + 10 = 50
		expect(selectionBand(points, { from: 0, to: 0 }, 40, 120)).toEqual({ x0: 40, x1: 50 });
		expect(selectionBand(points, { from: 7, to: 7 }, 40, 120)).toBeNull();
	});
});

describe('SeriesSelector', () => {
	it('a click is a drag of one bucket; a drag ends where the pointer is let go', () => {
		const s = new SeriesSelector();
		s.pointerDown(2, 1);
		expect(s.pointerUp(1)).toEqual({ from: 2, to: 2 });
		s.pointerDown(3, 1);
		s.pointerMove(2, 1);
		s.pointerMove(0, 1);
		expect(s.range).toEqual({ from: 3, to: 0 }); // drawn while dragging
		expect(s.pointerUp(1)).toEqual({ from: 0, to: 3 });
		expect(s.range).toBeNull();
	});

	it('ignores another pointer, and gives nothing once cancelled (Escape)', () => {
		const s = new SeriesSelector();
		s.pointerDown(1, 7);
		s.pointerMove(4, 8);
		expect(s.range).toEqual({ from: 1, to: 1 });
		expect(s.cancel()).toBe(true);
		expect(s.pointerUp(7)).toBeNull();
		expect(s.cancel()).toBe(false);
	});

	it('extends from the first anchor with Shift+arrows; Enter confirms it or takes the day shown', () => {
		const s = new SeriesSelector();
		expect(s.confirm(4)).toEqual({ from: 4, to: 4 });
		s.extend(4, 3);
		s.extend(3, 2);
		expect(s.range).toEqual({ from: 4, to: 2 });
		expect(s.confirm(2)).toEqual({ from: 2, to: 4 });
		expect(s.range).toBeNull();
	});
});

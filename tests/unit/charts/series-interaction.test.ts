/** The time-series chart's pointer and key rules, its selection's days, and its words (legend, table, name). */
import { describe, expect, it } from 'vitest';
import { SeriesInteraction } from '../../../src/lib/charts/series-interaction.svelte';
import { rangeText } from '../../../src/lib/charts/series-selection';
import {
	SERIES_LABELS,
	seriesAriaLabel,
	seriesLegend,
	seriesTable
} from '../../../src/lib/charts/series-text';

const DAY = 86_400_000;
const points = [0, 1, 2, 3, 4].map((i) => ({ t: i * DAY }));
const day = (t: number) => `d${t / DAY}`;
const chart = (selectable: boolean, pts: readonly { t: number }[] = points) =>
	new SeriesInteraction({ points: () => pts, selectable: () => selectable });

describe('pointer', () => {
	it('moves the read-out to the point under the pointer, and to none off the points', () => {
		const c = chart(false);
		c.pointerMove(2, 1);
		expect(c.active).toBe(2);
		c.pointerMove(-1, 1);
		expect(c.active).toBeNull();
	});

	it('starts no selection on a chart that does not select, nor with a button other than the main one', () => {
		const plain = chart(false);
		expect(plain.pointerDown(3, 1, 0)).toBe(false);
		expect(plain.active).toBe(3);
		expect(plain.selector.range).toBeNull();
		const selecting = chart(true);
		expect(selecting.pointerDown(3, 1, 2)).toBe(false);
		expect(selecting.pointerDown(-1, 1, 0)).toBe(false);
		expect(selecting.selector.range).toBeNull();
	});

	it('a drag picks the days from the first to the last bucket it crossed, in date order', () => {
		const c = chart(true);
		expect(c.pointerDown(3, 1, 0)).toBe(true);
		c.pointerMove(1, 1);
		expect(c.liveText(day)).toBe('d1 – d3');
		c.pointerLeave(); // a drag leaving the chart keeps the read-out where it is
		expect(c.active).toBe(1);
		expect(c.pointerUp(2)).toBeNull(); // another pointer
		expect(c.pointerUp(1)).toEqual({ start: DAY, end: 3 * DAY });
		expect(c.liveText(day)).toBeNull();
		c.pointerLeave();
		expect(c.active).toBeNull();
	});

	it('losing focus drops the read-out point and the selection', () => {
		const c = chart(true);
		c.pointerDown(2, 1, 0);
		c.blur();
		expect(c.active).toBeNull();
		expect(c.pointerUp(1)).toBeNull();
	});
});

describe('keys', () => {
	it('on a chart that only reads out: arrows from the latest point, Escape back to none, other keys unused', () => {
		const c = chart(false);
		expect(c.key('ArrowLeft', false)).toEqual({ used: true, picked: null });
		expect(c.active).toBe(4);
		c.key('ArrowLeft', true);
		expect(c.active).toBe(3);
		c.key('Home', false);
		expect(c.active).toBe(0);
		expect(c.key('Enter', false)).toEqual({ used: false, picked: null });
		expect(c.key('a', false)).toEqual({ used: false, picked: null });
		expect(c.key('Escape', false)).toEqual({ used: true, picked: null });
		expect(c.active).toBeNull();
	});

	it('Enter picks the day shown: the latest when none was moved to', () => {
		const c = chart(true);
		expect(c.key('Enter', false)).toEqual({ used: true, picked: { start: 4 * DAY, end: 4 * DAY } });
		c.key('Home', false);
		expect(c.key('Enter', false)).toEqual({ used: true, picked: { start: 0, end: 0 } });
	});

	it('Shift+arrows extend a selection from where it started; Enter picks it in date order', () => {
		const c = chart(true);
		c.key('ArrowLeft', true);
		expect(c.selector.range).toEqual({ from: 4, to: 4 });
		expect(c.key('ArrowLeft', true)).toEqual({ used: true, picked: null });
		expect(c.active).toBe(3);
		expect(c.liveText(day)).toBe('d3 – d4');
		expect(c.key('Enter', false)).toEqual({ used: true, picked: { start: 3 * DAY, end: 4 * DAY } });
		expect(c.selector.range).toBeNull();
	});

	it('Escape drops a selection and keeps the read-out; a plain arrow drops it and moves', () => {
		const c = chart(true);
		c.key('ArrowLeft', true);
		c.key('ArrowLeft', true);
		expect(c.key('Escape', false)).toEqual({ used: true, picked: null });
		expect(c.selector.range).toBeNull();
		expect(c.active).toBe(3);
		c.key('ArrowLeft', true);
		expect(c.key('ArrowLeft', false)).toEqual({ used: true, picked: null });
		expect(c.selector.range).toBeNull();
		expect(c.active).toBe(1);
		// With no selection Escape drops the read-out point, as on a chart that only reads out.
		expect(c.key('Escape', false)).toEqual({ used: true, picked: null });
		expect(c.active).toBeNull();
	});

	it('a chart without points uses no key', () => {
		const c = chart(true, []);
		expect(c.key('Enter', false)).toEqual({ used: false, picked: null });
		expect(c.key('ArrowLeft', true)).toEqual({ used: false, picked: null });
		expect(c.active).toBeNull();
	});
});

describe('selection drawn', () => {
	it('is the selection being made, else the buckets of the days kept', () => {
		const c = chart(true);
		expect(c.selected(null)).toBeNull();
		expect(c.selected({ start: DAY, end: 2 * DAY })).toEqual({ from: 1, to: 2 });
		c.pointerDown(4, 1, 0);
		expect(c.selected({ start: DAY, end: 2 * DAY })).toEqual({ from: 4, to: 4 });
	});

	it('reads out one day or the first and last, and nothing outside the points', () => {
		expect(rangeText(points, { from: 3, to: 1 }, day)).toBe('d1 – d3');
		expect(rangeText(points, { from: 2, to: 2 }, day)).toBe('d2');
		expect(rangeText(points, { from: 2, to: 7 }, day)).toBeNull();
	});
});

describe('words', () => {
	const format = (v: number | null) => (v === null ? '—' : v.toFixed(1));
	const row = (t: number, current: number | null, interval: { lo: number; hi: number } | null) => ({
		t,
		current,
		previous: 2,
		interval
	});

	it('a table with the interval column only when a point has an interval', () => {
		expect(
			seriesTable([row(0, 1, null), row(DAY, 3, { lo: 2, hi: 4.25 })], SERIES_LABELS, format, day)
		).toEqual({
			columns: ['Date', 'Current', '95% interval', 'Previous period'],
			rows: [{ cells: ['d0', '1.0', '—', '2.0'] }, { cells: ['d1', '3.0', '2.0 – 4.3', '2.0'] }]
		});
		expect(seriesTable([row(0, null, null)], SERIES_LABELS, format, day)).toEqual({
			columns: ['Date', 'Current', 'Previous period'],
			rows: [{ cells: ['d0', '—', '2.0'] }]
		});
	});

	it('a legend with the band and the target only when drawn', () => {
		expect(seriesLegend([{ interval: null }], null, SERIES_LABELS).map((i) => i.mark)).toEqual([
			'current',
			'previous'
		]);
		expect(seriesLegend([{ interval: null }, { interval: { lo: 1, hi: 2 } }], '85%', SERIES_LABELS)).toEqual([
			{ mark: 'current', label: 'Current' },
			{ mark: 'band', label: '95% interval' },
			{ mark: 'previous', label: 'Previous period' },
			{ mark: 'target', label: 'Target 85%' }
		]);
	});

	it('an accessible name with the dates and, on a chart that selects, the selection keys', () => {
		expect(seriesAriaLabel('CSAT', points, day, SERIES_LABELS, false)).toBe(
			'CSAT. d0 – d4. Arrow keys move the read-out.'
		);
		expect(seriesAriaLabel('CSAT', [], day, { hint: 'h', selectHint: 's' }, true)).toBe('CSAT. . h. s.');
	});
});

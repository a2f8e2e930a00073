import { describe, expect, it } from 'vitest';
import { placeAnnotations, xAt, type AnnotationMark } from '../../../src/lib/charts/annotation-marks';
import { chartAnnotations } from '../../../src/lib/ui/notes/chart-annotations';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Seven daily buckets from 2025-09-08 at x = 10, 20, …, 70. */
const WEEK = Array.from({ length: 7 }, (_, i) => ({ t: day('2025-09-08') + i * DAY, x: 10 * (i + 1) }));
const mark = (id: string, start: string, end = start): AnnotationMark => ({
	id,
	label: id,
	start: day(start),
	end: day(end)
});

describe('placing annotations on a time series', () => {
	it('puts a date between two anchors proportionally, and nothing outside them', () => {
		// noon of the second day: halfway from x = 20 to x = 30
		expect(xAt(WEEK, day('2025-09-09') + DAY / 2)).toBe(25);
		expect(xAt(WEEK, day('2025-09-07'))).toBeNull();
		expect(xAt([], 0)).toBeNull();
	});

	it('draws a day as a rule and a range as a band, clipped to the plotted dates', () => {
		const end = day('2025-09-15');
		const placed = placeAnnotations(
			WEEK,
			[
				mark('day', '2025-09-10'),
				// from before the chart to its third day: clipped on the left at x = 10
				mark('range', '2025-09-01', '2025-09-10'),
				// outside: after the last bucket's end, and before the first day
				mark('late', '2025-09-15'),
				mark('early', '2025-09-01', '2025-09-07')
			],
			end
		);
		expect(placed.map((p) => [p.id, p.kind, p.x0, p.x1])).toEqual([
			['day', 'day', 30, 30],
			['range', 'range', 10, 30]
		]);
	});

	it('takes the notes of a period, oldest first, as marks of their first and last day', () => {
		const notes = [
			{ id: 'b', start: '2025-09-08', end: '2025-09-14', label: 'Incident' },
			{ id: 'a', start: '2025-06-01', label: 'Launch' }
		];
		expect(chartAnnotations(notes, { start: '2025-06-01', end: '2025-09-09' })).toEqual([
			{ id: 'a', label: 'Launch', start: day('2025-06-01'), end: day('2025-06-01') },
			{ id: 'b', label: 'Incident', start: day('2025-09-08'), end: day('2025-09-14') }
		]);
		// the period [06-02, 09-08) holds neither: the launch is the day before, the incident starts at its end
		expect(chartAnnotations(notes, { start: '2025-06-02', end: '2025-09-08' })).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	nearestIndex,
	placeTimeTicks,
	stepIndex,
	timeSeriesLayout,
	valueDomain
} from '../../../src/lib/charts/time-series';

const DAY = 86_400_000;
const t0 = Date.UTC(2025, 8, 1);
const days = (values: (number | null)[]) => values.map((value, i) => ({ t: t0 + i * DAY, value }));
const options = {
	width: 400,
	height: 200,
	format: (v: number | null) => (v === null ? '—' : String(v)),
	formatTick: (ms: number) => new Date(ms).toISOString().slice(5, 10)
};

describe('time-series layout', () => {
	const layout = timeSeriesLayout(days([0, 10, null, 5]), days([2, 4, 6, 8]), 7, options);

	it('fits the widest value label in the left margin and keeps the plot inside the box', () => {
		// ticks over [0, 10] every 2 → widest label "10": 2 chars × 0.6 em × 11 px = 13.2 → ceil 14 + 10 px gap
		expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10']);
		// bottom = 200 − 11 (tick font) − 12 = 177; top = 10
		expect(layout.plot).toEqual({ left: 24, right: 392, top: 10, bottom: 177 });
	});

	it('keeps a strip above the plot for note labels: the highest point stays below it', () => {
		const strip = timeSeriesLayout(days([0, 10, null, 5]), days([2, 4, 6, 8]), 7, {
			...options,
			labelStrip: 14
		});
		// top = 10 + 14 = 24; the value 10 is the domain's top, drawn at y = top
		expect(strip.plot.top).toBe(24);
		expect(Math.min(...strip.points.flatMap((p) => (p.yCurrent === null ? [] : [p.yCurrent])))).toBe(24);
	});

	it('runs the first date at the left edge and the last at the right, lowest value at the bottom', () => {
		// plot width 392 − 24 = 368 over three day-steps
		const xs = layout.points.map((p) => p.x);
		[24, 24 + 368 / 3, 24 + (2 * 368) / 3, 392].forEach((x, i) => expect(xs[i]).toBeCloseTo(x, 2));
		expect(layout.points[0]?.yCurrent).toBe(177);
		expect(layout.points[1]?.yCurrent).toBe(10);
	});

	it('breaks the current line at the missing day and keeps the previous line whole', () => {
		expect(layout.currentPath.match(/M/g)).toHaveLength(2);
		expect(layout.previousPath.match(/M/g)).toHaveLength(1);
		// the day after the gap is alone on its segment, so it gets a dot
		expect(layout.currentDots).toEqual([{ x: 392, y: (177 + 10) / 2 }]);
	});

	it('pairs each date with the previous value for the same date, and null where there is none', () => {
		expect(layout.points.map((p) => [p.current, p.previous])).toEqual([
			[0, 2],
			[10, 4],
			[null, 6],
			[5, 8]
		]);
		expect(layout.points[2]?.yCurrent).toBeNull();
	});

	it('places the target on the value scale: 7 is 70% of the way up from 177 to 10', () => {
		expect(layout.targetY).toBeCloseTo(177 - 0.7 * 167, 9);
	});

	it('widens the value axis to show a target outside the data', () => {
		const high = timeSeriesLayout(days([1, 2]), [], 40, options);
		expect(high.yTicks.at(-1)?.label).toBe('40');
		expect(high.targetY).toBe(10);
	});

	it('gives a single date a single tick in the middle', () => {
		const one = timeSeriesLayout(days([5]), days([4]), null, options);
		expect(one.xTicks).toEqual([{ x: (one.plot.left + 392) / 2, label: '09-01', anchor: 'middle' }]);
		expect(one.currentDots).toHaveLength(1);
		expect(one.targetY).toBeNull();
	});

	it('still lays out an empty series', () => {
		const empty = timeSeriesLayout([], [], null, options);
		expect(empty.points).toEqual([]);
		expect(empty.currentPath).toBe('');
	});
});

describe('interval band', () => {
	// Five days; days 1–2 have intervals (a band segment), day 3 none (too few rows), day 4 an interval with no
	// neighbour (a bar), day 5 an interval but no value (nothing to band).
	const values = [4, 6, 5, 5, null];
	const intervals = [{ lo: 2, hi: 6 }, { lo: 4, hi: 10 }, null, { lo: 0, hi: 8 }, { lo: 20, hi: 30 }];
	const current = days(values).map((p, i) => ({ ...p, interval: intervals[i] }));
	const band = timeSeriesLayout(current, [], null, options);
	// Domain over the values 4…6 and the drawn bounds 2, 6, 4, 10, 0, 8 → [0, 10] (day 5's 20…30 is not drawn);
	// as above: plot 24…392 wide, 177…10 high, so y(v) = 177 − v ÷ 10 × 167 and x steps 368 ÷ 4 = 92.
	const y = (v: number) => 177 - (v / 10) * 167;

	it('widens the value axis to the drawn bounds only', () => {
		expect(band.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10']);
	});

	it('draws one band segment from lo to hi over the days that have a neighbour, and a bar for a lone one', () => {
		// d3's area: the upper edge forward (hi), then the lower edge back (lo), closed.
		const [segment, lone, ...rest] = band.bandPath.split('Z').filter(Boolean);
		expect(rest).toEqual([]);
		// The lone day's area has no width (it cannot show), hence the bar below.
		expect(lone).toBe(`M300,${Math.round(y(8) * 100) / 100}L300,177`);
		const coords = segment!
			.slice(1)
			.split('L')
			.map((c) => c.split(',').map(Number));
		const expected = [
			[24, y(6)],
			[116, y(10)],
			[116, y(4)],
			[24, y(2)]
		];
		expect(coords).toHaveLength(4);
		coords.forEach(([cx, cy], i) => {
			expect(cx).toBeCloseTo(expected[i]![0]!, 2);
			expect(cy).toBeCloseTo(expected[i]![1]!, 2);
		});
		expect(band.bandBars).toHaveLength(1);
		expect(band.bandBars[0]!.x).toBeCloseTo(24 + 3 * 92, 2);
		expect(band.bandBars[0]!.yLo).toBeCloseTo(y(0), 2);
		expect(band.bandBars[0]!.yHi).toBeCloseTo(y(8), 2);
	});

	it('gives each read-out point its interval, none where there is no value or no interval', () => {
		expect(band.points.map((p) => p.interval)).toEqual([
			intervals[0],
			intervals[1],
			null,
			intervals[3],
			null
		]);
	});

	it('keeps a point’s verdict only where it has a value', () => {
		const verdicts = ['significant', 'noise', 'too-few', null, 'noise'];
		const judged = timeSeriesLayout(
			current.map((p, i) => ({ ...p, significance: verdicts[i] })),
			[],
			null,
			options
		);
		// day 5 has no value, so its verdict is dropped
		expect(judged.points.map((p) => p.significance)).toEqual(['significant', 'noise', 'too-few', null, null]);
	});

	it('draws no band for a series without intervals', () => {
		const plain = timeSeriesLayout(days([1, 2, 3]), days([2, 2, 2]), null, options);
		expect(plain.bandPath).toBe('');
		expect(plain.bandBars).toEqual([]);
		expect(plain.points.every((p) => p.interval === null)).toBe(true);
	});
});

describe('value domain', () => {
	it('pads a flat series by 10% so the line sits mid-chart', () => {
		expect(valueDomain([50, 50, null])).toEqual([45, 55]);
		expect(valueDomain([0, 0])).toEqual([-1, 1]);
		expect(valueDomain([null])).toEqual([0, 1]);
	});
});

describe('date ticks', () => {
	it('anchors edge labels inside the chart and drops overlapping or repeated ones', () => {
		// "Sep 1" is 5 × 6.6 = 33 px wide at 11 px
		const ticks = placeTimeTicks(
			[
				{ x: 5, label: 'Sep 1' },
				{ x: 30, label: 'Sep 2' },
				{ x: 100, label: 'Sep 3' },
				{ x: 150, label: 'Sep 3' },
				{ x: 198, label: 'Sep 4' }
			],
			200,
			11
		);
		expect(ticks).toEqual([
			{ x: 5, label: 'Sep 1', anchor: 'start' },
			{ x: 100, label: 'Sep 3', anchor: 'middle' },
			{ x: 198, label: 'Sep 4', anchor: 'end' }
		]);
	});
});

describe('read-out navigation', () => {
	it('finds the point nearest to the pointer', () => {
		const points = [{ x: 0 }, { x: 10 }, { x: 20 }];
		expect(nearestIndex(points, 4)).toBe(0);
		expect(nearestIndex(points, 6)).toBe(1);
		expect(nearestIndex(points, 99)).toBe(2);
		expect(nearestIndex([], 5)).toBe(-1);
	});

	it('moves with the arrow keys, starting from the latest point, and stops at the ends', () => {
		expect(stepIndex('ArrowLeft', null, 5)).toBe(4);
		expect(stepIndex('ArrowLeft', 4, 5)).toBe(3);
		expect(stepIndex('ArrowLeft', 0, 5)).toBe(0);
		expect(stepIndex('ArrowRight', 4, 5)).toBe(4);
		expect(stepIndex('Home', 3, 5)).toBe(0);
		expect(stepIndex('End', 0, 5)).toBe(4);
		expect(stepIndex('Escape', 2, 5)).toBeNull();
		expect(stepIndex('a', 2, 5)).toBeUndefined();
		expect(stepIndex('ArrowLeft', null, 0)).toBeUndefined();
	});
});

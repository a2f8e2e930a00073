import { describe, expect, it } from 'vitest';
import {
	baselineAt,
	findAnomalies,
	LOOKBACK_DAYS,
	median,
	type DailyPoint
} from '../../../src/lib/metrics/anomalies';

const MONDAY = Date.UTC(2025, 0, 6); // 2025-01-06 was a Monday
const DAYS = LOOKBACK_DAYS + 28; // 8 weeks of history, then 4 judged weeks (from 2025-03-03)

const point = (value: number | null, extra: Partial<DailyPoint> = {}): DailyPoint => ({
	value,
	n: null,
	unitError: null,
	numerator: null,
	...extra
});

/** `DAYS` days of `f(day index)`. */
const series = (f: (i: number) => DailyPoint): DailyPoint[] => Array.from({ length: DAYS }, (_, i) => f(i));
const isoDay = (i: number) => new Date(MONDAY + i * 86_400_000).toISOString().slice(0, 10);

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('counts', () => {
	it('flags a step up for four weeks, until it is half the baseline', () => {
		// 100 a day, then 150 from the first judged day. While at most 3 of the 8 same-weekday values
		// are 150, the median is 100 and the MAD 0: spread = √100 = 10, and |150 − 100| = 50 > 4 × 10.
		// From the 5th week 4 of 8 are 150: median 125, MAD 25, spread 1.4826 × 25 = 37.1 — no alarm.
		const points = series((i) => point(i < LOOKBACK_DAYS ? 100 : 150));
		const anomalies = findAnomalies('count', 'down', points, MONDAY);
		expect(anomalies.map((a) => a.day)).toEqual(
			Array.from({ length: 28 }, (_, k) => isoDay(LOOKBACK_DAYS + k))
		);
		expect(anomalies[0]).toEqual({
			day: '2025-03-03',
			value: 150,
			expected: 100,
			spread: 10,
			side: 'high',
			good: false // more tickets is bad news
		});
	});

	it('flags a one-day spike, and not the days after it', () => {
		// 100 a day; 141 on one day: 41 > 4 × √100 = 40. A week later the spike is one of 8 values.
		const spikeDay = LOOKBACK_DAYS + 3;
		const points = series((i) => point(i === spikeDay ? 141 : 100));
		expect(findAnomalies('count', 'up', points, MONDAY)).toEqual([
			{ day: isoDay(spikeDay), value: 141, expected: 100, spread: 10, side: 'high', good: true }
		]);
		// 140 is exactly 4 spreads away: not more than, so not an anomaly.
		const edge = series((i) => point(i === spikeDay ? 140 : 100));
		expect(findAnomalies('count', 'up', edge, MONDAY)).toEqual([]);
	});

	it('does not alarm on a weekly cycle: each day is compared with the same weekday', () => {
		// Weekends twice as busy as weekdays: against the previous day this would alarm every Saturday.
		const points = series((i) => point(i % 7 >= 5 ? 200 : 100));
		expect(findAnomalies('count', 'down', points, MONDAY)).toEqual([]);
		expect(baselineAt('count', points, LOOKBACK_DAYS + 5)).toEqual({
			expected: 200,
			spread: Math.sqrt(200),
			numerator: null,
			unitError: null
		});
	});

	it('needs 10 events on the day or expected: 0 → 8 is not an anomaly, 0 → 12 is', () => {
		// Expected 0, MAD 0, √0 = 0: any rise is beyond 4 spreads, but 8 is too few to tell.
		const few = series((i) => point(i === LOOKBACK_DAYS ? 8 : 0));
		expect(findAnomalies('count', 'down', few, MONDAY)).toEqual([]);
		const more = series((i) => point(i === LOOKBACK_DAYS ? 12 : 0));
		expect(findAnomalies('count', 'down', more, MONDAY).map((a) => a.day)).toEqual(['2025-03-03']);
	});

	it('judges no day without 8 full weeks of history', () => {
		// The spike is on day 50: only 7 same weekdays before it.
		const points = series((i) => point(i === 50 ? 1000 : 100));
		expect(findAnomalies('count', 'down', points, MONDAY, 0)).toEqual([]);
		// A missing day among the 8 weeks (no data yet) leaves the day unjudged too.
		const gap = series((i) => point(i === 3 ? null : i === LOOKBACK_DAYS + 3 ? 1000 : 100));
		expect(findAnomalies('count', 'down', gap, MONDAY)).toEqual([]);
	});
});

describe('shares', () => {
	it('flags a drop from 50 % to 0 % on 40 rated tickets, not on 8', () => {
		// p = 0.5, n = 40: p̃ = (40 × 0.5 + 2) ÷ 44 = 0.5, spread = 100 × √(0.25 ÷ 40) = 7.906; 50 > 31.6.
		const at = (n: number) => series((i) => point(i === LOOKBACK_DAYS ? 0 : 50, { n }));
		const flagged = findAnomalies('share', 'up', at(40), MONDAY);
		expect(flagged).toHaveLength(1);
		expect(flagged[0]!.spread).toBeCloseTo(100 * Math.sqrt(0.25 / 40), 10);
		expect(flagged[0]).toMatchObject({ side: 'low', good: false });
		// n = 8 is below the minimum of 10 observations.
		expect(findAnomalies('share', 'up', at(8), MONDAY)).toEqual([]);
	});

	it('does not make a 90 % day an alarm after a baseline of 100 % (Agresti–Coull floor)', () => {
		// n = 10, p = 1: p̃ = (10 + 2) ÷ 14 = 0.857, spread = 100 × √(0.857 × 0.143 ÷ 10) = 11.07; 10 < 44.3.
		const points = series((i) => point(i === LOOKBACK_DAYS ? 90 : 100, { n: 10 }));
		expect(findAnomalies('share', 'up', points, MONDAY)).toEqual([]);
		const p = 12 / 14;
		expect(baselineAt('share', points, LOOKBACK_DAYS)!.spread).toBeCloseTo(
			100 * Math.sqrt((p * (1 - p)) / 10),
			10
		);
		// 40 % is 60 points below: 60 > 44.3.
		const drop = series((i) => point(i === LOOKBACK_DAYS ? 40 : 100, { n: 10 }));
		expect(findAnomalies('share', 'up', drop, MONDAY)).toHaveLength(1);
	});
});

describe('means and ratios', () => {
	it('floors a mean’s spread at s ÷ √n', () => {
		// NPS 40 every day, s = 80 over n = 64 answers: spread = 80 ÷ 8 = 10. −5 is 45 away (> 40), 5 is 35.
		const at = (value: number) =>
			series((i) => point(i === LOOKBACK_DAYS ? value : 40, { n: 64, unitError: 80 }));
		expect(findAnomalies('mean', 'up', at(-5), MONDAY)).toMatchObject([
			{ side: 'low', good: false, spread: 10 }
		]);
		expect(findAnomalies('mean', 'up', at(5), MONDAY)).toEqual([]);
	});

	it('floors a ratio’s spread at expected × √(1 ÷ numerator count)', () => {
		// 10 tickets per 100 orders from 25 tickets: spread = 10 × √(1 ÷ 25) = 2. 19 is 9 away (> 8), 17 is 7.
		const at = (value: number) =>
			series((i) => point(i === LOOKBACK_DAYS ? value : 10, { numerator: i === LOOKBACK_DAYS ? 50 : 25 }));
		expect(findAnomalies('ratio', 'down', at(19), MONDAY)).toMatchObject([
			{ expected: 10, spread: 2, side: 'high', good: false }
		]);
		expect(findAnomalies('ratio', 'down', at(17), MONDAY)).toEqual([]);
	});

	it('needs 10 in a ratio’s numerator, on the day or expected', () => {
		// 1 ticket a day (expected numerator 1), 9 on the day: too few, however large the ratio.
		const points = series((i) =>
			point(i === LOOKBACK_DAYS ? 9 : 1, { numerator: i === LOOKBACK_DAYS ? 9 : 1 })
		);
		expect(findAnomalies('ratio', 'down', points, MONDAY)).toEqual([]);
	});
});

describe('quantiles', () => {
	it('use the baseline’s own spread: 1.4826 × MAD', () => {
		// Medians alternating 10 and 12 by week: expected 11, MAD 1, spread 1.4826, threshold 5.93.
		// 18 is 7 away (flagged), 16 is 5 away (not); a day with 5 observations is not judged.
		const at = (value: number, n = 30) =>
			series((i) =>
				i === LOOKBACK_DAYS ? point(value, { n }) : point(Math.floor(i / 7) % 2 === 0 ? 10 : 12, { n: 30 })
			);
		expect(findAnomalies('none', 'down', at(18), MONDAY)).toMatchObject([
			{ day: '2025-03-03', expected: 11, spread: 1.4826, side: 'high', good: false }
		]);
		expect(findAnomalies('none', 'down', at(16), MONDAY)).toEqual([]);
		expect(findAnomalies('none', 'down', at(18, 5), MONDAY)).toEqual([]);
	});
});

describe('the judged days, at their edges', () => {
	it('judges a count from 10 observations on the day, even over a baseline of none', () => {
		// 8 weeks of 0, then 10: expected 0, MAD 0, √0 = 0, so any move is beyond 4 × 0 once there are 10.
		const points = series((i) => point(i < LOOKBACK_DAYS ? 0 : i === LOOKBACK_DAYS ? 10 : 0));
		expect(findAnomalies('count', 'up', points, MONDAY)).toEqual([
			{ day: isoDay(LOOKBACK_DAYS), value: 10, expected: 0, spread: 0, side: 'high', good: true }
		]);
		const nine = series((i) => point(i === LOOKBACK_DAYS ? 9 : 0));
		expect(findAnomalies('count', 'up', nine, MONDAY)).toEqual([]);
	});

	it('judges a ratio from 10 of its numerator on the day', () => {
		// a ratio of 0 (numerator 0) for 8 weeks, then 5 with a numerator of 10: expected 0, spread 0
		const points = series((i) =>
			i === LOOKBACK_DAYS ? point(5, { numerator: 10 }) : point(0, { numerator: 0 })
		);
		expect(findAnomalies('ratio', 'down', points, MONDAY)).toEqual([
			{ day: isoDay(LOOKBACK_DAYS), value: 5, expected: 0, spread: 0, side: 'high', good: false }
		]);
	});

	it('skips a day without a value and the days before the first judged one', () => {
		// 20 a day; a missing day would be 20 below the baseline (spread √20 ≈ 4.5) if it counted as a move.
		const gap = series((i) => point(i === LOOKBACK_DAYS + 3 ? null : 20));
		expect(findAnomalies('count', 'up', gap, MONDAY)).toEqual([]);
		// a spike on the first judged day is not reported when judging starts a day later
		const spike = series((i) => point(i === LOOKBACK_DAYS ? 100 : 20));
		expect(findAnomalies('count', 'up', spike, MONDAY, LOOKBACK_DAYS + 1)).toEqual([]);
		expect(findAnomalies('count', 'up', spike, MONDAY, LOOKBACK_DAYS).map((a) => a.day)).toEqual([
			isoDay(LOOKBACK_DAYS)
		]);
	});
});

describe('observations and sampling floors, last edges', () => {
	it('judges a ratio from 10 in its expected numerator, even on a day with none', () => {
		// 10 tickets per 100 orders from 25 tickets a day, then a day of 0 from 0 tickets: the day has
		// no numerator but 25 were expected. Spread = 10 × √(1 ÷ 25) = 2; |0 − 10| = 10 > 4 × 2.
		const points = series((i) =>
			i === LOOKBACK_DAYS ? point(0, { numerator: 0 }) : point(10, { numerator: 25 })
		);
		expect(findAnomalies('ratio', 'down', points, MONDAY)).toEqual([
			// fewer contacts per order is good news for a metric where down is good
			{ day: isoDay(LOOKBACK_DAYS), value: 0, expected: 10, spread: 2, side: 'low', good: true }
		]);
	});

	it.each(['share', 'mean', 'quantile'] as const)('never judges a %s day without a sample size', (model) => {
		// 50 every day, then 0 with no n: with MAD 0 and no sampling error any move would be an anomaly.
		const points = series((i) => point(i === LOOKBACK_DAYS ? 0 : 50));
		expect(findAnomalies(model, 'up', points, MONDAY)).toEqual([]);
	});

	it('gives a day with no observations no sampling floor, not an infinite one', () => {
		// Weeks alternating 40 and 60 (n = 64, s = 80): expected 50, MAD 10, spread 1.4826 × 10.
		// The day itself has n = 0 (nothing rated, no answer): its s ÷ √n or binomial error is not used.
		const at = (extra: Partial<DailyPoint>) =>
			series((i) =>
				i === LOOKBACK_DAYS ? point(null, { n: 0 }) : point(Math.floor(i / 7) % 2 === 0 ? 40 : 60, extra)
			);
		expect(baselineAt('share', at({ n: 64 }), LOOKBACK_DAYS)!.spread).toBeCloseTo(14.826, 10);
		expect(baselineAt('mean', at({ n: 64, unitError: 80 }), LOOKBACK_DAYS)!.spread).toBeCloseTo(14.826, 10);
	});

	it('takes a mean’s s from the day when it is larger than the baseline’s', () => {
		// NPS 40 from s = 80 over n = 64; the day has s = 160 over n = 64: spread = 160 ÷ 8 = 20, not 80 ÷ 8.
		// −35 is 75 away: within 4 × 20 = 80, though beyond 4 × 10.
		const points = series((i) =>
			i === LOOKBACK_DAYS ? point(-35, { n: 64, unitError: 160 }) : point(40, { n: 64, unitError: 80 })
		);
		expect(baselineAt('mean', points, LOOKBACK_DAYS)).toMatchObject({ spread: 20, unitError: 160 });
		expect(findAnomalies('mean', 'up', points, MONDAY)).toEqual([]);
	});

	it('reports an expected numerator for ratios only and a unit error for means and quantiles only', () => {
		// The same points carry every field; each model keeps what it reads. Count: √100 = 10.
		const points = series(() => point(100, { n: 64, unitError: 80, numerator: 25 }));
		const fields = (model: 'count' | 'ratio' | 'mean' | 'quantile') => {
			const { numerator, unitError } = baselineAt(model, points, LOOKBACK_DAYS)!;
			return [numerator, unitError];
		};
		expect(fields('count')).toEqual([null, null]);
		expect(fields('ratio')).toEqual([25, null]);
		expect(fields('mean')).toEqual([null, 80]);
		expect(fields('quantile')).toEqual([null, 80]);
	});
});

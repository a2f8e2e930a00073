import { describe, expect, it } from 'vitest';
import {
	addDays,
	daysBetween,
	endOfMonth,
	endOfQuarter,
	isoDate as d,
	parseIsoDate,
	startOfMonth,
	startOfQuarter,
	toDateRange,
	toPeriod
} from '../../../src/lib/state/dates';

describe('calendar dates (UTC, d3-time)', () => {
	it('parses only existing dates written YYYY-MM-DD', () => {
		expect(parseIsoDate('2024-02-29')).toBe('2024-02-29'); // a leap day
		expect(parseIsoDate('2025-02-29')).toBeNull(); // 2025 is not a leap year
		expect(parseIsoDate('2025-02-30')).toBeNull();
		expect(parseIsoDate('2025-13-01')).toBeNull();
		expect(parseIsoDate('2025-2-3')).toBeNull();
		expect(parseIsoDate('2025-09-08T00:00')).toBeNull(); // a date-time is not a date
		expect(parseIsoDate("2025-09-08' OR 1=1 --")).toBeNull();
		expect(() => d('yesterday')).toThrow(/Not a calendar date/);
	});

	it('adds days across month, leap-day and year ends', () => {
		expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
		expect(addDays(d('2025-02-28'), 1)).toBe('2025-03-01');
		expect(addDays(d('2025-03-01'), -1)).toBe('2025-02-28');
		expect(addDays(d('2025-12-31'), 1)).toBe('2026-01-01');
		// 364 days back from a Monday (2025-09-08) is a Monday again (2024-09-09): 2024 had a leap day.
		expect(addDays(d('2025-09-08'), -364)).toBe('2024-09-09');
	});

	it('counts whole days between two dates, negative when the second is earlier', () => {
		expect(daysBetween(d('2025-01-01'), d('2025-12-31'))).toBe(364);
		expect(daysBetween(d('2024-01-01'), d('2024-12-31'))).toBe(365);
		expect(daysBetween(d('2025-09-14'), d('2025-09-08'))).toBe(-6);
		expect(daysBetween(d('2025-09-08'), d('2025-09-08'))).toBe(0);
	});

	it('finds month and quarter bounds', () => {
		expect(startOfMonth(d('2025-09-17'))).toBe('2025-09-01');
		expect(endOfMonth(d('2024-02-10'))).toBe('2024-02-29');
		expect(endOfMonth(d('2025-12-05'))).toBe('2025-12-31');
		expect(startOfQuarter(d('2025-11-15'))).toBe('2025-10-01');
		expect(startOfQuarter(d('2025-03-31'))).toBe('2025-01-01');
		expect(endOfQuarter(d('2025-04-01'))).toBe('2025-06-30');
		expect(endOfQuarter(d('2025-12-31'))).toBe('2025-12-31');
	});

	it('turns inclusive days into a half-open period and back, in one step each', () => {
		const week = { from: d('2025-09-08'), to: d('2025-09-14') };
		expect(toPeriod(week)).toEqual({ start: '2025-09-08', end: '2025-09-15' });
		expect(toDateRange(toPeriod(week))).toEqual(week);
		// A period that ends mid-day covers that day.
		expect(toDateRange({ start: '2025-09-08', end: '2025-09-09T12:00:00' })).toEqual({
			from: '2025-09-08',
			to: '2025-09-09'
		});
	});
});

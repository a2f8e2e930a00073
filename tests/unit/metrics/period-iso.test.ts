import { describe, expect, it } from 'vitest';
import { bucketStarts, fromEpochMs, toEpochMs, truncate } from '../../../src/lib/metrics/period';

describe('naive ISO times as UTC epoch milliseconds', () => {
	it('reads a date, a date-time with T or a space, seconds and up to six fraction digits', () => {
		expect(toEpochMs('2025-03-10 08:30')).toBe(Date.UTC(2025, 2, 10, 8, 30));
		expect(toEpochMs('2025-03-10T08:30:15')).toBe(Date.UTC(2025, 2, 10, 8, 30, 15));
		expect(toEpochMs('2025-03-10T08:30:15.5')).toBe(Date.UTC(2025, 2, 10, 8, 30, 15, 500));
		expect(toEpochMs('2025-03-10T08:30:15.123456')).toBe(Date.UTC(2025, 2, 10, 8, 30, 15, 123));
		for (const bad of [
			'2025-03-10T08:30:15.1234567',
			'x2025-03-10',
			'2025-03-10x',
			'2025-3-10',
			'2025-03-10T8:30',
			'2025-03-10T08',
			''
		])
			expect(toEpochMs(bad)).toBeNaN();
	});

	it('writes midnight as a date, whole seconds without a fraction, milliseconds with one', () => {
		expect(fromEpochMs(Date.UTC(2025, 2, 10))).toBe('2025-03-10');
		expect(fromEpochMs(Date.UTC(2025, 2, 10, 0, 0, 1))).toBe('2025-03-10T00:00:01');
		expect(fromEpochMs(Date.UTC(2025, 2, 10, 0, 0, 0, 250))).toBe('2025-03-10T00:00:00.250');
	});

	it('truncates to the day, the Monday and the 1st, and has no bucket in an empty period', () => {
		const t = Date.UTC(2025, 2, 13, 15, 45); // Thursday 13 March 2025
		expect(truncate(t, 'day')).toBe(Date.UTC(2025, 2, 13));
		expect(truncate(t, 'week')).toBe(Date.UTC(2025, 2, 10));
		expect(truncate(t, 'month')).toBe(Date.UTC(2025, 2, 1));
		const day = Date.UTC(2025, 2, 10);
		expect(bucketStarts(day, day, 'day')).toEqual([]);
		expect(bucketStarts(day + 86_400_000, day, 'day')).toEqual([]);
		expect(bucketStarts(day, day + 1, 'day')).toEqual([day]);
		// A period starting on a boundary does not count that boundary twice.
		expect(bucketStarts(day, day + 2 * 86_400_000, 'day')).toEqual([day, day + 86_400_000]);
	});
});

import { describe, expect, it } from 'vitest';
import { bucketStarts, fromEpochMs, previousPeriod, toEpochMs } from '../../../src/lib/metrics/period';
import { checkRequest, RequestError } from '../../../src/lib/metrics/request';

const starts = (start: string, end: string, grain: 'day' | 'week' | 'month') =>
	bucketStarts(toEpochMs(start), toEpochMs(end), grain).map(fromEpochMs);

describe('periods and buckets', () => {
	it('takes the previous period of the same length, ending where the period starts', () => {
		expect(previousPeriod({ start: '2025-03-10', end: '2025-03-17' })).toEqual({
			start: '2025-03-03',
			end: '2025-03-10'
		});
		expect(previousPeriod({ start: '2025-03-01', end: '2025-04-01' })).toEqual({
			start: '2025-01-29',
			end: '2025-03-01'
		});
	});

	it('cuts a period into days', () => {
		expect(starts('2025-03-10', '2025-03-13', 'day')).toEqual(['2025-03-10', '2025-03-11', '2025-03-12']);
	});

	it('starts weeks on Monday, with a partial first week from the period start', () => {
		// 2025-03-05 is a Wednesday; the following Mondays are 03-10 and 03-17.
		expect(starts('2025-03-05', '2025-03-20', 'week')).toEqual(['2025-03-05', '2025-03-10', '2025-03-17']);
	});

	it('cuts months at the 1st, across a year end', () => {
		expect(starts('2024-11-15', '2025-02-01', 'month')).toEqual(['2024-11-15', '2024-12-01', '2025-01-01']);
	});

	it('reads naive timestamps as written, whatever the time zone', () => {
		expect(toEpochMs('2025-03-10')).toBe(Date.UTC(2025, 2, 10));
		expect(toEpochMs('2025-03-10T08:30:00')).toBe(Date.UTC(2025, 2, 10, 8, 30));
		expect(fromEpochMs(Date.UTC(2025, 2, 10, 8, 30))).toBe('2025-03-10T08:30:00');
		expect(toEpochMs('2025-02-30')).toBeNaN();
		// a month or an hour out of range does not parse at all: NaN, not a RangeError
		expect(toEpochMs('2025-13-01')).toBeNaN();
		expect(toEpochMs('2025-03-10T25:00')).toBeNaN();
	});
});

describe('request checks', () => {
	const base = {
		period: { start: '2025-03-10', end: '2025-03-17' },
		previous: { start: '2025-03-03', end: '2025-03-10' }
	};

	it('rejects unknown filter dimensions', () => {
		expect(() => checkRequest({ ...base, grain: 'day', filters: { colour: ['red'] } })).toThrow(
			new RequestError(
				'unknown_dimension',
				'Unknown filter “colour”: filter by channel, segment, category, priority, team, touchpoint (or table.dimension, e.g. tickets.channel).'
			)
		);
		// A qualified key must name a table that has the dimension.
		expect(() => checkRequest({ ...base, grain: 'day', filters: { 'surveys.channel': ['x'] } })).toThrow(
			RequestError
		);
	});

	it('accepts a table-qualified filter and keeps it as given', () => {
		const checked = checkRequest({ ...base, grain: 'day', filters: { 'tickets.channel': ['chat'] } });
		expect([...checked.filters]).toEqual([['tickets.channel', ['chat']]]);
	});

	it('rejects malformed and empty periods', () => {
		expect(() =>
			checkRequest({ ...base, grain: 'day', period: { start: "2025-01-01' OR 1=1", end: '2025-02-01' } })
		).toThrow(/ISO dates/);
		expect(() =>
			checkRequest({ ...base, grain: 'day', period: { start: '2025-03-17', end: '2025-03-10' } })
		).toThrow(/before it starts/);
	});

	it('rejects unknown grains', () => {
		expect(() => checkRequest({ ...base, grain: 'hour' as 'day' })).toThrow(/Unknown grain/);
	});

	it('ignores empty filter lists and repeated values', () => {
		const checked = checkRequest({ ...base, grain: 'week', filters: { channel: [], team: ['A', 'A'] } });
		expect([...checked.filters]).toEqual([['team', ['A']]]);
	});
});

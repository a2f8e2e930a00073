/** Buckets picked on the drill-down trend, as the days of the note. */
import { describe, expect, it } from 'vitest';
import { toEpochMs } from '../../../src/lib/metrics/period';
import { isoDate } from '../../../src/lib/state/dates';
import { rangeOnChart, selectedDays } from '../../../src/lib/ui/notes/trend-selection';

const t = toEpochMs;

describe('selectedDays', () => {
	it('is the day clicked at the day grain', () => {
		const starts = ['2025-09-08', '2025-09-09', '2025-09-10'].map(t);
		const period = { start: '2025-09-08', end: '2025-09-11' };
		expect(selectedDays(starts, period, t('2025-09-09'), t('2025-09-09'))).toEqual({
			start: '2025-09-09',
			end: '2025-09-09'
		});
		// the last bucket runs to the period's last day (end is exclusive: 11 − 1 = 10)
		expect(selectedDays(starts, period, t('2025-09-08'), t('2025-09-10'))).toEqual({
			start: '2025-09-08',
			end: '2025-09-10'
		});
	});

	it('is the whole week (or month) at a coarser grain', () => {
		const starts = ['2025-09-01', '2025-09-08', '2025-09-15'].map(t);
		const period = { start: '2025-09-01', end: '2025-09-19' };
		// the week of 8 Sep: up to the day before the next week starts (15 − 1 = 14)
		expect(selectedDays(starts, period, t('2025-09-08'), t('2025-09-08'))).toEqual({
			start: '2025-09-08',
			end: '2025-09-14'
		});
		// the last, partial week stops at the period's last day (19 − 1 = 18)
		expect(selectedDays(starts, period, t('2025-09-08'), t('2025-09-15'))).toEqual({
			start: '2025-09-08',
			end: '2025-09-18'
		});
	});

	it('goes back to the chart as its first and last day', () => {
		expect(rangeOnChart({ start: isoDate('2025-09-08'), end: isoDate('2025-09-14') })).toEqual({
			start: t('2025-09-08'),
			end: t('2025-09-14')
		});
	});
});

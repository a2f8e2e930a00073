import { describe, expect, it } from 'vitest';
import { isoDate as d } from '../../../src/lib/state/dates';
import { comparisonMode, withComparison, withPeriod } from '../../../src/lib/state/comparison';
import { comparisonPeriod, parseViewState } from '../../../src/lib/state/view-state';
import { canonicalCatalog } from '../../../src/lib/metrics/dimensions';

const view = parseViewState(
	new URLSearchParams('from=2025-09-08&to=2025-09-14'),
	{ from: d('2025-12-04'), to: d('2025-12-31') },
	canonicalCatalog()
);

describe('comparison period', () => {
	it('defaults to the period just before, of the same length', () => {
		expect(comparisonMode(view)).toBe('previous');
		expect(comparisonPeriod(view)).toEqual({ start: d('2025-09-01'), end: d('2025-09-08') });
	});

	it('compares with the same weekdays 52 weeks earlier', () => {
		const year = withComparison(view, 'year');
		// 2025-09-08 is a Monday; 364 days earlier, 2024-09-09, is a Monday too.
		expect([year.compareFrom, year.compareTo]).toEqual([d('2024-09-09'), d('2024-09-15')]);
		expect(comparisonMode(year)).toBe('year');
	});

	it('takes custom dates in either order', () => {
		const custom = withComparison(view, 'custom', { from: d('2025-08-31'), to: d('2025-08-25') });
		expect([custom.compareFrom, custom.compareTo]).toEqual([d('2025-08-25'), d('2025-08-31')]);
		expect(comparisonMode(custom)).toBe('custom');
		expect(withComparison(custom, 'previous').compareFrom).toBeNull();
	});

	it('moves a year-earlier comparison with a new period and drops a custom one', () => {
		const moved = withPeriod(withComparison(view, 'year'), d('2025-10-01'), d('2025-10-31'));
		expect([moved.compareFrom, moved.compareTo]).toEqual([d('2024-10-02'), d('2024-11-01')]);
		const custom = withComparison(view, 'custom', { from: d('2025-01-01'), to: d('2025-01-07') });
		expect(comparisonMode(withPeriod(custom, d('2025-10-01'), d('2025-10-31')))).toBe('previous');
	});
});

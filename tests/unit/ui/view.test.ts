import { describe, expect, it } from 'vitest';
import { withComparison } from '../../../src/lib/state/comparison';
import { isoDate as d } from '../../../src/lib/state/dates';
import { latestView, viewFromUrl } from '../../../src/lib/ui/view';
import { canonicalCatalog } from '../../../src/lib/metrics/dimensions';

describe('"show the latest period" (overview and drill-down alike)', () => {
	const lastDay = d('2025-12-31');
	const old = viewFromUrl(
		new URL('http://x/?from=2024-03-04&to=2024-03-10&channel=chat'),
		lastDay,
		canonicalCatalog()
	);

	it('goes to the last 28 days of the data and keeps the filters', () => {
		const latest = latestView(old, lastDay);
		// 2025-12-31 − 27 days = 2025-12-04
		expect([latest.from, latest.to]).toEqual(['2025-12-04', '2025-12-31']);
		expect(latest.filters).toEqual({ channel: ['chat'] });
	});

	it('keeps a year-earlier comparison, moved with the period, and drops custom dates', () => {
		const year = latestView(withComparison(old, 'year'), lastDay);
		// 364 days before 2025-12-04 … 2025-12-31
		expect([year.compareFrom, year.compareTo]).toEqual(['2024-12-05', '2025-01-01']);
		const custom = withComparison(old, 'custom', { from: d('2023-01-01'), to: d('2023-01-07') });
		expect([latestView(custom, lastDay).compareFrom, latestView(custom, lastDay).compareTo]).toEqual([
			null,
			null
		]);
	});
});

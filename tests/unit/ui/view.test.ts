import { describe, expect, it } from 'vitest';
import { withComparison } from '../../../src/lib/state/comparison';
import { isoDate as d } from '../../../src/lib/state/dates';
import { latestView, outsideData, viewFromUrl } from '../../../src/lib/ui/view';
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

describe('a view outside the data', () => {
	const first = d('2025-01-01');
	const last = d('2025-12-31');
	const at = (from: string, to: string) =>
		viewFromUrl(new URL(`http://x/?from=${from}&to=${to}`), last, canonicalCatalog());

	it('is outside only when the whole period is before the first day or after the last', () => {
		expect(outsideData(at('2024-12-01', '2024-12-31'), first, last)).toBe(true);
		expect(outsideData(at('2026-01-01', '2026-01-28'), first, last)).toBe(true);
	});

	it('is inside when the period touches the data by one day at either end', () => {
		expect(outsideData(at('2024-12-01', '2025-01-01'), first, last)).toBe(false);
		expect(outsideData(at('2025-12-31', '2026-01-27'), first, last)).toBe(false);
		expect(outsideData(at('2025-03-01', '2025-03-28'), first, last)).toBe(false);
	});
});

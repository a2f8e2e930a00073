import { describe, expect, it } from 'vitest';
import { isoDate as d } from '../../../src/lib/state/dates';
import {
	comparisonPeriod,
	currentPeriod,
	parseViewState,
	toggleFilter,
	viewStateParams,
	withoutFilter
} from '../../../src/lib/state/view-state';
import { matchPreset, presetRange } from '../../../src/lib/state/presets';
import { endOfQuarter } from '../../../src/lib/state/dates';

const defaults = { from: d('2025-12-04'), to: d('2025-12-31') };
const parse = (query: string) => parseViewState(new URLSearchParams(query), defaults);

describe('view state in the URL', () => {
	it('reads from/to as inclusive dates and turns them into a half-open period', () => {
		const state = parse('from=2025-09-08&to=2025-09-14');
		expect(currentPeriod(state)).toEqual({ start: d('2025-09-08'), end: d('2025-09-15') });
	});

	it('compares with the previous period of the same length by default', () => {
		// 7 days from 09-08 → the 7 days before: 09-01 … 09-07
		expect(comparisonPeriod(parse('from=2025-09-08&to=2025-09-14'))).toEqual({
			start: d('2025-09-01'),
			end: d('2025-09-08')
		});
	});

	it('uses an explicit comparison period when both ends are given', () => {
		const state = parse('from=2025-09-08&to=2025-09-14&cfrom=2025-08-01&cto=2025-08-07');
		expect(comparisonPeriod(state)).toEqual({ start: d('2025-08-01'), end: d('2025-08-08') });
	});

	it('falls back to the defaults on malformed or injected dates', () => {
		const state = parse("from=2025-02-30&to=2025-01-01' OR 1=1");
		expect([state.from, state.to]).toEqual([d('2025-12-04'), d('2025-12-31')]);
	});

	it('swaps a reversed range', () => {
		const state = parse('from=2025-03-10&to=2025-03-01');
		expect([state.from, state.to]).toEqual([d('2025-03-01'), d('2025-03-10')]);
	});

	it('keeps one parameter per filter value and ignores unknown dimensions', () => {
		const state = parse('channel=chat&channel=email&category=delivery&color=red&by=team');
		expect(state.filters).toEqual({ channel: ['chat', 'email'], category: ['delivery'] });
		expect(state.by).toBe('team');
	});

	it('round-trips through the URL, including odd characters in values', () => {
		const state = toggleFilter(
			parse('from=2025-09-08&to=2025-09-14&grain=day'),
			'team',
			"O'Neil & Co / 고객팀"
		);
		const again = parseViewState(new URLSearchParams(viewStateParams(state).toString()), defaults);
		expect(again).toEqual(state);
	});

	it('toggles a filter value on and off', () => {
		const on = toggleFilter(parse(''), 'category', 'delivery');
		expect(on.filters).toEqual({ category: ['delivery'] });
		expect(toggleFilter(on, 'category', 'delivery').filters).toEqual({});
	});

	it('picks a grain from the period length when none is given', () => {
		expect(parse('from=2025-09-01&to=2025-09-28').grain).toBe('day');
		expect(parse('from=2025-07-01&to=2025-09-30').grain).toBe('week');
		expect(parse('from=2025-01-01&to=2025-12-31').grain).toBe('month');
	});
});

describe('period presets relative to the last day with data', () => {
	it('counts the last N days including the last day', () => {
		expect(presetRange('last7', d('2025-12-31'))).toEqual({ from: d('2025-12-25'), to: d('2025-12-31') });
		expect(presetRange('last28', d('2025-12-31'))).toEqual({ from: d('2025-12-04'), to: d('2025-12-31') });
		expect(presetRange('last90', d('2025-12-31'))).toEqual({ from: d('2025-10-03'), to: d('2025-12-31') });
	});

	it('takes the last complete month and quarter', () => {
		expect(presetRange('month', d('2025-12-31'))).toEqual({ from: d('2025-12-01'), to: d('2025-12-31') });
		expect(presetRange('month', d('2025-12-30'))).toEqual({ from: d('2025-11-01'), to: d('2025-11-30') });
		expect(presetRange('quarter', d('2025-12-31'))).toEqual({ from: d('2025-10-01'), to: d('2025-12-31') });
		expect(presetRange('quarter', d('2025-11-15'))).toEqual({ from: d('2025-07-01'), to: d('2025-09-30') });
		expect(endOfQuarter(d('2025-02-10'))).toBe('2025-03-31');
	});

	it('recognises a range that is a preset', () => {
		expect(matchPreset(d('2025-12-25'), d('2025-12-31'), d('2025-12-31'))).toBe('last7');
		expect(matchPreset(d('2025-12-24'), d('2025-12-31'), d('2025-12-31'))).toBeNull();
	});

	it('drops only the breakdown’s own dimension from the filters', () => {
		const state = parse('from=2025-09-08&to=2025-09-14&channel=chat&category=delivery');
		expect(withoutFilter(state, 'channel').filters).toEqual({ category: ['delivery'] });
		expect(withoutFilter(state, 'team')).toBe(state);
	});
});

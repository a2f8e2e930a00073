import { describe, expect, it } from 'vitest';
import { groupRows, toNumber } from '../../../src/lib/metrics/rows';

describe('result rows', () => {
	it('reads numbers whether the engine gives numbers, bigints, dates or numeric strings', () => {
		expect([toNumber(3), toNumber(3n), toNumber(new Date(Date.UTC(2025, 2, 10))), toNumber('2.5')]).toEqual([
			3,
			3,
			Date.UTC(2025, 2, 10),
			2.5
		]);
		expect([toNumber(null), toNumber(undefined), toNumber('chat'), toNumber('')]).toEqual([
			null,
			null,
			null,
			null
		]);
		// Blank text is no number (Number(' ') would be 0), nor is a boolean.
		expect([toNumber(' \t'), toNumber(true), toNumber({})]).toEqual([null, null, null]);
	});

	it('merges the rows of UNION ALL BY NAME by group and period, keeping non-null columns', () => {
		const rows = [
			{ period: 'current', dimension_value: 'chat', 'tickets.value': 7n, 'backlog.value': null },
			{ period: 'current', dimension_value: 'chat', 'tickets.value': null, 'backlog.value': 2 },
			{ period: 'previous', dimension_value: null, 'tickets.value': 1, 'backlog.value': null }
		];
		expect(groupRows(rows, 'dimension_value')).toEqual(
			new Map<string | null, unknown>([
				['chat', { current: { 'tickets.value': 7, 'backlog.value': 2 }, previous: {} }],
				[null, { current: {}, previous: { 'tickets.value': 1, 'backlog.value': null } }]
			])
		);
	});
});

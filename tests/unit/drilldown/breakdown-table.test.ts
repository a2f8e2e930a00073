import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../../src/lib/metrics/breakdown';
import type { NodeId } from '../../../src/lib/metrics/types';
import { NOT_ASSESSED } from '../../../src/lib/metrics/uncertainty';
import {
	breakdownTableRows,
	nextSort,
	sortRows,
	type BreakdownTableRow
} from '../../../src/lib/ui/drilldown/breakdown-table';

const csatByChannel: Breakdown = {
	node: 'csat' as NodeId,
	dimension: 'channel',
	shape: 'leaf',
	queryCount: 1,
	rows: [
		{
			value: 'chat',
			current: 80,
			previous: 90,
			change: -10,
			sample: { current: 10, previous: 20 },
			uncertainty: NOT_ASSESSED
		},
		{
			value: 'email',
			current: 50,
			previous: 50,
			change: 0,
			sample: { current: 4, previous: 2 },
			uncertainty: NOT_ASSESSED
		},
		{
			value: null,
			current: null,
			previous: 100,
			change: null,
			sample: { current: 0, previous: 1 },
			uncertainty: NOT_ASSESSED
		}
	],
	decomposition: {
		status: 'exact',
		method: 'mix_rate',
		change: -5,
		contributions: [
			{ kind: 'mix_rate', value: 'chat', amount: -7, mix: -1, rate: -6 },
			{ kind: 'mix_rate', value: 'email', amount: 2, mix: 2, rate: 0 },
			{ kind: 'mix_rate', value: null, amount: 0, mix: 0, rate: 0 }
		]
	}
};

describe('breakdown table', () => {
	it('joins each value with its contribution and its own sample', () => {
		const rows = breakdownTableRows(csatByChannel);
		expect(rows[0]).toEqual({
			value: 'chat',
			current: 80,
			previous: 90,
			change: -10,
			contribution: -7,
			mix: -1,
			rate: -6,
			sample: 10
		});
	});

	it('hides the sample of a ratio’s parts: they all share the denominator', () => {
		const ratio = { ...csatByChannel, shape: 'ratio' as const };
		expect(breakdownTableRows(ratio).map((r) => r.sample)).toEqual([null, null, null]);
	});

	it('sorts numbers by size and keeps missing values last in both directions', () => {
		const rows = breakdownTableRows(csatByChannel);
		const order = (direction: 'ascending' | 'descending') =>
			sortRows(rows, { key: 'current', direction }).map((r: BreakdownTableRow) => r.value);
		expect(order('descending')).toEqual(['chat', 'email', null]);
		expect(order('ascending')).toEqual(['email', 'chat', null]);
		expect(sortRows(rows, { key: 'contribution', direction: 'ascending' }).map((r) => r.value)).toEqual([
			'chat',
			null,
			'email'
		]);
	});

	it('flips the direction on the same column and starts a new one descending (names ascending)', () => {
		expect(nextSort({ key: 'current', direction: 'descending' }, 'current')).toEqual({
			key: 'current',
			direction: 'ascending'
		});
		expect(nextSort({ key: 'current', direction: 'ascending' }, 'change').direction).toBe('descending');
		expect(nextSort({ key: 'current', direction: 'ascending' }, 'value').direction).toBe('ascending');
	});
});

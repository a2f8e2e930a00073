import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../../src/lib/metrics/breakdown';
import type { NodeId } from '../../../src/lib/metrics/types';
import { NOT_ASSESSED } from '../../../src/lib/metrics/uncertainty';
import {
	breakdownCsv,
	breakdownTableRows,
	nextSort,
	sortRows,
	type BreakdownTableRow
} from '../../../src/lib/ui/drilldown/breakdown-table';
import type { Dimension } from '../../../src/lib/metrics/dimensions';

const csatByChannel: Breakdown = {
	node: 'csat' as NodeId,
	dimension: 'channel' as Dimension,
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
			sample: 10,
			interval: null,
			significance: null
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

	describe('with intervals and verdicts', () => {
		// chat: 8 of 10 good now (80 %), 18 of 20 before; email 2 of 4; the missing value has no rows now.
		const assessed: Breakdown = {
			...csatByChannel,
			rows: [
				{
					...csatByChannel.rows[0]!,
					uncertainty: {
						n: { current: 10, previous: 20 },
						interval: { lo: 49.0, hi: 94.3 },
						previousInterval: { lo: 69.9, hi: 97.2 },
						verdict: 'noise'
					}
				},
				{
					...csatByChannel.rows[1]!,
					uncertainty: {
						n: { current: 4, previous: 2 },
						interval: { lo: 15.0, hi: 85.0 },
						previousInterval: { lo: 9.5, hi: 90.5 },
						verdict: 'too-few'
					}
				},
				csatByChannel.rows[2]!
			]
		};

		it('carries each row’s own interval and verdict', () => {
			const rows = breakdownTableRows(assessed);
			expect(rows.map((r) => [r.value, r.interval, r.significance])).toEqual([
				['chat', { lo: 49.0, hi: 94.3 }, 'noise'],
				['email', { lo: 15.0, hi: 85.0 }, 'too-few'],
				[null, null, null]
			]);
		});

		it('sorts the interval column by its lower bound, rows without one last', () => {
			const rows = breakdownTableRows(assessed);
			const order = (direction: 'ascending' | 'descending') =>
				sortRows(rows, { key: 'interval', direction }).map((r) => r.value);
			// Lower bounds: chat 49.0 > email 15.0.
			expect(order('descending')).toEqual(['chat', 'email', null]);
			expect(order('ascending')).toEqual(['email', 'chat', null]);
			// A wide interval with a low lower bound sorts below a narrow one with a higher lower bound,
			// although its upper bound is higher: 10 – 99 vs 40 – 60.
			const wide = { ...rows[0]!, value: 'wide', interval: { lo: 10, hi: 99 } };
			const narrow = { ...rows[0]!, value: 'narrow', interval: { lo: 40, hi: 60 } };
			expect(
				sortRows([wide, narrow], { key: 'interval', direction: 'descending' }).map((r) => r.value)
			).toEqual(['narrow', 'wide']);
		});

		it('exports the interval as two unrounded numbers and the verdict as its code', () => {
			const header = {
				value: 'Channel',
				current: 'Value',
				intervalLo: 'Lo',
				intervalHi: 'Hi',
				previous: 'Previous',
				change: 'Change',
				significance: 'Verdict',
				contribution: 'Contribution',
				mix: 'Mix',
				rate: 'Rate',
				sample: 'n'
			};
			const lines = breakdownCsv(breakdownTableRows(assessed), header, '(missing)')
				.replace('\uFEFF', '')
				.trimEnd()
				.split('\r\n');
			expect(lines).toEqual([
				'Channel,Value,Lo,Hi,Previous,Change,Verdict,Contribution,Mix,Rate,n',
				'chat,80,49,94.3,90,-10,noise,-7,-1,-6,10',
				'email,50,15,85,50,0,too-few,2,2,0,4',
				'(missing),,,,100,,,0,0,0,0'
			]);
		});
	});
});

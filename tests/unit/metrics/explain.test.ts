/** "What changed" on hand-computed values: the formula walk, the dimension score, the supporting drivers. */
import { describe, expect, it } from 'vitest';
import type { BreakdownRow } from '../../../src/lib/metrics/breakdown';
import type { NodeResult, TreeResult } from '../../../src/lib/metrics/evaluate';
import {
	explain,
	explainByDimension,
	explainPlan,
	explainTargets,
	scoreDimension,
	type DimensionBreakdown
} from '../../../src/lib/metrics/explain';
import type { Verdict } from '../../../src/lib/metrics/significance';
import { NOT_ASSESSED } from '../../../src/lib/metrics/uncertainty';
import type { NodeId } from '../../../src/lib/metrics/types';
import { driver, node, REQUEST, tree } from './helpers';
import type { Dimension } from '../../../src/lib/metrics/dimensions';

const formula = (parent: string, child: string, role: string) => ({ parent, child, type: 'formula', role });

/** rate = 100 × t ÷ o, with drivers: sat and still on rate, calm on t. */
const TREE = tree(
	[
		node('rate', { kind: 'formula', expression: '100 * t / o' }, { direction: 'down', tier: 'north_star' }),
		node('t', { kind: 'count' }, { table: 'tickets', direction: 'down' }),
		node('o', { kind: 'count' }, { table: 'events' }),
		node('sat', { kind: 'share', numerator: 'csat >= 4' }, { table: 'tickets', format: 'percent' }),
		node('still', { kind: 'share', numerator: 'csat >= 3' }, { table: 'tickets', format: 'percent' }),
		node('calm', { kind: 'share', numerator: 'reopens = 0' }, { table: 'tickets', format: 'percent' })
	],
	[
		formula('rate', 't', 'numerator'),
		formula('rate', 'o', 'denominator'),
		driver('rate', 'sat'),
		driver('rate', 'still'),
		driver('t', 'calm')
	]
);

function result(values: Record<string, [number, number, Verdict | null]>): TreeResult {
	const nodes = Object.fromEntries(
		Object.entries(values).map(([id, [value, previous, verdict]]) => [
			id,
			{
				id: id as NodeId,
				value,
				previous,
				change: value - previous,
				relativeChange: null,
				status: 'none',
				sample: null,
				reason: null,
				previousReason: null,
				uncertainty: { ...NOT_ASSESSED, verdict },
				series: [],
				anomalies: []
			} satisfies NodeResult
		])
	);
	return { nodes, failures: [], queryCount: 0 } as TreeResult;
}

// t: 100 → 120 tickets over o = 2000 orders both weeks, so rate 5 → 6 (+1 per 100 orders). The
// denominator moves first (SPEC §4): o unchanged → 0; t → 100 × 120 ÷ 2000 − 5 = +1.
// sat −10 pp (significant) is bad news like rate's rise; still −2 pp is noise; calm +3 pp (significant)
// is good news while t's rise is bad news.
const RESULT = result({
	rate: [6, 5, 'significant'],
	t: [120, 100, 'significant'],
	o: [2000, 2000, 'noise'],
	sat: [80, 90, 'significant'],
	still: [95, 97, 'noise'],
	calm: [73, 70, 'significant']
});

const row = (value: string, verdict: Verdict | null) =>
	({ value, uncertainty: { ...NOT_ASSESSED, verdict } }) as unknown as BreakdownRow;

/** t's +20 tickets by category (delivery +25, others −5) and by channel (chat +10, email +10). */
const BREAKDOWNS: DimensionBreakdown[] = [
	{
		node: 't' as NodeId,
		dimension: 'category' as Dimension,
		rows: [row('delivery', 'significant'), row('refund', 'noise')],
		decomposition: {
			status: 'exact',
			method: 'additive',
			change: 20,
			contributions: [
				{ kind: 'value', value: 'delivery', amount: 25 },
				{ kind: 'value', value: 'refund', amount: -5 }
			]
		}
	},
	{
		node: 't' as NodeId,
		dimension: 'channel' as Dimension,
		rows: [row('chat', 'noise'), row('email', 'noise')],
		decomposition: {
			status: 'exact',
			method: 'additive',
			change: 20,
			contributions: [
				{ kind: 'value', value: 'chat', amount: 10 },
				{ kind: 'value', value: 'email', amount: 10 }
			]
		}
	}
];

describe('how well a dimension explains a change', () => {
	it('scores one value carrying all of it 1, and caps what is beyond the change', () => {
		// 25 of 20 = 1.25, one value: min(1.25, 1) ÷ 1 = 1
		expect(scoreDimension([25, -5], 20)).toEqual({ count: 1, explained: 1.25, score: 1 });
	});

	it('takes values until they explain 80 %, at most three', () => {
		// 4 → 40 %, 4 + 4 → 80 %: two values, 0.8 ÷ 2
		expect(scoreDimension([2, 4, 4], 10)).toEqual({ count: 2, explained: 0.8, score: 0.4 });
		// 3 + 3 + 3 = 90 % takes three: 0.9 ÷ 3
		expect(scoreDimension([3, 3, 3, 1], 10).count).toBe(3);
		expect(scoreDimension([3, 3, 3, 1], 10).score).toBeCloseTo(0.3, 12);
		// five values of 20 % never reach 80 % in three: the three explain 60 %, 0.6 ÷ 3
		const spread = scoreDimension([2, 2, 2, 2, 2], 10);
		expect(spread.count).toBe(3);
		expect(spread.score).toBeCloseTo(0.2, 12);
	});

	it('reads a fall the same way, and ignores values that moved against it', () => {
		// −6 and −5 of −10 (the +1 offsets): 60 %, then 110 % with two values
		expect(scoreDimension([-6, 1, -5], -10)).toEqual({ count: 2, explained: 1.1, score: 0.5 });
	});

	it('explains nothing when there is no change or no value moved its way', () => {
		expect(scoreDimension([1, -1], 0).score).toBe(0);
		expect(scoreDimension([-3], 5)).toEqual({ count: 0, explained: 0, score: 0 });
	});
});

describe('a node’s change by its best dimension', () => {
	it('picks the dimension with the fewest values for the most change, in the parent’s units', () => {
		// factor 1 ÷ 20 (rate per ticket): delivery's +25 tickets are +1.25 per 100 orders
		const best = explainByDimension(BREAKDOWNS, 't' as NodeId, 1 / 20)!;
		expect(best.dimension).toBe('category');
		expect(best.parts).toEqual([{ value: 'delivery', amount: 1.25, verdict: 'significant' }]);
		// channel: chat + email = 100 % with two values, 1 ÷ 2
		expect(best.others).toEqual([{ dimension: 'channel', count: 2, explained: 1, score: 0.5 }]);
	});

	it('has nothing to say for a node without breakdowns', () => {
		expect(explainByDimension(BREAKDOWNS, 'o' as NodeId, 1)).toBeNull();
	});
});

describe('what changed, end to end on the fixture', () => {
	it('walks the formula edges, splits the child that moved, and lists the drivers that agree', () => {
		const plan = explainPlan(TREE, RESULT, 'rate' as NodeId, REQUEST);
		// Only t is split by dimension: o carries none of the change (under 5 %).
		expect(explainTargets(plan)).toEqual([
			{ node: 't', table: 'tickets', dimensions: ['channel', 'category', 'priority', 'team'] }
		]);
		const explanation = explain(
			TREE,
			RESULT,
			explainPlan(TREE, RESULT, 'rate' as NodeId, REQUEST),
			BREAKDOWNS
		);
		expect(explanation.status).toBe('explained');
		expect(explanation.change).toBe(1);
		expect(explanation.steps.map((s) => [s.node, s.amount])).toEqual([
			['t', 1],
			['o', 0]
		]);
		expect(explanation.steps[0]!.dimension?.parts[0]).toEqual({
			value: 'delivery',
			amount: 1.25,
			verdict: 'significant'
		});
		expect(explanation.steps[1]!.dimension).toBeNull();
		// sat: significant and bad news like rate's rise. still: noise. calm: significant but good news.
		expect(explanation.evidence).toEqual([{ node: 'sat', parent: 'rate', change: -10 }]);
	});

	it('leaves out a dimension the view filters', () => {
		const plan = explainPlan(TREE, RESULT, 'rate' as NodeId, {
			...REQUEST,
			filters: { category: ['delivery'] }
		});
		expect(explainTargets(plan)[0]!.dimensions).toEqual(['channel', 'priority', 'team']);
	});

	it('says when there is nothing to explain', () => {
		const flat = result({ rate: [5, 5, 'noise'], t: [100, 100, 'noise'], o: [2000, 2000, 'noise'] });
		expect(explain(TREE, flat, explainPlan(TREE, flat, 'rate' as NodeId, REQUEST), []).status).toBe(
			'unchanged'
		);
		const missing = {
			...RESULT,
			nodes: { ...RESULT.nodes, rate: { ...RESULT.nodes['rate' as NodeId]!, change: null } }
		};
		expect(explain(TREE, missing, explainPlan(TREE, missing, 'rate' as NodeId, REQUEST), []).status).toBe(
			'no_value'
		);
	});

	it('splits a leaf by its own dimensions', () => {
		const explanation = explain(TREE, RESULT, explainPlan(TREE, RESULT, 't' as NodeId, REQUEST), BREAKDOWNS);
		expect(explanation.steps).toHaveLength(1);
		// factor 1: delivery's own +25 tickets
		expect(explanation.steps[0]).toMatchObject({ node: 't', parent: null, amount: 20 });
		expect(explanation.steps[0]!.dimension?.parts[0]?.amount).toBe(25);
		// calm rose significantly but is good news while tickets rising is bad: not evidence.
		expect(explanation.evidence).toEqual([]);
	});
});

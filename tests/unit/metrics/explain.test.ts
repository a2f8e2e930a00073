/** "What changed" on hand-computed values: the formula walk, the dimension score, the supporting drivers. */
import { describe, expect, it } from 'vitest';
import type { BreakdownRow } from '../../../src/lib/metrics/breakdown';
import type { NodeResult, TreeResult } from '../../../src/lib/metrics/evaluate';
import {
	dimensionBreakdowns,
	explain,
	explainByDimension,
	explainPlan,
	explainTargets,
	scoreDimension,
	supportingDrivers,
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

describe('the plan, step by step', () => {
	it('follows each formula child with its share of the change, in the explained node’s units', () => {
		// rate +1: t carries all of it (factor 1 ÷ 20 per ticket) and is split by value; o carries 0 and is only listed.
		expect(explainPlan(TREE, RESULT, 'rate' as NodeId, REQUEST)).toEqual({
			node: 'rate',
			status: 'explained',
			steps: [
				{
					node: 'rate',
					parent: null,
					role: null,
					depth: 0,
					amount: 1,
					change: 1,
					verdict: 'significant',
					factor: 1,
					target: null
				},
				{
					node: 't',
					parent: 'rate',
					role: 'numerator',
					depth: 1,
					amount: 1,
					change: 20,
					verdict: 'significant',
					factor: 0.05,
					target: { node: 't', table: 'tickets', dimensions: ['channel', 'category', 'priority', 'team'] }
				},
				{
					node: 'o',
					parent: 'rate',
					role: 'denominator',
					depth: 1,
					amount: 0,
					change: 0,
					verdict: 'noise',
					factor: null,
					target: null
				}
			]
		});
	});

	it('does not split a leaf whose table is not loaded or whose every dimension is filtered', () => {
		const eventsOnly = explainPlan(TREE, RESULT, 't' as NodeId, { ...REQUEST, tables: ['events'] });
		expect([eventsOnly.status, eventsOnly.steps.map((s) => s.target)]).toEqual(['not_decomposed', [null]]);
		const all = { channel: ['chat'], category: ['delivery'], priority: ['high'], team: ['a'] };
		const filtered = explainPlan(TREE, RESULT, 't' as NodeId, { ...REQUEST, filters: all });
		expect([filtered.status, filtered.steps.map((s) => s.target)]).toEqual(['not_decomposed', [null]]);
	});

	it('leaves in a dimension filtered on another table only', () => {
		const plan = explainPlan(TREE, RESULT, 't' as NodeId, {
			...REQUEST,
			filters: { 'events.channel': ['web'] }
		});
		expect(explainTargets(plan)[0]!.dimensions).toEqual(['channel', 'category', 'priority', 'team']);
	});
});

describe('scores and parts at their edges', () => {
	it('gives no score, not NaN, when the values that moved did not move at all', () => {
		expect(scoreDimension([0, 0], 5)).toEqual({ count: 0, explained: 0, score: 0 });
	});

	it('takes value and mix-rate parts of exact splits only, ranks by score then by share', () => {
		const exact = (dimension: string, contributions: unknown[], change: number): DimensionBreakdown => ({
			node: 'x' as NodeId,
			dimension: dimension as Dimension,
			rows: [row('a', 'significant')],
			decomposition: { status: 'exact', method: 'additive', change, contributions } as never
		});
		const breakdowns: DimensionBreakdown[] = [
			// one value, 9 of 10: score 0.9
			exact(
				'd1',
				[
					{ kind: 'value', value: 'a', amount: 9 },
					{ kind: 'value', value: 'b', amount: 1 }
				],
				10
			),
			// one mix-rate part, 10 of 10: score 1 (its row has no verdict: none listed)
			exact('d2', [{ kind: 'mix_rate', value: 'z', amount: 10, mix: 4, rate: 6 }], 10),
			// two values, 9 of 10: 0.45; a denominator part is not a value
			exact(
				'd3',
				[
					{ kind: 'value', value: 'a', amount: 4.5 },
					{ kind: 'value', value: 'c', amount: 4.5 },
					{ kind: 'denominator', node: 'y', amount: 1 }
				],
				10
			),
			// one value, 4.5 of 5: the same score as d1, after it (a stable sort keeps their order)
			exact('d4', [{ kind: 'value', value: 'a', amount: 4.5 }], 5),
			// nothing moved its way: left out
			exact('d5', [{ kind: 'value', value: 'a', amount: -3 }], 10),
			{
				...exact('d6', [{ kind: 'value', value: 'a', amount: 10 }], 10),
				decomposition: { status: 'no_value' } as never
			},
			{ ...exact('d7', [{ kind: 'value', value: 'a', amount: 10 }], 10), node: 'other' as NodeId }
		];
		const best = explainByDimension(breakdowns, 'x' as NodeId, 2)!;
		expect(best.dimension).toBe('d2');
		expect(best.parts).toEqual([{ value: 'z', amount: 20, verdict: null }]);
		expect(best.others.map((o) => [o.dimension, o.count, o.score])).toEqual([
			['d1', 1, 0.9],
			['d4', 1, 0.9],
			['d3', 2, 0.45]
		]);
		// a fall of 7.5: b's −5 explains 67 %, with a's −3 over 100 % (d's −0.5 not needed); c rose
		const fall = explainByDimension(
			[
				exact(
					'd',
					[
						{ kind: 'value', value: 'a', amount: -3 },
						{ kind: 'value', value: 'b', amount: -5 },
						{ kind: 'value', value: 'c', amount: 1 },
						{ kind: 'value', value: 'd', amount: -0.5 }
					],
					-7.5
				)
			],
			'x' as NodeId,
			1
		)!;
		expect(fall.parts.map((p) => [p.value, p.amount])).toEqual([
			['b', -5],
			['a', -3]
		]);
	});
});

describe('evidence and the explanation’s own numbers', () => {
	it('lists supporting drivers only for an explained change', () => {
		const [first] = explainPlan(TREE, RESULT, 'rate' as NodeId, REQUEST).steps;
		const plan = { node: 'rate' as NodeId, status: 'not_decomposed' as const, steps: [first!] };
		expect(explain(TREE, RESULT, plan, []).evidence).toEqual([]);
		expect(explain(TREE, RESULT, { ...plan, status: 'explained' }, []).evidence).toEqual([
			{ node: 'sat', parent: 'rate', change: -10 }
		]);
	});

	it('carries the node’s change and verdict, and none for a node without a result', () => {
		const explanation = explain(TREE, RESULT, explainPlan(TREE, RESULT, 'rate' as NodeId, REQUEST), []);
		expect([explanation.change, explanation.verdict]).toEqual([1, 'significant']);
		const none = explain(TREE, RESULT, { node: 'gone' as NodeId, status: 'no_value', steps: [] }, []);
		expect([none.change, none.verdict, none.steps, none.evidence]).toEqual([null, null, [], []]);
	});

	it('skips drivers without a result and parents without one', () => {
		const partial = { ...RESULT, nodes: { ...RESULT.nodes } };
		delete partial.nodes['sat' as NodeId];
		expect(supportingDrivers(TREE, partial, ['rate', 'gone'] as NodeId[])).toEqual([]);
	});
});

describe('breaking the targets down', () => {
	it('asks one statement per table for the targets’ dimensions in the table’s order, and keeps each target’s own', async () => {
		const asked: string[] = [];
		const rows = [
			{ period: 'current', dimension_name: 'channel', dimension_value: 'chat', 't.value': 30 },
			{ period: 'previous', dimension_name: 'channel', dimension_value: 'chat', 't.value': 20 },
			{ period: 'current', dimension_name: 'category', dimension_value: 'delivery', 't.value': 7 },
			{ period: 'previous', dimension_name: 'category', dimension_value: 'delivery', 't.value': 5 }
		];
		const out = await dimensionBreakdowns(
			TREE,
			[
				{ node: 't' as NodeId, table: 'tickets', dimensions: ['category', 'channel', 'Region'] },
				{ node: 'rate' as NodeId, table: 'tickets', dimensions: ['team'] },
				{ node: 'gone' as NodeId, table: 'tickets', dimensions: ['priority'] },
				{ node: 'o' as NodeId, table: 'events', dimensions: ['Plan'] }
			],
			REQUEST,
			async (sql) => {
				asked.push(sql);
				return rows;
			}
		);
		expect(asked).toHaveLength(1);
		expect(asked[0]).toContain("(VALUES ('channel'), ('category'))");
		expect(
			out.map((b) => [b.node, b.dimension, b.rows.map((r) => [r.value, r.current, r.previous])])
		).toEqual([
			['t', 'channel', [['chat', 30, 20]]],
			['t', 'category', [['delivery', 7, 5]]]
		]);
	});
});

describe('plans with nothing to follow', () => {
	it('have no steps', () => {
		const flat = result({ rate: [5, 5, 'noise'], t: [100, 100, 'noise'], o: [2000, 2000, 'noise'] });
		expect(explainPlan(TREE, flat, 'rate' as NodeId, REQUEST)).toEqual({
			node: 'rate',
			status: 'unchanged',
			steps: []
		});
		expect(explainPlan(TREE, flat, 'gone' as NodeId, REQUEST)).toEqual({
			node: 'gone',
			status: 'no_value',
			steps: []
		});
	});
});

describe('plans at their edges', () => {
	// rate 5 → 7.035…: o 2000 → 1990 moves it by 100 × 100 ÷ 1990 − 5 ≈ 0.025, t 100 → 140 by ≈ 2.010; 5 % of the
	// change ≈ 0.102, so o is listed, not followed.
	const MOVED = result({
		rate: [(100 * 140) / 1990, 5, 'significant'],
		t: [140, 100, 'significant'],
		o: [1990, 2000, 'noise']
	});

	it('follows a child only from 5 % of the change', () => {
		const o = explainPlan(TREE, MOVED, 'rate' as NodeId, REQUEST).steps.find((s) => s.node === 'o')!;
		expect(o.amount).toBeCloseTo((100 * 100) / 1990 - 5, 12);
		expect([o.factor, o.target]).toEqual([null, null]);
	});

	it('calls a leaf split by its own dimensions explained', () => {
		expect(explainPlan(TREE, RESULT, 't' as NodeId, REQUEST).status).toBe('explained');
	});

	it('does not split a leaf whose kind has no split by value', () => {
		const alone = tree(
			[node('u', { kind: 'count_distinct', expr: 'customer_id' }, { table: 'tickets' })],
			[]
		);
		const plan = explainPlan(alone, result({ u: [30, 20, 'significant'] }), 'u' as NodeId, REQUEST);
		expect([plan.status, plan.steps.map((s) => s.target)]).toEqual(['not_decomposed', [null]]);
	});

	it('counts only value parts toward a dimension’s share', () => {
		const d: DimensionBreakdown = {
			node: 'x' as NodeId,
			dimension: 'd' as Dimension,
			rows: [],
			decomposition: {
				status: 'exact',
				method: 'additive',
				change: 10,
				contributions: [
					{ kind: 'value', value: 'a', amount: 7 },
					{ kind: 'denominator', node: 'y' as NodeId, amount: 3 }
				]
			} as never
		};
		expect(explainByDimension([d], 'x' as NodeId, 1)).toMatchObject({ count: 1, explained: 0.7 });
	});

	it('breaks each target down by its own dimensions only', async () => {
		const out = await dimensionBreakdowns(
			TREE,
			[
				{ node: 't' as NodeId, table: 'tickets', dimensions: ['category', 'channel'] },
				{ node: 'sat' as NodeId, table: 'tickets', dimensions: ['channel'] }
			],
			REQUEST,
			async () => []
		);
		expect(out.map((b) => [b.node, b.dimension])).toEqual([
			['t', 'channel'],
			['sat', 'channel'],
			['t', 'category']
		]);
	});
});

describe('evidence and ranking, last edges', () => {
	it('takes supporting drivers from the followed nodes only, not from the ones only listed', () => {
		// calm falls significantly: bad news, like t's rise — but t is only listed here (no factor).
		const calmFell = result({
			...Object.fromEntries([]),
			rate: [6, 5, 'significant'],
			t: [120, 100, 'significant'],
			sat: [80, 90, 'significant'],
			calm: [67, 70, 'significant']
		});
		const [root, t] = explainPlan(TREE, RESULT, 'rate' as NodeId, REQUEST).steps;
		const plan = {
			node: 'rate' as NodeId,
			status: 'explained' as const,
			steps: [root!, { ...t!, factor: null, target: null }]
		};
		expect(explain(TREE, calmFell, plan, []).evidence).toEqual([
			{ node: 'sat', parent: 'rate', change: -10 }
		]);
	});

	it('ranks dimensions of the same score by the larger share, whatever their order', () => {
		const one = (dimension: string, amounts: number[], change: number): DimensionBreakdown => ({
			node: 'x' as NodeId,
			dimension: dimension as Dimension,
			rows: [],
			decomposition: {
				status: 'exact',
				method: 'additive',
				change,
				contributions: amounts.map((amount, i) => ({ kind: 'value', value: `v${i}`, amount }))
			} as never
		});
		// over: one value of 12.5 for a change of 10 (explained 1.25, score 1); exact: one value of 10 (1, score 1)
		const over = one('over', [12.5, -2.5], 10);
		const exact = one('exact', [10], 10);
		expect(explainByDimension([exact, over], 'x' as NodeId, 1)!.dimension).toBe('over');
		expect(explainByDimension([over, exact], 'x' as NodeId, 1)!.dimension).toBe('over');
	});
});

describe('the walk down the formula edges, in depth', () => {
	/** total = a + b, and rate = 100 × t ÷ o with t = t1 + t2: a sum under the ratio's numerator. */
	const DEEP = tree(
		[
			node('total', { kind: 'formula', expression: 'a + b' }, { tier: 'north_star' }),
			node('a', { kind: 'count' }, { table: 'tickets' }),
			node('b', { kind: 'count' }, { table: 'tickets' }),
			node('rate', { kind: 'formula', expression: '100 * t / o' }, { direction: 'down' }),
			node('t', { kind: 'formula', expression: 't1 + t2' }, { direction: 'down' }),
			node('t1', { kind: 'count' }, { table: 'tickets', direction: 'down' }),
			node('t2', { kind: 'count' }, { table: 'tickets', direction: 'down' }),
			node('o', { kind: 'count' }, { table: 'events' })
		],
		[
			formula('total', 'a', 'term'),
			formula('total', 'b', 'term'),
			driver('total', 'rate'),
			formula('rate', 't', 'numerator'),
			formula('rate', 'o', 'denominator'),
			formula('t', 't1', 'term'),
			formula('t', 't2', 'term')
		]
	);

	it('follows a child that carries exactly 5 % of the change', () => {
		// total 150 → 250 (+100): a +95, b +5. 5 % of 100 is 5, and b's 5 is not less than that.
		const values = result({
			total: [250, 150, 'significant'],
			a: [195, 100, 'significant'],
			b: [55, 50, 'noise']
		});
		const b = explainPlan(DEEP, values, 'total' as NodeId, REQUEST).steps.find((s) => s.node === 'b')!;
		// b's own +5 is 5 of total's units: factor 5 ÷ 5 = 1, and it is split by its table's dimensions.
		expect(b.factor).toBe(1);
		expect(b.target?.dimensions).toEqual(['channel', 'category', 'priority', 'team']);
	});

	it('carries a grandchild’s share into the explained node’s units through its parent’s factor', () => {
		// rate 5 → 6 over o = 2000 orders: t 100 → 120 carries all of it, 1 ÷ 20 = 0.05 per ticket.
		// t1 60 → 75 (+15) is 15 × 0.05 = 0.75 of rate's change; t2 40 → 45 (+5) is 5 × 0.05 = 0.25.
		const values = result({
			rate: [6, 5, 'significant'],
			t: [120, 100, 'significant'],
			t1: [75, 60, 'significant'],
			t2: [45, 40, 'noise'],
			o: [2000, 2000, 'noise']
		});
		const steps = explainPlan(DEEP, values, 'rate' as NodeId, REQUEST).steps;
		expect(steps.map((s) => [s.node, s.parent, s.depth])).toEqual([
			['rate', null, 0],
			['t', 'rate', 1],
			['t1', 't', 2],
			['t2', 't', 2],
			['o', 'rate', 1]
		]);
		const amount = (id: string) => steps.find((s) => s.node === id)!.amount;
		expect(amount('t')).toBeCloseTo(1, 12);
		expect(amount('t1')).toBeCloseTo(0.75, 12);
		expect(amount('t2')).toBeCloseTo(0.25, 12);
		// each grandchild's own change times its factor is its share: 0.75 ÷ 15 = 0.25 ÷ 5 = 0.05
		expect(steps.find((s) => s.node === 't1')!.factor).toBeCloseTo(0.05, 12);
	});
});

describe('which leaves split by value', () => {
	it.each([
		['sum', { kind: 'sum', expr: 'reopens' }],
		['share', { kind: 'share', numerator: 'csat >= 4' }],
		['mean', { kind: 'mean', expr: 'csat' }],
		['repeat', { kind: 'repeat', key: 'customer_id', within_days: 7 }]
	])('splits a %s leaf by its table’s dimensions', (_, definition) => {
		const alone = tree([node('u', definition, { table: 'tickets' })], []);
		const plan = explainPlan(alone, result({ u: [30, 20, 'significant'] }), 'u' as NodeId, REQUEST);
		expect(plan.status).toBe('explained');
		expect(explainTargets(plan)).toEqual([
			{ node: 'u', table: 'tickets', dimensions: ['channel', 'category', 'priority', 'team'] }
		]);
	});

	it('does not split a quantile: medians are broken down but not decomposed (SPEC §4)', () => {
		const alone = tree([node('u', { kind: 'quantile', expr: 'reopens', q: 0.5 }, { table: 'tickets' })], []);
		const plan = explainPlan(alone, result({ u: [30, 20, 'significant'] }), 'u' as NodeId, REQUEST);
		expect([plan.status, explainTargets(plan)]).toEqual(['not_decomposed', []]);
	});
});

describe('named values and split steps, last edges', () => {
	it('names the fewest values for the same share: one that adds nothing to the sum is left out', () => {
		// 1 of 10 explains 10 %; 1 + 1e-17 is still 1 in floating point (float residue of a part that
		// did not move), so a second value explains no more: one value, 0.1 ÷ 1.
		expect(scoreDimension([1, 1e-17], 10)).toEqual({ count: 1, explained: 0.1, score: 0.1 });
	});

	it('gives a dimension only to the steps the plan splits by value, whatever breakdowns it is handed', () => {
		// rate's plan splits t only (rate itself splits exactly into t and o). A breakdown of rate by
		// channel (as its drill-down would compute) must not make rate a step of its own.
		const rateByChannel: DimensionBreakdown = {
			node: 'rate' as NodeId,
			dimension: 'channel' as Dimension,
			rows: [row('chat', 'significant')],
			decomposition: {
				status: 'exact',
				method: 'ratio',
				change: 1,
				contributions: [{ kind: 'value', value: 'chat', amount: 1 }]
			}
		};
		const plan = explainPlan(TREE, RESULT, 'rate' as NodeId, REQUEST);
		const explanation = explain(TREE, RESULT, plan, [...BREAKDOWNS, rateByChannel]);
		expect(explanation.steps.map((s) => s.node)).toEqual(['t', 'o']);
	});
});

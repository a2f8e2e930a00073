/** How a formula node's change splits across its children (SPEC §4), on hand-computed node values. */
import { describe, expect, it } from 'vitest';
import { childContributions } from '../../../src/lib/metrics/child-contributions';
import type { NodeResult, TreeResult } from '../../../src/lib/metrics/evaluate';
import { RequestError } from '../../../src/lib/metrics/request';
import type { NodeId, Tree } from '../../../src/lib/metrics/types';
import { NOT_ASSESSED } from '../../../src/lib/metrics/uncertainty';
import { driver, node, tree } from './helpers';

const formula = (parent: string, child: string, role: string) => ({ parent, child, type: 'formula', role });

const TREE = tree(
	[
		// the edges list t before o, so the split must reorder them: denominators move first
		node('rate', { kind: 'formula', expression: '100 * t / o' }, { tier: 'north_star' }),
		node('t', { kind: 'count' }, { table: 'tickets' }),
		node('o', { kind: 'count' }, { table: 'events' }),
		node('total', { kind: 'formula', expression: 'a + b' }),
		node('a', { kind: 'count' }, { table: 'tickets' }),
		node('b', { kind: 'count' }, { table: 'tickets' }),
		node('p', { kind: 'formula', expression: 'x * y' }),
		node('x', { kind: 'count' }, { table: 'events' }),
		node('y', { kind: 'count' }, { table: 'events' }),
		node('q', { kind: 'formula', expression: 'u / (v - w)' }),
		node('u', { kind: 'count' }, { table: 'events' }),
		node('v', { kind: 'count' }, { table: 'events' }),
		node('w', { kind: 'count' }, { table: 'events' }),
		node('d', { kind: 'count' }, { table: 'events' })
	],
	[
		formula('rate', 't', 'numerator'),
		formula('rate', 'o', 'denominator'),
		driver('rate', 'total'),
		formula('total', 'a', 'term'),
		formula('total', 'b', 'term'),
		driver('rate', 'p'),
		formula('p', 'x', 'factor'),
		formula('p', 'y', 'factor'),
		driver('rate', 'q'),
		// q's children are made term edges below: the validator refuses term edges under a quotient
		driver('q', 'u'),
		driver('q', 'v'),
		driver('q', 'w'),
		driver('t', 'd')
	]
);

/** Node id → [value, previous]; the change is value − previous when both exist. */
function result(values: Record<string, [number | null, number | null]>): TreeResult {
	const nodes = Object.fromEntries(
		Object.entries(values).map(([id, [value, previous]]) => [
			id,
			{
				id: id as NodeId,
				value,
				previous,
				change: value === null || previous === null ? null : value - previous,
				relativeChange: null,
				status: 'none',
				sample: null,
				reason: null,
				previousReason: null,
				uncertainty: NOT_ASSESSED,
				series: [],
				anomalies: []
			} satisfies NodeResult
		])
	);
	return { nodes, failures: [], queryCount: 0 } as TreeResult;
}

/** TREE with q = u ÷ (v − w) over term edges, as an unchecked tree could have it, to reach the split's own guard. */
const UNCHECKED: Tree = {
	...TREE,
	edges: TREE.edges.map((e) => (e.parent === 'q' ? { ...e, type: 'formula', role: 'term' } : e))
};

const split = (id: string, values: Record<string, [number | null, number | null]>) =>
	childContributions(UNCHECKED, result(values), id as NodeId);

describe('the split of a ratio: the denominator first, then the numerator at the new denominator', () => {
	it('gives contact rate’s change to orders and tickets', () => {
		// t 100 → 120, o 2000 → 2500: rate 100 × 100 ÷ 2000 = 5 → 100 × 120 ÷ 2500 = 4.8, change −0.2.
		// o first: 100 × 100 ÷ 2500 = 4, so o −1; then t: 4.8 − 4 = +0.8.
		const d = split('rate', { rate: [4.8, 5], t: [120, 100], o: [2500, 2000] });
		expect(d.status).toBe('exact');
		if (d.status !== 'exact') return;
		expect(d.method).toBe('ratio');
		expect(d.change).toBeCloseTo(-0.2, 12);
		expect(d.contributions.map((c) => c.kind === 'child' && [c.node, c.role])).toEqual([
			['o', 'denominator'],
			['t', 'numerator']
		]);
		expect(d.contributions[0]!.amount).toBeCloseTo(-1, 12);
		expect(d.contributions[1]!.amount).toBeCloseTo(0.8, 12);
	});
});

describe('the split of a sum', () => {
	it('gives each term its own change', () => {
		// a 10 → 15, b 5 → 3: total 15 → 18 (+3) = +5 − 2
		expect(split('total', { total: [18, 15], a: [15, 10], b: [3, 5] })).toEqual({
			status: 'exact',
			method: 'additive',
			change: 3,
			contributions: [
				{ kind: 'child', node: 'a', role: 'term', amount: 5 },
				{ kind: 'child', node: 'b', role: 'term', amount: -2 }
			]
		});
	});

	it('has no split when a step on the way has no value (a division by zero half-way)', () => {
		// u ÷ (v − w): 4 ÷ (5 − 3) = 2 → 4 ÷ (3 − 1) = 2, but moving v first gives 4 ÷ (3 − 3): no value.
		expect(split('q', { q: [2, 2], u: [4, 4], v: [3, 5], w: [1, 3] })).toEqual({
			status: 'not_decomposed',
			reason: 'no_value'
		});
	});
});

describe('the split of a product (log changes, LMDI)', () => {
	it('gives the factor that moved the whole change', () => {
		// x 2 → 4, y 3 → 3: p 6 → 12. L(12, 6) = 6 ÷ ln 2; x: L × ln 2 = 6, y: L × ln 1 = 0.
		const d = split('p', { p: [12, 6], x: [4, 2], y: [3, 3] });
		expect(d).toMatchObject({ status: 'exact', method: 'lmdi', change: 6 });
		if (d.status !== 'exact') return;
		expect(d.contributions.map((c) => c.kind === 'child' && [c.node, c.role])).toEqual([
			['x', 'factor'],
			['y', 'factor']
		]);
		expect(d.contributions[0]!.amount).toBeCloseTo(6, 12);
		expect(d.contributions[1]!.amount).toBe(0);
	});

	it('accepts a parent within a relative 1e-9 of the product (separate aggregates round apart)', () => {
		// 12 × (1 + 1e-10) is 1.2e-9 from 12: within 1e-9 × 12 = 1.2e-8, but not within 1e-9 × 1.
		expect(split('p', { p: [12 * (1 + 1e-10), 6], x: [4, 2], y: [3, 3] })).toMatchObject({ method: 'lmdi' });
	});

	it('refuses to split a parent that is not the product of its factors, in either period', () => {
		const notProduct = { status: 'not_decomposed', reason: 'not_a_product' };
		expect(split('p', { p: [13, 6], x: [4, 2], y: [3, 3] })).toEqual(notProduct);
		expect(split('p', { p: [12, 7], x: [4, 2], y: [3, 3] })).toEqual(notProduct);
	});

	it('has no split when a factor has no value (not taken for a wrong product)', () => {
		expect(split('p', { p: [12, 6], x: [null, 2], y: [3, 3] })).toEqual({
			status: 'not_decomposed',
			reason: 'no_value'
		});
		expect(split('p', { p: [12, 6], x: [4, 2], y: [3, null] })).toEqual({
			status: 'not_decomposed',
			reason: 'no_value'
		});
	});

	it('has no split when a factor starts at 0 (no log change)', () => {
		// x 0 → 4, y 3: p 0 → 12 is a product, but ln(4 ÷ 0) is not a number.
		expect(split('p', { p: [12, 0], x: [4, 0], y: [3, 3] })).toEqual({
			status: 'not_decomposed',
			reason: 'no_value'
		});
	});
});

describe('when there is nothing to split', () => {
	const noValue = { status: 'not_decomposed', reason: 'no_value' };
	const FULL = { rate: [4.8, 5], t: [120, 100], o: [2500, 2000] } as Record<string, [number, number]>;

	it('has no split without the parent’s change or any child’s value in either period', () => {
		expect(split('rate', { ...FULL, rate: [null, 5] })).toEqual(noValue);
		expect(split('rate', { ...FULL, o: [null, 2000] })).toEqual(noValue);
		expect(split('rate', { ...FULL, o: [2500, null] })).toEqual(noValue);
		expect(split('rate', { ...FULL, t: [120, null] })).toEqual(noValue);
		const { o: _o, ...withoutO } = FULL;
		expect(split('rate', withoutO)).toEqual(noValue);
		const { rate: _rate, ...withoutRate } = FULL;
		expect(split('rate', withoutRate)).toEqual(noValue);
	});

	it('has nothing to split for a node without formula children, even with drivers', () => {
		const none = { status: 'not_decomposed', reason: 'no_formula_children' };
		expect(split('t', { t: [120, 100], d: [3, 2] })).toEqual(none);
		expect(split('o', { o: [1, 1] })).toEqual(none);
	});

	it('refuses a node the tree does not have', () => {
		expect(() => split('nope', {})).toThrow(RequestError);
		expect(() => split('nope', {})).toThrow('The tree has no metric “nope”.');
		expect(() => split('nope', {})).toThrow(expect.objectContaining({ code: 'unknown_node' }));
	});
});

/** node-values.ts: a leaf's measures from grouped rows (snapshot series as running totals), a formula's from its inputs. */
import { describe, expect, it } from 'vitest';
import { formulaMeasure, leafValues } from '../../../src/lib/metrics/node-values';
import type { Measure } from '../../../src/lib/metrics/measure';
import type { Columns, GroupedColumns, PeriodName } from '../../../src/lib/metrics/rows';
import type { FormulaNode, LeafNode, NodeId } from '../../../src/lib/metrics/types';
import { node, tree } from './helpers';

const ratio = (role: 'numerator' | 'denominator', child: string, parent: string) => ({
	parent,
	child,
	type: 'formula',
	role
});
const t = tree(
	[
		node('share', { kind: 'formula', expression: '100 * a / b' }, { format: 'percent' }),
		node('per', { kind: 'formula', expression: '100 * c / d' }, { format: 'count' }),
		node('a', { kind: 'count' }, { table: 'tickets' }),
		node('b', { kind: 'count' }, { table: 'tickets' }),
		node('c', { kind: 'count' }, { table: 'tickets' }),
		node('d', { kind: 'count' }, { table: 'tickets' }),
		node('open', { kind: 'snapshot', closed_at: 'resolved_at' }, { table: 'tickets' })
	],
	[
		ratio('numerator', 'a', 'share'),
		ratio('denominator', 'b', 'share'),
		{ parent: 'share', child: 'per', type: 'driver' },
		ratio('numerator', 'c', 'per'),
		ratio('denominator', 'd', 'per'),
		{ parent: 'share', child: 'open', type: 'driver' }
	]
);
const byId = (id: string) => t.nodes.find((n) => n.id === id)!;
const count = (n: number): Measure => ({
	value: n,
	sample: null,
	reason: null,
	evidence: { kind: 'count', n }
});
const inputs =
	(a: Measure, b: Measure) =>
	(id: NodeId): Measure =>
		id === 'a' || id === 'c' ? a : b;

describe('a leaf’s series', () => {
	const DAY = 86_400_000;
	const buckets = [0, DAY, 2 * DAY];

	it('gives a snapshot the running total of its changes, a bucket without rows adding nothing', () => {
		// current: +3, −1, (none) → 3, 2, 2; previous: +1, (no previous row), +4 → 1, 1, 5
		/** A bucket's columns; a period without rows in it has no entry (`previous` left out). */
		const row = (current: Columns, previous?: Columns) =>
			({ current, previous }) as Record<PeriodName, Columns>;
		const series: GroupedColumns = new Map([
			[0, row({ 'open.change': 3 }, { 'open.change': 1 })],
			[DAY, row({ 'open.change': -1 })],
			[2 * DAY, row({}, { 'open.change': 4 })]
		]);
		const values = leafValues(byId('open') as LeafNode, { aggregate: new Map(), series }, buckets);
		expect(values.series.map((p) => [p.current, p.previous])).toEqual([
			[
				{ value: 3, sample: null, reason: null },
				{ value: 1, sample: null, reason: null }
			],
			[
				{ value: 2, sample: null, reason: null },
				{ value: 1, sample: null, reason: null }
			],
			[
				{ value: 2, sample: null, reason: null },
				{ value: 5, sample: null, reason: null }
			]
		]);
	});

	it('has no value in the buckets before the data starts', () => {
		const series: GroupedColumns = new Map(
			buckets.map((ms) => [ms, { current: { 'a.value': 2 }, previous: { 'a.value': 1 } }])
		);
		const values = leafValues(byId('a') as LeafNode, { aggregate: new Map(), series, since: DAY }, buckets);
		expect(values.series.map((p) => [p.current.value, p.previous.value])).toEqual([
			[null, null],
			[2, 1],
			[2, 1]
		]);
		expect(values.series[0]!.current.reason).toEqual({ code: 'no_data' });
	});
});

describe('a ratio’s evidence', () => {
	const share = byId('share') as FormulaNode;
	const per = byId('per') as FormulaNode;

	it('is a share for a percentage whose numerator fits in its denominator, up to all of it', () => {
		expect(formulaMeasure(share, inputs(count(30), count(120))).evidence).toEqual({
			kind: 'share',
			num: 30,
			den: 120,
			scale: 100
		});
		expect(formulaMeasure(share, inputs(count(120), count(120)))).toEqual({
			value: 100,
			sample: 120,
			reason: null,
			evidence: { kind: 'share', num: 120, den: 120, scale: 100 }
		});
	});

	it('is a Poisson rate otherwise: a percentage over 100 %, or a ratio that is no percentage', () => {
		expect(formulaMeasure(share, inputs(count(150), count(120))).evidence).toEqual({
			kind: 'rate',
			num: 150,
			exposure: 120,
			scale: 100
		});
		// 100 × 30 ÷ 120 = 25 per 100
		expect(formulaMeasure(per, inputs(count(30), count(120)))).toEqual({
			value: 25,
			sample: 120,
			reason: null,
			evidence: { kind: 'rate', num: 30, exposure: 120, scale: 100 }
		});
	});

	it('is none unless both sides are counts', () => {
		const mean: Measure = {
			value: 4,
			sample: 10,
			reason: null,
			evidence: { kind: 'mean', n: 10, sum: 40, sumSquares: 200 }
		};
		const sum: Measure = { value: 30, sample: null, reason: null, evidence: null };
		expect(formulaMeasure(per, inputs(mean, count(120))).evidence).toBeNull();
		expect(formulaMeasure(per, inputs(count(30), mean)).evidence).toBeNull();
		expect(formulaMeasure(per, inputs(sum, count(120))).evidence).toBeNull();
	});

	it('stays on a ratio with no denominator, which has no value', () => {
		expect(formulaMeasure(per, inputs(count(30), count(0)))).toEqual({
			value: null,
			sample: 0,
			reason: { code: 'no_data' },
			evidence: { kind: 'rate', num: 30, exposure: 0, scale: 100 }
		});
	});
});

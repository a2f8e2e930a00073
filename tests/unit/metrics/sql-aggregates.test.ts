import { describe, expect, it } from 'vitest';
import { checkFragment } from '../../../src/lib/metrics/fragment/check';
import type { Fragment } from '../../../src/lib/metrics/fragment/ast';
import {
	condition,
	leafAggregates,
	partAlias,
	quantileNeighbours,
	repeatFlag,
	repeatFlagAlias,
	repeatWindowFlag
} from '../../../src/lib/metrics/sql/aggregates';
import { duckdb } from '../../../src/lib/metrics/sql/dialect';
import { columnNames } from '../../../src/lib/metrics/tables';
import type { LeafDefinition, LeafNode, NodeId } from '../../../src/lib/metrics/types';

const f = (source: string): Fragment => {
	const checked = checkFragment(source, { table: 'tickets', columns: columnNames('tickets') });
	if (!checked.ok) throw new Error(checked.error.message);
	return checked.value;
};
const leaf = (id: string, definition: LeafDefinition): LeafNode =>
	({ id, table: 'tickets', definition }) as unknown as LeafNode;
/** alias → SQL */
const parts = (node: LeafNode) => Object.fromEntries(leafAggregates(node).map((a) => [a.alias, a.sql]));

describe('the aggregates of a leaf node', () => {
	it('parenthesises a condition unless it is one name, bare or quoted', () => {
		expect(condition('a_1')).toBe('a_1');
		expect(condition('_x')).toBe('_x');
		expect(condition('"a b"')).toBe('"a b"');
		expect(condition('"a""b"')).toBe('"a""b"');
		expect(condition('a = 1')).toBe('(a = 1)');
		expect(condition('1a')).toBe('(1a)');
		expect(condition('a.b')).toBe('(a.b)');
		expect(condition('"a" = "b"')).toBe('("a" = "b")');
		expect(condition('x OR "a"')).toBe('(x OR "a")');
		expect(condition('"a" OR x')).toBe('("a" OR x)');
	});

	it('names a part <id>.<part> and a repeat flag <id>.repeat', () => {
		expect(partAlias('csat' as NodeId, 'num')).toBe('csat.num');
		expect(repeatFlagAlias('again' as NodeId)).toBe('"again.repeat"');
	});

	it('takes the neighbouring quantiles h = min(0.1, q/2, (1 − q)/2) either side', () => {
		expect(quantileNeighbours(0.5)).toEqual([0.4, 0.6]);
		expect(quantileNeighbours(0.9)).toEqual([0.85, 0.95]); // h = (1 − 0.9)/2 = 0.05
		expect(quantileNeighbours(0.1)).toEqual([0.05, 0.15]); // h = 0.1/2
		expect(quantileNeighbours(0.95)).toEqual([0.925, 0.975]);
	});

	it('counts, sums and counts distinct values under the node’s filter', () => {
		expect(parts(leaf('n', { kind: 'count' }))).toEqual({ 'n.value': 'count(*)' });
		expect(parts(leaf('n', { kind: 'count', filter: f("channel = 'chat'") }))).toEqual({
			'n.value': `count(*) FILTER (WHERE ("channel" = 'chat'))`
		});
		expect(parts(leaf('n', { kind: 'count', filter: f('self_service') }))).toEqual({
			'n.value': 'count(*) FILTER (WHERE "self_service")'
		});
		expect(parts(leaf('s', { kind: 'sum', expr: f('reopens + 1') }))).toEqual({
			's.value': 'sum("reopens" + 1)'
		});
		expect(
			parts(leaf('d', { kind: 'count_distinct', expr: f('customer_id'), filter: f('csat > 3') }))
		).toEqual({
			'd.value': 'count(DISTINCT "customer_id") FILTER (WHERE ("csat" > 3))'
		});
	});

	it('counts a share’s numerator within its denominator', () => {
		expect(
			parts(leaf('sh', { kind: 'share', numerator: f('csat >= 4'), denominator: f('csat IS NOT NULL') }))
		).toEqual({
			'sh.num': 'count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4))',
			'sh.den': 'count(*) FILTER (WHERE ("csat" IS NOT NULL))'
		});
		expect(parts(leaf('sh', { kind: 'share', numerator: f('self_service') }))).toEqual({
			'sh.num': 'count(*) FILTER (WHERE "self_service")',
			'sh.den': 'count(*)'
		});
	});

	it('gives a mean its sum, count and sum of squares', () => {
		expect(parts(leaf('m', { kind: 'mean', expr: f('csat - 1'), filter: f("team = 'a'") }))).toEqual({
			'm.sum': `sum("csat" - 1) FILTER (WHERE ("team" = 'a'))`,
			'm.n': `count("csat" - 1) FILTER (WHERE ("team" = 'a'))`,
			'm.sumsq': `sum(("csat" - 1) * ("csat" - 1)) FILTER (WHERE ("team" = 'a'))`
		});
	});

	it('gives a quantile its neighbours and the order statistics of its interval', () => {
		const expr = '"csat"';
		const orderStatistic = (bound: 'lo' | 'hi') =>
			duckdb.aggregate({ fn: 'order_statistic', expr, q: 0.9, z: 1.96, bound }, ['("reopens" > 0)']);
		expect(parts(leaf('q', { kind: 'quantile', expr: f('csat'), q: 0.9, filter: f('reopens > 0') }))).toEqual(
			{
				'q.value': 'quantile_cont("csat", 0.9) FILTER (WHERE ("reopens" > 0))',
				'q.n': 'count("csat") FILTER (WHERE ("reopens" > 0))',
				'q.lo': 'quantile_cont("csat", 0.85) FILTER (WHERE ("reopens" > 0))',
				'q.hi': 'quantile_cont("csat", 0.95) FILTER (WHERE ("reopens" > 0))',
				'q.ci_lo': orderStatistic('lo'),
				'q.ci_hi': orderStatistic('hi')
			}
		);
		// The lower bound's rank is floored below n·q, the upper one's ceiled above it.
		expect(orderStatistic('lo')).toContain(
			'floor(count("csat") FILTER (WHERE ("reopens" > 0)) * 0.9::DOUBLE - 1.96::DOUBLE'
		);
		expect(orderStatistic('hi')).toContain(
			'ceil(count("csat") FILTER (WHERE ("reopens" > 0)) * 0.9::DOUBLE + 1.96::DOUBLE'
		);
	});

	it('counts the values with at least min_rows rows for a distinct share', () => {
		expect(parts(leaf('ds', { kind: 'distinct_share', expr: f('customer_id'), min_rows: 2 }))).toEqual({
			'ds.num': 'list_count(list_filter(map_values(histogram("customer_id")), lambda n: n >= 2))',
			'ds.den': 'count(DISTINCT "customer_id")'
		});
	});

	it('counts a repeat node’s rows with a known key, and those flagged as repeated', () => {
		const again = leaf('again', {
			kind: 'repeat',
			key: 'customer_id',
			within_days: 30,
			filter: f('csat < 3')
		});
		expect(parts(again)).toEqual({
			'again.num': 'count(*) FILTER (WHERE ("csat" < 3) AND "customer_id" IS NOT NULL AND "again.repeat")',
			'again.den': 'count(*) FILTER (WHERE ("csat" < 3) AND "customer_id" IS NOT NULL)'
		});
		expect(repeatFlag(again)).toBe(
			[
				'EXISTS (',
				'\t\t\tSELECT 1 FROM "tickets" AS later',
				'\t\t\tWHERE later."customer_id" = "tickets"."customer_id"',
				'\t\t\t\tAND later."created_at" > "tickets"."created_at"',
				'\t\t\t\tAND later."created_at" <= "tickets"."created_at" + INTERVAL 30 DAY',
				'\t\t) AS "again.repeat"'
			].join('\n')
		);
		expect(repeatWindowFlag(again, duckdb)).toBe(
			'ifNull(minOrNull("created_at") OVER (PARTITION BY "customer_id" ORDER BY epoch_us("created_at") RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) <= "created_at" + INTERVAL 30 DAY, false) AS "again.repeat"'
		);
		const count = leaf('n', { kind: 'count' });
		expect(repeatFlag(count)).toBeNull();
		expect(repeatWindowFlag(count, duckdb)).toBeNull();
	});

	it('has no aggregates for a snapshot, which has its own SELECT', () => {
		expect(
			leafAggregates(leaf('snap', { kind: 'snapshot', closed_at: 'resolved_at' } as LeafDefinition))
		).toEqual([]);
	});
});

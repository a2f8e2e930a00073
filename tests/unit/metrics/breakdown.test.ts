/**
 * Breakdowns on hand-made query rows (no engine): the rows per dimension value and how the node's change
 * splits across them — additive, mix and rate, and a ratio's numerator parts plus its denominator's effect.
 */
import { describe, expect, it } from 'vitest';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import { RequestError } from '../../../src/lib/metrics/request';
import type { RunQuery } from '../../../src/lib/metrics/rows';
import { Z } from '../../../src/lib/metrics/significance';
import type { NodeId, TableId } from '../../../src/lib/metrics/types';
import { node, REQUEST, tree } from './helpers';

const formula = (parent: string, child: string, role: string) => ({ parent, child, type: 'formula', role });

const TREE = tree(
	[
		node('rate', { kind: 'formula', expression: '100 * t / o' }, { tier: 'north_star' }),
		node('t', { kind: 'count' }, { table: 'tickets' }),
		node('o', { kind: 'count' }, { table: 'events' }),
		node('rev', { kind: 'sum', expr: 'agent_replies' }, { table: 'tickets' }),
		node('open', { kind: 'snapshot', closed_at: 'resolved_at' }, { table: 'tickets' }),
		node('sat', { kind: 'share', numerator: 'csat >= 4' }, { table: 'tickets', format: 'percent' }),
		node('again', { kind: 'repeat', key: 'customer_id', within_days: 7 }, { table: 'tickets' }),
		node('m', { kind: 'mean', expr: 'csat' }, { table: 'tickets' }),
		node('med', { kind: 'quantile', expr: 'csat', q: 0.5 }, { table: 'tickets' }),
		node('who', { kind: 'count_distinct', expr: 'customer_id' }, { table: 'tickets' }),
		node('loyal', { kind: 'distinct_share', expr: 'customer_id', min_rows: 2 }, { table: 'tickets' }),
		node('prod', { kind: 'formula', expression: 't * o' }),
		node('per', { kind: 'formula', expression: '100 * t / rv' }),
		node('rv', { kind: 'mean', expr: 'revenue' }, { table: 'events' })
	],
	[
		formula('rate', 't', 'numerator'),
		formula('rate', 'o', 'denominator'),
		{ parent: 'rate', child: 'rev', type: 'driver' },
		{ parent: 'rate', child: 'open', type: 'driver' },
		{ parent: 'rate', child: 'sat', type: 'driver' },
		{ parent: 'rate', child: 'again', type: 'driver' },
		{ parent: 'rate', child: 'm', type: 'driver' },
		{ parent: 'rate', child: 'med', type: 'driver' },
		{ parent: 'rate', child: 'who', type: 'driver' },
		{ parent: 'rate', child: 'loyal', type: 'driver' },
		{ parent: 'rate', child: 'prod', type: 'driver' },
		{ parent: 'rate', child: 'per', type: 'driver' },
		{ parent: 'per', child: 'rv', type: 'driver' }
	]
);

type Row = Record<string, unknown>;
const cur = (value: string | null, columns: Row): Row => ({
	period: 'current',
	dimension_value: value,
	...columns
});
const prev = (value: string | null, columns: Row): Row => ({
	period: 'previous',
	dimension_value: value,
	...columns
});

/** Answers the grouped query (the one with `dimension_value`) with `grouped`, any other with `other`. */
function fake(grouped: Row[], other: Row[] = []): { run: RunQuery; sql: string[] } {
	const sql: string[] = [];
	const run: RunQuery = async (text) => {
		sql.push(text);
		return text.includes('dimension_value') ? grouped : other;
	};
	return { run, sql };
}

const by = (id: string, dimension: string, rows: Row[], other: Row[] = [], tables?: TableId[]) => {
	const { run } = fake(rows, other);
	return breakdown(TREE, id as NodeId, dimension, { ...REQUEST, tables }, run);
};

describe('breakdown of an additive leaf', () => {
	// t by channel: chat 20 → 30, email 60 → 90, missing channel 0 → 5 (no previous row: an empty count is 0).
	const ROWS = [
		cur('email', { 't.value': 90 }),
		prev('email', { 't.value': 60 }),
		cur(null, { 't.value': 5 }),
		cur('chat', { 't.value': 30 }),
		prev('chat', { 't.value': 20 })
	];

	it('gives each value its counts, sorted by value with the missing value last', async () => {
		const b = await by('t', 'channel', ROWS);
		expect(b).toMatchObject({ node: 't', dimension: 'channel', shape: 'leaf', queryCount: 1 });
		expect(b.rows.map((r) => [r.value, r.current, r.previous, r.change, r.sample])).toEqual([
			['chat', 30, 20, 10, null],
			['email', 90, 60, 30, null],
			[null, 5, 0, 5, null]
		]);
	});

	it('judges each value’s change as two Poisson counts', async () => {
		const b = await by('t', 'channel', ROWS);
		// chat: |30 − 20| = 10 ≤ 1.96 √50 ≈ 13.9 → noise; email: 30 > 1.96 √150 ≈ 24.0 → significant;
		// missing: 5 and 0 are under 10 observations → too few.
		expect(b.rows.map((r) => r.uncertainty.verdict)).toEqual(['noise', 'significant', 'too-few']);
		expect(b.rows.map((r) => r.uncertainty.n)).toEqual([
			{ current: 30, previous: 20 },
			{ current: 90, previous: 60 },
			{ current: 5, previous: 0 }
		]);
		// 30 ± 1.96 √30
		const half = Z * Math.sqrt(30);
		expect(b.rows[0]!.uncertainty.interval).toEqual({ lo: 30 - half, hi: 30 + half });
		expect(b.rows[2]!.uncertainty.previousInterval).toEqual({ lo: 0, hi: 0 });
	});

	it('splits the change additively: each value contributes its own change', async () => {
		const b = await by('t', 'channel', ROWS);
		// (30 + 90 + 5) − (20 + 60 + 0) = 125 − 80 = 45
		expect(b.decomposition).toEqual({
			status: 'exact',
			method: 'additive',
			change: 45,
			contributions: [
				{ kind: 'value', value: 'chat', amount: 10 },
				{ kind: 'value', value: 'email', amount: 30 },
				{ kind: 'value', value: null, amount: 5 }
			]
		});
	});

	it('splits sums and snapshots the same way, with no interval for a sum', async () => {
		const sum = await by('rev', 'channel', [
			cur('chat', { 'rev.value': 7.5 }),
			prev('chat', { 'rev.value': 2.5 })
		]);
		expect(sum.decomposition).toMatchObject({ method: 'additive', change: 5 });
		expect(sum.rows[0]!.uncertainty).toEqual({
			n: { current: null, previous: null },
			interval: null,
			previousInterval: null,
			verdict: null
		});
		const open = await by('open', 'channel', [
			cur('web', { 'open.value': 3 }),
			prev('web', { 'open.value': 8 })
		]);
		expect(open.decomposition).toMatchObject({ method: 'additive', change: -5 });
	});

	it('sorts the missing value last wherever it comes in the rows', async () => {
		const b = await by('t', 'channel', [
			cur(null, { 't.value': 1 }),
			cur('web', { 't.value': 2 }),
			cur(null, { 't.value': 3 }),
			cur('chat', { 't.value': 4 })
		]);
		// the two rows of the missing value are one group: its last column wins, 3
		expect(b.rows.map((r) => [r.value, r.current])).toEqual([
			['chat', 4],
			['web', 2],
			[null, 3]
		]);
	});

	it('keeps a number dimension value as text', async () => {
		const b = await by('t', 'channel', [cur(3 as unknown as string, { 't.value': 1 })]);
		expect(b.rows[0]!.value).toBe('3');
	});
});

describe('breakdown of a rate: mix and rate effects', () => {
	it('splits a share (× 100) into each value’s mix and rate effect', async () => {
		// chat 40/50 = 80 % → 45/50 = 90 %; email 30/50 = 60 % → 90/150 = 60 %.
		// Totals 100 → 200, overall 70 % → 135/200 = 67.5 %: change −2.5 points.
		// chat: w 0.5 → 0.25, mix (0.25 − 0.5)(80 − 70) = −2.5, rate 0.25 × (90 − 80) = +2.5 → 0;
		// email: w 0.5 → 0.75, mix 0.25 × (60 − 70) = −2.5, rate 0.75 × 0 = 0 → −2.5.
		const b = await by('sat', 'channel', [
			cur('chat', { 'sat.num': 45, 'sat.den': 50 }),
			prev('chat', { 'sat.num': 40, 'sat.den': 50 }),
			cur('email', { 'sat.num': 90, 'sat.den': 150 }),
			prev('email', { 'sat.num': 30, 'sat.den': 50 })
		]);
		expect(b.rows.map((r) => [r.value, r.current, r.previous, r.change, r.sample])).toEqual([
			['chat', 90, 80, 10, { current: 50, previous: 50 }],
			['email', 60, 60, 0, { current: 150, previous: 50 }]
		]);
		expect(b.decomposition.status).toBe('exact');
		if (b.decomposition.status !== 'exact') return;
		expect(b.decomposition.method).toBe('mix_rate');
		expect(b.decomposition.change).toBeCloseTo(-2.5, 12);
		const [chat, email] = b.decomposition.contributions as Extract<
			(typeof b.decomposition.contributions)[number],
			{ kind: 'mix_rate' }
		>[];
		expect(chat).toMatchObject({ kind: 'mix_rate', value: 'chat' });
		expect([chat!.mix, chat!.rate, chat!.amount]).toEqual([-2.5, 2.5, 0]);
		expect(email).toMatchObject({ kind: 'mix_rate', value: 'email' });
		expect(email!.mix).toBeCloseTo(-2.5, 12);
		expect(email!.rate).toBe(0);
		// 2 × 2 proportions: chat 40/50 vs 45/50, pooled 0.85, se √(0.85 · 0.15 · (1/50 + 1/50)) ≈ 0.0714,
		// z = 0.1 ÷ 0.0714 ≈ 1.40 ≤ 1.96 → noise.
		expect(b.rows[0]!.uncertainty.verdict).toBe('noise');
		expect(b.rows[0]!.uncertainty.n).toEqual({ current: 50, previous: 50 });
	});

	it('scales a repeat rate by 100 too', async () => {
		// one value: 10/40 = 25 % → 30/60 = 50 %: +25 points, all rate effect (its weight stays 1).
		const b = await by('again', 'channel', [
			cur('chat', { 'again.num': 30, 'again.den': 60 }),
			prev('chat', { 'again.num': 10, 'again.den': 40 })
		]);
		expect(b.decomposition).toEqual({
			status: 'exact',
			method: 'mix_rate',
			change: 25,
			contributions: [{ kind: 'mix_rate', value: 'chat', amount: 25, mix: 0, rate: 25 }]
		});
	});

	it('splits a mean (× 1) by its sums and counts; a value gone from the current period is all mix', async () => {
		// a: 40/10 = 4 → 30/10 = 3; b: 20/10 = 2 → no rows. Overall 60/20 = 3 → 30/10 = 3: change 0.
		// a: w 0.5 → 1, mix 0.5 × (4 − 3) = 0.5, rate 1 × (3 − 4) = −1 → −0.5;
		// b: w 0.5 → 0, its missing rate taken as 3: mix −0.5 × (2 − 3) = 0.5, rate 0 → 0.5.
		const b = await by('m', 'channel', [
			cur('a', { 'm.sum': 30, 'm.n': 10, 'm.sumsq': 90 }),
			prev('a', { 'm.sum': 40, 'm.n': 10, 'm.sumsq': 160 }),
			prev('b', { 'm.sum': 20, 'm.n': 10, 'm.sumsq': 40 })
		]);
		expect(b.rows.map((r) => [r.value, r.current, r.previous, r.change, r.sample])).toEqual([
			['a', 3, 4, -1, { current: 10, previous: 10 }],
			['b', null, 2, null, { current: 0, previous: 10 }]
		]);
		expect(b.decomposition).toEqual({
			status: 'exact',
			method: 'mix_rate',
			change: 0,
			contributions: [
				{ kind: 'mix_rate', value: 'a', amount: -0.5, mix: 0.5, rate: -1 },
				{ kind: 'mix_rate', value: 'b', amount: 0.5, mix: 0.5, rate: 0 }
			]
		});
	});

	it('does not split a rate with no rows in a period', async () => {
		const b = await by('sat', 'channel', [prev('chat', { 'sat.num': 1, 'sat.den': 2 })]);
		expect(b.rows.map((r) => [r.value, r.current, r.previous])).toEqual([['chat', null, 50]]);
		expect(b.decomposition).toEqual({ status: 'not_decomposed', reason: 'no_value' });
	});
});

describe('breakdown of values that do not add up', () => {
	it('breaks a median down without decomposing it', async () => {
		const b = await by('med', 'channel', [
			cur('chat', { 'med.value': 4, 'med.n': 12 }),
			prev('chat', { 'med.value': 3, 'med.n': 11 })
		]);
		expect(b.rows.map((r) => [r.current, r.previous, r.change, r.sample])).toEqual([
			[4, 3, 1, { current: 12, previous: 11 }]
		]);
		expect(b.decomposition).toEqual({ status: 'not_decomposed', reason: 'quantile' });
	});

	it('breaks distinct counts and distinct shares down without decomposing them', async () => {
		const who = await by('who', 'channel', [cur('chat', { 'who.value': 4 })]);
		expect(who.rows[0]).toMatchObject({ current: 4, previous: 0, change: 4 });
		expect(who.decomposition).toEqual({ status: 'not_decomposed', reason: 'distinct' });
		const loyal = await by('loyal', 'channel', [cur('chat', { 'loyal.num': 1, 'loyal.den': 4 })]);
		// 100 × 1 ÷ 4
		expect(loyal.rows[0]).toMatchObject({ current: 25, previous: null });
		expect(loyal.decomposition).toEqual({ status: 'not_decomposed', reason: 'distinct' });
	});
});

describe('breakdown of a ratio formula: the numerator’s parts over the whole denominator', () => {
	// rate = 100 × t ÷ o by ticket channel; o (events) 1000 → 2000 from its own aggregate query.
	const T = [
		cur('chat', { 't.value': 30 }),
		prev('chat', { 't.value': 20 }),
		cur('email', { 't.value': 90 }),
		prev('email', { 't.value': 60 })
	];
	const O = [
		{ period: 'current', 'o.value': 2000 },
		{ period: 'previous', 'o.value': 1000 }
	];

	it('gives each value its part of the numerator over the whole denominator', async () => {
		const { run, sql } = fake(T, O);
		const b = await breakdown(TREE, 'rate' as NodeId, 'channel', REQUEST, run);
		expect(b).toMatchObject({ node: 'rate', shape: 'ratio', queryCount: 2 });
		expect(sql).toHaveLength(2);
		// chat 100 × 30 ÷ 2000 = 1.5 ← 100 × 20 ÷ 1000 = 2; email 100 × 90 ÷ 2000 = 4.5 ← 6.
		expect(b.rows.map((r) => [r.value, r.current, r.previous, r.change, r.sample])).toEqual([
			['chat', 1.5, 2, -0.5, { current: 2000, previous: 1000 }],
			['email', 4.5, 6, -1.5, { current: 2000, previous: 1000 }]
		]);
		// A value's part is a Poisson count over the denominator: n = its tickets, 1.5 ± 100 × 1.96 √30 ÷ 2000.
		const half = (100 * Z * Math.sqrt(30)) / 2000;
		expect(b.rows[0]!.uncertainty.n).toEqual({ current: 30, previous: 20 });
		expect(b.rows[0]!.uncertainty.interval!.lo).toBeCloseTo(1.5 - half, 12);
		expect(b.rows[0]!.uncertainty.interval!.hi).toBeCloseTo(1.5 + half, 12);
		// |ln((30/2000) ÷ (20/1000))| = |ln 0.75| ≈ 0.288 ≤ 1.96 √(1/30 + 1/20) ≈ 0.566 → noise.
		expect(b.rows[0]!.uncertainty.verdict).toBe('noise');
	});

	it('splits the change into the numerator’s parts at the new denominator and the denominator’s effect', async () => {
		const b = await breakdown(TREE, 'rate' as NodeId, 'channel', REQUEST, fake(T, O).run);
		// 100 × 120 ÷ 2000 − 100 × 80 ÷ 1000 = 6 − 8 = −2;
		// chat 100 × (30 − 20) ÷ 2000 = 0.5, email 100 × 30 ÷ 2000 = 1.5, o: 100 × 80 × (1/2000 − 1/1000) = −4.
		expect(b.decomposition).toEqual({
			status: 'exact',
			method: 'ratio',
			change: -2,
			contributions: [
				{ kind: 'value', value: 'chat', amount: 0.5 },
				{ kind: 'value', value: 'email', amount: 1.5 },
				{ kind: 'denominator', node: 'o', amount: -4 }
			]
		});
	});

	it('has no ratio where the denominator is 0, and does not split it', async () => {
		const zero = [
			{ period: 'current', 'o.value': 0 },
			{ period: 'previous', 'o.value': 1000 }
		];
		const b = await breakdown(TREE, 'rate' as NodeId, 'channel', REQUEST, fake(T, zero).run);
		expect(b.rows.map((r) => [r.current, r.previous, r.sample])).toEqual([
			[null, 2, { current: 0, previous: 1000 }],
			[null, 6, { current: 0, previous: 1000 }]
		]);
		expect(b.rows[0]!.uncertainty.interval).toBeNull();
		expect(b.decomposition).toEqual({ status: 'not_decomposed', reason: 'no_value' });
	});

	it('has no ratio and no split when the denominator’s table is not loaded (one query only)', async () => {
		const { run, sql } = fake(T, O);
		const b = await breakdown(TREE, 'rate' as NodeId, 'channel', { ...REQUEST, tables: ['tickets'] }, run);
		expect(sql).toHaveLength(1);
		expect(b.queryCount).toBe(1);
		expect(b.rows.map((r) => [r.current, r.previous, r.sample])).toEqual([
			[null, null, null],
			[null, null, null]
		]);
		expect(b.decomposition).toEqual({ status: 'not_decomposed', reason: 'no_value' });
	});
});

describe('breakdown of a ratio whose denominator has no value in one period', () => {
	// per = 100 × t ÷ rv, rv the mean revenue per event: 300 ÷ 100 = 3 in one period, no rows (no value) in the other.
	const T = [cur('chat', { 't.value': 30 }), prev('chat', { 't.value': 20 })];
	const withRv = (period: 'current' | 'previous') => [
		{ period, 'rv.sum': 300, 'rv.n': 100, 'rv.sumsq': 1000 }
	];

	it('has the ratio in the period with a denominator, not in the other, and no split', async () => {
		const now = await breakdown(TREE, 'per' as NodeId, 'channel', REQUEST, fake(T, withRv('current')).run);
		// 100 × 30 ÷ 3 = 1000
		expect(now.rows.map((r) => [r.current, r.previous, r.change, r.sample])).toEqual([
			[1000, null, null, { current: 3, previous: null }]
		]);
		expect(now.decomposition).toEqual({ status: 'not_decomposed', reason: 'no_value' });
		const before = await breakdown(
			TREE,
			'per' as NodeId,
			'channel',
			REQUEST,
			fake(T, withRv('previous')).run
		);
		// 100 × 20 ÷ 3
		expect(before.rows.map((r) => [r.current, r.previous, r.sample])).toEqual([
			[null, 2000 / 3, { current: null, previous: 3 }]
		]);
		expect(before.decomposition).toEqual({ status: 'not_decomposed', reason: 'no_value' });
	});
});

describe('breakdowns that cannot be made', () => {
	it('refuses an unknown metric, an unknown dimension and a dimension of another table', async () => {
		await expect(by('nope', 'channel', [])).rejects.toMatchObject({ code: 'unknown_node' });
		await expect(by('t', 'colour', [])).rejects.toMatchObject({ code: 'unknown_dimension' });
		await expect(by('t', 'segment', [])).rejects.toMatchObject({ code: 'dimension_not_available' });
	});

	it('refuses a formula that is not a ratio of a count, and a table that is not loaded', async () => {
		await expect(by('prod', 'channel', [])).rejects.toBeInstanceOf(RequestError);
		await expect(by('prod', 'channel', [])).rejects.toMatchObject({ code: 'dimension_not_available' });
		await expect(by('t', 'channel', [], [], ['events'])).rejects.toMatchObject({ code: 'table_not_loaded' });
	});
});

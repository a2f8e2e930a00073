/**
 * Every metric of the default tree (SPEC §4) on the hand-made fixture in tests/fixtures/metrics,
 * through duckdb-wasm. Each expected value is worked out by hand in the comment beside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import { childContributions } from '../../../src/lib/metrics/child-contributions';
import { evaluateTree, type TreeResult } from '../../../src/lib/metrics/evaluate';
import type { NodeId } from '../../../src/lib/metrics/types';
import { FIXTURE_SQL, PERIOD, PREVIOUS } from '../../fixtures/metrics/cx-fixture';
import { startHarness, type Harness } from './engine-harness';

type Expected = Record<string, [current: number | null, previous: number | null]>;

/** No filter. P = t01–t12, previous = p01–p06 (see the fixture for each ticket's durations). */
const UNFILTERED: Expected = {
	contact_rate: [150, 120], // 100 × tickets ÷ orders: 100 × 12 ÷ 8 | 100 × 6 ÷ 5
	tickets: [12, 6], // t01–t12 (t21 opens at P's end: next period) | p01–p06
	orders: [8, 5], // 8 order events in P (not the signup, not the order at 03-17 00:00) | 5
	csat: [75, 50], // rated 5,4,2,3,5,4,5,4 → 6 of 8 ≥ 4 | rated 5,2,4,1 → 2 of 4
	nps: [25, 0], // (4 promoters − 2 detractors) ÷ 8 answers | (2 − 2) ÷ 5
	frt_median: [6, 8], // answered 2,3,4,5,6,10,30,45,240 → 5th of 9 | 1,3,8,20,30 → 3rd of 5
	resolution_median: [2.5, 12], // 1/12,1,2,2,2.5,12,24,24,24 h → 5th | 1/6,1,12,12,24 → 3rd
	self_service_rate: [100 / 6, 100 / 6], // t03, t10 of 12 | p03 of 6
	sla_attainment: [70, 80], // 7 of 10 agent tickets (t02 10 > 5, t07 unanswered, t11 6 > 5 missed) | 4 of 5 (p04 phone 8 > 5)
	frt_p90: [84, 26], // 9 answers: 45 + 0.2 × (240 − 45) | 5 answers: 20 + 0.6 × (30 − 20)
	backlog: [6, 4], // open at 03-17: h01, p05, t05, t07, t11, t12 (resolved 03-17 01:00) | at 03-10: h01, h02, p05, p06
	one_touch_rate: [400 / 7, 75], // t01, t06, t08, t12 of 7 agent-resolved | p01, p04, p06 of 4
	reopen_rate: [100 / 9, 20], // t04 of 9 resolved | p02 of 5 resolved
	repeat_contact_rate: [400 / 11, 60], // t01, t02, t04, t12 (t20 after P) of 11 with a customer | p01, p02, p04 of 5
	active_customers: [6, 4], // c1–c6 | c1, c2, c7, c8
	orders_per_customer: [8 / 6, 1.25], // 8 ÷ 6 | 5 ÷ 4
	repurchase_rate: [100 / 3, 25], // c1, c5 of 6 | c2 of 4
	detractor_rate: [25, 40], // 2 of 8 | 2 of 5
	visits: [16, 20], // 16 | 20
	conversion_rate: [50, 25] // 100 × 8 ÷ 16 | 100 × 5 ÷ 20
};

/** channel ∈ {chat, web}: tickets keep chat, events keep web, surveys (no channel) are unfiltered. */
const CHAT_OR_WEB: Expected = {
	contact_rate: [175, 100], // 100 × 7 ÷ 4 | 100 × 3 ÷ 3
	tickets: [7, 3], // t01, t02, t03, t08, t10, t11, t12 | p01, p03, p05
	orders: [4, 3], // web orders of c1, c2, c4, c6 | c1, c2, c2
	csat: [100, 100], // rated 5,4,5,5,4 | rated 5
	nps: [25, 0], // surveys have no channel: unfiltered
	frt_median: [5, 2], // 2,3,5,6,10 → 3rd | 1,3 → (1 + 3) ÷ 2
	resolution_median: [2, 7 / 12], // 1/12,1,2,2,2.5,24 → (2 + 2) ÷ 2 | 1/6, 1 → (1/6 + 1) ÷ 2
	self_service_rate: [200 / 7, 100 / 3], // t03, t10 of 7 | p03 of 3
	sla_attainment: [60, 100], // t01, t08, t12 of t01, t02, t08, t11, t12 | p01, p05 of 2
	frt_p90: [8.4, 2.8], // 6 + 0.6 × (10 − 6) | 1 + 0.9 × (3 − 1)
	backlog: [3, 1], // p05, t11, t12 | p05
	one_touch_rate: [75, 100], // t01, t08, t12 of 4 | p01 of 1
	reopen_rate: [0, 0], // none of 6 | none of 2
	repeat_contact_rate: [300 / 7, 100 / 3], // t01, t02, t12 of 7 (the later ticket may be any channel) | p01 of 3
	active_customers: [4, 2], // c1, c2, c4, c6 | c1, c2
	orders_per_customer: [1, 1.5], // 4 ÷ 4 | 3 ÷ 2
	repurchase_rate: [0, 50], // none | c2 of 2
	detractor_rate: [25, 40], // unfiltered
	visits: [10, 12], // i < 10 of 16 | i < 12 of 20
	conversion_rate: [40, 25] // 100 × 4 ÷ 10 | 100 × 3 ÷ 12
};

let harness: Harness;
let unfiltered: TreeResult;
let filtered: TreeResult;
const request = { period: PERIOD, previous: PREVIOUS, grain: 'day' as const };
const node = (result: TreeResult, id: string) => result.nodes[id as NodeId]!;

beforeAll(async () => {
	harness = await startHarness(FIXTURE_SQL);
	unfiltered = await evaluateTree(defaultTree, request, harness.run);
	filtered = await evaluateTree(
		defaultTree,
		{ ...request, filters: { channel: ['chat', 'web'] } },
		harness.run
	);
});
afterAll(async () => {
	await harness.engine.close();
});

describe('the 20 default metrics on the fixture', () => {
	it('covers every node of the default tree', () => {
		expect(Object.keys(UNFILTERED)).toEqual(defaultTree.nodes.map((n) => n.id));
		expect(Object.keys(CHAT_OR_WEB)).toEqual(defaultTree.nodes.map((n) => n.id));
		expect(unfiltered.failures).toEqual([]);
	});

	it.each(Object.entries(UNFILTERED))(
		'computes %s for the period and the previous period',
		(id, [current, previous]) => {
			expect(node(unfiltered, id).value).toBeCloseTo(current!, 9);
			expect(node(unfiltered, id).previous).toBeCloseTo(previous!, 9);
		}
	);

	it.each(Object.entries(CHAT_OR_WEB))('computes %s with a channel filter', (id, [current, previous]) => {
		expect(node(filtered, id).value).toBeCloseTo(current!, 9);
		expect(node(filtered, id).previous).toBeCloseTo(previous!, 9);
	});
});

describe('what comes with each value', () => {
	it('gives the change, the relative change and the status against the target', () => {
		const rate = node(unfiltered, 'contact_rate');
		expect([rate.change, rate.relativeChange, rate.status]).toEqual([30, 0.25, 'missed']); // 150 − 120; 30 ÷ 120; 150 > 8
		expect(node(unfiltered, 'reopen_rate').status).toBe('missed'); // 11.1 > 5
		expect(node(filtered, 'reopen_rate').status).toBe('met'); // 0 ≤ 5
		expect(node(unfiltered, 'csat').status).toBe('missed'); // 75 < 85
		expect(node(unfiltered, 'frt_p90').status).toBe('none'); // no target
	});

	it('gives the sample behind rates: n rated for CSAT, n answers for NPS, denominators', () => {
		expect(node(unfiltered, 'csat').sample).toEqual({ current: 8, previous: 4 });
		expect(node(unfiltered, 'nps').sample).toEqual({ current: 8, previous: 5 });
		expect(node(unfiltered, 'sla_attainment').sample).toEqual({ current: 10, previous: 5 });
		expect(node(unfiltered, 'frt_median').sample).toEqual({ current: 9, previous: 5 }); // answered tickets
		expect(node(unfiltered, 'contact_rate').sample).toEqual({ current: 8, previous: 5 }); // orders
		expect(node(unfiltered, 'tickets').sample).toBeNull();
	});

	it('gives a daily series for both periods, the previous one overlaid by offset', () => {
		expect(node(unfiltered, 'tickets').series).toMatchObject([
			{ start: '2025-03-10', previousStart: '2025-03-03', value: 2, previous: 1 }, // t01, t02 | p01
			{ start: '2025-03-11', previousStart: '2025-03-04', value: 2, previous: 1 }, // t03, t04 | p02
			{ start: '2025-03-12', previousStart: '2025-03-05', value: 2, previous: 1 }, // t05, t06 | p03
			{ start: '2025-03-13', previousStart: '2025-03-06', value: 1, previous: 1 }, // t07 | p04
			{ start: '2025-03-14', previousStart: '2025-03-07', value: 1, previous: 0 }, // t08 | —
			{ start: '2025-03-15', previousStart: '2025-03-08', value: 1, previous: 1 }, // t09 | p05
			{ start: '2025-03-16', previousStart: '2025-03-09', value: 3, previous: 1 } // t10, t11, t12 | p06
		]);
	});

	it('gives the backlog at the end of each day, not restricted to the period', () => {
		const backlog = node(unfiltered, 'backlog').series;
		// current, at each day's end: h01 h02 p05 t02 | h01 h02 p05 t04 | h01 p05 t05 t06 | h01 p05 t05 t07 |
		// same | + t09 | h01 p05 t05 t07 t11 t12
		expect(backlog.map((p) => p.value)).toEqual([4, 4, 4, 4, 4, 5, 6]);
		// previous: h01 h02 | + p02 | h01 h02 | + p04 (resolved exactly at 03-07 00:00: still open at that end) |
		// h01 h02 | + p05 | + p05 p06
		expect(backlog.map((p) => p.previous)).toEqual([2, 3, 2, 3, 2, 3, 4]);
	});

	it('computes formula series bucket by bucket from their children', () => {
		// contact rate per day: tickets 2 ÷ orders 1 (o1); 2 ÷ 1 (o2); 2 ÷ 1 (o3); 1 ÷ 1; 1 ÷ 1; 1 ÷ 1; 3 ÷ 2
		expect(node(unfiltered, 'contact_rate').series.map((p) => p.value)).toEqual([
			200, 200, 200, 100, 100, 100, 150
		]);
	});

	it('sums a count’s weekly series to the period value', async () => {
		const weekly = await evaluateTree(defaultTree, { ...request, grain: 'week' }, harness.run);
		expect(node(weekly, 'tickets').series).toMatchObject([
			{ start: '2025-03-10', previousStart: '2025-03-03', value: 12, previous: 6 }
		]);
		expect(node(weekly, 'backlog').series[0]).toMatchObject({ value: 6, previous: 4 });
	});
});

describe('contributions to the change', () => {
	it('splits the north star’s change into tickets (numerator) and orders (denominator)', () => {
		const split = childContributions(defaultTree, unfiltered, 'contact_rate' as NodeId);
		expect(split).toEqual({
			status: 'exact',
			method: 'ratio',
			change: 30, // 150 − 120
			contributions: [
				{ kind: 'child', node: 'orders', role: 'denominator', amount: -45 }, // 100 × 6 ÷ 8 − 100 × 6 ÷ 5 = 75 − 120
				{ kind: 'child', node: 'tickets', role: 'numerator', amount: 75 } // 100 × 12 ÷ 8 − 100 × 6 ÷ 8 = 150 − 75
			]
		});
	});

	it('splits orders into active customers × orders per customer by log change', () => {
		const split = childContributions(defaultTree, unfiltered, 'orders' as NodeId);
		const weight = 3 / Math.log(8 / 5); // L(8, 5) = (8 − 5) ÷ ln(8 ÷ 5)
		expect(split.status === 'exact' && split.method).toBe('lmdi');
		const amounts = split.status === 'exact' ? split.contributions.map((c) => c.amount) : [];
		expect(amounts[0]).toBeCloseTo(weight * Math.log(6 / 4), 9); // active customers 4 → 6
		expect(amounts[1]).toBeCloseTo(weight * Math.log(8 / 6 / 1.25), 9); // orders per customer 1.25 → 4/3
		expect(amounts[0]! + amounts[1]!).toBeCloseTo(3, 9); // 8 − 5
	});

	it('breaks tickets down by channel, the parts adding up to the change', async () => {
		const result = await breakdown(defaultTree, 'tickets' as NodeId, 'channel', request, harness.run);
		expect(result.rows.map((r) => [r.value, r.current, r.previous])).toEqual([
			['chat', 7, 3],
			['email', 3, 1],
			['phone', 1, 1],
			['social', 1, 1]
		]);
		expect(result.decomposition).toEqual({
			status: 'exact',
			method: 'additive',
			change: 6,
			contributions: [
				{ kind: 'value', value: 'chat', amount: 4 },
				{ kind: 'value', value: 'email', amount: 2 },
				{ kind: 'value', value: 'phone', amount: 0 },
				{ kind: 'value', value: 'social', amount: 0 }
			]
		});
		expect(result.queryCount).toBe(1);
	});

	it('splits CSAT’s change by channel into mix and rate effects', async () => {
		const result = await breakdown(defaultTree, 'csat' as NodeId, 'channel', request, harness.run);
		// rated per channel, previous → current: chat 1 → 5 (all good), email 1 → 2 (good 0 → 1), phone 1 → 0, social 1 → 1 (good 0)
		expect(result.rows.map((r) => [r.value, r.current, r.previous])).toEqual([
			['chat', 100, 100],
			['email', 50, 0],
			['phone', null, 100], // nobody rated a phone ticket in P: no value
			['social', 0, 0]
		]);
		expect(result.decomposition).toEqual({
			status: 'exact',
			method: 'mix_rate',
			change: 25, // 75 − 50
			contributions: [
				// R₀ = 100 × 2 ÷ 4 = 50; the mix term is (w₁ − w₀) × (r₀ − R₀)
				{ kind: 'mix_rate', value: 'chat', amount: 18.75, mix: 18.75, rate: 0 }, // (5/8 − 1/4) × (100 − 50)
				{ kind: 'mix_rate', value: 'email', amount: 12.5, mix: 0, rate: 12.5 }, // weight 1/4 both, rate 0 → 50
				{ kind: 'mix_rate', value: 'phone', amount: -12.5, mix: -12.5, rate: 0 }, // (0 − 1/4) × (100 − 50)
				{ kind: 'mix_rate', value: 'social', amount: 6.25, mix: 6.25, rate: 0 } // (1/8 − 1/4) × (0 − 50)
			]
		});
	});

	it('splits the north star by ticket channel: numerator parts plus the orders effect', async () => {
		const result = await breakdown(defaultTree, 'contact_rate' as NodeId, 'channel', request, harness.run);
		// each channel's tickets per 100 of all orders: chat 100 × 7 ÷ 8 | 100 × 3 ÷ 5, …
		expect(result.rows.map((r) => [r.value, r.current, r.previous])).toEqual([
			['chat', 87.5, 60],
			['email', 37.5, 20],
			['phone', 12.5, 20],
			['social', 12.5, 20]
		]);
		const amounts =
			result.decomposition.status === 'exact'
				? result.decomposition.contributions.map((c) => [c.kind, c.amount])
				: [];
		expect(amounts.slice(0, 4)).toEqual([
			['value', 50], // 100 × (7 − 3) ÷ 8
			['value', 25], // 100 × (3 − 1) ÷ 8
			['value', 0],
			['value', 0]
		]);
		expect(amounts[4]![0]).toBe('denominator');
		expect(amounts[4]![1]).toBeCloseTo(-45, 9); // 100 × 6 × (1 ÷ 8 − 1 ÷ 5)
		expect(result.queryCount).toBe(2); // tickets by channel + orders
	});

	it('breaks medians down but does not decompose them', async () => {
		const result = await breakdown(defaultTree, 'frt_median' as NodeId, 'channel', request, harness.run);
		expect(result.rows.map((r) => [r.value, r.current, r.previous])).toEqual([
			['chat', 5, 2], // 2,3,5,6,10 | 1,3
			['email', 135, 20], // (30 + 240) ÷ 2 | 20
			['phone', 4, 8],
			['social', 45, 30]
		]);
		expect(result.decomposition).toEqual({ status: 'not_decomposed', reason: 'quantile' });
	});

	it('keeps rows without a value of the dimension as their own group', async () => {
		const result = await breakdown(defaultTree, 'tickets' as NodeId, 'team', request, harness.run);
		// team NULL: t03, t10 | p03
		expect(result.rows.at(-1)).toMatchObject({ value: null, current: 2, previous: 1 });
		expect(result.rows.reduce((sum, r) => sum + r.current!, 0)).toBe(12);
	});
});

/**
 * Every node's anomalous days from hand-written daily rows (the columns the series statements return per day):
 * which sampling model each node kind gets, and the spread each model's columns give.
 */
import { describe, expect, it } from 'vitest';
import { nodeAnomalies, samplingModel, type DailyTables } from '../../../src/lib/metrics/node-anomalies';
import { checkRequest } from '../../../src/lib/metrics/request';
import type { Columns, GroupedColumns } from '../../../src/lib/metrics/rows';
import type { NoValueReason } from '../../../src/lib/metrics/measure';
import type { NodeId, TableId } from '../../../src/lib/metrics/types';
import { node, tree } from './helpers';

const formula = (parent: string, child: string, role: string) => ({ parent, child, type: 'formula', role });

const TREE = tree(
	[
		node(
			'contact_rate',
			{ kind: 'formula', expression: '100 * tickets / orders' },
			{ tier: 'north_star', direction: 'down' }
		),
		node('tickets', { kind: 'count' }, { table: 'tickets', direction: 'down' }),
		node('orders', { kind: 'count', filter: "event_type = 'order'" }, { table: 'events' }),
		node(
			'csat',
			{ kind: 'share', numerator: 'csat >= 4', denominator: 'csat IS NOT NULL' },
			{ table: 'tickets' }
		),
		node('replies', { kind: 'mean', expr: 'agent_replies' }, { table: 'tickets' }),
		node('replies_median', { kind: 'quantile', q: 0.5, expr: 'agent_replies' }, { table: 'tickets' }),
		node('replies_total', { kind: 'sum', expr: 'agent_replies' }, { table: 'tickets' }),
		node('promoters', { kind: 'share', numerator: 'score >= 9' }, { table: 'surveys' }),
		node('score', { kind: 'mean', expr: 'score' }, { table: 'surveys' }),
		node('score_median', { kind: 'quantile', q: 0.5, expr: 'score' }, { table: 'surveys' }),
		node('customers', { kind: 'count_distinct', expr: 'customer_id' }, { table: 'events' }),
		node('backlog', { kind: 'snapshot', closed_at: 'resolved_at' }, { table: 'tickets' }),
		node('repeats', { kind: 'repeat', key: 'customer_id', within_days: 7 }, { table: 'tickets' }),
		node('buyers', { kind: 'distinct_share', expr: 'customer_id', min_rows: 2 }, { table: 'events' }),
		node('per_customer', { kind: 'formula', expression: 'orders / customers' }),
		node('csat_per_ticket', { kind: 'formula', expression: 'csat / tickets' }),
		node('sum_of_two', { kind: 'formula', expression: 'tickets + orders' })
	],
	[
		formula('contact_rate', 'tickets', 'numerator'),
		formula('contact_rate', 'orders', 'denominator'),
		...['csat', 'replies', 'replies_median', 'replies_total', 'promoters', 'score']
			.concat(['score_median', 'customers', 'backlog'])
			.concat(['repeats', 'buyers', 'per_customer', 'csat_per_ticket', 'sum_of_two'])
			.map((child) => ({ parent: 'contact_rate', child, type: 'driver' }))
	]
);
const byId = new Map(TREE.nodes.map((n) => [n.id, n]));
const id = (raw: string) => raw as NodeId;

describe('the sampling model of each node', () => {
	it('follows the definition kind', () => {
		const model = (raw: string) => samplingModel(byId.get(id(raw))!, byId);
		expect(['tickets', 'customers', 'backlog'].map(model)).toEqual(['count', 'count', 'count']);
		expect(['csat', 'repeats', 'buyers'].map(model)).toEqual(['share', 'share', 'share']);
		expect([model('replies'), model('replies_median'), model('replies_total')]).toEqual([
			'mean',
			'quantile',
			'none'
		]);
	});

	it('is a ratio for a formula dividing one count by another, none for other formulas', () => {
		const model = (raw: string) => samplingModel(byId.get(id(raw))!, byId);
		expect(model('contact_rate')).toBe('ratio'); // 100 × count ÷ count
		expect(model('per_customer')).toBe('ratio'); // count ÷ count_distinct
		expect(model('csat_per_ticket')).toBe('none'); // a share over a count
		expect(model('sum_of_two')).toBe('none'); // not a ratio at all
	});

	it('is none for a ratio whose input is not among the nodes given', () => {
		const withoutOrders = new Map([...byId].filter(([key]) => key !== id('orders')));
		expect(samplingModel(byId.get(id('contact_rate'))!, withoutOrders)).toBe('none');
		expect(samplingModel(byId.get(id('contact_rate'))!, byId)).toBe('ratio');
	});
});

// Nine weeks of days from Monday 2025-01-06: eight weeks of history (index 0–55), then the current
// week 2025-03-03 – 03-09 (index 56–62). Index 58 is Wednesday 2025-03-05.
const FIRST_DAY = '2025-01-06';
const FIRST_MS = Date.UTC(2025, 0, 6);
const DAY_MS = 86_400_000;
const REQUEST = checkRequest({
	period: { start: '2025-03-03', end: '2025-03-10' },
	previous: { start: '2025-02-24', end: '2025-03-03' },
	grain: 'day'
});
const DAYS = 63;
const SPIKE = 58;

/** Daily rows for days `from` … 62, each day's columns from `columns(index)`. */
function dailyRows(columns: (index: number) => Columns, from = 0): GroupedColumns {
	const rows: GroupedColumns = new Map();
	for (let i = from; i < DAYS; i++) rows.set(FIRST_MS + i * DAY_MS, { current: columns(i), previous: {} });
	return rows;
}

/**
 * A normal day: 100 tickets; CSAT 50 of 100 rated; 25 tickets with a mean of 10 replies and a standard
 * deviation of 5 (Σx = 250, Σx² = 24 × 25 + 250² ÷ 25 = 3100); a median of 50 between the 40th and 60th
 * percentiles 48 and 52; 7 replies in total; 1000 orders.
 */
function ticketDay(index: number): Columns {
	const spike = index === SPIKE;
	const after = index === SPIKE + 1;
	return {
		'tickets.value': spike ? 160 : 100,
		'csat.num': spike ? 90 : 50,
		'csat.den': 100,
		'replies.n': 25,
		// spike: mean 15, s = 5 (Σx² = 600 + 375² ÷ 25 = 6225); the day after: mean 13, s = 5 (600 + 4225)
		'replies.sum': spike ? 375 : after ? 325 : 250,
		'replies.sumsq': spike ? 6225 : after ? 4825 : 3100,
		'replies_median.value': spike ? 60 : after ? 56 : 50,
		'replies_median.n': 25,
		'replies_median.lo': spike ? 58 : after ? 54 : 48,
		'replies_median.hi': spike ? 62 : after ? 58 : 52,
		'replies_total.value': spike ? 8 : 7
	};
}
const eventDay = (): Columns => ({ 'orders.value': 1000 });

function anomalies(daily: DailyTables) {
	const found = nodeAnomalies(TREE, daily, REQUEST, FIRST_DAY);
	return (raw: string) => found.get(id(raw));
}

/** The anomalies of every node with tickets and events loaded, surveys not; run inside each test. */
function of(raw: string) {
	return anomalies(
		new Map<TableId, GroupedColumns | NoValueReason>([
			['tickets', dailyRows(ticketDay)],
			['events', dailyRows(eventDay)],
			['surveys', { code: 'table_not_loaded' }]
		])
	)(raw);
}

describe('anomalies of every node from the daily rows', () => {
	it('a count: expected 100, spread √100 = 10; 160 is 6 spreads high, bad news for a metric that should go down', () => {
		expect(of('tickets')).toEqual([
			{ day: '2025-03-05', value: 160, expected: 100, spread: 10, side: 'high', good: false }
		]);
	});

	it('a ratio of counts: 100 × 100 ÷ 1000 = 10 expected, spread 10 × √(1 ÷ 100 tickets) = 1; 16 is 6 high', () => {
		const [found, ...others] = of('contact_rate')!;
		expect(others).toEqual([]);
		expect(found).toMatchObject({ day: '2025-03-05', value: 16, expected: 10, side: 'high', good: false });
		expect(found!.spread).toBeCloseTo(1, 12);
	});

	it('a share: 50 % of 100 expected, spread 100 × √(0.5 × 0.5 ÷ 100) = 5 (Agresti–Coull p = 52 ÷ 104); 90 % is 8 high', () => {
		const [found, ...others] = of('csat')!;
		expect(others).toEqual([]);
		expect(found).toMatchObject({ day: '2025-03-05', value: 90, expected: 50, side: 'high', good: true });
		expect(found!.spread).toBeCloseTo(5, 12);
	});

	it('a mean: s = 5 from Σx, n and Σx², spread 5 ÷ √25 = 1; 15 is 5 spreads high, 13 (3 spreads) is not', () => {
		const [found, ...others] = of('replies')!;
		expect(others).toEqual([]);
		expect(found).toMatchObject({ day: '2025-03-05', value: 15, expected: 10, side: 'high' });
		expect(found!.spread).toBeCloseTo(1, 12);
	});

	it('a median: √(0.5 × 0.5) × (52 − 48) ÷ 0.2 = 10 per √n, spread 10 ÷ √25 = 2; 60 is 5 high, 56 (3) is not', () => {
		const [found, ...others] = of('replies_median')!;
		expect(others).toEqual([]);
		expect(found).toMatchObject({ day: '2025-03-05', value: 60, expected: 50, side: 'high' });
		expect(found!.spread).toBeCloseTo(2, 12);
	});

	it('a sum has no sampling error: a flat baseline has no spread, so any move is one', () => {
		expect(of('replies_total')).toEqual([
			{ day: '2025-03-05', value: 8, expected: 7, spread: 0, side: 'high', good: true }
		]);
	});

	it('nothing for a table that is not loaded, nor for a steady node', () => {
		expect([of('promoters'), of('score'), of('score_median')]).toEqual([[], [], []]);
		expect(of('orders')).toEqual([]);
	});
});

describe('the days judged', () => {
	it('leaves out the lookback: a spike a week before the period is history, not an anomaly', () => {
		const spikeBefore = (i: number): Columns => ({ 'tickets.value': i === SPIKE - 7 ? 160 : 100 });
		const of = anomalies(new Map([['tickets', dailyRows(spikeBefore)]]));
		expect(of('tickets')).toEqual([]);
	});

	it('judges the period’s first day', () => {
		const spikeFirst = (i: number): Columns => ({ 'tickets.value': i === 56 ? 160 : 100 });
		const of = anomalies(new Map([['tickets', dailyRows(spikeFirst)]]));
		expect(of('tickets')!.map((a) => a.day)).toEqual(['2025-03-03']);
	});

	it('gives the days before a table’s first row no value, so days without 8 weeks of data are not judged', () => {
		// Rows from index 2 (Wednesday 2025-01-08) on: Tuesday 03-04 (index 57) has only 7 earlier Tuesdays,
		// Wednesday 03-05 has 8. Both spike; only Wednesday is judged. (Counted as 0 instead, Tuesday's
		// missing week would be a 0 in its baseline — median still 100 — and it would be reported too.)
		const spikes = (i: number): Columns => ({ 'tickets.value': i === 57 || i === SPIKE ? 160 : 100 });
		const rows = dailyRows(spikes, 2);
		// A row without a bucket is not a day: it does not move the table's first day.
		rows.set(null, { current: { 'tickets.value': 1 }, previous: {} });
		const of = anomalies(new Map([['tickets', rows]]));
		expect(of('tickets')!.map((a) => a.day)).toEqual(['2025-03-05']);
	});
});

/** Ticket rows as `ticketDay`, with the spike day's and one baseline day's (index 51) columns changed. */
function ticketsWith(spike: Columns, baseline: Columns, drop: readonly string[] = []) {
	const rows = dailyRows((i) => {
		const day = { ...ticketDay(i), ...(i === SPIKE ? spike : i === SPIKE - 7 ? baseline : {}) };
		if (i === SPIKE - 7) for (const column of drop) delete day[column];
		return day;
	});
	return anomalies(new Map([['tickets', rows]]));
}

describe('the standard error of a mean or median on a thin day', () => {
	// The spike day: mean 15 of 25 with s = 1 (Σx² = 24 + 375² ÷ 25 = 5649): its own error 1 ÷ √25 = 0.2.
	const calmSpike = { 'replies.sum': 375, 'replies.sumsq': 5649 };

	it('takes the larger of the day’s s (1) and the baseline’s typical s (5): spread 5 ÷ √25 = 1', () => {
		// One baseline day has n = 2 (mean 10, s = 5: Σx² = 25 + 20² ÷ 2 = 225): two values have an s.
		const of = ticketsWith(calmSpike, { 'replies.n': 2, 'replies.sum': 20, 'replies.sumsq': 225 });
		expect(of('replies')!.map((a) => a.spread)).toEqual([expect.closeTo(1, 12)]);
	});

	it('has no typical s when a baseline day has a single value, so the day’s own counts: spread 0.2', () => {
		const of = ticketsWith(calmSpike, { 'replies.n': 1, 'replies.sum': 10, 'replies.sumsq': 100 });
		expect(of('replies')!.map((a) => a.spread)).toEqual([expect.closeTo(0.2, 12)]);
	});

	it.each(['replies.sum', 'replies.sumsq'])(
		'has no typical s when a baseline day lacks %s, so the day’s own counts: spread 0.2',
		(column) => {
			const of = ticketsWith(calmSpike, {}, [column]);
			expect(of('replies')!.map((a) => a.spread)).toEqual([expect.closeTo(0.2, 12)]);
		}
	);

	// The spike day: median 60 between 59 and 61, its own error √0.25 × 2 ÷ 0.2 = 5 per √n, 1 at n = 25.
	const calmMedian = { 'replies_median.lo': 59, 'replies_median.hi': 61 };

	it('takes the baseline’s typical median error (10 per √n) when it is larger: spread 2', () => {
		expect(ticketsWith(calmMedian, {})('replies_median')!.map((a) => a.spread)).toEqual([
			expect.closeTo(2, 12)
		]);
	});

	it.each(['replies_median.lo', 'replies_median.hi'])(
		'has no typical median error when a baseline day lacks %s: the day’s own, spread 1',
		(column) => {
			expect(ticketsWith(calmMedian, {}, [column])('replies_median')!.map((a) => a.spread)).toEqual([
				expect.closeTo(1, 12)
			]);
		}
	);
});

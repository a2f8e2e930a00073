/**
 * evaluateTree's orchestration on hand-written rows: each statement is recognised by its table and whether it
 * groups by bucket, and answered with rows written here. What is checked is what the code does with them —
 * values, changes, statuses, series points, anomalies, failures — not SQL semantics (the integration tests
 * run the SQL on DuckDB).
 */
import { describe, expect, it } from 'vitest';
import { errorMessage, evaluateTree } from '../../../src/lib/metrics/evaluate';
import { RequestError } from '../../../src/lib/metrics/request';
import type { RunQuery } from '../../../src/lib/metrics/rows';
import type { NodeId } from '../../../src/lib/metrics/types';
import { node, tree } from './helpers';

const TREE = tree(
	[
		node(
			'contact_rate',
			{ kind: 'formula', expression: '100 * tickets / orders' },
			{ tier: 'north_star', direction: 'down', target: 8 }
		),
		node('tickets', { kind: 'count' }, { table: 'tickets', direction: 'down' }),
		node('orders', { kind: 'count', filter: "event_type = 'order'" }, { table: 'events' }),
		node(
			'csat',
			{ kind: 'share', numerator: 'csat >= 4', denominator: 'csat IS NOT NULL' },
			{ table: 'tickets', target: 85, format: 'percent' }
		),
		// a ratio whose denominator is a rate: its sample is that rate's value, missing when the rate is
		node('tickets_per_csat', { kind: 'formula', expression: 'tickets / csat' })
	],
	[
		{ parent: 'contact_rate', child: 'tickets', type: 'formula', role: 'numerator' },
		{ parent: 'contact_rate', child: 'orders', type: 'formula', role: 'denominator' },
		{ parent: 'contact_rate', child: 'csat', type: 'driver' },
		{ parent: 'contact_rate', child: 'tickets_per_csat', type: 'driver' }
	]
);

// The week of Monday 2025-03-10 against the week before, weekly buckets: one series point.
const REQUEST = {
	period: { start: '2025-03-10', end: '2025-03-17' },
	previous: { start: '2025-03-03', end: '2025-03-10' },
	grain: 'week'
} as const;

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** The daily rows (anomaly baseline) start 8 weeks before the period: 2025-01-13, 63 days to 03-16. */
const DAILY_FROM = day('2025-01-13');
const SPIKE = day('2025-03-12');

/**
 * Tickets: 100 a day, 160 on Wednesday 03-12, so 6 × 100 + 160 = 760 this week and 700 the week before;
 * CSAT 40 of 50 rated (80 %) this week, 45 of 50 (90 %) before. Orders: 1000 a day, 7000 a week.
 * A series statement returns the weekly buckets (the previous week's rows shifted onto this week's
 * bucket) and the daily rows (period 'daily') after them; the aggregate returns one row per period.
 */
const ROWS: Record<string, { aggregate: Record<string, unknown>[]; series: Record<string, unknown>[] }> = {
	tickets: {
		aggregate: [
			// Engines return bigint counts (DuckDB) or numbers; both are read.
			{ period: 'current', 'tickets.value': 760n, 'csat.num': 40, 'csat.den': 50 },
			{ period: 'previous', 'tickets.value': 700, 'csat.num': 45, 'csat.den': 50 }
		],
		series: [
			{
				period: 'current',
				bucket: new Date(day('2025-03-10')),
				'tickets.value': 760,
				'csat.num': 40,
				'csat.den': 50
			},
			{
				period: 'previous',
				bucket: new Date(day('2025-03-10')),
				'tickets.value': 700,
				'csat.num': 45,
				'csat.den': 50
			},
			...dailyRows((ms) => ({ 'tickets.value': ms === SPIKE ? 160 : 100 }))
		]
	},
	events: {
		aggregate: [
			{ period: 'current', 'orders.value': 7000 },
			{ period: 'previous', 'orders.value': 7000 }
		],
		series: [
			{ period: 'current', bucket: day('2025-03-10'), 'orders.value': 7000 },
			{ period: 'previous', bucket: day('2025-03-10'), 'orders.value': 7000 },
			...dailyRows(() => ({ 'orders.value': 1000 }))
		]
	}
};

function dailyRows(columns: (ms: number) => Record<string, unknown>) {
	return Array.from({ length: 63 }, (_, i) => DAILY_FROM + i * DAY_MS).map((ms) => ({
		period: 'daily',
		bucket: ms,
		...columns(ms)
	}));
}

/** Answers each statement from ROWS by its table and kind (a series groups by bucket); records what was sent. */
function engine(fail: (table: string, kind: string) => unknown = () => null) {
	const sent: string[] = [];
	const run: RunQuery = async (sql) => {
		sent.push(sql);
		const table = /\bFROM "(\w+)"/.exec(sql)![1]!;
		const kind = /\bAS bucket\b/.test(sql) ? 'series' : 'aggregate';
		const failure = fail(table, kind);
		if (failure !== null) throw failure;
		return ROWS[table]![kind];
	};
	return { sent, run };
}

const id = (raw: string) => raw as NodeId;

describe('values, changes and statuses from the rows', () => {
	it('computes each node for both periods, with its change and target status', async () => {
		const { nodes, failures, queryCount } = await evaluateTree(TREE, REQUEST, engine().run);
		const summary = (raw: string) => {
			const n = nodes[id(raw)]!;
			return [n.value, n.previous, n.change, n.relativeChange, n.status];
		};
		expect(summary('tickets')).toEqual([760, 700, 60, 60 / 700, 'none']);
		expect(summary('orders')).toEqual([7000, 7000, 0, 0, 'none']);
		// 100 × 760 ÷ 7000 = 10.857… against 100 × 700 ÷ 7000 = 10: above the target of 8 for a metric going down
		const rate = nodes[id('contact_rate')]!;
		expect(rate.value).toBeCloseTo(760 / 70, 12);
		expect(rate.previous).toBeCloseTo(10, 12);
		expect(rate.change).toBeCloseTo(60 / 70, 12);
		expect(rate.status).toBe('missed');
		// CSAT 80 % against 90 %: −10 points, −1/9; below its target of 85
		expect(summary('csat')).toEqual([80, 90, -10, -10 / 90, 'missed']);
		expect([failures, queryCount]).toEqual([[], 4]);
	});

	it('gives a rate its sample (rows rated) and a count none', async () => {
		const { nodes } = await evaluateTree(TREE, REQUEST, engine().run);
		expect(nodes[id('csat')]!.sample).toEqual({ current: 50, previous: 50 });
		expect(nodes[id('tickets')]!.sample).toBeNull();
		expect([nodes[id('csat')]!.reason, nodes[id('csat')]!.previousReason]).toEqual([null, null]);
	});

	it('judges each change: 760 against 700 tickets is within noise (60 < 1.96 √1460 = 74.9)', async () => {
		const { nodes } = await evaluateTree(TREE, REQUEST, engine().run);
		expect(nodes[id('tickets')]!.uncertainty.verdict).toBe('noise');
		expect(nodes[id('tickets')]!.uncertainty.n).toEqual({ current: 760, previous: 700 });
	});
});

describe('the series', () => {
	it('has one point for the week, the previous week overlaid, with the 95 % interval 760 ± 1.96 √760', async () => {
		const { nodes } = await evaluateTree(TREE, REQUEST, engine().run);
		const [point, ...more] = nodes[id('tickets')]!.series;
		expect(more).toEqual([]);
		expect(point).toMatchObject({
			start: '2025-03-10',
			previousStart: '2025-03-03',
			value: 760, // the weekly bucket, not the daily row of Monday 03-10 (100) that shares its start
			previous: 700,
			significance: 'noise'
		});
		expect(point!.interval!.lo).toBeCloseTo(760 - 1.96 * Math.sqrt(760), 9);
		expect(point!.interval!.hi).toBeCloseTo(760 + 1.96 * Math.sqrt(760), 9);
	});

	it('has one point per day at day grain, each day’s previous 7 days earlier', async () => {
		const days = Array.from({ length: 7 }, (_, i) => new Date(day('2025-03-10') + i * DAY_MS));
		const rows: Record<string, unknown>[] = days.flatMap((bucket, i) => [
			{ period: 'current', bucket, 'tickets.value': 10 + i },
			{ period: 'previous', bucket, 'tickets.value': 20 + i }
		]);
		const run: RunQuery = async (sql) => (/\bAS bucket\b/.test(sql) && sql.includes('"tickets"') ? rows : []);
		const { nodes } = await evaluateTree(TREE, { ...REQUEST, grain: 'day', tables: ['tickets'] }, run);
		const series = nodes[id('tickets')]!.series;
		expect(series.map((p) => [p.start, p.previousStart, p.value, p.previous])).toEqual([
			['2025-03-10', '2025-03-03', 10, 20],
			['2025-03-11', '2025-03-04', 11, 21],
			['2025-03-12', '2025-03-05', 12, 22],
			['2025-03-13', '2025-03-06', 13, 23],
			['2025-03-14', '2025-03-07', 14, 24],
			['2025-03-15', '2025-03-08', 15, 25],
			['2025-03-16', '2025-03-09', 16, 26]
		]);
		// CSAT with 0 rated in both: no value, no interval, too few to tell
		expect(nodes[id('csat')]!.series[0]).toMatchObject({
			value: null,
			interval: null,
			significance: 'too-few'
		});
		// the contact rate without its orders (events not loaded): nothing to judge a change from
		expect(nodes[id('contact_rate')]!.series[0]).toMatchObject({
			value: null,
			interval: null,
			significance: null
		});
	});
});

describe('the sample of a ratio over a rate', () => {
	/** The tickets statements' rows with CSAT's denominator (rows rated) set per period. */
	function rated(current: number, previous: number): RunQuery {
		return async (sql) => {
			const rows = await engine().run(sql);
			if (!sql.includes('FROM "tickets"')) return rows;
			return rows.map((row) =>
				row.period === 'daily' ? row : { ...row, 'csat.den': row.period === 'previous' ? previous : current }
			);
		};
	}

	it('is the rate’s value in each period, and kept when only one period has it', async () => {
		// 40 of 50 → 80 %; 45 of 50 → 90 %; 45 of 0 → no value
		const both = await evaluateTree(TREE, REQUEST, rated(50, 50));
		expect(both.nodes[id('tickets_per_csat')]!.sample).toEqual({ current: 80, previous: 90 });
		const noPrevious = await evaluateTree(TREE, REQUEST, rated(50, 0));
		expect(noPrevious.nodes[id('tickets_per_csat')]!.sample).toEqual({ current: 80, previous: null });
		const noCurrent = await evaluateTree(TREE, REQUEST, rated(0, 50));
		expect(noCurrent.nodes[id('tickets_per_csat')]!.sample).toEqual({ current: null, previous: 90 });
	});
});

describe('anomalies from the daily rows', () => {
	it('finds the spike of Wednesday 03-12 in tickets (160 against 100 ± 10) and in the contact rate', async () => {
		const { nodes } = await evaluateTree(TREE, REQUEST, engine().run);
		expect(nodes[id('tickets')]!.anomalies).toEqual([
			{ day: '2025-03-12', value: 160, expected: 100, spread: 10, side: 'high', good: false }
		]);
		expect(nodes[id('contact_rate')]!.anomalies.map((a) => [a.day, a.value, a.expected])).toEqual([
			['2025-03-12', 16, 10]
		]);
		expect(nodes[id('orders')]!.anomalies).toEqual([]);
	});

	it('keeps the daily rows apart from the buckets whatever their order in the result', async () => {
		// The weekly rows after the daily ones: Monday 03-10's daily 100 must not become the week's 760.
		const run: RunQuery = async (sql) => {
			const rows = await engine().run(sql);
			return [...rows.filter((r) => r.period === 'daily'), ...rows.filter((r) => r.period !== 'daily')];
		};
		const { nodes } = await evaluateTree(TREE, REQUEST, run);
		expect(nodes[id('tickets')]!.anomalies.map((a) => a.day)).toEqual(['2025-03-12']);
		expect(nodes[id('tickets')]!.series.map((p) => p.value)).toEqual([760]);
	});
});

describe('period values only', () => {
	it('sends the aggregates alone and returns no series and no anomalies', async () => {
		const { sent, run } = engine();
		const result = await evaluateTree(TREE, { ...REQUEST, periodValuesOnly: true }, run);
		expect(sent.every((sql) => !/\bAS bucket\b/.test(sql))).toBe(true);
		expect(result.queryCount).toBe(2);
		expect(result.nodes[id('tickets')]).toMatchObject({
			value: 760,
			previous: 700,
			series: [],
			anomalies: []
		});
	});
});

describe('a subset of nodes', () => {
	it('evaluates the requested node and its formula inputs only', async () => {
		const { nodes } = await evaluateTree(TREE, { ...REQUEST, nodes: ['contact_rate'] }, engine().run);
		expect(Object.keys(nodes).sort()).toEqual(['contact_rate', 'orders', 'tickets']);
		expect(nodes[id('contact_rate')]!.value).toBeCloseTo(760 / 70, 12);
	});

	it('refuses a node the tree does not have, naming it', async () => {
		const promise = evaluateTree(TREE, { ...REQUEST, nodes: ['tickets', 'nps'] }, engine().run);
		await expect(promise).rejects.toBeInstanceOf(RequestError);
		await expect(promise).rejects.toMatchObject({
			code: 'unknown_node',
			message: 'The tree has no metric “nps”.'
		});
	});
});

describe('a failed statement', () => {
	it('is reported with its table, kind, message and SQL; its nodes and the formulas over them have no value', async () => {
		const { sent, run } = engine((table) =>
			table === 'events' ? new Error('IO Error: events.parquet') : null
		);
		const result = await evaluateTree(TREE, REQUEST, run);
		const eventsSql = sent.filter((sql) => sql.includes('FROM "events"'));
		expect(result.failures).toEqual([
			{ table: 'events', kind: 'aggregate', message: 'IO Error: events.parquet', sql: eventsSql[0] },
			{ table: 'events', kind: 'series', message: 'IO Error: events.parquet', sql: eventsSql[1] }
		]);
		const failed = { code: 'query_failed', detail: 'IO Error: events.parquet' };
		expect(result.nodes[id('orders')]).toMatchObject({ value: null, reason: failed, previousReason: failed });
		expect(result.nodes[id('orders')]!.series.map((p) => p.value)).toEqual([null]);
		expect(result.nodes[id('orders')]!.anomalies).toEqual([]);
		expect(result.nodes[id('contact_rate')]!.reason).toEqual(failed);
		// the other table's values and anomalies are kept
		expect(result.nodes[id('tickets')]).toMatchObject({ value: 760, reason: null });
		expect(result.nodes[id('tickets')]!.anomalies.map((a) => a.day)).toEqual(['2025-03-12']);
	});

	it('fails only its own part: a failed series keeps the period values', async () => {
		const { run } = engine((table, kind) =>
			table === 'events' && kind === 'series' ? new Error('x') : null
		);
		const result = await evaluateTree(TREE, REQUEST, run);
		expect(result.failures.map((f) => [f.table, f.kind])).toEqual([['events', 'series']]);
		expect(result.nodes[id('orders')]).toMatchObject({ value: 7000, previous: 7000, reason: null });
		expect(result.nodes[id('orders')]!.series[0]!.value).toBeNull();
	});
});

describe('the message of a failure', () => {
	it('is the engine’s message for people when there is one, else the error’s, else the thrown value', () => {
		expect(
			errorMessage(Object.assign(new Error('Binder Error'), { userMessage: 'A column is missing.' }))
		).toBe('A column is missing.');
		expect(errorMessage(new Error('Binder Error'))).toBe('Binder Error');
		expect(errorMessage({ userMessage: 42 })).toBe('[object Object]');
		expect(errorMessage('timeout')).toBe('timeout');
		expect(errorMessage(null)).toBe('null');
	});
});

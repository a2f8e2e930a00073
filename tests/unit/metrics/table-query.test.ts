/** One table's statement (sql/table-query.ts), read as SQL text: groupings, carried columns, bounds, snapshots. */
import { describe, expect, it } from 'vitest';
import { dailyStart, tableQuery, type Grouping } from '../../../src/lib/metrics/sql/table-query';
import { clickhouse } from '../../../src/lib/metrics/sql/dialect';
import { checkRequest, type EvaluationRequest } from '../../../src/lib/metrics/request';
import type { Dimension } from '../../../src/lib/metrics/dimensions';
import type { LeafNode } from '../../../src/lib/metrics/types';
import { driver, node, REQUEST, tree } from './helpers';

const t = tree(
	[
		node('n', { kind: 'count' }, { table: 'tickets' }),
		node('u', { kind: 'count_distinct', expr: 'customer_id' }, { table: 'tickets' }),
		node('r', { kind: 'repeat', key: 'customer_id', within_days: 7 }, { table: 'tickets' }),
		node('r2', { kind: 'repeat', key: 'customer_id', within_days: 3 }, { table: 'tickets' }),
		node(
			'o',
			{ kind: 'snapshot', closed_at: 'resolved_at', filter: "priority = 'high'" },
			{ table: 'tickets' }
		),
		node('o2', { kind: 'snapshot', closed_at: 'resolved_at' }, { table: 'tickets' })
	],
	['u', 'r', 'r2', 'o', 'o2'].map((child) => driver('n', child))
);
/** A dimension name as the request's catalog holds it (an extra one, or a canonical one). */
const dim = (name: string) => name as Dimension;
const leaves = (...ids: string[]) => ids.map((id) => t.nodes.find((n) => n.id === id)) as LeafNode[];
const WITH_EXTRA: EvaluationRequest = {
	...REQUEST,
	dimensions: { tickets: ['Region', 'Tier'], events: ['Plan'] }
};
const query = (ids: string[], grouping: Grouping, request: EvaluationRequest = REQUEST) =>
	tableQuery({ table: 'tickets', nodes: leaves(...ids), request: checkRequest(request), grouping });

describe('the daily rows of a series', () => {
	it('start the lookback before the current period’s first day, and only for a bucket series that asks', () => {
		const request = checkRequest(REQUEST); // current period 2025-03-10 – 2025-03-17
		expect(dailyStart({ request, grouping: { kind: 'bucket', grain: 'week', dailyLookbackDays: 3 } })).toBe(
			'2025-03-07'
		);
		expect(dailyStart({ request, grouping: { kind: 'bucket', grain: 'day' } })).toBeNull();
		expect(dailyStart({ request, grouping: { kind: 'period' } })).toBeNull();
		expect(dailyStart({ request, grouping: { kind: 'dimension', dimension: dim('channel') } })).toBeNull();
	});
});

describe('the scan window', () => {
	const window = (sql: string) =>
		/WHERE "tickets"\."created_at" >= TIMESTAMP '([^']+)' AND "tickets"\."created_at" < TIMESTAMP '([^']+)'/
			.exec(sql)
			?.slice(1);

	it('runs from the earlier start to the later end of the two periods, whichever period that is', () => {
		expect(window(query(['n'], { kind: 'period' }))).toEqual(['2025-03-03', '2025-03-17']);
		// A previous period after the current one: the current one starts first, the previous one ends last.
		const swapped = { ...REQUEST, period: REQUEST.previous, previous: REQUEST.period };
		expect(window(query(['n'], { kind: 'period' }, swapped))).toEqual(['2025-03-03', '2025-03-17']);
		// A previous period around the current one.
		const around = { ...REQUEST, previous: { start: '2025-03-01', end: '2025-03-31' } };
		expect(window(query(['n'], { kind: 'period' }, around))).toEqual(['2025-03-01', '2025-03-31']);
	});

	it('reaches back to the daily rows only when they start before both periods', () => {
		// 14 days before 2025-03-10 is 2025-02-24, before the previous period's 2025-03-03.
		const long = query(['n'], { kind: 'bucket', grain: 'day', dailyLookbackDays: 14 });
		expect(window(long)).toEqual(['2025-02-24', '2025-03-17']);
		// 3 days before is 2025-03-07, inside the previous period.
		const short = query(['n'], { kind: 'bucket', grain: 'day', dailyLookbackDays: 3 });
		expect(window(short)).toEqual(['2025-03-03', '2025-03-17']);
	});
});

describe('a grouping by every dimension', () => {
	it('crosses the facts with the dimension names and picks each row’s value by name', () => {
		const sql = query(['n'], { kind: 'dimensions', dimensions: [dim('channel'), dim('Region')] }, WITH_EXTRA);
		expect(sql.slice(sql.indexOf('\nSELECT\n\tperiod'))).toBe(
			[
				'',
				'SELECT',
				'\tperiod,',
				'\tdims.dimension_name AS dimension_name,',
				`\tCASE dims.dimension_name WHEN 'channel' THEN "channel" WHEN 'Region' THEN "Region" END AS dimension_value,`,
				'\tcount(*) AS "n.value"',
				`FROM facts CROSS JOIN (SELECT * FROM (VALUES ('channel'), ('Region')) AS v(dimension_name)) AS dims`,
				'GROUP BY ALL'
			].join('\n')
		);
	});

	it('takes additive, rate and mean leaves only', () => {
		const all: Grouping = { kind: 'dimensions', dimensions: [dim('channel')] };
		const refused = /A grouping by every dimension takes additive, rate and mean leaves only\./;
		expect(() => query(['n', 'u'], all)).toThrow(refused);
		expect(() => query(['o', 'n'], all)).toThrow(refused);
		expect(query(['n', 'r'], all)).toContain('AS dimension_value');
	});
});

describe('the columns the facts carry', () => {
	const carried = (sql: string) => /\n\t\t([^\n]*\.\*[^\n]*)\n\tFROM/.exec(sql)?.[1];

	it('are all of the table’s without extra dimensions', () => {
		expect(query(['n'], { kind: 'period' })).toContain(
			'\tSELECT\n\t\tperiods.period,\n\t\t"tickets".*\n\tFROM "tickets"\n'
		);
	});

	it('leave out the table’s extra dimensions the statement neither groups nor filters by', () => {
		expect(carried(query(['n'], { kind: 'period' }, WITH_EXTRA))).toBe(
			'"tickets".* EXCLUDE ("Region", "Tier")'
		);
		expect(carried(query(['n'], { kind: 'dimension', dimension: dim('Tier') }, WITH_EXTRA))).toBe(
			'"tickets".* EXCLUDE ("Region")'
		);
		expect(
			carried(query(['n'], { kind: 'dimensions', dimensions: [dim('channel'), dim('Region')] }, WITH_EXTRA))
		).toBe('"tickets".* EXCLUDE ("Tier")');
		const filtered = query(
			['n'],
			{ kind: 'period' },
			{ ...WITH_EXTRA, filters: { 'tickets.Tier': ['Gold'] } }
		);
		expect(carried(filtered)).toBe('"tickets".* EXCLUDE ("Region")');
		expect(filtered).toContain(`AND "tickets"."Tier" IN ('Gold')`);
		const both = { ...WITH_EXTRA, filters: { Region: ['North'] } };
		expect(carried(query(['n'], { kind: 'dimension', dimension: dim('Tier') }, both))).toBe('"tickets".*');
	});
});

describe('the facts CTE and its flags', () => {
	it('is inlined for the distinct counts unless it computes repeat flags', () => {
		expect(query(['n', 'u'], { kind: 'period' })).toContain('facts AS NOT MATERIALIZED (\n');
		expect(query(['u', 'r'], { kind: 'period' })).toContain('facts AS (\n');
		expect(query(['n'], { kind: 'period' })).toContain('facts AS (\n');
	});

	it('reads ClickHouse’s repeat flags through one window SELECT, one column each', () => {
		const sql = tableQuery({
			table: 'tickets',
			nodes: leaves('r', 'r2'),
			request: checkRequest(REQUEST),
			grouping: { kind: 'period' },
			dialect: clickhouse
		});
		const next = (days: number) =>
			`ifNull(minOrNull(\`created_at\`) OVER (PARTITION BY \`customer_id\` ORDER BY toUnixTimestamp64Micro(\`created_at\`) RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) <= \`created_at\` + toIntervalDay(${days}), false)`;
		expect(sql).toContain(
			`\tFROM (SELECT *, ${next(7)} AS \`r.repeat\`, ${next(3)} AS \`r2.repeat\` FROM \`tickets\`) AS \`tickets\`\n`
		);
	});
});

describe('snapshots', () => {
	it('count the rows open at each period’s end, through each node’s own filter', () => {
		const sql = query(['o', 'o2'], { kind: 'period' });
		expect(sql).toContain(
			[
				'SELECT',
				'\tperiods.period,',
				`\tcount(*) FILTER (WHERE ("priority" = 'high')) AS "o.value",`,
				'\tcount(*) AS "o2.value"',
				'FROM "tickets"',
				'JOIN periods ON "tickets"."created_at" < periods.period_end',
				'\tAND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)',
				'GROUP BY ALL'
			].join('\n')
		);
	});

	it('sum a series’ opens and closes per bucket, through each node’s own filter', () => {
		const sql = query(['o', 'o2'], { kind: 'bucket', grain: 'day' });
		expect(sql).toContain(
			[
				"\tgreatest(date_trunc('day', changes.changed_at + periods.shift), periods.first_bucket) AS bucket,",
				`\tsum(changes.change) FILTER (WHERE ("priority" = 'high')) AS "o.change",`,
				'\tsum(changes.change) AS "o2.change"',
				'FROM ('
			].join('\n')
		);
	});

	it('name their columns for a union by name that lists them (ClickHouse)', () => {
		const sql = tableQuery({
			table: 'tickets',
			nodes: leaves('n', 'o', 'o2'),
			request: checkRequest(REQUEST),
			grouping: { kind: 'period' },
			dialect: clickhouse
		});
		expect(sql).toContain('SELECT `period`, `n.value`, NULL AS `o.value`, NULL AS `o2.value` FROM (\n');
		expect(sql).toContain('SELECT `period`, NULL AS `n.value`, `o.value`, `o2.value` FROM (\n');
		expect(sql).toContain("\tcountIf(((`priority` = 'high'))) AS `o.value`,\n\tcount() AS `o2.value`\n");
	});
});

import { describe, expect, it } from 'vitest';
import { planBreakdown } from '../../../src/lib/metrics/breakdown-plan';
import { compileTree } from '../../../src/lib/metrics/compile';
import { checkRequest, RequestError, type EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import { driver, node, REQUEST, tree } from './helpers';

const ticketsTree = tree(
	[
		node('tickets', { kind: 'count' }, { tier: 'north_star', table: 'tickets' }),
		node(
			'csat',
			{ kind: 'share', numerator: 'csat >= 4', denominator: 'csat IS NOT NULL' },
			{ table: 'tickets' }
		),
		node(
			'frt_p90',
			{ kind: 'quantile', q: 0.9, expr: 'epoch(first_response_at - created_at) / 60' },
			{ table: 'tickets' }
		),
		node('backlog', { kind: 'snapshot', closed_at: 'resolved_at' }, { table: 'tickets' }),
		node('repeat_contact_rate', { kind: 'repeat', key: 'customer_id', within_days: 7 }, { table: 'tickets' })
	],
	['csat', 'frt_p90', 'backlog', 'repeat_contact_rate'].map((id) => driver('tickets', id))
);

const sqlOf = (request: EvaluationRequest, kind: 'aggregate' | 'series') =>
	compileTree(ticketsTree, checkRequest(request)).find((q) => q.kind === kind)!.sql;

describe('SQL for one table', () => {
	it('aggregates every node of a table in one query over both periods, with the filters quoted', () => {
		const request = { ...REQUEST, filters: { channel: ['chat', "O'Brien"], team: [null] } };
		expect(sqlOf(request, 'aggregate')).toMatchInlineSnapshot(`
			"WITH periods AS (
				SELECT * FROM (VALUES
					('current', TIMESTAMP '2025-03-10', TIMESTAMP '2025-03-17'),
					('previous', TIMESTAMP '2025-03-03', TIMESTAMP '2025-03-10')
				) AS p(period, period_start, period_end)
			),
			facts AS (
				SELECT
					periods.period,
					"tickets".*,
					EXISTS (
						SELECT 1 FROM "tickets" AS later
						WHERE later."customer_id" = "tickets"."customer_id"
							AND later."created_at" > "tickets"."created_at"
							AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
					) AS "repeat_contact_rate.repeat"
				FROM "tickets"
				JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
				WHERE "tickets"."created_at" >= TIMESTAMP '2025-03-03' AND "tickets"."created_at" < TIMESTAMP '2025-03-17'
					AND "tickets"."channel" IN ('chat', 'O''Brien')
					AND "tickets"."team" IS NULL
			)
			SELECT
				period,
				count(*) AS "tickets.value",
				count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
				count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
				quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) AS "frt_p90.value",
				count(epoch("first_response_at" - "created_at") / 60) AS "frt_p90.n",
				quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) AS "frt_p90.lo",
				quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) AS "frt_p90.hi",
				list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL))[least(count(epoch("first_response_at" - "created_at") / 60), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
				list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL))[least(count(epoch("first_response_at" - "created_at") / 60), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
				count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
				count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
			FROM facts
			GROUP BY ALL
			UNION ALL BY NAME
			SELECT
				periods.period,
				count(*) AS "backlog.value"
			FROM "tickets"
			JOIN periods ON "tickets"."created_at" < periods.period_end
				AND ("tickets"."resolved_at" IS NULL OR "tickets"."resolved_at" >= periods.period_end)
			WHERE "tickets"."channel" IN ('chat', 'O''Brien')
				AND "tickets"."team" IS NULL
			GROUP BY ALL"
		`);
	});

	it('groups the series by bucket, with the previous period shifted onto the current one', () => {
		expect(sqlOf({ ...REQUEST, grain: 'week' }, 'series')).toMatchInlineSnapshot(`
			"WITH periods AS (
				SELECT * FROM (VALUES
					('current', TIMESTAMP '2025-03-10', TIMESTAMP '2025-03-17', INTERVAL '0 days', TIMESTAMP '2025-03-10'),
					('previous', TIMESTAMP '2025-03-03', TIMESTAMP '2025-03-10', INTERVAL '7 days', TIMESTAMP '2025-03-10'),
					('daily', TIMESTAMP '2025-01-13', TIMESTAMP '2025-03-17', INTERVAL '0 days', TIMESTAMP '2025-01-13')
				) AS p(period, period_start, period_end, shift, first_bucket)
			),
			facts AS (
				SELECT
					periods.period,
					CASE WHEN periods.period = 'daily' THEN date_trunc('day', "tickets"."created_at") ELSE date_trunc('week', "tickets"."created_at" + periods.shift) END AS bucket,
					"tickets".*,
					EXISTS (
						SELECT 1 FROM "tickets" AS later
						WHERE later."customer_id" = "tickets"."customer_id"
							AND later."created_at" > "tickets"."created_at"
							AND later."created_at" <= "tickets"."created_at" + INTERVAL 7 DAY
					) AS "repeat_contact_rate.repeat"
				FROM "tickets"
				JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
				WHERE "tickets"."created_at" >= TIMESTAMP '2025-01-13' AND "tickets"."created_at" < TIMESTAMP '2025-03-17'
			)
			SELECT
				period,
				bucket,
				count(*) AS "tickets.value",
				count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
				count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den",
				quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.9) AS "frt_p90.value",
				count(epoch("first_response_at" - "created_at") / 60) AS "frt_p90.n",
				quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.85) AS "frt_p90.lo",
				quantile_cont(epoch("first_response_at" - "created_at") / 60, 0.95) AS "frt_p90.hi",
				list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL))[least(count(epoch("first_response_at" - "created_at") / 60), greatest(1, floor(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE - 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_lo",
				list_sort(list(epoch("first_response_at" - "created_at") / 60) FILTER (WHERE (epoch("first_response_at" - "created_at") / 60) IS NOT NULL))[least(count(epoch("first_response_at" - "created_at") / 60), greatest(1, ceil(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE + 1.96::DOUBLE * sqrt(count(epoch("first_response_at" - "created_at") / 60) * 0.9::DOUBLE * (1 - 0.9::DOUBLE)))))::BIGINT] AS "frt_p90.ci_hi",
				count(*) FILTER (WHERE "customer_id" IS NOT NULL AND "repeat_contact_rate.repeat") AS "repeat_contact_rate.num",
				count(*) FILTER (WHERE "customer_id" IS NOT NULL) AS "repeat_contact_rate.den"
			FROM facts
			GROUP BY ALL
			UNION ALL BY NAME
			SELECT
				periods.period,
				greatest(CASE WHEN periods.period = 'daily' THEN date_trunc('day', changes.changed_at) ELSE date_trunc('week', changes.changed_at + periods.shift) END, periods.first_bucket) AS bucket,
				sum(changes.change) AS "backlog.change"
			FROM (
				SELECT "tickets".*, "tickets"."created_at" AS changed_at, 1 AS change
				FROM "tickets"
				UNION ALL
				SELECT "tickets".*, greatest("tickets"."resolved_at", "tickets"."created_at") AS changed_at, -1 AS change
				FROM "tickets"
				WHERE "tickets"."resolved_at" IS NOT NULL
			) AS changes
			JOIN periods ON changes.changed_at < periods.period_end
			GROUP BY ALL"
		`);
	});

	it('breaks a node down by a dimension in one query', () => {
		const plan = planBreakdown(ticketsTree, 'csat' as NodeId, 'team', checkRequest(REQUEST));
		expect(plan.grouped.sql).toMatchInlineSnapshot(`
			"WITH periods AS (
				SELECT * FROM (VALUES
					('current', TIMESTAMP '2025-03-10', TIMESTAMP '2025-03-17'),
					('previous', TIMESTAMP '2025-03-03', TIMESTAMP '2025-03-10')
				) AS p(period, period_start, period_end)
			),
			facts AS (
				SELECT
					periods.period,
					"tickets"."team" AS dimension_value,
					"tickets".*
				FROM "tickets"
				JOIN periods ON "tickets"."created_at" >= periods.period_start AND "tickets"."created_at" < periods.period_end
				WHERE "tickets"."created_at" >= TIMESTAMP '2025-03-03' AND "tickets"."created_at" < TIMESTAMP '2025-03-17'
			)
			SELECT
				period,
				dimension_value,
				count(*) FILTER (WHERE ("csat" IS NOT NULL) AND ("csat" >= 4)) AS "csat.num",
				count(*) FILTER (WHERE ("csat" IS NOT NULL)) AS "csat.den"
			FROM facts
			GROUP BY ALL"
		`);
	});

	it('counts repurchasing customers with a histogram in the raw strategy, not one query per customer', () => {
		const events = tree(
			[
				node(
					'active_customers',
					{ kind: 'count_distinct', expr: 'customer_id', filter: "event_type = 'order'" },
					{ table: 'events' }
				),
				node(
					'repurchase_rate',
					{ kind: 'distinct_share', expr: 'customer_id', min_rows: 2, filter: "event_type = 'order'" },
					{ table: 'events' }
				)
			],
			[driver('active_customers', 'repurchase_rate')]
		);
		const request = checkRequest({ ...REQUEST, filters: { category: ['delivery'], segment: ['vip'] } });
		expect(compileTree(events, request, 'raw')[0]!.sql).toMatchInlineSnapshot(`
			"WITH periods AS (
				SELECT * FROM (VALUES
					('current', TIMESTAMP '2025-03-10', TIMESTAMP '2025-03-17'),
					('previous', TIMESTAMP '2025-03-03', TIMESTAMP '2025-03-10')
				) AS p(period, period_start, period_end)
			),
			facts AS (
				SELECT
					periods.period,
					"events".*
				FROM "events"
				JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
				WHERE "events"."segment" IN ('vip')
			)
			SELECT
				period,
				count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "active_customers.value",
				list_count(list_filter(map_values(histogram("customer_id") FILTER (WHERE ("event_type" = 'order'))), lambda n: n >= 2)) AS "repurchase_rate.num",
				count(DISTINCT "customer_id") FILTER (WHERE ("event_type" = 'order')) AS "repurchase_rate.den"
			FROM facts
			GROUP BY ALL"
		`);
	});
});

describe('request values in SQL', () => {
	it('rejects dimensions outside SPEC §4', () => {
		expect(() =>
			compileTree(
				ticketsTree,
				checkRequest({ ...REQUEST, filters: { 'channel; DROP TABLE tickets': ['x'] } })
			)
		).toThrow(RequestError);
	});

	it('applies a filter only to the tables that have its dimension', () => {
		// segment is an events dimension: the tickets queries ignore it
		const sql = sqlOf({ ...REQUEST, filters: { segment: ['vip'] } }, 'aggregate');
		expect(sql).not.toContain('segment');
	});

	it('applies a table-qualified filter to that table only', () => {
		// events.channel (web/app/store) must not filter tickets (chat/email/…): only tickets.channel does.
		expect(sqlOf({ ...REQUEST, filters: { 'events.channel': ['web'] } }, 'aggregate')).not.toContain(
			'channel'
		);
		expect(sqlOf({ ...REQUEST, filters: { 'tickets.channel': ['chat'] } }, 'aggregate')).toContain(
			`"tickets"."channel" IN ('chat')`
		);
	});

	it('refuses to break a node down by a dimension its table does not have', () => {
		expect(() => planBreakdown(ticketsTree, 'csat' as NodeId, 'segment', checkRequest(REQUEST))).toThrow(
			'“csat” reads tickets, which can be broken down by channel, category, priority, team — not by segment.'
		);
	});
});

/** The optimised SQL (the default strategy); its values equal the raw SQL's (tests/integration/metrics/strategies.test.ts). */
import { describe, expect, it } from 'vitest';
import { compileTree } from '../../../src/lib/metrics/compile';
import { checkRequest } from '../../../src/lib/metrics/request';
import { driver, node, REQUEST, tree } from './helpers';

const distinctTree = tree(
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

describe('distinct counts', () => {
	it('counts distinct customers by grouping twice, one grouping for every node counting the same values', () => {
		const request = checkRequest({ ...REQUEST, grain: 'week' });
		expect(compileTree(distinctTree, request).find((q) => q.kind === 'series')!.sql).toMatchInlineSnapshot(`
			"WITH periods AS (
				SELECT * FROM (VALUES
					('current', TIMESTAMP '2025-03-10', TIMESTAMP '2025-03-17', INTERVAL '0 days', TIMESTAMP '2025-03-10'),
					('previous', TIMESTAMP '2025-03-03', TIMESTAMP '2025-03-10', INTERVAL '7 days', TIMESTAMP '2025-03-10'),
					('daily', TIMESTAMP '2025-01-13', TIMESTAMP '2025-03-17', INTERVAL '0 days', TIMESTAMP '2025-01-13')
				) AS p(period, period_start, period_end, shift, first_bucket)
			),
			facts AS NOT MATERIALIZED (
				SELECT
					periods.period,
					CASE WHEN periods.period = 'daily' THEN date_trunc('day', "events"."ts") ELSE date_trunc('week', "events"."ts" + periods.shift) END AS bucket,
					"events".*
				FROM "events"
				JOIN periods ON "events"."ts" >= periods.period_start AND "events"."ts" < periods.period_end
				WHERE "events"."ts" >= TIMESTAMP '2025-01-13' AND "events"."ts" < TIMESTAMP '2025-03-17'
			)
			SELECT
				period,
				bucket
			FROM facts
			GROUP BY ALL
			UNION ALL BY NAME
			SELECT
				period,
				bucket,
				count(*) AS "active_customers.value",
				count(*) FILTER (WHERE value_rows >= 2) AS "repurchase_rate.num",
				count(*) AS "repurchase_rate.den"
			FROM (
				SELECT period, bucket, "customer_id" AS distinct_value, count(*) AS value_rows
				FROM facts
				WHERE ("event_type" = 'order') AND "customer_id" IS NOT NULL
				GROUP BY ALL
			) AS per_value
			GROUP BY ALL"
		`);
	});
});

describe('series buckets', () => {
	const seriesSql = (start: string, end: string, grain: 'day' | 'week' | 'month') =>
		compileTree(
			distinctTree,
			checkRequest({ period: { start, end }, previous: { start: '2025-02-01', end: start }, grain })
		).find((q) => q.kind === 'series')!.sql;

	it('leaves out the clamp to the period start when the period starts on a bucket boundary', () => {
		expect(seriesSql('2025-03-10', '2025-03-17', 'week')).not.toContain('greatest(');
		expect(seriesSql('2025-03-01', '2025-04-01', 'month')).not.toContain('greatest(');
	});

	it('keeps it when the period starts mid-week or mid-month', () => {
		// 2025-03-12 is a Wednesday: its first week bucket would start on Monday the 10th.
		const sql = seriesSql('2025-03-12', '2025-03-19', 'week');
		expect(sql).toContain('date_trunc(\'week\', "events"."ts" + periods.shift) END, periods.first_bucket)');
		// …which is the period start for both periods, and the first day for the daily rows.
		expect(sql).toContain(
			"('current', TIMESTAMP '2025-03-12', TIMESTAMP '2025-03-19', INTERVAL '0 days', TIMESTAMP '2025-03-12')"
		);
		expect(sql).toContain(
			"('previous', TIMESTAMP '2025-02-01', TIMESTAMP '2025-03-12', INTERVAL '39 days', TIMESTAMP '2025-03-12')"
		);
		expect(seriesSql('2025-03-12', '2025-04-12', 'month')).toContain('greatest(');
	});
});

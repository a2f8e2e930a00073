/**
 * The ClickHouse dialect: its quoting (ClickHouse reads backslash escapes, DuckDB does not), exact
 * functions only, tree fragments refused rather than pasted as text, and the SQL of a small tree.
 */
import { describe, expect, it } from 'vitest';
import { compileTree } from '../../../src/lib/metrics/compile';
import { checkRequest } from '../../../src/lib/metrics/request';
import { clickhouse, DialectError, duckdb } from '../../../src/lib/metrics/sql/dialect';
import { plainTicketsTree } from '../../fixtures/plain-tickets-tree';
import { node, REQUEST, tree } from './helpers';

describe('the clickhouse dialect', () => {
	it('escapes backslashes in strings and names, which ClickHouse would read as escapes', () => {
		// A value  it's \ fine  : the quote and the backslash are both escaped by a backslash.
		expect(clickhouse.string("it's \\ fine")).toBe("'it\\'s \\\\ fine'");
		expect(clickhouse.ident('a`b\\c')).toBe('`a\\`b\\\\c`');
		// DuckDB reads a backslash literally and doubles quotes: the same value, spelled differently.
		expect(duckdb.string("it's \\ fine")).toBe("'it''s \\ fine'");
	});

	it('spells timestamps as microsecond DateTime64 and refuses anything but an ISO date', () => {
		expect(clickhouse.timestamp('2025-09-08')).toBe("toDateTime64('2025-09-08', 6)");
		expect(clickhouse.timestamp('2025-09-08T10:00:00')).toBe("toDateTime64('2025-09-08 10:00:00', 6)");
		expect(() => clickhouse.timestamp("2025-09-08'); DROP TABLE x; --")).toThrow(/Not an ISO date/);
	});

	it('uses only exact aggregates: quantileExactInclusive and uniqExact, with -If for filters', () => {
		const filtered = clickhouse.aggregate({ fn: 'quantile', expr: 'x', q: 0.9 }, ['a', 'b']);
		expect(filtered).toBe('quantileExactInclusiveIf(0.9)(x, a AND b)');
		expect(clickhouse.aggregate({ fn: 'count_distinct', expr: 'x' }, [])).toBe('uniqExact(x)');
		expect(clickhouse.aggregate({ fn: 'count_values', expr: 'x' }, ['a'])).toBe(
			'countIf(x IS NOT NULL AND a)'
		);
		const sql = compileTree(plainTicketsTree, checkRequest({ ...REQUEST, grain: 'week' }))
			.map((q) => q.sql)
			.join('\n');
		const withClickhouse = compileTree(
			plainTicketsTree,
			checkRequest({ ...REQUEST, grain: 'week' }),
			'optimised',
			clickhouse
		)
			.map((q) => q.sql)
			.join('\n');
		expect(sql).toMatch(/quantile_cont/);
		expect(withClickhouse).toMatch(/quantileExactInclusive/);
		// The approximate ClickHouse functions never appear (median, quantile(…), uniq(…), quantiles…).
		expect(withClickhouse).not.toMatch(/\b(median|quantile|quantiles|uniq|uniqCombined|uniqHLL12)\s*\(/);
		expect(withClickhouse).not.toMatch(/FILTER \(WHERE|BY NAME|NOT MATERIALIZED|quantile_cont|histogram/);
	});

	it('re-emits a tree fragment from its parsed tree, never its text, and refuses what has no counterpart', () => {
		const one = (definition: Parameters<typeof node>[1]) =>
			tree([node('late', definition, { tier: 'north_star', table: 'tickets' })], []);
		const late = one({ kind: 'count', filter: 'coalesce(reopens, 0) > 0' });
		expect(compileTree(late, checkRequest(REQUEST), 'optimised', clickhouse)[0]!.sql).toContain(
			'countIf(((coalesce(`reopens`, 0) > 0)))'
		);
		// DuckDB takes it as it always has.
		expect(compileTree(late, checkRequest(REQUEST))[0]!.sql).toContain(
			'FILTER (WHERE (coalesce("reopens", 0) > 0))'
		);
		const monthly = one({ kind: 'count', filter: "resolved_at - created_at > INTERVAL '1 month'" });
		expect(() => compileTree(monthly, checkRequest(REQUEST), 'optimised', clickhouse)).toThrow(DialectError);
		expect(() => compileTree(monthly, checkRequest(REQUEST), 'optimised', clickhouse)).toThrow(
			/MONTH has no fixed length/
		);
	});

	it('compiles the weekly series of a small tree, filtered by channel', () => {
		const request = checkRequest({ ...REQUEST, grain: 'week', filters: { channel: ['chat'] } });
		const series = compileTree(plainTicketsTree, request, 'optimised', clickhouse).find(
			(q) => q.kind === 'series'
		)!;
		expect(series.sql).toMatchInlineSnapshot(`
			"WITH periods AS (
				SELECT * FROM (VALUES
					('current', toDateTime64('2025-03-10', 6), toDateTime64('2025-03-17', 6), toInt64(0), toDateTime64('2025-03-10', 6)),
					('previous', toDateTime64('2025-03-03', 6), toDateTime64('2025-03-10', 6), toInt64(604800000), toDateTime64('2025-03-10', 6)),
					('daily', toDateTime64('2025-01-13', 6), toDateTime64('2025-03-17', 6), toInt64(0), toDateTime64('2025-01-13', 6))
				) AS p(period, period_start, period_end, shift, first_bucket)
			),
			facts AS (
				SELECT
					periods.period,
					CASE WHEN periods.period = 'daily' THEN toDateTime64(toStartOfDay(\`tickets\`.\`created_at\`), 6) ELSE toDateTime64(toStartOfWeek(\`tickets\`.\`created_at\` + toIntervalMillisecond(periods.shift), 1), 6) END AS bucket,
					\`tickets\`.*
				FROM (SELECT *, ifNull(minOrNull(\`created_at\`) OVER (PARTITION BY \`customer_id\` ORDER BY toUnixTimestamp64Micro(\`created_at\`) RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) <= \`created_at\` + toIntervalDay(7), false) AS \`repeat_rate.repeat\` FROM \`tickets\`) AS \`tickets\`
				JOIN periods ON \`tickets\`.\`created_at\` >= periods.period_start AND \`tickets\`.\`created_at\` < periods.period_end
				WHERE \`tickets\`.\`created_at\` >= toDateTime64('2025-01-13', 6) AND \`tickets\`.\`created_at\` < toDateTime64('2025-03-17', 6)
					AND \`tickets\`.\`channel\` IN ('chat')
			)
			SELECT \`period\`, \`bucket\`, \`tickets.value\`, \`median_csat.value\`, \`median_csat.n\`, \`median_csat.lo\`, \`median_csat.hi\`, \`median_csat.ci_lo\`, \`median_csat.ci_hi\`, \`p90_replies.value\`, \`p90_replies.n\`, \`p90_replies.lo\`, \`p90_replies.hi\`, \`p90_replies.ci_lo\`, \`p90_replies.ci_hi\`, \`self_service_share.num\`, \`self_service_share.den\`, \`mean_csat.sum\`, \`mean_csat.n\`, \`mean_csat.sumsq\`, \`repeat_rate.num\`, \`repeat_rate.den\`, NULL AS \`customers.value\`, NULL AS \`backlog.change\` FROM (
			SELECT
				period,
				bucket,
				count() AS \`tickets.value\`,
				quantileExactInclusive(0.5)(\`csat\`) AS \`median_csat.value\`,
				count(\`csat\`) AS \`median_csat.n\`,
				quantileExactInclusive(0.4)(\`csat\`) AS \`median_csat.lo\`,
				quantileExactInclusive(0.6)(\`csat\`) AS \`median_csat.hi\`,
				arraySort(groupArray(\`csat\`))[toUInt64(least(toFloat64(count(\`csat\`)), greatest(1.0, floor(count(\`csat\`) * 0.5 - 1.96 * sqrt(count(\`csat\`) * 0.5 * (1 - 0.5))))))] AS \`median_csat.ci_lo\`,
				arraySort(groupArray(\`csat\`))[toUInt64(least(toFloat64(count(\`csat\`)), greatest(1.0, ceil(count(\`csat\`) * 0.5 + 1.96 * sqrt(count(\`csat\`) * 0.5 * (1 - 0.5))))))] AS \`median_csat.ci_hi\`,
				quantileExactInclusiveIf(0.9)(\`agent_replies\`, (\`self_service\`)) AS \`p90_replies.value\`,
				countIf(\`agent_replies\` IS NOT NULL AND (\`self_service\`)) AS \`p90_replies.n\`,
				quantileExactInclusiveIf(0.85)(\`agent_replies\`, (\`self_service\`)) AS \`p90_replies.lo\`,
				quantileExactInclusiveIf(0.95)(\`agent_replies\`, (\`self_service\`)) AS \`p90_replies.hi\`,
				arraySort(groupArrayIf(\`agent_replies\`, (\`self_service\`)))[toUInt64(least(toFloat64(countIf(\`agent_replies\` IS NOT NULL AND (\`self_service\`))), greatest(1.0, floor(countIf(\`agent_replies\` IS NOT NULL AND (\`self_service\`)) * 0.9 - 1.96 * sqrt(countIf(\`agent_replies\` IS NOT NULL AND (\`self_service\`)) * 0.9 * (1 - 0.9))))))] AS \`p90_replies.ci_lo\`,
				arraySort(groupArrayIf(\`agent_replies\`, (\`self_service\`)))[toUInt64(least(toFloat64(countIf(\`agent_replies\` IS NOT NULL AND (\`self_service\`))), greatest(1.0, ceil(countIf(\`agent_replies\` IS NOT NULL AND (\`self_service\`)) * 0.9 + 1.96 * sqrt(countIf(\`agent_replies\` IS NOT NULL AND (\`self_service\`)) * 0.9 * (1 - 0.9))))))] AS \`p90_replies.ci_hi\`,
				countIf((\`self_service\`)) AS \`self_service_share.num\`,
				count() AS \`self_service_share.den\`,
				sum(\`csat\`) AS \`mean_csat.sum\`,
				count(\`csat\`) AS \`mean_csat.n\`,
				sum((\`csat\`) * (\`csat\`)) AS \`mean_csat.sumsq\`,
				countIf(\`customer_id\` IS NOT NULL AND \`repeat_rate.repeat\`) AS \`repeat_rate.num\`,
				countIf(\`customer_id\` IS NOT NULL) AS \`repeat_rate.den\`
			FROM facts
			GROUP BY ALL
			)
			UNION ALL
			SELECT \`period\`, \`bucket\`, NULL AS \`tickets.value\`, NULL AS \`median_csat.value\`, NULL AS \`median_csat.n\`, NULL AS \`median_csat.lo\`, NULL AS \`median_csat.hi\`, NULL AS \`median_csat.ci_lo\`, NULL AS \`median_csat.ci_hi\`, NULL AS \`p90_replies.value\`, NULL AS \`p90_replies.n\`, NULL AS \`p90_replies.lo\`, NULL AS \`p90_replies.hi\`, NULL AS \`p90_replies.ci_lo\`, NULL AS \`p90_replies.ci_hi\`, NULL AS \`self_service_share.num\`, NULL AS \`self_service_share.den\`, NULL AS \`mean_csat.sum\`, NULL AS \`mean_csat.n\`, NULL AS \`mean_csat.sumsq\`, NULL AS \`repeat_rate.num\`, NULL AS \`repeat_rate.den\`, \`customers.value\`, NULL AS \`backlog.change\` FROM (
			SELECT
				period,
				bucket,
				count() AS \`customers.value\`
			FROM (
				SELECT period, bucket, (\`customer_id\`) AS distinct_value, count(*) AS value_rows
				FROM facts
				WHERE (\`customer_id\`) IS NOT NULL
				GROUP BY ALL
			) AS per_value
			GROUP BY ALL
			)
			UNION ALL
			SELECT \`period\`, \`bucket\`, NULL AS \`tickets.value\`, NULL AS \`median_csat.value\`, NULL AS \`median_csat.n\`, NULL AS \`median_csat.lo\`, NULL AS \`median_csat.hi\`, NULL AS \`median_csat.ci_lo\`, NULL AS \`median_csat.ci_hi\`, NULL AS \`p90_replies.value\`, NULL AS \`p90_replies.n\`, NULL AS \`p90_replies.lo\`, NULL AS \`p90_replies.hi\`, NULL AS \`p90_replies.ci_lo\`, NULL AS \`p90_replies.ci_hi\`, NULL AS \`self_service_share.num\`, NULL AS \`self_service_share.den\`, NULL AS \`mean_csat.sum\`, NULL AS \`mean_csat.n\`, NULL AS \`mean_csat.sumsq\`, NULL AS \`repeat_rate.num\`, NULL AS \`repeat_rate.den\`, NULL AS \`customers.value\`, \`backlog.change\` FROM (
			SELECT
				periods.period,
				greatest(CASE WHEN periods.period = 'daily' THEN toDateTime64(toStartOfDay(changes.changed_at), 6) ELSE toDateTime64(toStartOfWeek(changes.changed_at + toIntervalMillisecond(periods.shift), 1), 6) END, periods.first_bucket) AS bucket,
				sum(changes.change) AS \`backlog.change\`
			FROM (
				SELECT \`tickets\`.*, \`tickets\`.\`created_at\` AS changed_at, 1 AS change
				FROM \`tickets\`
				WHERE \`tickets\`.\`channel\` IN ('chat')
				UNION ALL
				SELECT \`tickets\`.*, greatest(\`tickets\`.\`resolved_at\`, \`tickets\`.\`created_at\`) AS changed_at, -1 AS change
				FROM \`tickets\`
				WHERE \`tickets\`.\`resolved_at\` IS NOT NULL
					AND \`tickets\`.\`channel\` IN ('chat')
			) AS changes
			JOIN periods ON changes.changed_at < periods.period_end
			GROUP BY ALL
			)"
		`);
	});
});

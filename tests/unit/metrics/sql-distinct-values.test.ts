import { describe, expect, it } from 'vitest';
import { canonicalCatalog } from '../../../src/lib/metrics/dimensions';
import { checkFragment } from '../../../src/lib/metrics/fragment/check';
import type { Fragment } from '../../../src/lib/metrics/fragment/ast';
import { dimensionValuesSql, MAX_DIMENSION_VALUES } from '../../../src/lib/metrics/sql/dimension-values';
import { distinctGroups, distinctSelect } from '../../../src/lib/metrics/sql/distinct-values';
import { columnNames } from '../../../src/lib/metrics/tables';
import type { LeafDefinition, LeafNode } from '../../../src/lib/metrics/types';

const f = (source: string): Fragment => {
	const checked = checkFragment(source, { table: 'tickets', columns: columnNames('tickets') });
	if (!checked.ok) throw new Error(checked.error.message);
	return checked.value;
};
const leaf = (id: string, definition: LeafDefinition): LeafNode =>
	({ id, table: 'tickets', definition }) as unknown as LeafNode;

describe('distinct counts in two steps', () => {
	const active = leaf('active', { kind: 'count_distinct', expr: f('customer_id') });
	const repurchase = leaf('repurchase', { kind: 'distinct_share', expr: f('customer_id'), min_rows: 2 });
	const chat = leaf('chat', {
		kind: 'count_distinct',
		expr: f('customer_id'),
		filter: f("channel = 'chat'")
	});
	const teams = leaf('teams', { kind: 'count_distinct', expr: f('team') });
	const tickets = leaf('tickets', { kind: 'count' });

	it('groups the nodes counting the same values under the same filter, in tree order', () => {
		const groups = distinctGroups([tickets, active, chat, teams, repurchase]);
		expect(groups.map((g) => g.nodes.map((n) => n.id))).toEqual([
			['active', 'repurchase'],
			['chat'],
			['teams']
		]);
		expect(groups.map((g) => [g.expr.sql, g.filter?.sql])).toEqual([
			['"customer_id"', undefined],
			['"customer_id"', `"channel" = 'chat'`],
			['"team"', undefined]
		]);
		expect(distinctGroups([tickets])).toEqual([]);
	});

	it('counts rows per value, then values per group', () => {
		const [group] = distinctGroups([active, repurchase]);
		const select = distinctSelect(group!, ['period', 'bucket']);
		expect(select.columns).toEqual(['period', 'bucket', 'active.value', 'repurchase.num', 'repurchase.den']);
		expect(select.sql).toBe(
			[
				'SELECT',
				'\tperiod,\n\tbucket,\n\tcount(*) AS "active.value",\n\tcount(*) FILTER (WHERE value_rows >= 2) AS "repurchase.num",\n\tcount(*) AS "repurchase.den"',
				'FROM (',
				'\tSELECT period, bucket, "customer_id" AS distinct_value, count(*) AS value_rows',
				'\tFROM facts',
				'\tWHERE "customer_id" IS NOT NULL',
				'\tGROUP BY ALL',
				') AS per_value',
				'GROUP BY ALL'
			].join('\n')
		);
	});

	it('keeps only the filtered rows, the filter parenthesised before the value test', () => {
		const [group] = distinctGroups([chat]);
		const select = distinctSelect(group!, ['period']);
		expect(select.columns).toEqual(['period', 'chat.value']);
		expect(select.sql).toContain(`\tWHERE ("channel" = 'chat') AND "customer_id" IS NOT NULL\n`);
		const [lower] = distinctGroups([leaf('x', { kind: 'count_distinct', expr: f('lower(team)') })]);
		expect(distinctSelect(lower!, []).sql).toContain(
			'\tSELECT (lower("team")) AS distinct_value, count(*) AS value_rows\n\tFROM facts\n\tWHERE (lower("team")) IS NOT NULL\n'
		);
	});
});

describe('the values a dimension takes', () => {
	it('lists the most frequent first, at most 500, for a dimension of the table', () => {
		expect(MAX_DIMENSION_VALUES).toBe(500);
		expect(dimensionValuesSql(canonicalCatalog(), 'tickets', 'channel')).toBe(
			[
				'SELECT "channel" AS value, count(*) AS rows',
				'FROM "tickets"',
				'WHERE "channel" IS NOT NULL',
				'GROUP BY ALL',
				'ORDER BY rows DESC, value',
				'LIMIT 500'
			].join('\n')
		);
		expect(() => dimensionValuesSql(canonicalCatalog(), 'surveys', 'channel')).toThrow(
			'The surveys table has no channel dimension.'
		);
	});
});

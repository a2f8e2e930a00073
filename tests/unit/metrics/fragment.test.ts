import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkFragment } from '../../../src/lib/metrics/fragment/check';
import { loadTree } from '../../../src/lib/metrics/load-tree';
import { columnNames } from '../../../src/lib/metrics/tables';
import type { LeafNode } from '../../../src/lib/metrics/types';
import { HOSTILE_FRAGMENTS } from '../../fixtures/security/hostile-fragments';
import { defaultTreeData, treeWithOrdersFilter } from '../../fixtures/security/tree-with-filter';

const events = { table: 'events', columns: columnNames('events') };
const tickets = { table: 'tickets', columns: columnNames('tickets') };
const sql = (source: string, scope = tickets) => {
	const checked = checkFragment(source, scope);
	if (!checked.ok) throw new Error(checked.error.message);
	return checked.value.sql;
};
/** The problem code a tickets fragment is refused with, or 'accepted'. */
const refused = (source: string) => {
	const checked = checkFragment(source, tickets);
	return checked.ok ? 'accepted' : checked.error.code;
};

describe('tree fragments are parsed into an allow-listed expression tree', () => {
	it('accepts every fragment of the default tree', () => {
		const loaded = loadTree(readFileSync('data/trees/default.yaml', 'utf8'));
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const fragments = loaded.value.nodes.flatMap((node) =>
			Object.values(node.definition).filter((v) => typeof v === 'object' && v !== null && 'sql' in v)
		);
		// orders 1, csat 2, nps 1, frt_median 2, resolution_median 2, self_service 1, sla 2, frt_p90 2,
		// one_touch 2, reopen 2, active_customers 2, repurchase 2, detractor 1, visits 1 = 23
		expect(fragments).toHaveLength(23);
	});

	it('emits the SQL from the tree, not from the text', () => {
		expect(sql("event_type = 'order'", events)).toBe(`"event_type" = 'order'`);
		expect(sql('csat >= 4 AND csat IS NOT NULL')).toBe('"csat" >= 4 AND "csat" IS NOT NULL');
		expect(sql('CASE WHEN csat >= 4 THEN 100 WHEN csat <= 2 THEN -100 ELSE 0 END')).toBe(
			'CASE WHEN "csat" >= 4 THEN 100 WHEN "csat" <= 2 THEN -100 ELSE 0 END'
		);
		expect(sql('epoch(first_response_at - created_at) / 60')).toBe(
			'epoch("first_response_at" - "created_at") / 60'
		);
		expect(sql('NOT coalesce(self_service, false)')).toBe('NOT coalesce("self_service", false)');
		expect(sql("channel IN ('chat', 'it''s') OR channel IS NULL")).toBe(
			`"channel" IN ('chat', 'it''s') OR "channel" IS NULL`
		);
		expect(sql('reopens NOT BETWEEN 1 AND 3')).toBe('"reopens" NOT BETWEEN 1 AND 3');
		expect(sql("category ILIKE 'deliv%'")).toBe(`"category" ILIKE 'deliv%'`);
		expect(sql('csat::DOUBLE / 5')).toBe('CAST("csat" AS DOUBLE) / 5');
		expect(sql('TRY_CAST(team AS INT) > 2')).toBe('TRY_CAST("team" AS INTEGER) > 2');
		expect(sql('CAST(csat AS NUMERIC(4, 1))')).toBe('CAST("csat" AS DECIMAL(4, 1))');
		expect(sql("created_at >= DATE '2025-06-01'")).toBe(`"created_at" >= CAST('2025-06-01' AS DATE)`);
		expect(sql('resolved_at <= created_at + INTERVAL 7 DAY')).toBe(
			'"resolved_at" <= "created_at" + INTERVAL 7 DAY'
		);
		expect(sql("resolved_at <= created_at + INTERVAL '2 hours'")).toBe(
			'"resolved_at" <= "created_at" + INTERVAL 2 HOUR'
		);
		expect(sql('"CSAT" > .5e1')).toBe('"csat" > 0.5e1');
		expect(sql('CEILING(csat)')).toBe('ceil("csat")');
	});

	it('keeps the precedence DuckDB gives the text, with parentheses where the tree needs them', () => {
		// AND binds tighter than OR; the grouping the author wrote survives.
		expect(sql('csat = 1 OR csat = 2 AND reopens > 0')).toBe('"csat" = 1 OR "csat" = 2 AND "reopens" > 0');
		expect(sql('(csat = 1 OR csat = 2) AND reopens > 0')).toBe(
			'("csat" = 1 OR "csat" = 2) AND "reopens" > 0'
		);
		// − and ÷ are left-associative: a − (b − c) keeps its parentheses, (a − b) − c needs none.
		expect(sql('csat - (reopens - 1)')).toBe('"csat" - ("reopens" - 1)');
		expect(sql('(csat - reopens) - 1')).toBe('"csat" - "reopens" - 1');
		// Two minus signs never become a comment.
		expect(sql('- -csat')).toBe('-(-"csat")');
		expect(sql('1 - -csat')).toBe('1 - -"csat"');
		// IS binds more loosely than a comparison, as in PostgreSQL.
		expect(sql('csat = 4 IS NULL')).toBe('"csat" = 4 IS NULL');
		expect(sql('NOT csat > 3')).toBe('NOT "csat" > 3');
		// Comparisons do not chain: one under another keeps its parentheses on either side.
		expect(sql('(csat > 3) = true')).toBe('("csat" > 3) = true');
		expect(sql('true = (csat > 3)')).toBe('true = ("csat" > 3)');
		expect(sql('(csat > 3) <> (reopens > 0)')).toBe('("csat" > 3) <> ("reopens" > 0)');
	});

	it('reads IS [NOT] DISTINCT FROM and IS [NOT] TRUE/FALSE as NULL-safe comparisons every dialect can emit', () => {
		const same = (a: string, b: string) =>
			`CASE WHEN ${a} IS NULL THEN ${b} IS NULL WHEN ${b} IS NULL THEN false ELSE ${a} = ${b} END`;
		expect(sql('csat IS NOT DISTINCT FROM reopens')).toBe(same('"csat"', '"reopens"'));
		expect(sql("channel IS DISTINCT FROM 'chat'")).toBe(`NOT ${same('"channel"', "'chat'")}`);
		expect(sql('self_service IS TRUE')).toBe(same('"self_service"', 'true'));
		expect(sql('self_service IS NOT TRUE')).toBe(`NOT ${same('"self_service"', 'true')}`);
		expect(sql('self_service IS FALSE')).toBe(same('"self_service"', 'false'));
		expect(sql('self_service IS NOT FALSE')).toBe(`NOT ${same('"self_service"', 'false')}`);
		// The right side binds like a comparison's operand: `a IS DISTINCT FROM b + 1`.
		expect(sql('csat IS DISTINCT FROM reopens + 1')).toBe(`NOT ${same('"csat"', '"reopens" + 1')}`);
		expect(refused('csat IS DISTINCT reopens')).toBe('syntax');
		expect(refused('csat IS 3')).toBe('syntax');
		expect(refused('csat IS DISTINCT FROM (SELECT 1)')).toBe('subquery');
	});

	it('reads EXTRACT(part FROM x) as date_part', () => {
		expect(sql('EXTRACT(hour FROM created_at)')).toBe(`date_part('hour', "created_at")`);
		expect(sql("extract('DOW' from created_at) IN (0, 6)")).toBe(`date_part('dow', "created_at") IN (0, 6)`);
		expect(sql('EXTRACT(year FROM resolved_at + INTERVAL 1 DAY)')).toBe(
			`date_part('year', "resolved_at" + INTERVAL 1 DAY)`
		);
		expect(refused('EXTRACT(1 FROM created_at)')).toBe('syntax');
		expect(refused('EXTRACT(hour created_at)')).toBe('syntax');
		expect(refused('EXTRACT(hour FROM (SELECT now()))')).toBe('subquery');
		expect(refused('EXTRACT(hour FROM read_csv(created_at))')).toBe('table_function');
		// Without parentheses it is the keyword, not a column.
		expect(refused('extract > 1')).toBe('keyword');
	});

	it.each(HOSTILE_FRAGMENTS.map((h) => [h.what, h] as const))(
		'refuses %s, naming the node and the field',
		(_, hostile) => {
			const loaded = loadTree(treeWithOrdersFilter(hostile.sql));
			expect(loaded.ok).toBe(false);
			if (loaded.ok) return;
			expect(loaded.error).toHaveLength(1);
			const [error] = loaded.error;
			expect(error).toMatchObject({
				code: 'sql_snippet',
				node: 'orders',
				field: 'definition.filter',
				fragment: { code: hostile.code }
			});
			expect(error!.message).toMatch(/^node “orders”, field “definition\.filter”: /);
			expect(error!.message).toContain(hostile.says);
		}
	);

	it('has at least 25 hostile fragments in its catalogue', () => {
		expect(HOSTILE_FRAGMENTS.length).toBeGreaterThanOrEqual(25);
	});

	it('checks every fragment field: expr, numerator and denominator too', () => {
		const tree = defaultTreeData();
		const nps = tree.nodes.find((n) => n.id === 'nps')!;
		nps.definition = { kind: 'mean', expr: '(SELECT 1)' };
		const csat = tree.nodes.find((n) => n.id === 'csat')!;
		csat.definition = { kind: 'share', numerator: 'csat >= 4', denominator: "getvariable('x')" };
		const loaded = loadTree(stringify(tree));
		expect(loaded.ok).toBe(false);
		if (loaded.ok) return;
		expect(loaded.error.map((e) => [e.node, e.field, e.fragment?.code])).toEqual([
			['csat', 'definition.denominator', 'settings'],
			['nps', 'definition.expr', 'subquery']
		]);
	});

	it('reads column names case-insensitively and emits the canonical name', () => {
		const loaded = loadTree(treeWithOrdersFilter("EVENT_TYPE = 'order'"));
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const orders = loaded.value.nodes.find((n) => n.id === 'orders') as LeafNode;
		expect(orders.definition.kind === 'count' && orders.definition.filter?.sql).toBe(
			`"event_type" = 'order'`
		);
		expect(orders.definition.kind === 'count' && orders.definition.filter?.source).toBe(
			"EVENT_TYPE = 'order'"
		);
	});

	it('says how many arguments a function takes, in words, when the count is wrong', () => {
		const refusal = (source: string) => {
			const checked = checkFragment(source, tickets);
			return checked.ok ? null : checked.error.message;
		};
		expect(refusal('abs(csat, 2) > 1')).toContain('wrong number of arguments to abs(): it takes 1, not 2');
		expect(refusal('round() > 1')).toMatch(/round\(\): it takes 1 to 2, not 0/);
	});
});

/**
 * Distinct counts in two steps: rows per value first (`GROUP BY period, key, value`), then values per
 * group. `count(DISTINCT x)` and `histogram(x)` build a hash set or map per group inside the
 * aggregate, which is several times slower in DuckDB-WASM than grouping twice; and one grouping
 * serves every node that counts the same values under the same filter (`active_customers` and
 * `repurchase_rate` share theirs). Same numbers: NULL values are not counted either way, and a
 * group without matching rows has no row here, which reads as 0 (see measure.ts).
 */
import type { Fragment } from '../fragment/ast';
import { condition, partAlias } from './aggregates';
import { duckdb, type Dialect, type NamedSelect } from './dialect';
import type { LeafNode } from '../types';

/** Nodes that count the same distinct values under the same filter. */
export interface DistinctGroup {
	expr: Fragment;
	filter: Fragment | undefined;
	nodes: LeafNode[];
}

/** The count_distinct and distinct_share nodes, grouped by (expression, filter), in tree order. */
export function distinctGroups(nodes: readonly LeafNode[]): DistinctGroup[] {
	const groups = new Map<string, DistinctGroup>();
	for (const node of nodes) {
		const d = node.definition;
		if (d.kind !== 'count_distinct' && d.kind !== 'distinct_share') continue;
		const key = JSON.stringify([d.expr.sql, d.filter?.sql ?? null]);
		const group = groups.get(key) ?? { expr: d.expr, filter: d.filter, nodes: [] };
		group.nodes.push(node);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** Each node's columns: output name → SQL. */
function groupColumns(node: LeafNode, dialect: Dialect): [string, string][] {
	const d = node.definition;
	const count = (conditions: string[]) => dialect.aggregate({ fn: 'count' }, conditions);
	if (d.kind === 'count_distinct') return [[partAlias(node.id, 'value'), count([])]];
	if (d.kind === 'distinct_share') {
		return [
			[partAlias(node.id, 'num'), count([`value_rows >= ${d.min_rows}`])],
			[partAlias(node.id, 'den'), count([])]
		];
	}
	// Stryker disable next-line ArrayDeclaration: unreachable: distinctGroups holds only count_distinct and distinct_share nodes
	return [];
}

/** The SELECT over the facts CTE for one group; `keys` are the facts' group columns (period, bucket…). */
export function distinctSelect(
	group: DistinctGroup,
	keys: readonly string[],
	dialect: Dialect = duckdb
): NamedSelect {
	const value = condition(dialect.fragment(group.expr));
	const where = [
		...(group.filter === undefined ? [] : [condition(dialect.fragment(group.filter))]),
		`${value} IS NOT NULL`
	];
	const named = group.nodes.flatMap((node) => groupColumns(node, dialect));
	const columns = [...keys, ...named.map(([name, sql]) => `${sql} AS ${dialect.ident(name)}`)];
	const sql = [
		'SELECT',
		`\t${columns.join(',\n\t')}`,
		'FROM (',
		`\tSELECT ${[...keys, `${value} AS distinct_value`, 'count(*) AS value_rows'].join(', ')}`,
		'\tFROM facts',
		`\tWHERE ${where.join(' AND ')}`,
		'\tGROUP BY ALL',
		') AS per_value',
		'GROUP BY ALL'
	].join('\n');
	return { sql, columns: [...keys, ...named.map(([name]) => name)] };
}

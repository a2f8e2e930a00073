/**
 * Tree + request → the SQL to run: per loaded table with leaf nodes, one aggregate query (both
 * periods) and one series query (both periods at the grain, and the daily series with its lookback). Never one query per node: the count
 * depends only on the number of tables, which is what keeps evaluation fast on large trees.
 */
import type { CheckedRequest } from './request';
import { TABLE_IDS } from './tables';
import { LOOKBACK_DAYS } from './anomalies';
import { tableQuery, type Grouping, type QueryStrategy } from './sql/table-query';
import type { Dialect } from './sql/dialect';
import { isFormulaNode, type LeafNode, type NodeId, type TableId, type Tree } from './types';

export type QueryKind = 'aggregate' | 'series';

export interface CompiledQuery {
	table: TableId;
	kind: QueryKind;
	/** The leaf nodes whose parts this query returns. */
	nodes: readonly NodeId[];
	sql: string;
}

/** The series query's grouping: buckets at the request's grain, plus the daily rows anomalies need. */
export function seriesGrouping(request: CheckedRequest): Grouping {
	return { kind: 'bucket', grain: request.grain, dailyLookbackDays: LOOKBACK_DAYS };
}

/** Leaf nodes per table, in tree order. */
export function leavesByTable(nodes: Iterable<Tree['nodes'][number]>): Map<TableId, LeafNode[]> {
	const byTable = new Map<TableId, LeafNode[]>();
	for (const node of nodes) {
		if (isFormulaNode(node)) continue;
		byTable.set(node.table, [...(byTable.get(node.table) ?? []), node]);
	}
	return byTable;
}

/**
 * The queries for one tree evaluation: two per loaded table that some node reads — one when `series` is
 * false (the period values only: a hypothesis check reads no series, EvaluationRequest.periodValuesOnly).
 */
export function compileTree(
	tree: Tree,
	request: CheckedRequest,
	// Stryker disable next-line StringLiteral: every strategy but 'raw' compiles the same SQL
	strategy: QueryStrategy = 'optimised',
	dialect?: Dialect,
	{ series = true }: { series?: boolean } = {}
): CompiledQuery[] {
	const byTable = leavesByTable(tree.nodes);
	const queries: CompiledQuery[] = [];
	for (const table of TABLE_IDS) {
		const nodes = byTable.get(table);
		if (!nodes || !request.tables.has(table)) continue;
		const ids = nodes.map((n) => n.id);
		queries.push({
			table,
			kind: 'aggregate',
			nodes: ids,
			sql: tableQuery({ table, nodes, request, grouping: { kind: 'period' }, strategy, dialect })
		});
		if (!series) continue;
		queries.push({
			table,
			kind: 'series',
			nodes: ids,
			sql: tableQuery({ table, nodes, request, grouping: seriesGrouping(request), strategy, dialect })
		});
	}
	return queries;
}

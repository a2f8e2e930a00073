/** Evaluating a tree for a request: compile, run the few queries, compute every node. */
import type { Anomaly } from './anomalies';
import { compileTree, seriesGrouping, type CompiledQuery, type QueryKind } from './compile';
import { nodeAnomalies } from './node-anomalies';
import type { Measure, NoValueReason } from './measure';
import { computeNodeValues, type NodeValues, type TableData } from './node-values';
import { bucketStarts, fromEpochMs } from './period';
import { checkRequest, RequestError, type CheckedRequest, type EvaluationRequest } from './request';
import { groupRows, type GroupedColumns, type RunQuery } from './rows';
import { compare, type Interval, type Verdict } from './significance';
import { DAILY_PERIOD, dailyStart, type QueryStrategy } from './sql/table-query';
import type { Dialect } from './sql/dialect';
import { change, targetStatus, type TargetStatus } from './status';
import { uncertainty, valueInterval, type Uncertainty } from './uncertainty';
import { formulaSubtree } from './subtree';
import { findNodeId, type MetricNode, type NodeId, type TableId, type Tree } from './types';

export interface SeriesPoint {
	/** Bucket start on the current period's timeline (ISO). */
	start: string;
	/** The same bucket's start in the previous period (the previous series is overlaid by offset). */
	previousStart: string;
	value: number | null;
	previous: number | null;
	/** The current value's 95 % interval (SPEC §4), drawn as a band; null when not assessed. */
	interval: Interval | null;
	/** Whether the bucket differs from the same bucket of the previous period; null when not assessed. */
	significance: Verdict | null;
}

export interface NodeResult {
	id: NodeId;
	value: number | null;
	previous: number | null;
	/** value − previous; null when either is missing. */
	change: number | null;
	/** change ÷ |previous|; null when previous is 0 or missing. */
	relativeChange: number | null;
	status: TargetStatus;
	/** Rows behind a rate, mean or quantile (or a ratio's denominator) per period; null for counts. */
	sample: { current: number | null; previous: number | null } | null;
	/** Why `value` / `previous` is null (null when there is a value). */
	reason: NoValueReason | null;
	previousReason: NoValueReason | null;
	/** n, the 95 % intervals and whether the change is significant, within noise or too few to tell. */
	uncertainty: Uncertainty;
	series: SeriesPoint[];
	/** Anomalous days of the current period (SPEC §4), oldest first. */
	anomalies: Anomaly[];
}

export interface QueryFailure {
	table: TableId;
	kind: QueryKind;
	message: string;
	sql: string;
}

export interface TreeResult {
	nodes: Record<NodeId, NodeResult>;
	/** Queries that failed; their tables' nodes have reason `query_failed`. */
	failures: QueryFailure[];
	/** How many SQL statements the evaluation sent (two per loaded table, whatever the tree's size). */
	queryCount: number;
}

/** Evaluate every node of `tree` for `request`. Throws RequestError for a malformed request. */
export function evaluateTree(
	tree: Tree,
	request: EvaluationRequest,
	runQuery: RunQuery
): Promise<TreeResult> {
	// Stryker disable next-line StringLiteral: every strategy but 'raw' compiles the optimised SQL (table-query.ts)
	return evaluateTreeWith(tree, request, runQuery, 'optimised');
}

/** `evaluateTree` with the SQL strategy chosen: tests compare 'raw' with the default 'optimised'. */
export async function evaluateTreeWith(
	tree: Tree,
	request: EvaluationRequest,
	runQuery: RunQuery,
	strategy: QueryStrategy,
	dialect?: Dialect
): Promise<TreeResult> {
	const checked = checkRequest(request);
	tree = request.nodes ? formulaSubtree(tree, knownNodes(tree, request.nodes)) : tree;
	const periodsOnly = request.periodValuesOnly === true;
	const queries = compileTree(tree, checked, strategy, dialect, { series: !periodsOnly });
	const outcomes = await Promise.all(queries.map((query) => runCompiled(query, runQuery)));
	const tables = new Map<TableId, TableData | NoValueReason>();
	const daily = new Map<TableId, GroupedColumns | NoValueReason>();
	for (const table of checked.tables)
		// Stryker disable next-line ObjectLiteral,StringLiteral: overwritten by the table's statements; a table without them has no node that reads it, and without series statements no bucket is read
		tables.set(table, { aggregate: { code: 'no_data' }, series: { code: 'no_data' } });
	const failures: QueryFailure[] = [];
	for (const [index, query] of queries.entries()) {
		const outcome = outcomes[index]!;
		const data = tables.get(query.table) as TableData;
		if ('failure' in outcome) failures.push(outcome.failure);
		const failed: NoValueReason | null =
			'failure' in outcome ? { code: 'query_failed', detail: outcome.failure.message } : null;
		data[query.kind] = failed ?? (outcome as Rows).rows;
		// Stryker disable next-line ConditionalExpression: a table's aggregate statement comes before its series one, which overwrites its (empty) daily rows
		if (query.kind === 'series') daily.set(query.table, failed ?? (outcome as Rows).daily);
	}
	// Without series statements there are no buckets to fill and no daily rows to check for anomalies.
	const buckets = periodsOnly
		? []
		: bucketStarts(checked.current.startMs, checked.current.endMs, checked.grain);
	const values = computeNodeValues(tree, tables, buckets);
	const grouping = seriesGrouping(checked);
	const anomalies = periodsOnly
		? new Map<NodeId, NodeResult['anomalies']>()
		: nodeAnomalies(tree, daily, checked, dailyStart({ request: checked, grouping })!);
	const nodes = {} as Record<NodeId, NodeResult>;
	for (const node of tree.nodes) {
		nodes[node.id] = {
			...nodeResult(node, values.get(node.id)!, buckets, checked),
			anomalies: anomalies.get(node.id) ?? []
		};
	}
	return { nodes, failures, queryCount: queries.length };
}

/** The request's node ids as the tree's own; a RequestError names the first that is not in the tree. */
function knownNodes(tree: Tree, ids: readonly string[]): NodeId[] {
	return ids.map((raw) => {
		const id = findNodeId(tree, raw);
		if (id === null) throw new RequestError('unknown_node', `The tree has no metric “${raw}”.`);
		return id;
	});
}

/** A query's rows grouped; a series query's daily rows (the anomaly baseline) apart. */
type Rows = { rows: GroupedColumns; daily: GroupedColumns };
type Outcome = Rows | { failure: QueryFailure };

async function runCompiled(query: CompiledQuery, runQuery: RunQuery): Promise<Outcome> {
	try {
		const rows = await runQuery(query.sql);
		// Stryker disable next-line ConditionalExpression: aggregate rows have no bucket and no daily period, so grouping them by bucket gives the same null group
		if (query.kind !== 'series') return { rows: groupRows(rows, null), daily: new Map() };
		const isDaily = (row: Record<string, unknown>) => row.period === DAILY_PERIOD;
		return {
			rows: groupRows(
				rows.filter((row) => !isDaily(row)),
				'bucket'
			),
			daily: groupRows(rows.filter(isDaily), 'bucket')
		};
	} catch (error) {
		// One table's failure must not hide the others' values; it is reported, not swallowed.
		return {
			failure: { table: query.table, kind: query.kind, message: errorMessage(error), sql: query.sql }
		};
	}
}

export function errorMessage(error: unknown): string {
	if (error && typeof error === 'object' && 'userMessage' in error && typeof error.userMessage === 'string') {
		return error.userMessage;
	}
	return error instanceof Error ? error.message : String(error);
}

function nodeResult(
	node: MetricNode,
	values: NodeValues,
	buckets: readonly number[],
	request: CheckedRequest
): Omit<NodeResult, 'anomalies'> {
	const { current, previous } = values;
	const delta = change(current.value, previous.value);
	return {
		id: node.id,
		value: current.value,
		previous: previous.value,
		change: delta.absolute,
		relativeChange: delta.relative,
		status: targetStatus(current.value, node.target, node.direction),
		sample: hasSample(current, previous) ? { current: current.sample, previous: previous.sample } : null,
		reason: current.reason,
		previousReason: previous.reason,
		uncertainty: uncertainty(current, previous),
		series: values.series.map((point, i) => ({
			start: fromEpochMs(buckets[i]!),
			previousStart: fromEpochMs(buckets[i]! - request.shiftMs),
			value: point.current.value,
			previous: point.previous.value,
			interval: valueInterval(point.current),
			significance:
				// Stryker disable next-line LogicalOperator: a bucket's two measures have evidence or lack it together (by node kind; a count ratio's inputs never lack a value in one period only)
				point.current.evidence && point.previous.evidence
					? compare(point.previous.evidence, point.current.evidence)
					: null
		}))
	};
}

function hasSample(current: Measure, previous: Measure): boolean {
	return current.sample !== null || previous.sample !== null;
}

/**
 * What the app asks of a metric tree, whichever engine answers: the browser's DuckDB-WASM (through SQL it
 * runs itself) or a Northstar server (which runs the same compiler on native DuckDB).
 */
import { breakdown, type Breakdown } from './breakdown';
import { evaluateTreeWith, type TreeResult } from './evaluate';
import { dimensionCatalog, type Dimension, type ExtraDimensions } from './dimensions';
import { dimensionBreakdowns, type DimensionBreakdown, type TargetRequest } from './explain';
import type { EvaluationRequest } from './request';
import type { RunQuery } from './rows';
import { duckdb, type Dialect } from './sql/dialect';
import { dimensionValuesSql } from './sql/dimension-values';
import type { NodeId, TableId, Tree } from './types';

export interface DimensionValue {
	value: string;
	rows: number;
}

export interface TreeQueries {
	evaluate(request: EvaluationRequest): Promise<TreeResult>;
	breakdown(node: NodeId, dimension: Dimension | string, request: EvaluationRequest): Promise<Breakdown>;
	/** Each target broken down by each of its dimensions, one statement per table ("What changed"). */
	dimensionBreakdowns(
		targets: readonly TargetRequest[],
		request: EvaluationRequest
	): Promise<DimensionBreakdown[]>;
	/** The values of `dimension` in `table` (one of the loaded data's, see `extra`), most frequent first. */
	dimensionValues(
		table: TableId,
		dimension: Dimension | string,
		extra?: ExtraDimensions
	): Promise<DimensionValue[]>;
}

/**
 * The tree's queries compiled here and run through `run` (the browser engine, or native DuckDB on a server).
 * `treeInUse` may be a getter, read at each query: the app's tree changes when a target is edited in place.
 */
export function sqlTreeQueries(
	treeInUse: Tree | (() => Tree),
	run: () => Promise<RunQuery>,
	dialect: Dialect = duckdb
): TreeQueries {
	const current = typeof treeInUse === 'function' ? treeInUse : () => treeInUse;
	return {
		async evaluate(request) {
			return evaluateTreeWith(current(), request, await run(), 'optimised', dialect);
		},
		async breakdown(node, dimension, request) {
			return breakdown(current(), node, dimension, request, await run(), dialect);
		},
		async dimensionBreakdowns(targets, request) {
			return dimensionBreakdowns(current(), targets, request, await run(), dialect);
		},
		async dimensionValues(table, dimension, extra) {
			const rows = await (await run())(dimensionValuesSql(dimensionCatalog(extra), table, dimension));
			return rows.map((r) => ({ value: String(r.value), rows: Number(r.rows) }));
		}
	};
}

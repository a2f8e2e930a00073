/**
 * Every node's anomalous days in the current period, from the daily rows the series queries return
 * (period `daily`, see table-query.ts): leaves from their columns, formulas computed day by day.
 */
import {
	findAnomalies,
	quantileUnitError,
	type Anomaly,
	type DailyPoint,
	type SamplingModel
} from './anomalies';
import { ratioShape } from './formula-evaluate';
import { NO_DATA, type NoValueReason } from './measure';
import { computeNodeValues, type TableData } from './node-values';
import { bucketStarts, toEpochMs } from './period';
import type { CheckedRequest } from './request';
import type { GroupedColumns } from './rows';
import { partAlias, quantileNeighbours } from './sql/aggregates';
import { isFormulaNode, type MetricNode, type NodeId, type TableId, type Tree } from './types';

const DAY_MS = 86_400_000;

/** How a node's daily value varies by sampling alone (SPEC §4; see anomalies.ts). */
export function samplingModel(node: MetricNode, byId: ReadonlyMap<NodeId, MetricNode>): SamplingModel {
	const d = node.definition;
	switch (d.kind) {
		case 'count':
		case 'count_distinct':
		case 'snapshot':
			return 'count';
		case 'share':
		case 'repeat':
		case 'distinct_share':
			return 'share';
		case 'mean':
			return 'mean';
		case 'quantile':
			return 'quantile';
		case 'sum':
			return 'none';
		case 'formula': {
			const shape = ratioShape(d.ast);
			const isCount = (id: NodeId) => {
				const input = byId.get(id);
				return input !== undefined && samplingModel(input, byId) === 'count';
			};
			return shape && isCount(shape.numerator) && isCount(shape.denominator) ? 'ratio' : 'none';
		}
	}
}

/** The daily rows of each table (or why there are none); keys are day starts in epoch ms. */
export type DailyTables = ReadonlyMap<TableId, GroupedColumns | NoValueReason>;

/** Sample standard deviation of a mean node's observations on one day, from its sum, n and sum of squares. */
function dailySd(
	node: MetricNode,
	rows: GroupedColumns | NoValueReason | undefined,
	day: number
): number | null {
	if (!(rows instanceof Map)) return null;
	const columns = rows.get(day)?.current;
	const get = (part: 'sum' | 'n' | 'sumsq') => columns?.[partAlias(node.id, part)] ?? null;
	const [sum, n, sumsq] = [get('sum'), get('n'), get('sumsq')];
	if (sum === null || n === null || sumsq === null || n < 2) return null;
	return Math.sqrt(Math.max(0, (sumsq - (sum * sum) / n) / (n - 1)));
}

/** A quantile node's sampling error × √n on one day, from the quantiles either side (aggregates.ts). */
function dailyQuantileError(node: MetricNode, rows: GroupedColumns | NoValueReason | undefined, day: number) {
	const d = node.definition;
	if (d.kind !== 'quantile' || !(rows instanceof Map)) return null;
	const columns = rows.get(day)?.current;
	const get = (part: 'lo' | 'hi') => columns?.[partAlias(node.id, part)] ?? null;
	const [lo, hi] = [get('lo'), get('hi')];
	if (lo === null || hi === null) return null;
	const [qLo, qHi] = quantileNeighbours(d.q);
	return quantileUnitError(d.q, lo, hi, (qHi - qLo) / 2);
}

/**
 * The anomalies of every node in the current period. Days of the lookback before a table's first row
 * have no value (its data starts later), so a year's first weeks are not judged against empty days.
 */
export function nodeAnomalies(
	tree: Tree,
	daily: DailyTables,
	request: CheckedRequest,
	firstDay: string
): Map<NodeId, Anomaly[]> {
	const firstMs = toEpochMs(firstDay);
	const days = bucketStarts(firstMs, request.current.endMs, 'day');
	const tables = new Map<TableId, TableData | NoValueReason>();
	for (const [table, rows] of daily) {
		if (!(rows instanceof Map)) {
			tables.set(table, rows);
			continue;
		}
		const keys = [...rows.keys()].filter((k): k is number => typeof k === 'number');
		// No rows at all: Math.min() is Infinity, so every day is before the table's first.
		tables.set(table, { aggregate: NO_DATA, series: rows, since: Math.min(...keys) });
	}
	const values = computeNodeValues(tree, tables, days);
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	// The first judged day: the current period's first whole day.
	const fromIndex = Math.ceil((request.current.startMs - firstMs) / DAY_MS);
	const result = new Map<NodeId, Anomaly[]>();
	for (const node of tree.nodes) {
		const model = samplingModel(node, byId);
		const shape = isFormulaNode(node) ? ratioShape(node.definition.ast) : null;
		const numerator = model === 'ratio' && shape ? values.get(shape.numerator) : undefined;
		const rows = isFormulaNode(node) ? undefined : daily.get(node.table);
		const points: DailyPoint[] = values.get(node.id)!.series.map((point, i) => ({
			value: point.current.value,
			n: model === 'count' || model === 'ratio' ? null : point.current.sample,
			unitError:
				model === 'mean'
					? dailySd(node, rows, days[i]!)
					: model === 'quantile'
						? dailyQuantileError(node, rows, days[i]!)
						: null,
			numerator: numerator?.series[i]?.current.value ?? null
		}));
		result.set(node.id, findAnomalies(model, node.direction, points, firstMs, fromIndex));
	}
	return result;
}

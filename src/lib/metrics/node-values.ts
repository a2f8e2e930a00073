/** Every node's measures for both periods and every bucket: leaves from query rows, formulas in TypeScript. */
import { formulaRefs } from './formula';
import { evaluateFormula, ratioShape, type RatioShape } from './formula-evaluate';
import { NO_DATA, leafMeasure, missing, type Measure, type NoValueReason } from './measure';
import type { GroupedColumns, PeriodName } from './rows';
import type { Evidence } from './significance';
import {
	isFormulaNode,
	type FormulaNode,
	type LeafNode,
	type NodeId,
	type TableId,
	type Tree
} from './types';

export type PeriodMeasures = Record<PeriodName, Measure>;

export interface NodeValues extends PeriodMeasures {
	/** One entry per bucket of the current period; `previous` is the previous period shifted onto it. */
	series: PeriodMeasures[];
}

/**
 * A table's query results, or why there are none. Series buckets before `since` have no value (the
 * data starts later); without it an empty bucket is an empty day (0 tickets).
 */
export type TableData = {
	aggregate: GroupedColumns | NoValueReason;
	series: GroupedColumns | NoValueReason;
	since?: number;
};

function both(f: (period: PeriodName) => Measure): PeriodMeasures {
	return { current: f('current'), previous: f('previous') };
}

function isReason(data: GroupedColumns | NoValueReason): data is NoValueReason {
	return !(data instanceof Map);
}

export function leafValues(
	node: LeafNode,
	data: TableData | NoValueReason,
	buckets: readonly number[]
): NodeValues {
	if (!('aggregate' in data)) {
		const absent = both(() => missing(data));
		return { ...absent, series: buckets.map(() => absent) };
	}
	const { aggregate, series, since } = data;
	const totals = isReason(aggregate)
		? both(() => missing(aggregate))
		: both((p) => leafMeasure(node, aggregate.get(null)?.[p]));
	const points = leafSeries(node, series, buckets);
	// Stryker disable next-line ConditionalExpression: no bucket is < undefined, so every point is kept either way
	if (since === undefined) return { ...totals, series: points };
	return {
		...totals,
		series: points.map((point, i) => (buckets[i]! < since ? both(() => missing(NO_DATA)) : point))
	};
}

function leafSeries(
	node: LeafNode,
	series: GroupedColumns | NoValueReason,
	buckets: readonly number[]
): PeriodMeasures[] {
	if (isReason(series)) return buckets.map(() => both(() => missing(series)));
	if (node.definition.kind !== 'snapshot') {
		return buckets.map((ms) => both((p) => leafMeasure(node, series.get(ms)?.[p])));
	}
	// A snapshot bucket holds the changes within it; the open count at its end is their running total.
	const alias = `${node.id}.change`;
	const running: Record<PeriodName, number> = { current: 0, previous: 0 };
	return buckets.map((ms) =>
		both((p) => {
			running[p] += series.get(ms)?.[p]?.[alias] ?? 0;
			return { value: running[p], sample: null, reason: null };
		})
	);
}

/** A formula's measure from its inputs' measures: no value when an input has none (with its reason) or on ÷ 0. */
export function formulaMeasure(node: FormulaNode, measureOf: (id: NodeId) => Measure): Measure {
	const { ast } = node.definition;
	const result = evaluateFormula(ast, (id) => measureOf(id).value);
	const shape = ratioShape(ast);
	const sample = shape ? measureOf(shape.denominator).value : null;
	const evidence = shape
		? ratioEvidence(node, shape, measureOf(shape.numerator), measureOf(shape.denominator))
		: null;
	if (result.value !== null) return { value: result.value, sample, reason: null, evidence };
	if (result.gap === 'no_denominator') return { ...missing(NO_DATA, sample), evidence };
	const gap = formulaRefs(ast)
		.map(measureOf)
		.find((m) => m.value === null);
	// Stryker disable next-line OptionalChaining: evaluateFormula reports a missing input only when one of the refs has no value
	return missing(gap?.reason ?? NO_DATA, sample);
}

/**
 * A ratio of two counts (SPEC §4 "Uncertainty"): a percentage whose numerator cannot exceed its
 * denominator (conversion: orders of visits) is a share; any other (tickets per 100 orders, orders per
 * customer) is a Poisson rate with the denominator as exposure. Null for ratios of other kinds.
 */
function ratioEvidence(node: FormulaNode, shape: RatioShape, num: Measure, den: Measure): Evidence | null {
	if (num.evidence?.kind !== 'count' || den.evidence?.kind !== 'count') return null;
	const n = num.evidence.n;
	const d = den.evidence.n;
	if (node.format === 'percent' && n <= d) return { kind: 'share', num: n, den: d, scale: shape.scale };
	return { kind: 'rate', num: n, exposure: d, scale: shape.scale };
}

/** Compute all nodes; formulas recursively over their inputs (the tree checks rule out cycles). */
export function computeNodeValues(
	tree: Tree,
	tables: ReadonlyMap<TableId, TableData | NoValueReason>,
	buckets: readonly number[]
): Map<NodeId, NodeValues> {
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	const values = new Map<NodeId, NodeValues>();
	const valuesOf = (id: NodeId): NodeValues => {
		const done = values.get(id);
		// Stryker disable next-line ConditionalExpression: a memo only; computing a node again gives the same values
		if (done) return done;
		const node = byId.get(id)!;
		const computed = isFormulaNode(node)
			? formulaValues(node, valuesOf, buckets.length)
			: leafValues(node, tables.get(node.table) ?? { code: 'table_not_loaded' }, buckets);
		values.set(id, computed);
		return computed;
	};
	for (const node of tree.nodes) valuesOf(node.id);
	return values;
}

function formulaValues(node: FormulaNode, valuesOf: (id: NodeId) => NodeValues, length: number): NodeValues {
	const totals = both((p) => formulaMeasure(node, (id) => valuesOf(id)[p]));
	const series = Array.from({ length }, (_, i) =>
		// Stryker disable next-line OptionalChaining: every node's series has one point per bucket
		both((p) => formulaMeasure(node, (id) => valuesOf(id).series[i]?.[p] ?? missing(NO_DATA)))
	);
	return { ...totals, series };
}

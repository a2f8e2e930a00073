/** A node broken down by a dimension: its value per dimension value in both periods, and how they explain its change. */
import type { Dialect } from './sql/dialect';
import { planBreakdown, type BreakdownPlan } from './breakdown-plan';
import { notDecomposed, type Decomposition } from './contribution';
import { additiveSplit, mixRateSplit, ratioSplit } from './decompose';
import { leafMeasure, type Measure } from './measure';
import { computeNodeValues, type TableData } from './node-values';
import { checkRequest, type EvaluationRequest } from './request';
import { groupRows, type Columns, type GroupedColumns, type PeriodName, type RunQuery } from './rows';
import { partAlias, type Part } from './sql/aggregates';
import { change } from './status';
import type { Dimension } from './dimensions';
import { uncertainty, type Uncertainty } from './uncertainty';
import type { LeafNode, NodeId, TableId, Tree } from './types';

export interface BreakdownRow {
	/** The dimension value; null for rows where the dimension is missing. */
	value: string | null;
	current: number | null;
	previous: number | null;
	change: number | null;
	/** Rows behind a rate, mean or quantile per period; null for counts. */
	sample: { current: number | null; previous: number | null } | null;
	/** n, the 95 % intervals and the verdict on this value's own change (SPEC §4). */
	uncertainty: Uncertainty;
}

export interface Breakdown {
	node: NodeId;
	dimension: Dimension;
	/**
	 * `leaf`: each row is the metric over that value's rows (its sample is its own);
	 * `ratio`: each row is that value's part of the numerator over the whole denominator (the shared sample).
	 */
	shape: 'leaf' | 'ratio';
	/** Sorted by dimension value, the missing value last. */
	rows: BreakdownRow[];
	/** How the node's change splits across the dimension's values (SPEC §4). */
	decomposition: Decomposition;
	queryCount: number;
}

/**
 * Break `nodeId` down by `dimension` (one query for a leaf node; for a ratio formula one more per
 * table its denominator reads). Throws RequestError when the node cannot be broken down that way.
 */
export async function breakdown(
	tree: Tree,
	nodeId: NodeId,
	dimension: string,
	request: EvaluationRequest,
	runQuery: RunQuery,
	dialect?: Dialect
): Promise<Breakdown> {
	const plan = planBreakdown(tree, nodeId, dimension, checkRequest(request), dialect);
	const grouped = groupRows(await runQuery(plan.grouped.sql), 'dimension_value');
	const base = { node: nodeId, dimension: plan.dimension, shape: plan.kind };
	if (plan.kind === 'leaf') {
		return { ...base, ...leafBreakdown(plan.node, grouped), queryCount: 1 };
	}
	const denominator = await denominatorMeasures(plan, runQuery);
	return { ...base, ...ratioBreakdown(plan, grouped, denominator), queryCount: 1 + plan.denominator.length };
}

type Group = { value: string | null; columns: Record<PeriodName, Columns> };

function sortedGroups(grouped: GroupedColumns): Group[] {
	return [...grouped]
		.map(([value, columns]) => ({ value: value === null ? null : String(value), columns }))
		.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value)));
}

function row(value: string | null, current: Measure, previous: Measure): BreakdownRow {
	const hasSample = current.sample !== null || previous.sample !== null;
	return {
		value,
		current: current.value,
		previous: previous.value,
		change: change(current.value, previous.value).absolute,
		sample: hasSample ? { current: current.sample, previous: previous.sample } : null,
		uncertainty: uncertainty(current, previous)
	};
}

/** A leaf's rows and decomposition from its grouped aggregates (also used by "What changed"). */
export function leafBreakdown(
	node: LeafNode,
	grouped: GroupedColumns
): Pick<Breakdown, 'rows' | 'decomposition'> {
	const groups = sortedGroups(grouped);
	const rows = groups.map((g) =>
		row(g.value, leafMeasure(node, g.columns.current), leafMeasure(node, g.columns.previous))
	);
	return { rows, decomposition: leafDecomposition(node, groups) };
}

function leafDecomposition(node: LeafNode, groups: readonly Group[]): Decomposition {
	const part = (g: Group, name: Part) => ({
		before: g.columns.previous[partAlias(node.id, name)] ?? 0,
		after: g.columns.current[partAlias(node.id, name)] ?? 0
	});
	const kind = node.definition.kind;
	switch (kind) {
		case 'count':
		case 'sum':
		case 'snapshot': {
			const split = additiveSplit(groups.map((g) => ({ key: g.value, ...part(g, 'value') })));
			const contributions = split.parts.map((p) => ({
				kind: 'value' as const,
				value: p.key,
				amount: p.amount
			}));
			return { status: 'exact', method: 'additive', change: split.change, contributions };
		}
		case 'share':
		case 'repeat':
		case 'mean': {
			const [good, total, scale]: [Part, Part, number] =
				kind === 'mean' ? ['sum', 'n', 1] : ['num', 'den', 100];
			const split = mixRateSplit(
				groups.map((g) => ({ key: g.value, good: part(g, good), total: part(g, total) })),
				scale
			);
			if (!split) return notDecomposed('no_value');
			const contributions = split.parts.map((p) => ({
				kind: 'mix_rate' as const,
				value: p.key,
				amount: p.amount,
				mix: p.mix,
				rate: p.rate
			}));
			return { status: 'exact', method: 'mix_rate', change: split.change, contributions };
		}
		case 'quantile':
			return notDecomposed('quantile');
		case 'count_distinct':
		case 'distinct_share':
			return notDecomposed('distinct');
	}
}

type PeriodValues = Record<PeriodName, number | null>;

/** The denominator's value in both periods, from its own aggregate queries. */
async function denominatorMeasures(
	plan: Extract<BreakdownPlan, { kind: 'ratio' }>,
	runQuery: RunQuery
): Promise<PeriodValues> {
	const tables = new Map<TableId, TableData>();
	for (const query of plan.denominator) {
		tables.set(query.table, {
			aggregate: groupRows(await runQuery(query.sql), null),
			// Stryker disable next-line ObjectLiteral,StringLiteral: no buckets are asked for, so no series is read
			series: { code: 'no_data' }
		});
	}
	// Stryker disable ArrayDeclaration: the values read neither edges nor series buckets
	const values = computeNodeValues(
		{ version: 1, root: plan.shape.denominator, nodes: plan.nodes, edges: [] },
		tables,
		[]
	);
	// Stryker restore ArrayDeclaration
	const measures = values.get(plan.shape.denominator)!;
	return { current: measures.current.value, previous: measures.previous.value };
}

function ratioBreakdown(
	plan: Extract<BreakdownPlan, { kind: 'ratio' }>,
	grouped: GroupedColumns,
	denominator: PeriodValues
): Pick<Breakdown, 'rows' | 'decomposition'> {
	const { numerator, shape } = plan;
	const groups = sortedGroups(grouped);
	const part = (g: Group, period: PeriodName) => leafMeasure(numerator, g.columns[period]).value ?? 0;
	const ratio = (g: Group, period: PeriodName): Measure => {
		const d = denominator[period];
		// Stryker disable next-line ObjectLiteral,StringLiteral: a breakdown row keeps no reason
		if (d === null || d === 0) return { value: null, sample: d, reason: { code: 'no_data' } };
		return {
			value: (shape.scale * part(g, period)) / d,
			sample: d,
			reason: null,
			// The value's part of the numerator, a Poisson count over the whole denominator.
			evidence: { kind: 'rate', num: part(g, period), exposure: d, scale: shape.scale }
		};
	};
	const rows = groups.map((g) => row(g.value, ratio(g, 'current'), ratio(g, 'previous')));
	const { current: d1, previous: d0 } = denominator;
	const split =
		d0 === null || d1 === null
			? null
			: ratioSplit(
					groups.map((g) => ({ key: g.value, before: part(g, 'previous'), after: part(g, 'current') })),
					{ before: d0, after: d1 },
					shape.scale
				);
	if (!split) return { rows, decomposition: notDecomposed('no_value') };
	const contributions = [
		...split.parts.map((p) => ({ kind: 'value' as const, value: p.key, amount: p.amount })),
		{ kind: 'denominator' as const, node: shape.denominator, amount: split.denominatorEffect }
	];
	return { rows, decomposition: { status: 'exact', method: 'ratio', change: split.change, contributions } };
}

/**
 * "What changed" (SPEC §5.4): a node's change explained automatically.
 *
 * 1. Down the formula edges: each formula child's exact share of the change (child-contributions.ts),
 *    carried into the explained node's units, followed further while the child is itself a formula.
 * 2. Across every dimension of the table under each child that carries a share: the child's change
 *    split by dimension value (breakdown.ts, exact), scaled into the explained node's units, and the
 *    dimension that explains the most with the fewest values chosen (`scoreDimension`).
 * 3. Driver children that moved significantly the same way — worse with a worse parent, better with
 *    a better one (the node's `direction` says which way is good) — listed as supporting evidence.
 *
 * Pure: the values come from an evaluated tree and from one `dimensions` query per table
 * (`dimensionBreakdowns`), so the panel costs one statement per table beyond the tree itself.
 */
import { breakdownSource } from './breakdown-plan';
import { leafBreakdown, type BreakdownRow } from './breakdown';
import { childContributions } from './child-contributions';
import type { Decomposition } from './contribution';
import type { TreeResult } from './evaluate';
import { checkRequest, type CheckedRequest, type EvaluationRequest } from './request';
import { groupRows, type RunQuery } from './rows';
import type { Verdict } from './significance';
import type { Dialect } from './sql/dialect';
import { tableQuery } from './sql/table-query';
import { parseFilterKey, type Dimension } from './dimensions';
import {
	isFormulaNode,
	type FormulaRole,
	type LeafNode,
	type NodeId,
	type TableId,
	type Tree
} from './types';

/** A formula child with less than this share of the change is listed but not explained further. */
export const SHARE_TO_FOLLOW = 0.05;
/** A dimension's top values "explain" the change once they add up to this share of it… */
export const EXPLAINED_ENOUGH = 0.8;
/** …or when this many values have been taken, whichever comes first. */
export const MAX_PARTS = 3;

/** The leaf kinds whose change splits exactly by dimension value (SPEC §4). */
const DECOMPOSABLE = new Set(['count', 'sum', 'share', 'mean', 'repeat']);

export interface ExplainTarget {
	node: NodeId;
	table: TableId;
	/** The dimensions its table can be split by, less those the view filters to chosen values. */
	dimensions: Dimension[];
}

/** A target as a caller (or a server's client) names it: its dimensions are checked against the catalog. */
export interface TargetRequest {
	node: NodeId;
	table: TableId;
	dimensions: readonly string[];
}

/** One dimension value's share of a node's change, in the explained node's units. */
export interface DimensionPart {
	value: string | null;
	amount: number;
	/** Is this value's own change real (its rows' significance test)? */
	verdict: Verdict | null;
}

export interface DimensionScore {
	dimension: Dimension;
	/** How many values are named. */
	count: number;
	/** Their sum ÷ the node's contribution (1 = all of it; above 1 when other values moved the other way). */
	explained: number;
	/** min(explained, 1) ÷ count: all of the change in one value scores 1. */
	score: number;
}

export interface DimensionExplanation extends DimensionScore {
	/** The named values, largest first. */
	parts: DimensionPart[];
	/** The other dimensions, best first. */
	others: DimensionScore[];
}

/** A node on the explained path: its share of the explained node's change. */
export interface ExplainStep {
	node: NodeId;
	/** The formula parent it contributes to (null for the explained node itself). */
	parent: NodeId | null;
	role: FormulaRole | null;
	depth: number;
	/** Its contribution to the explained node's change, in the explained node's units. */
	amount: number;
	/** Its own change and whether that change is real. */
	change: number | null;
	verdict: Verdict | null;
	/** The dimension values behind it, when its table splits it. */
	dimension: DimensionExplanation | null;
}

export interface SupportingDriver {
	node: NodeId;
	/** The node on the path it drives. */
	parent: NodeId;
	change: number;
}

export type ExplanationStatus =
	/** The change is split into steps and values. */
	| 'explained'
	/** No change (or none on screen) to explain. */
	| 'unchanged'
	/** No value in one of the periods. */
	| 'no_value'
	/** Neither formula children nor dimension values split it (a median, a distinct count…). */
	| 'not_decomposed';

export interface Explanation {
	node: NodeId;
	status: ExplanationStatus;
	change: number | null;
	verdict: Verdict | null;
	/** The explained node first when it is split by value itself, then its formula children depth-first, largest first. */
	steps: ExplainStep[];
	evidence: SupportingDriver[];
}

/** A node's breakdown by one dimension (rows and exact decomposition), as `dimensionBreakdowns` returns it. */
export interface DimensionBreakdown {
	node: NodeId;
	dimension: Dimension;
	rows: BreakdownRow[];
	decomposition: Decomposition;
}

interface PlannedStep extends Omit<ExplainStep, 'dimension'> {
	/** Explained-node units per unit of this node's change (null when it did not change). */
	factor: number | null;
	target: ExplainTarget | null;
}

/** Which nodes "What changed" splits by dimension, and how each reaches the explained node. */
export interface ExplainPlan {
	node: NodeId;
	status: ExplanationStatus;
	steps: PlannedStep[];
}

export function explainPlan(
	tree: Tree,
	result: TreeResult,
	nodeId: NodeId,
	request: EvaluationRequest
): ExplainPlan {
	const checked = checkRequest(request);
	const self = result.nodes[nodeId];
	if (!self || self.change === null) return { node: nodeId, status: 'no_value', steps: [] };
	if (self.change === 0) return { node: nodeId, status: 'unchanged', steps: [] };
	const followFrom = SHARE_TO_FOLLOW * Math.abs(self.change);
	const steps: PlannedStep[] = [];
	const visit = (
		id: NodeId,
		parent: NodeId | null,
		role: FormulaRole | null,
		amount: number,
		depth: number
	) => {
		const node = result.nodes[id];
		const change = node?.change ?? null;
		const base = {
			node: id,
			parent,
			role,
			depth,
			amount,
			change,
			verdict: node?.uncertainty.verdict ?? null
		};
		// A child with too small a share is listed, not followed.
		if (parent !== null && Math.abs(amount) < followFrom) {
			steps.push({ ...base, factor: null, target: null });
			return;
		}
		const factor = change ? amount / change : null;
		const split = childContributions(tree, result, id);
		steps.push({
			...base,
			factor,
			target: split.status === 'exact' ? null : explainTarget(tree, id, checked)
		});
		if (split.status !== 'exact' || factor === null) return;
		split.contributions
			.flatMap((c) => (c.kind === 'child' ? [{ ...c, amount: c.amount * factor }] : []))
			.sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
			.forEach((child) => visit(child.node, id, child.role, child.amount, depth + 1));
	};
	visit(nodeId, null, null, self.change, 0);
	const split = steps.length > 1 || steps[0]!.target !== null;
	return { node: nodeId, status: split ? 'explained' : 'not_decomposed', steps };
}

/** A leaf whose change splits by value, with the dimensions to split it by; null otherwise. */
function explainTarget(tree: Tree, id: NodeId, request: CheckedRequest): ExplainTarget | null {
	const node = tree.nodes.find((n) => n.id === id);
	if (!node || isFormulaNode(node) || !DECOMPOSABLE.has(node.definition.kind)) return null;
	if (!request.tables.has(node.table)) return null;
	const source = breakdownSource(tree, id, request.dimensions);
	if (!source) return null;
	// A dimension filtered to chosen values explains nothing: its values are the filter.
	const filtered = new Set(
		[...request.filters.keys()]
			.map((key) => parseFilterKey(request.dimensions, key))
			.filter((f) => f !== null && (f.table ?? node.table) === node.table)
			.map((f) => f!.dimension)
	);
	const dimensions = source.dimensions.filter((d) => !filtered.has(d));
	return dimensions.length > 0 ? { node: id, table: node.table, dimensions } : null;
}

/** The targets of a plan. */
export function explainTargets(plan: { steps: readonly PlannedStep[] }): ExplainTarget[] {
	return plan.steps.flatMap((s) => (s.target ? [s.target] : []));
}

/**
 * Every target broken down by every one of its dimensions: one statement per table (a `dimensions`
 * grouping), whatever the number of dimensions and values.
 */
export async function dimensionBreakdowns(
	tree: Tree,
	targets: readonly TargetRequest[],
	request: EvaluationRequest,
	runQuery: RunQuery,
	dialect?: Dialect
): Promise<DimensionBreakdown[]> {
	const checked = checkRequest(request);
	const byTable = new Map<TableId, { nodes: LeafNode[]; dimensions: Set<string> }>();
	for (const target of targets) {
		const node = tree.nodes.find((n) => n.id === target.node);
		if (!node || isFormulaNode(node)) continue;
		const entry = byTable.get(target.table) ?? { nodes: [], dimensions: new Set<string>() };
		entry.nodes.push(node);
		target.dimensions.forEach((d) => entry.dimensions.add(d));
		byTable.set(target.table, entry);
	}
	const out: DimensionBreakdown[] = [];
	for (const [table, { nodes, dimensions }] of byTable) {
		// In the table's own dimension order, so the statement is the same for the same targets.
		// Names the loaded data does not have are left out (a target is also wire input on a server).
		const ordered = checked.dimensions.tables[table].filter((d) => dimensions.has(d));
		if (ordered.length === 0) continue;
		const sql = tableQuery({
			table,
			nodes,
			request: checked,
			grouping: { kind: 'dimensions', dimensions: ordered },
			dialect
		});
		const rows = await runQuery(sql);
		for (const dimension of ordered) {
			const grouped = groupRows(
				rows.filter((r) => r.dimension_name === dimension),
				'dimension_value'
			);
			for (const node of nodes) {
				const target = targets.find((t) => t.node === node.id);
				if (!target?.dimensions.includes(dimension)) continue;
				out.push({ node: node.id, dimension, ...leafBreakdown(node, grouped) });
			}
		}
	}
	return out;
}

/**
 * How well a dimension explains a change of `total`: take its values in the direction of the change,
 * largest first, until they add up to EXPLAINED_ENOUGH of it or MAX_PARTS are taken (or, if they
 * never reach it, the count that explains the most). Score = min(explained, 1) ÷ count — one value
 * carrying the whole change scores 1; three values sharing it score ⅓; ties go to the larger share.
 */
export function scoreDimension(
	amounts: readonly number[],
	total: number
): { count: number; explained: number; score: number } {
	const sign = Math.sign(total);
	const toward = amounts
		.map((a) => a * sign)
		.filter((a) => a > 0)
		.sort((a, b) => b - a);
	if (total === 0 || toward.length === 0) return { count: 0, explained: 0, score: 0 };
	let best = { count: 0, explained: 0 };
	let sum = 0;
	for (let k = 1; k <= Math.min(MAX_PARTS, toward.length); k++) {
		sum += toward[k - 1]!;
		const explained = sum / Math.abs(total);
		if (explained > best.explained) best = { count: k, explained };
		if (explained >= EXPLAINED_ENOUGH) {
			best = { count: k, explained };
			break;
		}
	}
	return { ...best, score: Math.min(best.explained, 1) / best.count };
}

/** A node's best dimension and its named values, in the explained node's units (× factor). */
export function explainByDimension(
	breakdowns: readonly DimensionBreakdown[],
	node: NodeId,
	factor: number
): DimensionExplanation | null {
	const candidates = breakdowns
		.filter((b) => b.node === node && b.decomposition.status === 'exact')
		.map((b) => {
			const decomposition = b.decomposition as Extract<Decomposition, { status: 'exact' }>;
			const parts: DimensionPart[] = decomposition.contributions.flatMap((c) =>
				c.kind === 'value' || c.kind === 'mix_rate'
					? [
							{
								value: c.value,
								amount: c.amount * factor,
								verdict: b.rows.find((r) => r.value === c.value)?.uncertainty.verdict ?? null
							}
						]
					: []
			);
			const total = decomposition.change * factor;
			const scored = scoreDimension(
				parts.map((p) => p.amount),
				total
			);
			const sign = Math.sign(total);
			const named = [...parts]
				.filter((p) => p.amount * sign > 0)
				.sort((a, b) => b.amount * sign - a.amount * sign)
				.slice(0, scored.count);
			return { dimension: b.dimension, ...scored, parts: named };
		})
		.filter((c) => c.count > 0)
		.sort((a, b) => b.score - a.score || b.explained - a.explained);
	const [best, ...rest] = candidates;
	if (!best) return null;
	return {
		...best,
		others: rest.map(({ dimension, count, explained, score }) => ({ dimension, count, explained, score }))
	};
}

/** Driver children of the path's nodes that moved significantly the same way as the node they drive. */
export function supportingDrivers(
	tree: Tree,
	result: TreeResult,
	path: readonly NodeId[]
): SupportingDriver[] {
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	// +1 when a change is good news for the node, −1 when bad.
	const news = (id: NodeId, change: number) =>
		Math.sign(change) * (byId.get(id)?.direction === 'up' ? 1 : -1);
	const out: SupportingDriver[] = [];
	for (const parent of path) {
		const parentChange = result.nodes[parent]?.change;
		if (!parentChange) continue;
		for (const edge of tree.edges) {
			if (edge.type !== 'driver' || edge.parent !== parent) continue;
			const child = result.nodes[edge.child];
			if (!child?.change || child.uncertainty.verdict !== 'significant') continue;
			if (news(edge.child, child.change) !== news(parent, parentChange)) continue;
			out.push({ node: edge.child, parent, change: child.change });
		}
	}
	return out;
}

/** The whole explanation of a plan's node, from the evaluated tree and the plan's dimension breakdowns. */
export function explain(
	tree: Tree,
	result: TreeResult,
	plan: ExplainPlan,
	breakdowns: readonly DimensionBreakdown[]
): Explanation {
	const self = result.nodes[plan.node];
	const steps: ExplainStep[] = plan.steps.map(({ factor, target, ...step }) => ({
		...step,
		dimension: target && factor !== null ? explainByDimension(breakdowns, step.node, factor) : null
	}));
	// The explained node is a step only when it is split by value itself.
	const shown = steps.filter((s) => s.parent !== null || s.dimension !== null);
	const followed = plan.steps.filter((s) => s.factor !== null).map((s) => s.node);
	return {
		node: plan.node,
		status: plan.status,
		change: self?.change ?? null,
		verdict: self?.uncertainty.verdict ?? null,
		steps: shown,
		evidence: plan.status === 'explained' ? supportingDrivers(tree, result, followed) : []
	};
}

/** How a formula node's change splits across its formula children (SPEC §4), from an evaluated tree. */
import { notDecomposed, type Contribution, type Decomposition } from './contribution';
import { lmdiSplit, sequentialSplit, type PartValues } from './decompose';
import type { TreeResult } from './evaluate';
import { evaluateFormula } from './formula-evaluate';
import { RequestError } from './request';
import type { Edge, NodeId, Tree } from './types';

type FormulaEdge = Extract<Edge, { type: 'formula' }>;

/** Relative tolerance for "the product of the factors is the parent" (both come from separate aggregates). */
const PRODUCT_TOLERANCE = 1e-9;

/** The contributions of `nodeId`'s formula children to its change between the two periods. */
export function childContributions(tree: Tree, result: TreeResult, nodeId: NodeId): Decomposition {
	const node = tree.nodes.find((n) => n.id === nodeId);
	if (!node) throw new RequestError('unknown_node', `The tree has no metric “${nodeId}”.`);
	const edges = tree.edges.filter((e): e is FormulaEdge => e.parent === nodeId && e.type === 'formula');
	if (edges.length === 0) return notDecomposed('no_formula_children');
	const parent = result.nodes[nodeId];
	const inputs = edges.map((e) => ({
		key: e.child,
		before: result.nodes[e.child]?.previous,
		after: result.nodes[e.child]?.value
	}));
	if (parent?.change == null || inputs.some((i) => i.before == null || i.after == null))
		return notDecomposed('no_value');
	const values = inputs as PartValues<NodeId>[];
	const roleOf = new Map(edges.map((e) => [e.child, e.role]));
	const child = (key: NodeId, amount: number): Contribution => ({
		kind: 'child',
		node: key,
		role: roleOf.get(key)!,
		amount
	});

	// Stryker disable next-line MethodExpression: a validated tree never mixes factor with other roles (graph-checks.ts)
	if (edges.every((e) => e.role === 'factor')) {
		if (!isProduct(parent.value!, values, 'after') || !isProduct(parent.previous!, values, 'before')) {
			return notDecomposed('not_a_product');
		}
		const split = lmdiSplit(values);
		if (!split) return notDecomposed('no_value');
		return {
			status: 'exact',
			method: 'lmdi',
			change: split.change,
			contributions: split.parts.map((p) => child(p.key, p.amount))
		};
	}
	// Stryker disable next-line ConditionalExpression,StringLiteral: a validated tree gives term and ratio edges only to formula nodes
	if (node.definition.kind !== 'formula') return notDecomposed('no_formula_children');
	const { ast } = node.definition;
	// Denominators move first, so the numerator effect is measured at the new denominator (SPEC §4).
	const rank = (key: NodeId) => (roleOf.get(key) === 'denominator' ? 0 : 1);
	const ordered = [...values].sort((a, b) => rank(a.key) - rank(b.key));
	const split = sequentialSplit(
		ordered,
		(current) => evaluateFormula(ast, (id) => current.get(id) ?? null).value
	);
	if (!split) return notDecomposed('no_value');
	// Stryker disable next-line MethodExpression: a validated tree's term edges are all of its formula edges
	const method = edges.some((e) => e.role === 'term') ? 'additive' : 'ratio';
	return {
		status: 'exact',
		method,
		change: split.change,
		contributions: split.parts.map((p) => child(p.key, p.amount))
	};
}

function isProduct(
	parent: number,
	factors: readonly PartValues<NodeId>[],
	period: 'before' | 'after'
): boolean {
	const product = factors.reduce((p, f) => p * f[period], 1);
	// Stryker disable next-line EqualityOperator: < and <= differ only at exactly the tolerance
	return Math.abs(product - parent) <= PRODUCT_TOLERANCE * Math.max(1, Math.abs(parent));
}

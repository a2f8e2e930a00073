/** Rules on the edges of a tree file: no dangling ends, one parent each, no cycles, one root, coherent formula edges. */
import { formulaRefs, type Expr } from './formula';
import { ratioShape } from './formula-evaluate';
import { productShape, sumShape } from './formula-shape';
import { findCycle } from './find-cycle';
import { treeError, type TreeError } from './tree-error';
import type { TreeFile } from './tree-schema';
import type { Edge, MetricNode, NodeId } from './types';

type RawEdge = TreeFile['edges'][number];
type FormulaEdge = Extract<Edge, { type: 'formula' }>;

/** Validate the edges against the (valid) nodes; returns the edges and the root when all is well. */
export function checkGraph(
	nodes: ReadonlyMap<NodeId, MetricNode>,
	rawEdges: readonly RawEdge[],
	errors: TreeError[]
): { edges: Edge[]; root: NodeId } | null {
	const before = errors.length;
	const edges = checkEdgeEnds(nodes, rawEdges, errors);
	if (errors.length > before) return null;
	const cycle = findCycle([...nodes.keys()], (id) =>
		edges.filter((e) => e.parent === id).map((e) => e.child)
	);
	if (cycle) {
		errors.push(treeError('cycle', { node: cycle[0] }, `edges go round in a circle: ${cycle.join(' → ')}`));
		return null;
	}
	const root = checkSingleRoot(nodes, edges, errors);
	for (const node of nodes.values()) checkFormulaEdges(node, edges, errors);
	return root !== null && errors.length === before ? { edges, root } : null;
}

function checkEdgeEnds(
	nodes: ReadonlyMap<NodeId, MetricNode>,
	rawEdges: readonly RawEdge[],
	errors: TreeError[]
): Edge[] {
	const parentOf = new Map<string, string>();
	rawEdges.forEach((edge, index) => {
		const where = { node: edge.parent, field: `edges[${index}]` };
		for (const end of ['parent', 'child'] as const) {
			if (!nodes.has(edge[end] as NodeId)) {
				errors.push(
					treeError(
						'dangling_edge',
						{ ...where, field: `${where.field}.${end}` },
						`no node has the id “${edge[end]}”`
					)
				);
			}
		}
		if (edge.parent === edge.child) {
			errors.push(treeError('cycle', where, `“${edge.parent}” cannot be its own child`));
		}
		const earlier = parentOf.get(edge.child);
		if (earlier !== undefined) {
			errors.push(
				treeError(
					'multiple_parents',
					{ node: edge.child },
					`has two parents, “${earlier}” and “${edge.parent}” (${where.field}): a node has one parent`
				)
			);
		}
		parentOf.set(edge.child, edge.parent);
	});
	return rawEdges.map((edge) => ({ ...edge, parent: edge.parent as NodeId, child: edge.child as NodeId }));
}

function checkSingleRoot(
	nodes: ReadonlyMap<NodeId, MetricNode>,
	edges: readonly Edge[],
	errors: TreeError[]
): NodeId | null {
	const children = new Set(edges.map((e) => e.child));
	const roots = [...nodes.keys()].filter((id) => !children.has(id));
	if (roots.length === 1) return roots[0]!;
	const [first, ...rest] = roots;
	for (const id of rest) {
		errors.push(
			treeError(
				'root',
				{ node: id },
				`has no parent, but only the north star (“${first}”) may stand alone: add an edge from its parent`
			)
		);
	}
	return null;
}

/**
 * A node's formula edges must say how it is made of its children: all `factor` (a product), all `term`
 * (a sum) or `numerator` + `denominator` (a ratio). Sums and ratios are decomposed through the
 * parent's own formula, so it must be a formula over exactly those children, of that shape; a formula
 * node with factor edges must be the plain product of its children (a leaf's is checked on its values).
 */
function checkFormulaEdges(node: MetricNode, edges: readonly Edge[], errors: TreeError[]): void {
	const formulaEdges = edges.filter((e): e is FormulaEdge => e.parent === node.id && e.type === 'formula');
	if (formulaEdges.length === 0) return;
	const fail = (problem: string): void => {
		errors.push(treeError('formula_edge', { node: node.id, field: 'edges' }, problem));
	};
	const roles = new Set(formulaEdges.map((e) => e.role));
	const isRatio = roles.has('numerator') || roles.has('denominator');
	if (
		roles.size > 1 &&
		!(isRatio && roles.size === 2 && roles.has('numerator') && roles.has('denominator'))
	) {
		return fail(
			`mixes formula roles (${[...roles].join(', ')}): use all factor, all term, or numerator with denominator`
		);
	}
	if (isRatio && roles.size !== 2) return fail('a ratio needs both a numerator and a denominator edge');
	if (node.definition.kind !== 'formula') {
		if (roles.has('factor')) return;
		return fail(`has ${[...roles].join('/')} edges, so it must be a formula node over those children`);
	}
	const refs = formulaRefs(node.definition.ast).sort();
	const children = formulaEdges.map((e) => e.child).sort();
	if (refs.join() !== children.join()) {
		return fail(
			`its formula uses ${refs.join(', ')} but its formula edges go to ${children.join(', ')}: they must match`
		);
	}
	const { ast, expression } = node.definition;
	if (roles.has('term')) return checkSum(ast, expression, fail);
	if (roles.has('factor')) return checkProduct(ast, expression, fail);
	const shape = ratioShape(ast);
	if (!shape) {
		return fail(
			`has numerator and denominator edges, so its formula must be a ratio (numerator ÷ denominator, times a constant), but “${expression}” is not`
		);
	}
	for (const edge of formulaEdges) {
		const role = edge.role as 'numerator' | 'denominator';
		if (shape[role] !== edge.child) fail(`“${edge.child}” is not the ${role} of its formula`);
	}
}

/** Term edges are split child by child (each child's change times its coefficient): a sum only. */
function checkSum(ast: Expr, expression: string, fail: (problem: string) => void): void {
	const shape = sumShape(ast);
	if (!shape) {
		return fail(
			`has term edges, so its formula must add up its children (a sum or difference, each child times a constant), but “${expression}” is not: use numerator and denominator edges for a ratio, factor edges for a product`
		);
	}
	for (const [child, coefficient] of shape.coefficients) {
		if (coefficient === 0) fail(`“${child}” cancels out of its formula “${expression}”`);
	}
}

/** Factor edges are split by log changes (LMDI), which needs the parent to be exactly the product. */
function checkProduct(ast: Expr, expression: string, fail: (problem: string) => void): void {
	const shape = productShape(ast);
	const repeated = shape?.factors.find((id, i) => shape.factors.indexOf(id) !== i);
	if (!shape || shape.scale !== 1 || repeated !== undefined) {
		return fail(
			`has factor edges, so its formula must multiply its children, each once, with nothing else (“a * b”), but “${expression}” is not`
		);
	}
}

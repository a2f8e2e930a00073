/** Rules on the edges of a tree file: no dangling ends, one parent each, no cycles, one root, coherent formula edges. */
import { formulaRefs } from './formula';
import { ratioShape } from './formula-evaluate';
import { findCycle } from './find-cycle';
import { treeError, type TreeError } from './tree-error';
import type { TreeFile } from './tree-schema';
import type { Edge, MetricNode, NodeId } from './types';

type RawEdge = TreeFile['edges'][number];

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
 * parent's own formula, so it must be a formula over exactly those children.
 */
function checkFormulaEdges(node: MetricNode, edges: readonly Edge[], errors: TreeError[]): void {
	const formulaEdges = edges.filter((e) => e.parent === node.id && e.type === 'formula');
	if (formulaEdges.length === 0) return;
	const fail = (problem: string): void => {
		errors.push(treeError('formula_edge', { node: node.id, field: 'edges' }, problem));
	};
	const roles = new Set(formulaEdges.map((e) => (e.type === 'formula' ? e.role : null)));
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
	if (roles.has('factor')) return;
	if (node.definition.kind !== 'formula') {
		return fail(`has ${[...roles].join('/')} edges, so it must be a formula node over those children`);
	}
	const refs = formulaRefs(node.definition.ast).sort();
	const children = formulaEdges.map((e) => e.child).sort();
	if (refs.join() !== children.join()) {
		return fail(
			`its formula uses ${refs.join(', ')} but its formula edges go to ${children.join(', ')}: they must match`
		);
	}
	const shape = ratioShape(node.definition.ast);
	for (const edge of formulaEdges) {
		if (!shape || edge.type !== 'formula' || (edge.role !== 'numerator' && edge.role !== 'denominator'))
			continue;
		if (shape[edge.role] !== edge.child) fail(`“${edge.child}” is not the ${edge.role} of its formula`);
	}
}

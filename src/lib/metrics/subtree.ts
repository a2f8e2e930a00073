/** The part of a tree that some of its nodes are computed from — so a caller that needs one metric queries for it alone. */
import { formulaRefs } from './formula';
import { isFormulaNode, type NodeId, type Tree } from './types';

/**
 * `ids` and, recursively, the nodes their formulas name, with the edges among them. Edges are not
 * followed: a driver does not enter its parent's value, and a leaf's formula edges (`orders` → active
 * customers × orders per customer) explain it while its value is counted from its table. The first id
 * is the root.
 */
export function formulaSubtree(tree: Tree, ids: readonly NodeId[]): Tree {
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	const keep = new Set<NodeId>();
	const visit = (id: NodeId) => {
		if (keep.has(id)) return;
		keep.add(id);
		const node = byId.get(id);
		if (node && isFormulaNode(node)) formulaRefs(node.definition.ast).forEach(visit);
	};
	ids.forEach(visit);
	return {
		version: 1,
		root: ids[0] ?? tree.root,
		nodes: tree.nodes.filter((n) => keep.has(n.id)),
		edges: tree.edges.filter((e) => keep.has(e.parent) && keep.has(e.child))
	};
}

/** Small edits an analyst makes to a loaded tree, and writing it back as a tree file. */
import { stringify } from 'yaml';
import type { Direction, MetricNode, NodeId, Tree } from './types';

/** A copy of the tree with `nodeId`'s target set (or removed with `undefined`). */
export function withTarget(tree: Tree, nodeId: NodeId, target: number | undefined): Tree {
	if (target !== undefined && !Number.isFinite(target))
		throw new RangeError('A target must be a finite number');
	return {
		...tree,
		nodes: tree.nodes.map((node): MetricNode => {
			if (node.id !== nodeId) return node;
			const { target: _old, ...rest } = node;
			return target === undefined ? rest : { ...rest, target };
		})
	};
}

/** The tree as a YAML tree file that `loadTree` reads back to the same tree. */
export function treeToYaml(tree: Tree): string {
	const nodes = tree.nodes.map((node) => {
		if (node.definition.kind === 'formula') {
			const { ast: _ast, ...definition } = node.definition;
			return { ...node, definition };
		}
		// Fragments are written back as their author wrote them; loading parses and checks them again.
		const definition = Object.fromEntries(
			Object.entries(node.definition).map(([field, value]) => [
				field,
				typeof value === 'object' && value !== null && 'source' in value ? value.source : value
			])
		);
		return { ...node, definition };
	});
	return stringify({ version: tree.version, nodes, edges: tree.edges }, { lineWidth: 0 });
}

/** A copy of the tree with `nodeId`'s good direction set (the target reads ≤ for down, ≥ for up). */
export function withDirection(tree: Tree, nodeId: NodeId, direction: Direction): Tree {
	return {
		...tree,
		nodes: tree.nodes.map((node): MetricNode => (node.id === nodeId ? { ...node, direction } : node))
	};
}

/** The default CX tree (SPEC §4): the app's edge, where the shipped YAML is imported, parsed at build time, by Vite. */
import { shippedTree } from '$lib/metrics/load-tree';
import type { Tree } from '$lib/metrics/types';
import defaultTreeData from '../../../data/trees/default.yaml?data';

export function defaultTree(): Tree {
	return shippedTree(defaultTreeData);
}

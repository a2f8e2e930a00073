/** The default CX tree (SPEC §4): the app's edge, where the shipped YAML is imported as text by Vite. */
import { loadShippedTree } from '$lib/metrics/load-tree';
import type { Tree } from '$lib/metrics/types';
import defaultTreeYaml from '../../../data/trees/default.yaml?raw';

export function defaultTree(): Tree {
	return loadShippedTree(defaultTreeYaml);
}

/** The default CX tree of SPEC §4, shipped as data in data/trees/default.yaml. */
import defaultTreeYaml from '../../../data/trees/default.yaml?raw';
import { loadTree } from './load-tree';
import type { Tree } from './types';

export { defaultTreeYaml };

function loadDefaultTree(): Tree {
	const result = loadTree(defaultTreeYaml);
	// The shipped file is tested; failing here means it was edited into an invalid state.
	if (!result.ok)
		throw new Error(`data/trees/default.yaml is invalid:\n${result.error.map((e) => e.message).join('\n')}`);
	return result.value;
}

export const defaultTree: Tree = loadDefaultTree();

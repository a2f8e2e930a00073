/** The default CX tree (SPEC §4), shipped as a data file and validated like any analyst's tree. */
import { loadTree } from '$lib/metrics/load-tree';
import type { Tree } from '$lib/metrics/types';
import defaultTreeYaml from '../../../data/trees/default.yaml?raw';

export function defaultTree(): Tree {
	const loaded = loadTree(defaultTreeYaml);
	// The shipped file is covered by tests; failing here means the build is broken, not the user's input.
	if (!loaded.ok)
		throw new Error(`The default tree is invalid: ${loaded.error.map((e) => e.message).join('; ')}`);
	return loaded.value;
}

/**
 * The metric tree the app evaluates (the default, or the analyst's file), reactive: a target or a
 * direction edited on the drill-down replaces it in place, and every view that reads it re-evaluates
 * without a page reload. `edits` counts replacements, so a query cache can tell an edited tree apart.
 */
import type { Tree } from '$lib/metrics/types';

export class TreeInUse {
	tree = $state.raw<Tree>() as Tree;
	edits = $state(0);

	constructor(tree: Tree) {
		this.tree = tree;
	}

	replace(tree: Tree): void {
		this.tree = tree;
		this.edits++;
	}
}

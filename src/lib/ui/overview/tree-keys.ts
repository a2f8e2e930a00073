/** Keyboard navigation of the tree (WAI-ARIA tree pattern), as a pure function of the visible order. */

/** `Id` is the caller's id type (the app's NodeId): an action names a node in that type. */
export interface VisibleNode<Id extends string = string> {
	id: Id;
	parent: Id | null;
}

export type TreeKeyAction<Id extends string = string> =
	| { kind: 'focus'; id: Id }
	| { kind: 'expand'; id: Id }
	| { kind: 'collapse'; id: Id }
	| { kind: 'open'; id: Id }
	| { kind: 'none' };

/** What a key does on node `current`, given the visible nodes in reading order. */
export function treeKeyAction<Id extends string>(
	key: string,
	current: Id,
	order: readonly VisibleNode<Id>[],
	state: { hasChildren: (id: Id) => boolean; isCollapsed: (id: Id) => boolean }
): TreeKeyAction<Id> {
	const index = order.findIndex((n) => n.id === current);
	if (index < 0) return { kind: 'none' };
	const node = order[index]!;
	switch (key) {
		case 'ArrowDown':
			return index + 1 < order.length ? { kind: 'focus', id: order[index + 1]!.id } : { kind: 'none' };
		case 'ArrowUp':
			return index > 0 ? { kind: 'focus', id: order[index - 1]!.id } : { kind: 'none' };
		case 'Home':
			return { kind: 'focus', id: order[0]!.id };
		case 'End':
			return { kind: 'focus', id: order[order.length - 1]!.id };
		case 'ArrowRight':
			if (!state.hasChildren(current)) return { kind: 'none' };
			if (state.isCollapsed(current)) return { kind: 'expand', id: current };
			return { kind: 'focus', id: order[index + 1]!.id };
		case 'ArrowLeft':
			if (state.hasChildren(current) && !state.isCollapsed(current)) return { kind: 'collapse', id: current };
			return node.parent ? { kind: 'focus', id: node.parent } : { kind: 'none' };
		case 'Enter':
			return { kind: 'open', id: current };
		default:
			return { kind: 'none' };
	}
}

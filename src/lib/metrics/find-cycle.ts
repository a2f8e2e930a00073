/** Cycle detection for the two graphs of a tree: edges, and formula references. */

/** The first cycle found by depth-first search, as a path that ends where it starts; null if none. */
export function findCycle<T>(ids: readonly T[], next: (id: T) => readonly T[]): T[] | null {
	const state = new Map<T, 'open' | 'done'>();
	const path: T[] = [];
	const visit = (id: T): T[] | null => {
		if (state.get(id) === 'done') return null;
		if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
		state.set(id, 'open');
		path.push(id);
		for (const child of next(id)) {
			const found = visit(child);
			if (found) return found;
		}
		path.pop();
		state.set(id, 'done');
		return null;
	};
	for (const id of ids) {
		const found = visit(id);
		if (found) return found;
	}
	return null;
}

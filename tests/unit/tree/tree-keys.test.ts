import { describe, expect, it } from 'vitest';
import { treeKeyAction } from '../../../src/lib/ui/overview/tree-keys';

// root ─┬─ a ─── a1
//       └─ b
const order = [
	{ id: 'root', parent: null },
	{ id: 'a', parent: 'root' },
	{ id: 'a1', parent: 'a' },
	{ id: 'b', parent: 'root' }
];
const collapsed = new Set<string>();
const state = {
	hasChildren: (id: string) => id === 'root' || id === 'a',
	isCollapsed: (id: string) => collapsed.has(id)
};

describe('tree keyboard navigation', () => {
	it('moves down and up through visible nodes in reading order', () => {
		expect(treeKeyAction('ArrowDown', 'a1', order, state)).toEqual({ kind: 'focus', id: 'b' });
		expect(treeKeyAction('ArrowUp', 'b', order, state)).toEqual({ kind: 'focus', id: 'a1' });
		expect(treeKeyAction('ArrowDown', 'b', order, state)).toEqual({ kind: 'none' });
	});
	it('collapses an open node with Left, then moves to its parent', () => {
		expect(treeKeyAction('ArrowLeft', 'a', order, state)).toEqual({ kind: 'collapse', id: 'a' });
		expect(treeKeyAction('ArrowLeft', 'a1', order, state)).toEqual({ kind: 'focus', id: 'a' });
	});
	it('expands a collapsed node with Right, or enters its first child', () => {
		expect(treeKeyAction('ArrowRight', 'a', order, state)).toEqual({ kind: 'focus', id: 'a1' });
		collapsed.add('a');
		expect(treeKeyAction('ArrowRight', 'a', order, state)).toEqual({ kind: 'expand', id: 'a' });
		collapsed.clear();
	});
	it('opens the drill-down with Enter', () => {
		expect(treeKeyAction('Enter', 'b', order, state)).toEqual({ kind: 'open', id: 'b' });
	});
});

import { describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { loadTree } from '../../../src/lib/metrics/load-tree';
import { treeToYaml, withDirection, withTarget } from '../../../src/lib/metrics/tree-edit';
import type { NodeId } from '../../../src/lib/metrics/types';

const target = (tree: typeof defaultTree, id: string) => tree.nodes.find((n) => n.id === id)?.target;

describe('editing a tree', () => {
	it('changes a target without touching the original tree', () => {
		const edited = withTarget(defaultTree, 'csat' as NodeId, 90);
		expect(target(edited, 'csat')).toBe(90);
		expect(target(defaultTree, 'csat')).toBe(85);
		expect(target(withTarget(edited, 'csat' as NodeId, undefined), 'csat')).toBeUndefined();
	});

	it('writes a tree file that reads back to the same tree', () => {
		const edited = withTarget(defaultTree, 'backlog' as NodeId, 40);
		const reloaded = loadTree(treeToYaml(edited));
		expect(reloaded).toEqual({ ok: true, value: edited });
	});

	it('changes a direction, and the edited tree reads back from its file', () => {
		const edited = withDirection(withTarget(defaultTree, 'csat' as NodeId, 20), 'csat' as NodeId, 'down');
		const csat = edited.nodes.find((n) => n.id === 'csat')!;
		expect([csat.direction, csat.target]).toEqual(['down', 20]);
		expect(defaultTree.nodes.find((n) => n.id === 'csat')!.direction).toBe('up');
		expect(loadTree(treeToYaml(edited))).toEqual({ ok: true, value: edited });
	});
});

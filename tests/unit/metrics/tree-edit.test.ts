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

describe('editing one node only', () => {
	const others = (tree: typeof defaultTree) =>
		tree.nodes.filter((n) => n.id !== 'csat').map((n) => [n.id, n.target, n.direction]);

	it('sets, removes and refuses targets, leaving the other nodes alone', () => {
		const edited = withTarget(defaultTree, 'csat' as NodeId, 90);
		expect(others(edited)).toEqual(others(defaultTree));
		expect(others(withDirection(defaultTree, 'csat' as NodeId, 'down'))).toEqual(others(defaultTree));
		expect(
			'target' in withTarget(edited, 'csat' as NodeId, undefined).nodes.find((n) => n.id === 'csat')!
		).toBe(false);
		expect(() => withTarget(defaultTree, 'csat' as NodeId, Number.NaN)).toThrow(
			new RangeError('A target must be a finite number')
		);
		expect(() => withTarget(defaultTree, 'csat' as NodeId, Infinity)).toThrow(RangeError);
	});

	it('writes numbers as numbers and long texts on one line', () => {
		const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '); // ~200 characters, with spaces to fold at
		const edited = {
			...defaultTree,
			nodes: defaultTree.nodes.map((n) =>
				n.id === 'csat' ? { ...n, description: { en: long, ko: long } } : n
			)
		};
		const yaml = treeToYaml(edited);
		expect(yaml).toContain(`en: ${long}\n`);
		expect(yaml).toMatch(/\n {6}q: 0\.9\n/);
	});
});

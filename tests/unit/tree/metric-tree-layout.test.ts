import { describe, expect, it } from 'vitest';
import { layoutMetricTree, visibleOrder, type TreeInput } from '../../../src/lib/charts/metric-tree-layout';

const nodes = new Map<string, TreeInput>([
	['root', { id: 'root', children: ['a', 'b'] }],
	['a', { id: 'a', children: ['a1', 'a2'] }],
	['b', { id: 'b', children: [] }],
	['a1', { id: 'a1', children: [] }],
	['a2', { id: 'a2', children: [] }]
]);
const options = { cardWidth: 200, cardHeight: 80, columnGap: 40, rowGap: 20 };

describe('metric tree layout', () => {
	it('puts each depth in its own column and stacks leaves without overlap', () => {
		const layout = layoutMetricTree(nodes, 'root', new Set(), options);
		const byId = new Map(layout.nodes.map((n) => [n.id, n]));
		// column step = 200 + 40 = 240
		expect(byId.get('root')?.x).toBe(0);
		expect(byId.get('a')?.x).toBe(240);
		expect(byId.get('a1')?.x).toBe(480);
		// siblings one row step (80 + 20 = 100) apart; a parent centred on its children
		expect([byId.get('a1')?.y, byId.get('a2')?.y]).toEqual([0, 100]);
		expect(byId.get('a')?.y).toBe(50);
		expect(byId.get('b')?.y).toBe(150);
		expect(byId.get('root')?.y).toBe(100);
		expect(layout.width).toBe(480 + 200);
		expect(layout.height).toBe(150 + 80);
		expect(layout.edges).toHaveLength(4);
	});

	it('hides the subtree of a collapsed node but remembers it has children', () => {
		const layout = layoutMetricTree(nodes, 'root', new Set(['a']), options);
		expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'root']);
		expect(layout.nodes.find((n) => n.id === 'a')).toMatchObject({ hasChildren: true, collapsed: true });
	});

	it('lists visible nodes depth-first for keyboard navigation and the phone layout', () => {
		expect(visibleOrder(nodes, 'root', new Set()).map((n) => `${n.id}@${n.depth}`)).toEqual([
			'root@0',
			'a@1',
			'a1@2',
			'a2@2',
			'b@1'
		]);
		expect(visibleOrder(nodes, 'root', new Set(['a'])).map((n) => n.id)).toEqual(['root', 'a', 'b']);
	});
});

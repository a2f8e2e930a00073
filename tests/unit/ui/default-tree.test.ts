/** The app's default tree is the YAML parsed at build time (`?data`): the same tree as parsing the text at run time. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadShippedTree, shippedTree } from '../../../src/lib/metrics/load-tree';
import { defaultTree } from '../../../src/lib/ui/default-tree';

const yamlText = readFileSync(new URL('../../../data/trees/default.yaml', import.meta.url), 'utf8');

describe('the default tree, parsed at build time', () => {
	it('equals the tree read from the YAML text by the run-time loader', () => {
		const tree = defaultTree();
		expect(tree).toEqual(loadShippedTree(yamlText));
		expect(tree.nodes.length).toBeGreaterThan(10);
	});

	it('is validated like a tree file: a shipped tree that breaks a rule fails loudly', () => {
		const data = parse(yamlText) as { nodes: { id: string }[]; edges: unknown[] };
		const broken = {
			...data,
			edges: [...data.edges, { parent: 'no_such_node', child: data.nodes[0]!.id, type: 'driver' }]
		};
		expect(() => shippedTree(data)).not.toThrow();
		expect(() => shippedTree(broken, 'x.yaml')).toThrow(/^x\.yaml is invalid:\n.*no_such_node/);
	});
});

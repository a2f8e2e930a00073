/** load-tree.ts: what a broken tree file is told — YAML errors with their place, schema errors by node and field. */
import { describe, expect, it } from 'vitest';
import { loadShippedTree, loadTree, validateTree } from '../../../src/lib/metrics/load-tree';

const node = (id: unknown, extra: Record<string, unknown> = {}) => ({
	id,
	name: { en: 'x', ko: 'x' },
	description: { en: 'x', ko: 'x' },
	tier: 'management',
	format: 'count',
	direction: 'up',
	table: 'tickets',
	definition: { kind: 'count' },
	...extra
});
const errors = (input: unknown) => {
	const result = validateTree(input);
	if (result.ok) throw new Error('expected the tree to be rejected');
	return result.error;
};

describe('YAML errors', () => {
	it('say where, without repeating the place at the end of the parser’s message', () => {
		const eleven = Array.from({ length: 11 }, (_, i) => `k${i}: ${i}`).join('\n');
		expect(loadTree(`${eleven}\nsomething_long: a: b\n`)).toEqual({
			ok: false,
			error: [
				{
					code: 'yaml',
					message:
						'the file is not valid YAML (line 12, column 17): Nested mappings are not allowed in compact mappings'
				}
			]
		});
	});

	it('make a shipped file throw with every problem on its own line', () => {
		expect(() => loadShippedTree('version: 1\nnodes: []\nedges: []\nx: 1', 'my.yaml')).toThrow(
			'my.yaml is invalid:\nfield “nodes”: must list at least one node\nfield “x”: is not a known field (check the spelling)'
		);
	});
});

describe('schema errors', () => {
	it('describe the expected shape: a mapping, a list, a literal, a number', () => {
		expect(errors('x')).toEqual([{ code: 'schema', message: 'must be a mapping (got "x")' }]);
		expect(errors({ version: 2, nodes: [node('a')], edges: [] })).toEqual([
			{ code: 'schema', field: 'version', message: 'field “version”: must be 1 (got 2)' }
		]);
		expect(errors({ version: 1, nodes: 'x', edges: [] })).toEqual([
			{ code: 'schema', field: 'nodes', message: 'field “nodes”: must be a list (got "x")' }
		]);
		expect(errors({ version: 1, nodes: [node('a', { target: 'high' })], edges: [] })).toEqual([
			{
				code: 'schema',
				node: 'a',
				field: 'target',
				message: 'node “a”, field “target”: must be a number (got "high")'
			}
		]);
	});

	it('name a node by its id, or by its place when it has none', () => {
		expect(errors({ version: 1, nodes: [node('a'), node(''), node(undefined)], edges: [] })).toEqual([
			{
				code: 'schema',
				node: '#2',
				field: 'id',
				message: 'node “#2”, field “id”: must be lower_snake_case: a–z, 0–9 and _, starting with a letter'
			},
			{ code: 'schema', node: '#3', field: 'id', message: 'node “#3”, field “id”: is required' }
		]);
	});

	it('name an edge by its place and its parent when it has one', () => {
		const result = errors({
			version: 1,
			nodes: [node('a', { colour: 'red', tier: 'top' })],
			edges: [{ parent: 'a', child: 'b', type: 'bogus' }, { child: 'b', type: 'driver' }, 7]
		});
		expect(result).toEqual([
			{
				code: 'schema',
				node: 'a',
				field: 'tier',
				message:
					'node “a”, field “tier”: must be one of "north_star", "operational", "management" (got "top")'
			},
			{
				code: 'schema',
				node: 'a',
				field: 'colour',
				message: 'node “a”, field “colour”: is not a known field (check the spelling)'
			},
			{
				code: 'schema',
				node: 'a',
				field: 'edges[0].type',
				message: 'node “a”, field “edges[0].type”: must be one of "formula", "driver" (got "bogus")'
			},
			{ code: 'schema', field: 'edges[1].parent', message: 'field “edges[1].parent”: is required' },
			{ code: 'schema', field: 'edges[2]', message: 'field “edges[2]”: must be a mapping (got 7)' }
		]);
	});
});

describe('schema errors at odd places', () => {
	it('name the eleventh node by its id too', () => {
		const ten = Array.from({ length: 10 }, (_, i) => node(`n${i}`));
		expect(errors({ version: 1, nodes: [...ten, node('k', { tier: 5 })], edges: [] })).toEqual([
			{
				code: 'schema',
				node: 'k',
				field: 'tier',
				message: 'node “k”, field “tier”: must be one of "north_star", "operational", "management" (got 5)'
			}
		]);
	});

	it('name an empty entry by its place, and an edge by no parent unless the parent is text', () => {
		expect(
			errors({
				version: 1,
				nodes: [node('a'), null],
				edges: [null, { parent: 5, child: 'a', type: 'driver' }]
			})
		).toEqual([
			{ code: 'schema', node: '#2', message: 'node “#2”: must be a mapping (got null)' },
			{ code: 'schema', field: 'edges[0]', message: 'field “edges[0]”: must be a mapping (got null)' },
			{
				code: 'schema',
				field: 'edges[1].parent',
				message: 'field “edges[1].parent”: must be a string (got 5)'
			}
		]);
	});
});

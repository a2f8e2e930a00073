import { describe, expect, it } from 'vitest';
import { treeError } from '../../../src/lib/metrics/tree-error';

describe('a tree file error', () => {
	it('starts its message with the node and the field it is about', () => {
		expect(treeError('schema', { node: 'csat', field: 'definition.q' }, 'must be between 0 and 1')).toEqual({
			code: 'schema',
			node: 'csat',
			field: 'definition.q',
			message: 'node “csat”, field “definition.q”: must be between 0 and 1'
		});
		expect(treeError('cycle', { node: 'a' }, 'x').message).toBe('node “a”: x');
		expect(treeError('dangling_edge', { field: 'edges[3]' }, 'x').message).toBe('field “edges[3]”: x');
		expect(treeError('yaml', {}, 'bad YAML')).toEqual({ code: 'yaml', message: 'bad YAML' });
	});
});

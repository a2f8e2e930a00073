/** node-checks.ts on one node at a time: a node with an error is never built, whatever else is right with it. */
import { describe, expect, it } from 'vitest';
import { checkNode } from '../../../src/lib/metrics/node-checks';
import type { TreeError } from '../../../src/lib/metrics/tree-error';
import type { TreeFileNode } from '../../../src/lib/metrics/tree-schema';
import { fileNode } from './tree-file-node';

function raw(id: string, extra: Pick<TreeFileNode, 'definition'> & Partial<TreeFileNode>): TreeFileNode {
	return fileNode(id, extra);
}

function check(node: TreeFileNode) {
	const errors: TreeError[] = [];
	const checked = checkNode(node, errors);
	return { checked, codes: errors.map((e) => e.code) };
}

describe('checkNode', () => {
	it('builds no formula node that names a table, though its expression parses', () => {
		const node = raw('rate', {
			table: 'tickets',
			definition: { kind: 'formula', expression: '100 * tickets / orders' }
		});
		expect(check(node)).toEqual({ checked: null, codes: ['table_mismatch'] });
		// the same node without the table is built
		const { table: _, ...withoutTable } = node;
		expect(check(withoutTable).checked?.id).toBe('rate');
	});

	it('builds no leaf whose snippet is refused', () => {
		const node = raw('orders', {
			table: 'events',
			definition: { kind: 'count', filter: "event_type = 'order'; DROP TABLE events" }
		});
		expect(check(node)).toEqual({ checked: null, codes: ['sql_snippet'] });
	});

	it('builds no repeat leaf keyed by a column its table lacks', () => {
		const node = raw('repeat_contacts', {
			table: 'tickets',
			definition: { kind: 'repeat', key: 'order_id', within_days: 7 }
		});
		expect(check(node)).toEqual({ checked: null, codes: ['unknown_column'] });
		const keyed = raw('repeat_contacts', {
			table: 'tickets',
			definition: { kind: 'repeat', key: 'customer_id', within_days: 7 }
		});
		expect(check(keyed).checked?.definition).toMatchObject({ kind: 'repeat', key: 'customer_id' });
	});
});

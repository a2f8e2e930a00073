import { describe, expect, it } from 'vitest';
import { compileTree, leavesByTable } from '../../../src/lib/metrics/compile';
import { checkRequest } from '../../../src/lib/metrics/request';
import { driver, node, REQUEST, tree } from './helpers';

const small = tree(
	[
		node('per_order', { kind: 'formula', expression: 'tickets / orders' }),
		node('orders', { kind: 'count', filter: "event_type = 'order'" }, { table: 'events' }),
		node('tickets', { kind: 'count' }, { table: 'tickets' }),
		node('reopened', { kind: 'count', filter: 'reopens > 0' }, { table: 'tickets' })
	],
	[
		{ parent: 'per_order', child: 'tickets', type: 'formula', role: 'numerator' },
		{ parent: 'per_order', child: 'orders', type: 'formula', role: 'denominator' },
		driver('tickets', 'reopened')
	]
);

describe('the queries of a tree', () => {
	it('groups the leaves by table in tree order, leaving formulas out', () => {
		const byTable = leavesByTable(small.nodes);
		expect([...byTable.keys()]).toEqual(['events', 'tickets']);
		expect([...byTable.values()].map((nodes) => nodes.map((n) => n.id))).toEqual([
			['orders'],
			['tickets', 'reopened']
		]);
	});

	it('asks each table for its leaves’ parts: an aggregate and a series query each', () => {
		const queries = compileTree(small, checkRequest(REQUEST));
		expect(queries.map((q) => [q.table, q.kind, q.nodes])).toEqual([
			['events', 'aggregate', ['orders']],
			['events', 'series', ['orders']],
			['tickets', 'aggregate', ['tickets', 'reopened']],
			['tickets', 'series', ['tickets', 'reopened']]
		]);
		expect(
			compileTree(small, checkRequest(REQUEST), 'optimised', undefined, { series: false }).map((q) => q.kind)
		).toEqual(['aggregate', 'aggregate']);
	});
});

/** breakdown-plan.ts: which query answers "by value" for a leaf or a ratio, and when there is none. */
import { describe, expect, it } from 'vitest';
import { breakdownSource, planBreakdown } from '../../../src/lib/metrics/breakdown-plan';
import { checkRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import { REQUEST, node, tree } from './helpers';

const role = (parent: string, child: string, r: string) => ({ parent, child, type: 'formula', role: r });
const t = tree(
	[
		node('rate', { kind: 'formula', expression: '100 * tickets / orders' }),
		node('tickets', { kind: 'count' }, { table: 'tickets' }),
		node('orders', { kind: 'formula', expression: 'web + app' }),
		node('web', { kind: 'count', filter: "channel = 'web'" }, { table: 'events' }),
		node('app', { kind: 'count', filter: "channel = 'app'" }, { table: 'events' }),
		node('replies', { kind: 'formula', expression: 'avg_replies / orders_too' }),
		node('avg_replies', { kind: 'mean', expr: 'agent_replies' }, { table: 'tickets' }),
		node('orders_too', { kind: 'count' }, { table: 'events' })
	],
	[
		role('rate', 'tickets', 'numerator'),
		role('rate', 'orders', 'denominator'),
		role('orders', 'web', 'term'),
		role('orders', 'app', 'term'),
		{ parent: 'rate', child: 'replies', type: 'driver' },
		role('replies', 'avg_replies', 'numerator'),
		role('replies', 'orders_too', 'denominator')
	]
);
const id = (s: string) => s as NodeId;
const request = checkRequest(REQUEST);

describe('a ratio’s breakdown', () => {
	it('groups the numerator by the dimension and asks every leaf under the denominator for its period total', () => {
		const plan = planBreakdown(t, id('rate'), 'channel', request);
		if (plan.kind !== 'ratio') throw new Error('expected a ratio plan');
		expect([plan.grouped.table, plan.grouped.kind, plan.grouped.nodes]).toEqual([
			'tickets',
			'aggregate',
			['tickets']
		]);
		expect(plan.grouped.sql).toContain('"tickets"."channel" AS dimension_value');
		expect(plan.denominator.map((q) => [q.table, q.kind, q.nodes])).toEqual([
			['events', 'aggregate', ['web', 'app']]
		]);
		expect(plan.denominator[0]!.sql).not.toContain('dimension_value');
		expect(plan.nodes.map((n) => n.id)).toEqual(['orders', 'web', 'app']);
	});

	it('is refused for a ratio whose numerator is not a count or a sum', () => {
		expect(() => planBreakdown(t, id('replies'), 'channel', request)).toThrow(
			'“replies” can be broken down only when it is a ratio whose numerator is a count or a sum.'
		);
		expect(breakdownSource(t, id('replies'), request.dimensions)).toBeNull();
		expect(breakdownSource(t, id('rate'), request.dimensions)).toEqual({
			table: 'tickets',
			dimensions: request.dimensions.tables.tickets
		});
	});
});

describe('refusals', () => {
	it('names the missing metric and the table that is not loaded', () => {
		expect(() => planBreakdown(t, id('nope'), 'channel', request)).toThrow('The tree has no metric “nope”.');
		const eventsOnly = checkRequest({ ...REQUEST, tables: ['events'] });
		expect(() => planBreakdown(t, id('tickets'), 'channel', eventsOnly)).toThrow(
			'“tickets” needs the tickets table, which is not loaded.'
		);
	});

	it('plans a leaf on its own table', () => {
		const plan = planBreakdown(t, id('web'), 'segment', request);
		expect([plan.kind, plan.grouped.table, plan.grouped.kind, plan.grouped.nodes]).toEqual([
			'leaf',
			'events',
			'aggregate',
			['web']
		]);
	});
});

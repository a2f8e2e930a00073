/**
 * sqlTreeQueries: each question compiled for the tree in use at the time of asking, run through the runner
 * it is given, and the rows read back. The runner answers from hand-written rows, by the statement's shape.
 */
import { describe, expect, it } from 'vitest';
import type { RunQuery } from '../../../src/lib/metrics/rows';
import { sqlTreeQueries } from '../../../src/lib/metrics/tree-queries';
import type { NodeId, Tree } from '../../../src/lib/metrics/types';
import { node, REQUEST, tree } from './helpers';

const TICKETS = tree([node('tickets', { kind: 'count' }, { table: 'tickets', tier: 'north_star' })], []);
const ORDERS = tree(
	[
		node('orders', { kind: 'count', filter: "event_type = 'order'" }, { table: 'events', tier: 'north_star' })
	],
	[]
);
const id = (raw: string) => raw as NodeId;

/**
 * A runner that records each statement and answers by its shape: a breakdown groups by `dimension_value`
 * (chat 3 → 5 tickets, email 4 → 2), a filter picker's values statement selects `AS value`, anything else
 * returns 7 tickets this period and 4 before.
 */
function recorder() {
	const sent: string[] = [];
	const run: RunQuery = async (sql) => {
		sent.push(sql);
		if (sql.includes('dimension_value'))
			return [
				['current', 'chat', 5],
				['previous', 'chat', 3],
				['current', 'email', 2],
				['previous', 'email', 4]
			].map(([period, value, count]) => ({
				period,
				dimension_name: 'channel',
				dimension_value: value,
				'tickets.value': count
			}));
		if (sql.includes(' AS value'))
			return [
				{ value: 'chat', rows: 12n },
				{ value: 5, rows: '3' }
			];
		return [
			{ period: 'current', 'tickets.value': 7 },
			{ period: 'previous', 'tickets.value': 4 }
		];
	};
	return { sent, run, runners: () => Promise.resolve(run) };
}

describe('the tree’s queries through a runner', () => {
	it('evaluates the tree it was given', async () => {
		const { runners } = recorder();
		const result = await sqlTreeQueries(TICKETS, runners).evaluate({ ...REQUEST, tables: ['tickets'] });
		expect(result.nodes[id('tickets')]).toMatchObject({ value: 7, previous: 4, change: 3 });
	});

	it('reads a tree given as a getter again at every question (a target edited in place)', async () => {
		const { runners } = recorder();
		let inUse: Tree = TICKETS;
		const queries = sqlTreeQueries(() => inUse, runners);
		const first = await queries.evaluate(REQUEST);
		inUse = ORDERS;
		const second = await queries.evaluate(REQUEST);
		expect([Object.keys(first.nodes), Object.keys(second.nodes)]).toEqual([['tickets'], ['orders']]);
	});

	it('asks the runner factory for a runner at each question', async () => {
		const { run } = recorder();
		let asked = 0;
		const queries = sqlTreeQueries(TICKETS, () => (asked++, Promise.resolve(run)));
		await queries.evaluate(REQUEST);
		await queries.dimensionValues('tickets', 'channel');
		expect(asked).toBe(2);
	});

	it('breaks a node down by a dimension: chat 3 → 5, email 4 → 2', async () => {
		const { sent, runners } = recorder();
		const result = await sqlTreeQueries(TICKETS, runners).breakdown(id('tickets'), 'channel', REQUEST);
		expect(sent).toHaveLength(1);
		expect(result.node).toBe('tickets');
		expect(result.rows.map((r) => [r.value, r.current, r.previous, r.change])).toEqual([
			['chat', 5, 3, 2],
			['email', 2, 4, -2]
		]);
	});

	it('breaks each target down by each of its dimensions in one statement for the table', async () => {
		const { sent, runners } = recorder();
		const result = await sqlTreeQueries(TICKETS, runners).dimensionBreakdowns(
			[{ node: id('tickets'), table: 'tickets', dimensions: ['channel'] }],
			REQUEST
		);
		expect(sent).toHaveLength(1);
		expect(result.map((b) => [b.node, b.dimension])).toEqual([['tickets', 'channel']]);
		expect(result[0]!.rows.map((r) => [r.value, r.current, r.previous])).toEqual([
			['chat', 5, 3],
			['email', 2, 4]
		]);
	});
});

describe('a dimension’s values for a filter picker', () => {
	it('reads each value as text and its row count as a number, in the order the statement returns them', async () => {
		const { sent, runners } = recorder();
		const values = await sqlTreeQueries(TICKETS, runners).dimensionValues('tickets', 'channel');
		expect(values).toEqual([
			{ value: 'chat', rows: 12 },
			{ value: '5', rows: 3 }
		]);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toContain('FROM "tickets"');
		expect(sent[0]).toContain('"channel" AS value');
	});

	it('asks for an extra dimension the loaded data has, and refuses one it has not', async () => {
		const { sent, runners } = recorder();
		const queries = sqlTreeQueries(TICKETS, runners);
		await queries.dimensionValues('tickets', 'Sales Region', { tickets: ['Sales Region'] });
		expect(sent[0]).toContain('"Sales Region" AS value');
		await expect(queries.dimensionValues('tickets', 'Sales Region')).rejects.toThrow(
			'The tickets table has no Sales Region dimension.'
		);
	});
});

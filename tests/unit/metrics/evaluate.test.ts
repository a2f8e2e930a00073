import { describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { evaluateTree } from '../../../src/lib/metrics/evaluate';
import { change, targetStatus } from '../../../src/lib/metrics/status';
import type { NodeId, TableId } from '../../../src/lib/metrics/types';
import { driver, node, REQUEST, tree } from './helpers';

const TABLES: TableId[] = ['events', 'tickets', 'surveys'];

/** A tree of `size` count nodes spread over the three tables, all drivers of the first. */
function treeOfSize(size: number) {
	const nodes = Array.from({ length: size }, (_, i) =>
		node(`metric_${i}`, { kind: 'count', filter: `${i} > 0` }, { table: TABLES[i % 3] })
	);
	return tree(
		nodes,
		nodes.slice(1).map((n) => driver('metric_0', String(n.id)))
	);
}

/** A query runner that records the SQL and answers with no rows. */
function recorder() {
	const sent: string[] = [];
	return { sent, run: async (sql: string) => (sent.push(sql), []) };
}

describe('query count', () => {
	it('is the same for 3, 20 and 60 nodes: one aggregate and one series query per table', async () => {
		for (const candidate of [treeOfSize(3), defaultTree, treeOfSize(60)]) {
			const { sent, run } = recorder();
			const result = await evaluateTree(candidate, REQUEST, run);
			expect(sent).toHaveLength(6); // 3 tables × (aggregate + series)
			expect(result.queryCount).toBe(6);
		}
	});

	it('sends nothing for a table that is not loaded', async () => {
		const { sent, run } = recorder();
		await evaluateTree(defaultTree, { ...REQUEST, tables: ['tickets'] }, run);
		expect(sent).toHaveLength(2);
		expect(sent.every((sql) => sql.includes('FROM "tickets"'))).toBe(true);
	});
});

describe('missing data', () => {
	it('gives no value to the nodes of a table that is not loaded, with the reason, and values to the others', async () => {
		const result = await evaluateTree(
			defaultTree,
			{ ...REQUEST, tables: ['tickets', 'events'] },
			async () => []
		);
		const nps = result.nodes['nps' as NodeId]!;
		expect([nps.value, nps.previous, nps.reason, nps.status]).toEqual([
			null,
			null,
			{ code: 'table_not_loaded' },
			'none'
		]);
		expect(nps.series.every((p) => p.value === null && p.previous === null)).toBe(true);
		expect(result.nodes['tickets' as NodeId]?.value).toBe(0); // no rows: 0 tickets
	});

	it('reports a failed query in the result instead of failing the whole tree', async () => {
		const run = async (sql: string) => {
			if (sql.includes('FROM "surveys"'))
				throw Object.assign(new Error('Catalog Error: Table surveys does not exist'), {
					userMessage: 'A table is missing.'
				});
			return [];
		};
		const result = await evaluateTree(defaultTree, REQUEST, run);
		expect(result.failures.map((f) => [f.table, f.kind, f.message])).toEqual([
			['surveys', 'aggregate', 'A table is missing.'],
			['surveys', 'series', 'A table is missing.']
		]);
		expect(result.nodes['detractor_rate' as NodeId]?.reason).toEqual({
			code: 'query_failed',
			detail: 'A table is missing.'
		});
		expect(result.nodes['tickets' as NodeId]?.reason).toBeNull();
	});

	it('carries a missing input’s reason up through formulas', async () => {
		const result = await evaluateTree(defaultTree, { ...REQUEST, tables: ['tickets'] }, async () => []);
		expect(result.nodes['contact_rate' as NodeId]?.reason).toEqual({ code: 'table_not_loaded' });
	});

	it('gives rates of an empty period no value (never 0, NaN or Infinity), and counts 0', async () => {
		const result = await evaluateTree(defaultTree, REQUEST, async () => []);
		const values = Object.fromEntries(Object.values(result.nodes).map((n) => [n.id, n.value]));
		expect(values).toEqual({
			contact_rate: null,
			tickets: 0,
			orders: 0,
			csat: null,
			nps: null,
			frt_median: null,
			resolution_median: null,
			self_service_rate: null,
			sla_attainment: null,
			frt_p90: null,
			backlog: 0,
			one_touch_rate: null,
			reopen_rate: null,
			repeat_contact_rate: null,
			active_customers: 0,
			orders_per_customer: null,
			repurchase_rate: null,
			detractor_rate: null,
			visits: 0,
			conversion_rate: null
		});
		expect(result.nodes['csat' as NodeId]?.reason).toEqual({ code: 'no_data' });
	});

	it('returns one series point per bucket of the current period, aligned with the previous period', async () => {
		const result = await evaluateTree(defaultTree, { ...REQUEST, grain: 'week' }, async () => []);
		// 2025-03-10 is a Monday: the 7-day period is one week; the previous period starts 7 days earlier.
		expect(result.nodes['tickets' as NodeId]?.series).toEqual([
			// 0 tickets: the Poisson interval 0 ± 1.96 √0 is [0, 0]; 0 and 0 tickets are too few to tell
			{
				start: '2025-03-10',
				previousStart: '2025-03-03',
				value: 0,
				previous: 0,
				interval: { lo: 0, hi: 0 },
				significance: 'too-few'
			}
		]);
	});
});

describe('change and status', () => {
	it('meets a target on the good side or on it, by direction', () => {
		expect(targetStatus(7.9, 8, 'down')).toBe('met');
		expect(targetStatus(8, 8, 'down')).toBe('met');
		expect(targetStatus(8.1, 8, 'down')).toBe('missed');
		expect(targetStatus(85, 85, 'up')).toBe('met');
		expect(targetStatus(84.9, 85, 'up')).toBe('missed');
		expect(targetStatus(null, 85, 'up')).toBe('none');
		expect(targetStatus(50, undefined, 'up')).toBe('none');
	});

	it('has no relative change from a previous value of 0', () => {
		expect(change(150, 120)).toEqual({ absolute: 30, relative: 0.25 });
		expect(change(-10, -20)).toEqual({ absolute: 10, relative: 0.5 }); // relative to |previous|
		expect(change(3, 0)).toEqual({ absolute: 3, relative: null });
		expect(change(null, 5)).toEqual({ absolute: null, relative: null });
		expect(change(5, null)).toEqual({ absolute: null, relative: null });
	});
});

/** Edge cases of SPEC §4 through duckdb-wasm: empty periods, missing tables, degenerate data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import { childContributions } from '../../../src/lib/metrics/child-contributions';
import { evaluateTree, type TreeResult } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import {
	CREATE_TABLES,
	EVENTS,
	FIXTURE_SQL,
	PERIOD,
	PREVIOUS,
	SURVEYS,
	TICKETS
} from '../../fixtures/metrics/cx-fixture';
import { startHarness, type Harness } from './engine-harness';

let harness: Harness;
const request: EvaluationRequest = { period: PERIOD, previous: PREVIOUS, grain: 'day' };
const value = (result: TreeResult, id: string) => result.nodes[id as NodeId]!.value;
const evaluate = (extra: Partial<EvaluationRequest> = {}) =>
	evaluateTree(defaultTree, { ...request, ...extra }, harness.run);

/** Replace the tickets with these rows (created in P unless said otherwise). */
async function useTickets(rows: string): Promise<void> {
	await harness.engine.script(`DELETE FROM tickets; INSERT INTO tickets VALUES ${rows};`);
}

beforeAll(async () => {
	harness = await startHarness(FIXTURE_SQL);
});
afterAll(async () => {
	await harness.engine.close();
});

describe('an empty period', () => {
	it('counts 0, gives rates and medians no value, and still has a backlog', async () => {
		const result = await evaluate({
			period: { start: '2026-01-05', end: '2026-01-12' },
			previous: { start: '2025-12-29', end: '2026-01-05' }
		});
		expect([value(result, 'tickets'), value(result, 'orders'), value(result, 'visits')]).toEqual([0, 0, 0]);
		for (const id of [
			'contact_rate',
			'csat',
			'nps',
			'frt_median',
			'sla_attainment',
			'repeat_contact_rate',
			'orders_per_customer'
		]) {
			expect(result.nodes[id as NodeId]).toMatchObject({ value: null, reason: { code: 'no_data' } });
		}
		// still open at 2026-01-12: h01, p05, t05, t07, t11 and t21 (opened 03-17, never resolved)
		expect(value(result, 'backlog')).toBe(6);
		expect(result.nodes['backlog' as NodeId]!.series.map((p) => p.value)).toEqual([6, 6, 6, 6, 6, 6, 6]);
	});
});

describe('a missing surveys table', () => {
	it('gives survey metrics no value when the app says the table is not loaded, and the others their values', async () => {
		const result = await evaluate({ tables: ['events', 'tickets'] });
		expect(result.nodes['nps' as NodeId]).toMatchObject({
			value: null,
			reason: { code: 'table_not_loaded' }
		});
		expect(result.nodes['detractor_rate' as NodeId]).toMatchObject({
			value: null,
			reason: { code: 'table_not_loaded' }
		});
		expect([value(result, 'contact_rate'), value(result, 'csat')]).toEqual([150, 75]);
		expect(result.failures).toEqual([]);
	});

	it('reports the failed query when the table is absent from the database', async () => {
		await harness.engine.script('DROP TABLE surveys');
		try {
			const result = await evaluate();
			expect(result.nodes['nps' as NodeId]!.reason?.code).toBe('query_failed');
			expect(result.failures.map((f) => [f.table, f.kind])).toEqual([
				['surveys', 'aggregate'],
				['surveys', 'series']
			]);
			expect(value(result, 'contact_rate')).toBe(150);
		} finally {
			await harness.engine.script(
				CREATE_TABLES.split(';').find((s) => s.includes('TABLE surveys'))! + ';' + SURVEYS
			);
		}
	});
});

describe('degenerate tickets', () => {
	afterAll(async () => {
		await harness.engine.script(`DELETE FROM tickets; ${TICKETS}`);
	});

	it('has no SLA attainment or one-touch rate when every ticket is self-service', async () => {
		await useTickets(`
			('s1', '2025-03-10 09:00', 'c1', NULL, '2025-03-10 09:05', 'chat', 'delivery', 'low', NULL, true, 0, 0, 5),
			('s2', '2025-03-11 09:00', 'c2', NULL, '2025-03-11 09:05', 'chat', 'refund',   'low', NULL, true, 0, 0, NULL)`);
		const result = await evaluate();
		expect(value(result, 'self_service_rate')).toBe(100); // 2 of 2
		expect(result.nodes['sla_attainment' as NodeId]).toMatchObject({
			value: null,
			sample: { current: 0 },
			reason: { code: 'no_data' }
		});
		expect(value(result, 'one_touch_rate')).toBeNull(); // no agent-resolved ticket
		expect(value(result, 'csat')).toBe(100); // 1 rated, a 5
	});

	it('has no repeat-contact rate when no ticket has a customer', async () => {
		await useTickets(`
			('n1', '2025-03-10 09:00', NULL, '2025-03-10 09:01', NULL, 'chat', 'delivery', 'low', 'A', false, 1, 0, NULL),
			('n2', '2025-03-10 10:00', NULL, '2025-03-10 10:01', NULL, 'chat', 'delivery', 'low', 'A', false, 1, 0, NULL)`);
		const result = await evaluate();
		expect(value(result, 'tickets')).toBe(2);
		expect(result.nodes['repeat_contact_rate' as NodeId]).toMatchObject({
			value: null,
			sample: { current: 0 }
		});
	});

	it('counts a repeat contact up to exactly 7 days later, but not at the same instant', async () => {
		await useTickets(`
			('r1', '2025-03-10 09:00', 'same',  NULL, NULL, 'chat', NULL, NULL, NULL, false, NULL, NULL, NULL),
			('r2', '2025-03-10 09:00', 'same',  NULL, NULL, 'chat', NULL, NULL, NULL, false, NULL, NULL, NULL),
			('r3', '2025-03-10 09:00', 'week',  NULL, NULL, 'chat', NULL, NULL, NULL, false, NULL, NULL, NULL),
			('r4', '2025-03-17 09:00', 'week',  NULL, NULL, 'chat', NULL, NULL, NULL, false, NULL, NULL, NULL),
			('r5', '2025-03-10 09:00', 'late',  NULL, NULL, 'chat', NULL, NULL, NULL, false, NULL, NULL, NULL),
			('r6', '2025-03-17 09:00:01', 'late', NULL, NULL, 'chat', NULL, NULL, NULL, false, NULL, NULL, NULL)`);
		const result = await evaluate();
		// in P: r1, r2 (same instant: neither repeats the other), r3 (r4 is exactly 7 days later: counts), r5 (r6 one second too late)
		expect(result.nodes['repeat_contact_rate' as NodeId]).toMatchObject({
			value: 25,
			sample: { current: 4 }
		}); // 1 of 4
	});

	it('counts unanswered tickets as SLA misses, and answers at exactly the SLA as met', async () => {
		await useTickets(`
			('a1', '2025-03-10 09:00', 'c1', NULL,               NULL, 'chat',  NULL, NULL, NULL, false, NULL, NULL, NULL),
			('a2', '2025-03-10 09:00', 'c2', '2025-03-10 09:05', NULL, 'chat',  NULL, NULL, NULL, false, NULL, NULL, NULL),
			('a3', '2025-03-10 09:00', 'c3', '2025-03-10 10:00', NULL, 'social', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
			('a4', '2025-03-10 09:00', 'c4', '2025-03-10 13:00:01', NULL, 'fax', NULL, NULL, NULL, false, NULL, NULL, NULL)`);
		const result = await evaluate();
		// a1 unanswered: missed; a2 chat 5 min: met; a3 social 60 min (NULL self-service = agent ticket): met;
		// a4 an unknown channel gets 240 min, answered after 240 min 1 s: missed → 2 of 4
		expect(result.nodes['sla_attainment' as NodeId]).toMatchObject({ value: 50, sample: { current: 4 } });
		expect(value(result, 'frt_median')).toBeCloseTo(60, 9); // answered: 5, 60, 240.0167 → 60
	});
});

describe('zero orders', () => {
	beforeAll(async () => {
		await harness.engine.script(`DELETE FROM events WHERE event_type = 'order'`);
	});
	afterAll(async () => {
		await harness.engine.script(`DELETE FROM events; ${EVENTS}`);
	});

	it('gives the north star no value instead of dividing by zero', async () => {
		const result = await evaluate();
		expect(result.nodes['contact_rate' as NodeId]).toMatchObject({
			value: null,
			previous: null,
			change: null,
			status: 'none',
			reason: { code: 'no_data' }
		});
		expect(value(result, 'conversion_rate')).toBe(0); // 0 orders of 16 visits is a real 0
		expect([value(result, 'orders_per_customer'), value(result, 'repurchase_rate')]).toEqual([null, null]);
		expect(result.nodes['contact_rate' as NodeId]!.series.every((p) => p.value === null)).toBe(true);
	});

	it('does not decompose a change it cannot compute', async () => {
		const result = await evaluate();
		expect(childContributions(defaultTree, result, 'contact_rate' as NodeId)).toEqual({
			status: 'not_decomposed',
			reason: 'no_value'
		});
		expect(childContributions(defaultTree, result, 'orders' as NodeId)).toEqual({
			status: 'not_decomposed',
			reason: 'no_value'
		});
		const split = await breakdown(defaultTree, 'contact_rate' as NodeId, 'category', request, harness.run);
		expect(split.decomposition).toEqual({ status: 'not_decomposed', reason: 'no_value' });
		expect(split.rows.every((r) => r.current === null)).toBe(true);
	});
});

describe('filters from the user', () => {
	it('selects rows where the dimension is missing with a null value', async () => {
		const result = await evaluate({ filters: { team: [null] } });
		expect(value(result, 'tickets')).toBe(2); // t03, t10 have no team
	});

	it('quotes values, so a value with a quote is just a value', async () => {
		const result = await evaluate({ filters: { category: ["delivery' OR '1'='1"] } });
		expect(result.failures).toEqual([]);
		expect(value(result, 'tickets')).toBe(0);
	});
});

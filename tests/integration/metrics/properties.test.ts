/** Properties of evaluation on random small datasets, through duckdb-wasm (fast-check). */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import { childContributions } from '../../../src/lib/metrics/child-contributions';
import type { Decomposition } from '../../../src/lib/metrics/contribution';
import { evaluateTree, type TreeResult } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import { CREATE_TABLES } from '../../fixtures/metrics/cx-fixture';
import { startHarness, type Harness } from './engine-harness';

const START = Date.UTC(2025, 2, 3);
const request: EvaluationRequest = {
	period: { start: '2025-03-10', end: '2025-03-17' },
	previous: { start: '2025-03-03', end: '2025-03-10' },
	grain: 'day'
};

const at = (ms: number) => `'${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}'`;
const lit = (v: string | number | boolean | null) =>
	v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

// Times from a week before the previous period to a week after the current one, on a 10-minute grid.
const time = fc.integer({ min: -7 * 144, max: 21 * 144 }).map((tenMinutes) => START + tenMinutes * 600_000);

const ticket = fc.record({
	created: time,
	customer: maybe(fc.constantFrom('c1', 'c2', 'c3')),
	responseMinutes: maybe(fc.integer({ min: 0, max: 300 })),
	resolutionHours: maybe(fc.integer({ min: 0, max: 240 })),
	channel: maybe(fc.constantFrom('chat', 'email', 'social')),
	team: maybe(fc.constantFrom('A', 'B')),
	selfService: maybe(fc.boolean()),
	replies: maybe(fc.integer({ min: 0, max: 3 })),
	reopens: maybe(fc.integer({ min: 0, max: 2 })),
	csat: maybe(fc.integer({ min: 1, max: 5 }))
});

const event = fc.record({
	ts: time,
	customer: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
	type: fc.constantFrom('order', 'visit'),
	channel: maybe(fc.constantFrom('web', 'app')),
	segment: maybe(fc.constantFrom('new', 'vip'))
});

const survey = fc.record({
	ts: time,
	score: fc.integer({ min: 0, max: 10 }),
	touchpoint: maybe(fc.constantFrom('after_delivery', 'after_support'))
});

const dataset = fc.record({
	tickets: fc.array(ticket, { maxLength: 25 }),
	events: fc.array(event, { maxLength: 30 }),
	surveys: fc.array(survey, { maxLength: 10 })
});
type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

function datasetSql(data: Dataset): string {
	const values = (rows: string[][]) => rows.map((r) => `(${r.join(', ')})`).join(',\n');
	const tickets = data.tickets.map((t, i) => [
		lit(`t${i}`),
		at(t.created),
		lit(t.customer),
		t.responseMinutes === null ? 'NULL' : at(t.created + t.responseMinutes * 60_000),
		t.resolutionHours === null ? 'NULL' : at(t.created + t.resolutionHours * 3_600_000),
		lit(t.channel),
		'NULL',
		'NULL',
		lit(t.team),
		lit(t.selfService),
		lit(t.replies),
		lit(t.reopens),
		lit(t.csat)
	]);
	const events = data.events.map((e) => [
		at(e.ts),
		lit(e.customer),
		lit(e.type),
		lit(e.channel),
		lit(e.segment),
		'NULL'
	]);
	const surveys = data.surveys.map((s) => [at(s.ts), lit(s.score), 'NULL', lit(s.touchpoint)]);
	return [
		CREATE_TABLES,
		tickets.length ? `INSERT INTO tickets VALUES ${values(tickets)};` : '',
		events.length ? `INSERT INTO events VALUES ${values(events)};` : '',
		surveys.length ? `INSERT INTO surveys VALUES ${values(surveys)};` : ''
	].join('\n');
}

let harness: Harness;
beforeAll(async () => {
	harness = await startHarness(CREATE_TABLES);
});
afterAll(async () => {
	await harness.engine.close();
});

const load = (data: Dataset) => harness.engine.script(datasetSql(data));
const evaluate = (extra: Partial<EvaluationRequest> = {}) =>
	evaluateTree(defaultTree, { ...request, ...extra }, harness.run);
const node = (result: TreeResult, id: string) => result.nodes[id as NodeId]!;
const RUNS = { numRuns: 50 };

function expectExact(decomposition: Decomposition, change: number | null): void {
	if (decomposition.status !== 'exact') return;
	const sum = decomposition.contributions.reduce((total, c) => total + c.amount, 0);
	expect(Math.abs(sum - decomposition.change)).toBeLessThan(1e-9);
	// The breakdown's own totals agree with the node's evaluated change.
	if (change !== null) expect(Math.abs(decomposition.change - change)).toBeLessThan(1e-9);
}

describe('on random small datasets', () => {
	it(
		'contributions sum to the change, for children and for every dimension',
		{ timeout: 180_000 },
		async () => {
			const cases: [string, string][] = [
				['tickets', 'channel'],
				['tickets', 'team'],
				['backlog', 'team'],
				['csat', 'channel'],
				['sla_attainment', 'team'],
				['repeat_contact_rate', 'channel'],
				['self_service_rate', 'channel'],
				['contact_rate', 'channel'],
				['orders', 'segment'],
				['conversion_rate', 'channel'],
				['orders_per_customer', 'segment'],
				['nps', 'touchpoint'],
				['detractor_rate', 'touchpoint']
			];
			await fc.assert(
				fc.asyncProperty(dataset, async (data) => {
					await load(data);
					const result = await evaluate();
					for (const parent of ['contact_rate', 'orders']) {
						expectExact(
							childContributions(defaultTree, result, parent as NodeId),
							node(result, parent).change
						);
					}
					for (const [id, dimension] of cases) {
						const split = await breakdown(defaultTree, id as NodeId, dimension, request, harness.run);
						expectExact(split.decomposition, node(result, id).change);
					}
				}),
				RUNS
			);
		}
	);

	it(
		'a formula node equals its formula over its children, in total and per bucket',
		{ timeout: 120_000 },
		async () => {
			const formulas: [string, (v: (id: string) => number | null) => number | null][] = [
				['contact_rate', (v) => ratio(100 * v('tickets')!, v('orders')!)],
				['conversion_rate', (v) => ratio(100 * v('orders')!, v('visits')!)],
				['orders_per_customer', (v) => ratio(v('orders')!, v('active_customers')!)]
			];
			await fc.assert(
				fc.asyncProperty(dataset, async (data) => {
					await load(data);
					const result = await evaluate();
					for (const [id, formula] of formulas) {
						expect(node(result, id).value).toBe(formula((child) => node(result, child).value));
						expect(node(result, id).previous).toBe(formula((child) => node(result, child).previous));
						node(result, id).series.forEach((point, i) => {
							expect(point.value).toBe(formula((child) => node(result, child).series[i]!.value));
						});
					}
				}),
				RUNS
			);
		}
	);

	it(
		'summing a count over each value of a dimension gives the unfiltered count',
		{ timeout: 180_000 },
		async () => {
			const counts: [string, string, (string | null)[]][] = [
				['tickets', 'channel', ['chat', 'email', 'social', null]],
				['backlog', 'team', ['A', 'B', null]],
				['orders', 'segment', ['new', 'vip', null]]
			];
			await fc.assert(
				fc.asyncProperty(dataset, async (data) => {
					await load(data);
					const whole = await evaluate();
					for (const [id, dimension, values] of counts) {
						let current = 0;
						let previous = 0;
						for (const value of values) {
							const part = await evaluate({ filters: { [dimension]: [value] } });
							current += node(part, id).value!;
							previous += node(part, id).previous!;
						}
						expect([current, previous]).toEqual([node(whole, id).value, node(whole, id).previous]);
					}
				}),
				{ numRuns: 25 }
			);
		}
	);
});

/** A ratio with no value on a zero denominator, like the engine's. */
function ratio(numerator: number, denominator: number): number | null {
	return denominator === 0 ? null : numerator / denominator;
}

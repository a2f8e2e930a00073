/**
 * The sample data's story (SPEC §6) as the contribution, uncertainty and "what changed" code must tell
 * it: the delivery incident in the week of 2025-09-08 … 14.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import { evaluateTree } from '../../../src/lib/metrics/evaluate';
import { dimensionBreakdowns, explain, explainPlan, explainTargets } from '../../../src/lib/metrics/explain';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import type { Contribution } from '../../../src/lib/metrics/contribution';
import { startHarness, type Harness } from './engine-harness';

const INCIDENT: EvaluationRequest = {
	period: { start: '2025-09-08', end: '2025-09-15' },
	previous: { start: '2025-09-01', end: '2025-09-08' },
	grain: 'day'
};

let harness: Harness;
beforeAll(async () => {
	harness = await startHarness('SELECT 1');
	for (const table of ['events', 'tickets', 'surveys'] as const) {
		const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
		await harness.engine.loadTable(table, { kind: 'bytes', bytes, format: 'parquet' });
	}
}, 120_000);
afterAll(() => harness.engine.close());

/** The dimension value with the largest |contribution|. */
function largest(contributions: readonly Contribution[]): string | null | undefined {
	const values = contributions.filter((c) => c.kind === 'value' || c.kind === 'mix_rate');
	const sorted = [...values].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
	const first = sorted[0];
	return first && 'value' in first ? first.value : undefined;
}

describe('the incident week (2025-09-08 … 14) against the week before', () => {
	it('names delivery as the largest contributor to CSAT’s change by category', async () => {
		const result = await breakdown(defaultTree, 'csat' as NodeId, 'category', INCIDENT, harness.run);
		expect(result.decomposition.status).toBe('exact');
		if (result.decomposition.status !== 'exact') return;
		expect(result.decomposition.change).toBeLessThan(0);
		expect(largest(result.decomposition.contributions)).toBe('delivery');
		// …and delivery pulls CSAT down, mostly through its own rate falling.
		const delivery = result.decomposition.contributions.find((c) => 'value' in c && c.value === 'delivery');
		expect(delivery?.kind).toBe('mix_rate');
		if (delivery?.kind === 'mix_rate') {
			expect(delivery.amount).toBeLessThan(0);
			expect(Math.abs(delivery.rate)).toBeGreaterThan(Math.abs(delivery.mix));
		}
	});

	it('names delivery as the largest contributor to contact rate’s change by category', async () => {
		const result = await breakdown(defaultTree, 'contact_rate' as NodeId, 'category', INCIDENT, harness.run);
		expect(result.decomposition.status).toBe('exact');
		if (result.decomposition.status !== 'exact') return;
		expect(result.decomposition.change).toBeGreaterThan(0);
		expect(largest(result.decomposition.contributions)).toBe('delivery');
	});
});

describe('is it real or noise?', () => {
	it('calls the incident week’s CSAT, tickets and contact rate changes significant', async () => {
		const result = await evaluateTree(defaultTree, INCIDENT, harness.run);
		const csat = result.nodes['csat' as NodeId]!;
		// ~90 ratings in the week, CSAT down by about 28 pp: far outside noise
		expect(csat.change!).toBeLessThan(-20);
		expect(csat.uncertainty.verdict).toBe('significant');
		expect(csat.uncertainty.n.current).toBeGreaterThan(50);
		expect(csat.uncertainty.interval!.lo).toBeLessThan(csat.value!);
		expect(csat.uncertainty.interval!.hi).toBeGreaterThan(csat.value!);
		for (const id of ['tickets', 'contact_rate']) {
			expect(result.nodes[id as NodeId]!.uncertainty.verdict, id).toBe('significant');
		}
		// orders did not move that week: within noise
		expect(result.nodes['orders' as NodeId]!.uncertainty.verdict).toBe('noise');
		// still two queries per table: intervals come with the values
		expect(result.queryCount).toBe(6);
	});

	it('calls a quiet week’s small changes within noise', async () => {
		const quiet: EvaluationRequest = {
			period: { start: '2025-03-10', end: '2025-03-17' },
			previous: { start: '2025-03-03', end: '2025-03-10' },
			grain: 'day'
		};
		const result = await evaluateTree(defaultTree, quiet, harness.run);
		for (const id of ['contact_rate', 'tickets', 'orders', 'csat', 'nps', 'reopen_rate', 'frt_median']) {
			const node = result.nodes[id as NodeId]!;
			expect(node.change, id).not.toBe(0);
			expect(node.uncertainty.verdict, id).toBe('noise');
		}
	});
});

describe('what changed (SPEC §5.4)', () => {
	async function explainNode(id: string, request: EvaluationRequest = INCIDENT) {
		const result = await evaluateTree(defaultTree, request, harness.run);
		const plan = explainPlan(defaultTree, result, id as NodeId, request);
		const queries: string[] = [];
		const breakdowns = await dimensionBreakdowns(defaultTree, explainTargets(plan), request, (sql) => {
			queries.push(sql);
			return harness.run(sql);
		});
		return { result, queries, explanation: explain(defaultTree, result, plan, breakdowns) };
	}

	it('explains contact rate’s incident week: tickets, then category = delivery, first; orders barely', async () => {
		const { result, queries, explanation } = await explainNode('contact_rate');
		expect(explanation.status).toBe('explained');
		expect(explanation.verdict).toBe('significant');
		const [first, second] = explanation.steps;
		expect(first).toMatchObject({ node: 'tickets', parent: 'contact_rate', role: 'numerator' });
		expect(second).toMatchObject({ node: 'orders', parent: 'contact_rate', role: 'denominator' });
		// The formula split is exact: the children's amounts add up to contact rate's change.
		const children = explanation.steps.filter((s) => s.parent === 'contact_rate');
		expect(children.reduce((sum, s) => sum + s.amount, 0)).toBeCloseTo(
			result.nodes['contact_rate' as NodeId]!.change!,
			9
		);
		expect(Math.abs(second!.amount)).toBeLessThan(Math.abs(first!.amount) / 10);
		// Tickets' best dimension is category, and delivery alone carries (more than) tickets' share.
		expect(first!.dimension?.dimension).toBe('category');
		expect(first!.dimension?.parts[0]?.value).toBe('delivery');
		expect(first!.dimension?.parts[0]?.verdict).toBe('significant');
		expect(first!.dimension!.parts[0]!.amount).toBeGreaterThan(first!.amount * 0.8);
		// The same number as contact rate broken down by category (a ratio's numerator split, SPEC §4).
		const byCategory = await breakdown(
			defaultTree,
			'contact_rate' as NodeId,
			'category',
			INCIDENT,
			harness.run
		);
		const delivery =
			byCategory.decomposition.status === 'exact'
				? byCategory.decomposition.contributions.find((c) => 'value' in c && c.value === 'delivery')
				: undefined;
		expect(first!.dimension!.parts[0]!.amount).toBeCloseTo(delivery!.amount, 9);
		// CSAT fell significantly with contact rate up: both bad news, so it is supporting evidence.
		expect(explanation.evidence.map((e) => e.node)).toContain('csat');
		for (const e of explanation.evidence) {
			expect(result.nodes[e.node]!.uncertainty.verdict, e.node).toBe('significant');
		}
		// One statement for every dimension of tickets (the only table followed), beyond the tree's own.
		expect(queries).toHaveLength(1);
	});

	it('explains CSAT by itself: category = delivery', async () => {
		const { explanation } = await explainNode('csat');
		expect(explanation.status).toBe('explained');
		const [self] = explanation.steps;
		expect(self).toMatchObject({ node: 'csat', parent: null });
		expect(self!.dimension?.dimension).toBe('category');
		expect(self!.dimension?.parts[0]?.value).toBe('delivery');
	});

	it('leaves a filtered dimension out: with tickets filtered to one category, it explains by the others', async () => {
		const request = { ...INCIDENT, filters: { category: ['delivery'] } };
		const { explanation } = await explainNode('tickets', request);
		const dimensions = [
			explanation.steps[0]!.dimension!.dimension,
			...explanation.steps[0]!.dimension!.others.map((o) => o.dimension)
		];
		expect(dimensions).not.toContain('category');
		expect(dimensions.length).toBeGreaterThan(0);
	});
});

describe('every dimension in one statement', () => {
	it('gives each node and dimension the same rows and decomposition as its own breakdown query', async () => {
		const targets = [
			{
				node: 'tickets' as NodeId,
				table: 'tickets' as const,
				dimensions: ['channel', 'category', 'priority', 'team'] as const
			},
			{ node: 'csat' as NodeId, table: 'tickets' as const, dimensions: ['category', 'team'] as const },
			{ node: 'repeat_contact_rate' as NodeId, table: 'tickets' as const, dimensions: ['channel'] as const },
			{ node: 'nps' as NodeId, table: 'surveys' as const, dimensions: ['touchpoint'] as const }
		].map((t) => ({ ...t, dimensions: [...t.dimensions] }));
		const all = await dimensionBreakdowns(defaultTree, targets, INCIDENT, harness.run);
		expect(all).toHaveLength(4 + 2 + 1 + 1);
		for (const one of all) {
			const own = await breakdown(defaultTree, one.node, one.dimension, INCIDENT, harness.run);
			expect(one.rows, `${one.node} by ${one.dimension}`).toEqual(own.rows);
			expect(one.decomposition, `${one.node} by ${one.dimension}`).toEqual(own.decomposition);
		}
	});
});

describe('one metric evaluated alone (a hypothesis check, SPEC §4)', () => {
	it('gives the same node as the whole tree, from its own tables’ statements only', async () => {
		const whole = await evaluateTree(defaultTree, INCIDENT, harness.run);
		const alone = await evaluateTree(defaultTree, { ...INCIDENT, nodes: ['contact_rate'] }, harness.run);
		const id = 'contact_rate' as NodeId;
		expect(alone.nodes[id]).toEqual(whole.nodes[id]);
		// 100 × tickets ÷ orders: the tickets and the events statements (aggregate + series each), no surveys.
		expect(alone.queryCount).toBe(4);
		expect(whole.queryCount).toBe(6);
		expect(Object.keys(alone.nodes).sort()).toEqual(['contact_rate', 'orders', 'tickets']);
		await expect(evaluateTree(defaultTree, { ...INCIDENT, nodes: ['nope'] }, harness.run)).rejects.toThrow(
			/no metric “nope”/
		);
	});
});

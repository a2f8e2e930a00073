import { describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import type { Edge, MetricNode } from '../../../src/lib/metrics/types';

/** SPEC §4 "The default CX tree", row by row: id, tier, direction, parent (edge). */
const SPEC: [string, 'NS' | 'OP' | 'MG', 'up' | 'down', string | null][] = [
	['contact_rate', 'NS', 'down', null],
	['tickets', 'OP', 'down', 'contact_rate (formula, numerator)'],
	['orders', 'OP', 'up', 'contact_rate (formula, denominator)'],
	['csat', 'OP', 'up', 'contact_rate (driver)'],
	['nps', 'OP', 'up', 'contact_rate (driver)'],
	['frt_median', 'OP', 'down', 'csat (driver)'],
	['resolution_median', 'OP', 'down', 'csat (driver)'],
	['self_service_rate', 'OP', 'up', 'tickets (driver)'],
	['sla_attainment', 'MG', 'up', 'frt_median (driver)'],
	['frt_p90', 'MG', 'down', 'frt_median (driver)'],
	['backlog', 'MG', 'down', 'resolution_median (driver)'],
	['one_touch_rate', 'MG', 'up', 'resolution_median (driver)'],
	['reopen_rate', 'MG', 'down', 'tickets (driver)'],
	['repeat_contact_rate', 'MG', 'down', 'tickets (driver)'],
	['active_customers', 'MG', 'up', 'orders (formula, factor)'],
	['orders_per_customer', 'MG', 'up', 'orders (formula, factor)'],
	['repurchase_rate', 'MG', 'up', 'orders_per_customer (driver)'],
	['detractor_rate', 'MG', 'down', 'nps (driver)'],
	['visits', 'MG', 'up', 'orders (driver)'],
	['conversion_rate', 'MG', 'up', 'orders (driver)']
];

const TIERS = { NS: 'north_star', OP: 'operational', MG: 'management' } as const;

function parentOf(node: MetricNode, edges: readonly Edge[]): string | null {
	const edge = edges.find((e) => e.child === node.id);
	if (!edge) return null;
	return `${edge.parent} (${edge.type === 'formula' ? `formula, ${edge.role}` : 'driver'})`;
}

describe('the default CX tree (SPEC §4)', () => {
	it('has the 20 metrics of the spec, with their tiers, directions and parents', () => {
		const actual = defaultTree.nodes.map((n) => [n.id, n.tier, n.direction, parentOf(n, defaultTree.edges)]);
		expect(actual).toEqual(SPEC.map(([id, tier, dir, parent]) => [id, TIERS[tier], dir, parent]));
		expect(defaultTree.root).toBe('contact_rate');
	});

	it('has the default targets', () => {
		const targets = Object.fromEntries(
			defaultTree.nodes.filter((n) => n.target !== undefined).map((n) => [n.id, n.target])
		);
		expect(targets).toEqual({
			contact_rate: 8,
			csat: 85,
			nps: 40,
			frt_median: 5,
			sla_attainment: 90,
			resolution_median: 24,
			reopen_rate: 5
		});
	});

	it('names and describes every metric in English and Korean', () => {
		for (const node of defaultTree.nodes) {
			expect(node.name.en, node.id).not.toBe('');
			expect(node.name.ko, node.id).toMatch(/[가-힣]/);
			expect(node.description.ko, node.id).toMatch(/[가-힣]/);
		}
	});

	it('computes the north star and the two other ratios by formula', () => {
		const formulas = defaultTree.nodes.flatMap((n) =>
			n.definition.kind === 'formula' ? [[n.id, n.definition.expression]] : []
		);
		expect(formulas).toEqual([
			['contact_rate', '100 * tickets / orders'],
			['orders_per_customer', 'orders / active_customers'],
			['conversion_rate', '100 * orders / visits']
		]);
	});

	it('formats durations in the units of the spec', () => {
		const format = (id: string) => defaultTree.nodes.find((n) => n.id === id)?.format;
		expect([format('frt_median'), format('frt_p90'), format('resolution_median')]).toEqual([
			'minutes',
			'minutes',
			'hours'
		]);
		expect([format('csat'), format('tickets'), format('contact_rate')]).toEqual([
			'percent',
			'count',
			'ratio'
		]);
	});
});

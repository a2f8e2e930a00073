import { describe, expect, it } from 'vitest';
import { formulaSubtree } from '../../../src/lib/metrics/subtree';
import type { NodeId } from '../../../src/lib/metrics/types';
import { defaultTree } from '../../fixtures/default-tree';

const id = (raw: string) => raw as NodeId;

describe('the part of the tree a metric is computed from', () => {
	it('keeps a formula node and its formula children, not its drivers nor a leaf child’s identity', () => {
		// contact_rate = 100 × tickets ÷ orders (SPEC §4); its drivers (csat, nps…) do not enter it, and
		// orders is counted from events, whatever its own formula edges (active customers × orders per customer).
		const part = formulaSubtree(defaultTree, [id('contact_rate')]);
		expect(part.nodes.map((n) => n.id).sort()).toEqual(['contact_rate', 'orders', 'tickets']);
		expect(part.root).toBe('contact_rate');
		expect(part.edges.every((e) => e.type === 'formula')).toBe(true);
		expect(part.edges).toHaveLength(2);
	});

	it('keeps a leaf alone', () => {
		const part = formulaSubtree(defaultTree, [id('csat')]);
		expect(part.nodes.map((n) => n.id)).toEqual(['csat']);
		expect(part.edges).toEqual([]);
	});

	it('follows formulas down every level and joins several roots', () => {
		// orders_per_customer = orders ÷ active_customers: two leaves of events.
		const ratio = formulaSubtree(defaultTree, [id('orders_per_customer')]);
		expect(ratio.nodes.map((n) => n.id).sort()).toEqual([
			'active_customers',
			'orders',
			'orders_per_customer'
		]);
		const two = formulaSubtree(defaultTree, [id('csat'), id('contact_rate')]);
		expect(two.nodes.map((n) => n.id).sort()).toEqual(['contact_rate', 'csat', 'orders', 'tickets']);
		expect(two.root).toBe('csat');
	});
});

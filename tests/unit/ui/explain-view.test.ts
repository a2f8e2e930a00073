/** "What changed" in words: English and Korean sentences, amounts in the explained metric's units, links. */
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../src/lib/metrics/explain';
import type { NodeId } from '../../../src/lib/metrics/types';
import { explainView } from '../../../src/lib/ui/explain/explain-view';
import { defaultTree } from '../../fixtures/default-tree';
import type { Dimension } from '../../../src/lib/metrics/dimensions';

const id = (s: string) => s as NodeId;

/** Contact rate +5.82 per 100 orders: tickets +5.80 (of +99 tickets) — category delivery +5.97; orders +0.03. */
const EXPLANATION: Explanation = {
	node: id('contact_rate'),
	status: 'explained',
	change: 5.824,
	verdict: 'significant',
	steps: [
		{
			node: id('tickets'),
			parent: id('contact_rate'),
			role: 'numerator',
			depth: 1,
			amount: 5.796,
			change: 99,
			verdict: 'significant',
			dimension: {
				dimension: 'category' as Dimension,
				count: 1,
				explained: 1.03,
				score: 1,
				parts: [{ value: 'delivery', amount: 5.972, verdict: 'significant' }],
				others: []
			}
		},
		{
			node: id('orders'),
			parent: id('contact_rate'),
			role: 'denominator',
			depth: 1,
			amount: 0.028,
			change: -6,
			verdict: 'noise',
			dimension: null
		}
	],
	evidence: [{ node: id('csat'), parent: id('contact_rate'), change: -27.7 }]
};

const href = (node: NodeId, by: string | null) => `/metric/${node}${by ? `?by=${by}` : ''}`;

describe('the panel’s words', () => {
	it('says the change, each child’s share and the value behind it, in English', () => {
		const view = explainView(EXPLANATION, defaultTree, 'en', href);
		expect(view.summary).toBe('Contact rate +5.82 per 100 orders against the comparison period');
		expect(view.note).toBeNull();
		const [tickets, orders] = view.steps;
		expect(tickets).toMatchObject({
			label: 'Tickets contributed +5.80',
			own: 'Tickets itself +99',
			by: 'By Category',
			href: '/metric/tickets?by=category'
		});
		expect(tickets!.parts).toEqual([
			{
				metricId: 'tickets',
				dimension: 'category' as Dimension,
				value: 'delivery',
				contribution: 5.972,
				label: 'Category “delivery”',
				amount: '+5.97',
				verdict: 'significant',
				href: '/metric/tickets?by=category'
			}
		]);
		expect(orders).toMatchObject({ label: 'Orders contributed +0.03', parts: [], href: '/metric/orders' });
		expect(view.evidence).toEqual([
			{ metricId: 'csat', text: 'CSAT −27.7 pp', verdict: 'significant', href: '/metric/csat' }
		]);
	});

	it('reads naturally in Korean', () => {
		const view = explainView(EXPLANATION, defaultTree, 'ko', href);
		expect(view.summary).toBe('문의율: 비교 기간보다 주문 100건당 +5.82');
		expect(view.steps[0]!.label).toBe('문의 수의 기여 +5.80');
		expect(view.steps[0]!.parts[0]!.label).toBe('유형 “delivery”');
	});

	it('names a missing value, and says why there is nothing to list', () => {
		const missing: Explanation = {
			...EXPLANATION,
			node: id('csat'),
			change: -27.7,
			steps: [
				{
					...EXPLANATION.steps[0]!,
					node: id('csat'),
					parent: null,
					role: null,
					depth: 0,
					dimension: {
						...EXPLANATION.steps[0]!.dimension!,
						parts: [{ value: null, amount: -20, verdict: null }]
					}
				}
			]
		};
		const view = explainView(missing, defaultTree, 'en', href);
		// The explained leaf's own values: listed under no step of their own.
		expect(view.steps).toEqual([]);
		expect(view.self!.label).toBeNull();
		expect(view.self!.parts[0]!.label).toBe('Category “(not set)”');
		const flat = explainView(
			{ ...EXPLANATION, status: 'unchanged', change: 0, steps: [], evidence: [] },
			defaultTree,
			'en',
			href
		);
		expect(flat.note).toBe('Nothing to explain: it did not change against the comparison period.');
	});
});

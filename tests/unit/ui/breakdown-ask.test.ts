/**
 * The drill-down's breakdown ask, worked out apart from the panel: which dimension, which filter key, which
 * request (without the filter on that dimension, every other kept), and the breakdown with its total.
 */
import { describe, expect, it } from 'vitest';
import { canonicalCatalog, type Dimension } from '../../../src/lib/metrics/dimensions';
import type { NodeId } from '../../../src/lib/metrics/types';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { ViewState } from '../../../src/lib/state/view-state';
import { breakdownSource } from '../../../src/lib/metrics/breakdown-plan';
import { breakdownAsk, loadBreakdown } from '../../../src/lib/ui/drilldown/breakdown-ask';
import type { MetricService } from '../../../src/lib/ui/metric-service';
import { defaultTree } from '../../fixtures/default-tree';

const service = { dimensions: canonicalCatalog(), tree: defaultTree };
/** What the drill-down asks for metric `id`: its breakdown source's table and dimensions. */
const nodeBreakdownAsk = (id: NodeId, shown: ViewState) => {
	const source = breakdownSource(defaultTree, id, service.dimensions);
	return source ? breakdownAsk(service, shown, source.table, source.dimensions) : null;
};
const view = (over: Partial<ViewState> = {}): ViewState =>
	({
		from: '2025-11-01',
		to: '2025-11-30',
		compareFrom: null,
		compareTo: null,
		grain: 'day',
		filters: { segment: ['returning'], 'tickets.channel': ['chat'], category: ['billing'] },
		by: null,
		...over
	}) as ViewState;

describe('breakdownAsk', () => {
	it("splits by the view's dimension when the table has it, without that dimension's filter", () => {
		const ask = nodeBreakdownAsk('contact_rate' as NodeId, view({ by: 'channel' as Dimension }));
		// Contact rate splits by its numerator's table, tickets; `channel` is shared with events: qualified key.
		expect(ask?.dimension).toBe('channel');
		expect(ask?.key).toBe('tickets.channel');
		expect(ask?.request.filters).toEqual({ segment: ['returning'], category: ['billing'] });
		expect(ask?.request.period).toEqual({ start: '2025-11-01', end: '2025-12-01' });
	});

	it("takes the table's first dimension when the view names none or one the table lacks", () => {
		for (const by of [null, 'segment']) {
			const ask = breakdownAsk(service, view({ by: by as Dimension | null }), 'tickets', [
				'category',
				'channel'
			] as Dimension[]);
			expect(ask?.dimension).toBe('category');
			expect(ask?.key).toBe('category');
			expect(ask?.request.filters).toEqual({ segment: ['returning'], 'tickets.channel': ['chat'] });
		}
	});

	it('asks nothing without a table or a dimension', () => {
		expect(breakdownAsk(service, view(), null, ['category'] as Dimension[])).toBeNull();
		expect(breakdownAsk(service, view(), 'tickets', [])).toBeNull();
		expect(nodeBreakdownAsk('no_such_metric' as NodeId, view())).toBeNull();
	});
});

describe('loadBreakdown', () => {
	it('asks the breakdown and the tree for the same request and gives the metric as the total', async () => {
		const asked: unknown[] = [];
		const fake = {
			breakdown: async (node: NodeId, dimension: Dimension, request: EvaluationRequest) => {
				asked.push(['breakdown', node, dimension, request]);
				return { dimension, rows: [] };
			},
			evaluate: async (request: EvaluationRequest) => {
				asked.push(['evaluate', request]);
				return { nodes: { contact_rate: { value: 1.5 } }, failures: [] };
			}
		} as unknown as Pick<MetricService, 'breakdown' | 'evaluate'>;
		const ask = nodeBreakdownAsk('contact_rate' as NodeId, view())!;
		const loaded = await loadBreakdown(fake, 'contact_rate' as NodeId, ask);
		expect(loaded.total).toEqual({ value: 1.5 });
		// The tickets table's first dimension (SPEC's schema order: channel, category, priority, team).
		expect(loaded.breakdown.dimension).toBe('channel');
		expect(ask.request.filters).toEqual({ segment: ['returning'], category: ['billing'] });
		expect(asked).toEqual([
			['breakdown', 'contact_rate', 'channel', ask.request],
			['evaluate', ask.request]
		]);
	});
});

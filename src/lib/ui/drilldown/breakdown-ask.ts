/**
 * What a drill-down's breakdown asks the metric service (which dimension, which filter key, which request),
 * worked out in one place, apart from the panel that shows it.
 */
import type { Breakdown } from '$lib/metrics/breakdown';
import { filterKey, type Dimension } from '$lib/metrics/dimensions';
import type { NodeResult } from '$lib/metrics/evaluate';
import type { EvaluationRequest } from '$lib/metrics/request';
import type { NodeId, TableId } from '$lib/metrics/types';
import { withoutFilter, type ViewState } from '$lib/state/view-state';
import { requestFor, type MetricService } from '../metric-service';

export interface BreakdownAsk {
	/** The dimension shown: the view's `by` when the metric's table has it, else the table's first. */
	dimension: Dimension;
	/** The filter key of that dimension on the metric's table (selecting a bar toggles it). */
	key: string;
	/** The view's request without the filter on that dimension, so every value stays in view. */
	request: EvaluationRequest;
}

export interface LoadedBreakdown {
	breakdown: Breakdown;
	/** The metric's value for the same request (the breakdown's total). */
	total: NodeResult | undefined;
}

/** The ask for the rows of `table`, split by one of `dimensions`; null when there is nothing to split by. */
export function breakdownAsk(
	service: Pick<MetricService, 'dimensions'>,
	view: ViewState,
	table: TableId | null,
	dimensions: readonly Dimension[]
): BreakdownAsk | null {
	const dimension = view.by && dimensions.includes(view.by) ? view.by : (dimensions[0] ?? null);
	if (!dimension || !table) return null;
	const key = filterKey(service.dimensions, table, dimension);
	return { dimension, key, request: requestFor(withoutFilter(view, key), service.dimensions) };
}

/** The breakdown and its total, from the service (the cache, or the query already in flight). */
export async function loadBreakdown(
	service: Pick<MetricService, 'breakdown' | 'evaluate'>,
	nodeId: NodeId,
	ask: BreakdownAsk
): Promise<LoadedBreakdown> {
	const [breakdown, tree] = await Promise.all([
		service.breakdown(nodeId, ask.dimension, ask.request),
		service.evaluate(ask.request)
	]);
	return { breakdown, total: tree.nodes[nodeId] };
}

/**
 * What a drill-down's breakdown asks the metric service: worked out in one place so that the drill-down can
 * ask it as soon as it opens — DuckDB then answers while the page is built — and the breakdown panel, asking
 * the same, gets the answer already on its way (identical requests share one promise).
 */
import type { Breakdown } from '$lib/metrics/breakdown';
import { breakdownSource } from '$lib/metrics/breakdown-plan';
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

/** The ask for metric `nodeId`'s own breakdown (its table, or its ratio's numerator's), or null. */
export function nodeBreakdownAsk(
	service: Pick<MetricService, 'dimensions' | 'tree'>,
	nodeId: NodeId,
	view: ViewState
): BreakdownAsk | null {
	const source = breakdownSource(service.tree, nodeId, service.dimensions);
	return source ? breakdownAsk(service, view, source.table, source.dimensions) : null;
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

/**
 * On the way to metric `nodeId`'s drill-down in `view`: ask its tree, its breakdown and "What changed", now. Called as the
 * navigation starts, so that DuckDB answers while the page is built; the drill-down's tree view and breakdown
 * panel, asking the same, get the answers already on their way. A failure shows when they ask.
 */
export function askAhead(
	service: Pick<MetricService, 'dimensions' | 'tree' | 'breakdown' | 'evaluate' | 'explain'>,
	nodeId: NodeId,
	view: ViewState
): void {
	const request = requestFor(view, service.dimensions);
	void service.evaluate(request).catch(() => undefined);
	const ask = nodeBreakdownAsk(service, nodeId, view);
	if (ask) void loadBreakdown(service, nodeId, ask).catch(() => undefined);
	// "What changed" asks in the background lane: after the tree and breakdown, while the page is built.
	void service.explain(nodeId, request).catch(() => undefined);
}

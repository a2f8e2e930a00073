/**
 * The one query layer: components ask for "the tree for this view" and get typed results.
 * Identical requests are answered from a cache; nothing here knows SQL, nor which engine answers
 * (DuckDB-WASM in this tab, or a Northstar server: see `TreeQueries`).
 */
import type { Breakdown } from '$lib/metrics/breakdown';
import type { TreeResult } from '$lib/metrics/evaluate';
import type { EvaluationRequest } from '$lib/metrics/request';
import type { Dimension } from '$lib/metrics/tables';
import type { DimensionValue, TreeQueries } from '$lib/metrics/tree-queries';
import type { NodeId, TableId, Tree } from '$lib/metrics/types';
import { comparisonPeriod, currentPeriod, type ViewState } from '$lib/state/view-state';
import { QueryCache } from './query-cache';
import { getContext, setContext } from 'svelte';

export class MetricService {
	readonly #cache = new QueryCache();
	constructor(
		private readonly queries: TreeQueries,
		readonly tree: Tree
	) {}

	evaluate(request: EvaluationRequest): Promise<TreeResult> {
		return this.#cache.get(
			`tree:${JSON.stringify(request)}`,
			() => this.queries.evaluate(request),
			// evaluateTree resolves with the failed tables listed; such a result must not stick.
			(result) => result.failures.length === 0
		);
	}

	/** `nodeId` broken down by `dimension` for the request's periods and filters. */
	breakdown(nodeId: NodeId, dimension: Dimension, request: EvaluationRequest): Promise<Breakdown> {
		return this.#cache.get(`breakdown:${nodeId}:${dimension}:${JSON.stringify(request)}`, () =>
			this.queries.breakdown(nodeId, dimension, request)
		);
	}

	/** The values of `dimension` in `table`, most frequent first, for a filter picker. */
	dimensionValues(table: TableId, dimension: Dimension): Promise<DimensionValue[]> {
		return this.#cache.get(`values:${table}:${dimension}`, () =>
			this.queries.dimensionValues(table, dimension)
		);
	}

	/** Drop cached answers (after the data changed). */
	invalidate(): void {
		this.#cache.clear();
	}
}

/** The metric request for a view state. */
export function requestFor(view: ViewState): EvaluationRequest {
	return {
		period: currentPeriod(view),
		previous: comparisonPeriod(view),
		filters: view.filters,
		grain: view.grain
	};
}

const KEY = Symbol('metric-service');

export function setMetricService(service: MetricService): MetricService {
	return setContext(KEY, service);
}

export function getMetricService(): MetricService {
	const service = getContext<MetricService | undefined>(KEY);
	if (!service) throw new Error('getMetricService() called outside the app layout');
	return service;
}

/**
 * The one query layer: components ask for "the tree for this view" and get typed results.
 * Identical requests are answered from a cache; nothing here knows SQL.
 */
import type { Engine } from '$lib/engine/types';
import { breakdown, type Breakdown } from '$lib/metrics/breakdown';
import { evaluateTree, type TreeResult } from '$lib/metrics/evaluate';
import type { EvaluationRequest } from '$lib/metrics/request';
import type { Dimension } from '$lib/metrics/tables';
import type { NodeId, TableId, Tree } from '$lib/metrics/types';
import { dimensionValuesSql } from '$lib/metrics/sql/dimension-values';
import { comparisonPeriod, currentPeriod, type ViewState } from '$lib/state/view-state';
import { QueryCache } from './query-cache';
import { getContext, setContext } from 'svelte';

export class MetricService {
	readonly #cache = new QueryCache();
	constructor(
		private readonly engine: () => Promise<Engine>,
		readonly tree: Tree
	) {}

	evaluate(request: EvaluationRequest): Promise<TreeResult> {
		return this.#cache.get(
			`tree:${JSON.stringify(request)}`,
			async () => {
				const engine = await this.engine();
				return evaluateTree(this.tree, request, (sql) => engine.rows(sql));
			},
			// evaluateTree resolves with the failed tables listed; such a result must not stick.
			(result) => result.failures.length === 0
		);
	}

	/** `nodeId` broken down by `dimension` for the request's periods and filters. */
	breakdown(nodeId: NodeId, dimension: Dimension, request: EvaluationRequest): Promise<Breakdown> {
		return this.#cache.get(`breakdown:${nodeId}:${dimension}:${JSON.stringify(request)}`, async () => {
			const engine = await this.engine();
			return breakdown(this.tree, nodeId, dimension, request, (sql) => engine.rows(sql));
		});
	}

	/** The values of `dimension` in `table`, most frequent first, for a filter picker. */
	dimensionValues(table: TableId, dimension: Dimension): Promise<{ value: string; rows: number }[]> {
		return this.#cache.get(`values:${table}:${dimension}`, async () => {
			const engine = await this.engine();
			const rows = await engine.rows(dimensionValuesSql(table, dimension));
			return rows.map((r) => ({ value: String(r.value), rows: Number(r.rows) }));
		});
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

/**
 * The one query layer: components ask for "the tree for this view" (or a breakdown, a table's
 * preview…) and get typed results; no component or UI module runs SQL on the engine itself.
 * Identical requests are answered from a cache, which is keyed by the session's one data-version
 * signal: reading it makes a caller's `$effect` re-run when the data changes, and a new version
 * starts an empty cache. Nothing here writes SQL.
 */
import { tablePreviewSql } from '$lib/data/summary';
import type { Engine, Row } from '$lib/engine/types';
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
	#version = 0;
	/**
	 * @param dataVersion the session's data version (reactive): bumped whenever the loaded data
	 *   changes. Read on every query, so a changed version drops every cached answer.
	 */
	constructor(
		private readonly engine: () => Promise<Engine>,
		readonly tree: Tree,
		private readonly dataVersion: () => number = () => 0
	) {}

	/** The cache for the data loaded now. */
	#current(): QueryCache {
		const version = this.dataVersion();
		if (version !== this.#version) {
			this.#version = version;
			this.#cache.clear();
		}
		return this.#cache;
	}

	evaluate(request: EvaluationRequest): Promise<TreeResult> {
		return this.#current().get(
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
		return this.#current().get(`breakdown:${nodeId}:${dimension}:${JSON.stringify(request)}`, async () => {
			const engine = await this.engine();
			return breakdown(this.tree, nodeId, dimension, request, (sql) => engine.rows(sql));
		});
	}

	/** The values of `dimension` in `table`, most frequent first, for a filter picker. */
	dimensionValues(table: TableId, dimension: Dimension): Promise<{ value: string; rows: number }[]> {
		return this.#current().get(`values:${table}:${dimension}`, async () => {
			const engine = await this.engine();
			const rows = await engine.rows(dimensionValuesSql(table, dimension));
			return rows.map((r) => ({ value: String(r.value), rows: Number(r.rows) }));
		});
	}

	/** A loaded table's columns (with DuckDB types) and first rows, for the data page. */
	preview(table: TableId, limit = 5): Promise<{ columns: { name: string; type: string }[]; rows: Row[] }> {
		return this.#current().get(`preview:${table}:${limit}`, async () => {
			const engine = await this.engine();
			return {
				columns: await engine.describe(table),
				rows: await engine.rows(tablePreviewSql(table, limit))
			};
		});
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

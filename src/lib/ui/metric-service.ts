/**
 * The one query layer: components ask for "the tree for this view" (or a breakdown, a table's
 * preview…) and get typed results; no component or UI module runs SQL on the engine itself.
 * Nothing here knows SQL, nor which engine answers (DuckDB-WASM in this tab, or a Northstar server:
 * see `TreeQueries`). Identical requests are answered from a cache keyed by the session's one
 * data-version signal: reading it makes a caller's `$effect` re-run when the data changes, and a new
 * version starts an empty cache.
 *
 * Two lanes: what a view shows as its own answer (the tree, a breakdown) is asked at once; what comes
 * beside it ("What changed"'s dimension statements, a note's hypothesis check) is asked in the background
 * lane, once no view query is in flight. The engine runs one statement at a time, so a panel that asked
 * first would otherwise delay the breakdown the user asked for.
 */
import type { Row } from '$lib/engine/types';
import type { Breakdown } from '$lib/metrics/breakdown';
import type { TreeResult } from '$lib/metrics/evaluate';
import { explain, explainPlan, explainTargets, type Explanation } from '$lib/metrics/explain';
import type { EvaluationRequest } from '$lib/metrics/request';
import {
	canonicalCatalog,
	extraDimensions,
	type Dimension,
	type DimensionCatalog
} from '$lib/metrics/dimensions';
import type { DimensionValue, TreeQueries } from '$lib/metrics/tree-queries';
import type { NodeId, TableId, Tree } from '$lib/metrics/types';
import { comparisonPeriod, currentPeriod, type ViewState } from '$lib/state/view-state';
import { QueryCache } from './query-cache';
import { TreeInUse } from './tree-in-use.svelte';
import { getContext, setContext } from 'svelte';

/** `view`: the view's own answer, asked at once. `background`: asked once no view query is in flight. */
export type Priority = 'view' | 'background';

export class MetricService {
	readonly #cache = new QueryCache();
	#version = '';
	readonly #trees: TreeInUse;
	/** View queries in flight, and the background asks waiting for them to end. */
	#inFlight = 0;
	#waiting: (() => void)[] = [];
	/**
	 * @param tree the tree in use; pass a `TreeInUse` that `queries` also reads to allow `useTree`
	 * @param dataVersion the session's data version (reactive), bumped whenever the loaded data changes
	 * @param tablePreview a loaded table's columns and first rows (absent where the data is not in this tab)
	 * @param catalog the dimensions of the data loaded now (reactive, changes with `dataVersion`)
	 */
	constructor(
		private readonly queries: TreeQueries,
		tree: Tree | TreeInUse,
		private readonly dataVersion: () => number = () => 0,
		private readonly tablePreview: ((table: TableId, limit: number) => Promise<TablePreview>) | null = null,
		private readonly catalog: () => DimensionCatalog = canonicalCatalog
	) {
		this.#trees = tree instanceof TreeInUse ? tree : new TreeInUse(tree);
	}

	/** The dimensions filters and breakdowns may name in the data loaded now. */
	get dimensions(): DimensionCatalog {
		return this.catalog();
	}

	/** The tree in use (reactive: reading it in a `$derived` or the markup follows `useTree`). */
	get tree(): Tree {
		return this.#trees.tree;
	}

	/** Evaluate with `tree` from now on (a target edited in place): the cache empties, views re-ask. */
	useTree(tree: Tree): void {
		this.#trees.replace(tree);
	}

	/** The cache for the data loaded now and the tree in use. */
	#current(): QueryCache {
		// Reading both signals here makes a caller's `$effect` re-run when either changes.
		const version = `${this.dataVersion()}:${this.#trees.edits}`;
		if (version !== this.#version) {
			this.#version = version;
			this.#cache.clear();
		}
		return this.#cache;
	}

	/** A view query: counted while in flight, so that background asks wait for it. */
	async #view<T>(load: () => Promise<T>): Promise<T> {
		this.#inFlight++;
		try {
			return await load();
		} finally {
			if (--this.#inFlight === 0) for (const wake of this.#waiting.splice(0)) wake();
		}
	}

	/**
	 * A background ask: first let the views rendered together ask theirs (their effects run in the same
	 * flush, before this macrotask), then wait until none is in flight — again after each wake-up, since a
	 * view may ask its next query as soon as its first answer renders.
	 */
	async #background<T>(load: () => Promise<T>): Promise<T> {
		for (;;) {
			await new Promise((done) => setTimeout(done, 0));
			if (this.#inFlight === 0) return load();
			await new Promise<void>((wake) => this.#waiting.push(wake));
		}
	}

	#lane<T>(priority: Priority, load: () => Promise<T>): Promise<T> {
		return priority === 'view' ? this.#view(load) : this.#background(load);
	}

	evaluate(request: EvaluationRequest, priority: Priority = 'view'): Promise<TreeResult> {
		return this.#current().get(
			treeKey(request),
			() => this.#lane(priority, () => this.queries.evaluate(request)),
			// evaluateTree resolves with the failed tables listed; such a result must not stick.
			(result) => result.failures.length === 0
		);
	}

	/** Whether the tree for `request` was asked already (answered, or on its way) for the data loaded now. */
	asked(request: EvaluationRequest): boolean {
		return this.#current().has(treeKey(request));
	}

	/** `nodeId` broken down by `dimension` for the request's periods and filters. */
	breakdown(nodeId: NodeId, dimension: Dimension, request: EvaluationRequest): Promise<Breakdown> {
		return this.#current().get(`breakdown:${JSON.stringify([nodeId, dimension, request])}`, () =>
			this.#view(() => this.queries.breakdown(nodeId, dimension, request))
		);
	}

	/**
	 * "What changed" for `nodeId` (SPEC §5.4): the tree for the request (from the cache when the view
	 * already has it) and one `dimensions` statement per table under the children that moved, asked in the
	 * background lane (after the view's own tree and breakdown).
	 */
	async explain(nodeId: NodeId, request: EvaluationRequest): Promise<Explanation> {
		const result = await this.evaluate(request);
		const plan = explainPlan(this.tree, result, nodeId, request);
		const targets = explainTargets(plan);
		const breakdowns =
			targets.length === 0
				? []
				: await this.#current().get(`dimensions:${JSON.stringify(targets)}:${JSON.stringify(request)}`, () =>
						this.#background(() => this.queries.dimensionBreakdowns(targets, request))
					);
		return explain(this.tree, result, plan, breakdowns);
	}

	/** The values of `dimension` in `table`, most frequent first, for a filter picker. */
	dimensionValues(table: TableId, dimension: Dimension): Promise<DimensionValue[]> {
		const extra = extraDimensions(this.catalog());
		return this.#current().get(`values:${table}:${JSON.stringify(dimension)}`, () =>
			this.queries.dimensionValues(table, dimension, extra)
		);
	}

	/** A loaded table's columns (with DuckDB types) and first rows, for the data page. */
	preview(table: TableId, limit = 5): Promise<TablePreview> {
		const load = this.tablePreview;
		if (!load)
			return Promise.reject(new Error('There is no table preview where the data is not in this tab.'));
		return this.#current().get(`preview:${table}:${limit}`, () => load(table, limit));
	}
}

const treeKey = (request: EvaluationRequest) => `tree:${JSON.stringify(request)}`;

export interface TablePreview {
	columns: { name: string; type: string }[];
	rows: Row[];
}

/** The metric request for a view state, on data with the dimensions of `catalog`. */
export function requestFor(view: ViewState, catalog: DimensionCatalog): EvaluationRequest {
	const dimensions = extraDimensions(catalog);
	return {
		period: currentPeriod(view),
		previous: comparisonPeriod(view),
		filters: view.filters,
		grain: view.grain,
		...(Object.keys(dimensions).length > 0 ? { dimensions } : {})
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

import type { RunQuery } from '$lib/metrics/rows';

/** Identical requests share one promise: a view that asks twice, or two views asking alike, query once. */
export class QueryCache {
	#entries = new Map<string, Promise<unknown>>();
	constructor(private readonly limit = 200) {}

	/**
	 * The cached answer for `key`, or `load()`'s. An answer `keep` rejects (e.g. a tree with failed
	 * queries, which resolves rather than throws) is handed out but not kept, so the next ask retries.
	 */
	get<T>(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
		const hit = this.#entries.get(key);
		if (hit) {
			// Refresh recency: Map keeps insertion order, so re-insert.
			this.#entries.delete(key);
			this.#entries.set(key, hit);
			return hit as Promise<T>;
		}
		const promise = load();
		this.#entries.set(key, promise);
		// A failed query is not cached: the next ask retries.
		promise.then(
			(value) => {
				if (!keep(value) && this.#entries.get(key) === promise) this.#entries.delete(key);
			},
			() => this.#entries.delete(key)
		);
		if (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value!);
		return promise;
	}

	/** Whether `key` has an answer, given or on its way. */
	has(key: string): boolean {
		return this.#entries.has(key);
	}

	/** Forget everything, e.g. after new data was loaded. */
	clear(): void {
		this.#entries.clear();
	}
}

/**
 * `run` with each statement answered once per data version (`version()`, read at every ask: a new value
 * empties the cache). The tree, a breakdown and "What changed" are compiled into one statement per
 * table, so two views that differ only where a statement does not look share its answer: a filter on a
 * dimension only the events have re-runs the events' statements, not the tickets' or the surveys'. The
 * answers are shared, so callers must not change them (`RunQuery` hands them out read-only).
 */
export function cachedStatements(run: RunQuery, version: () => unknown, limit = 64): RunQuery {
	const cache = new QueryCache(limit);
	let seen: unknown = NOT_YET;
	return (sql) => {
		const now = version();
		if (now !== seen) {
			seen = now;
			cache.clear();
		}
		return cache.get(sql, () => run(sql));
	};
}

const NOT_YET = Symbol('no version seen yet');

/** The shareable view state — period, comparison, grain, filters, breakdown — parsed from and written to the URL. */
import { GRAINS, type Grain, type Period } from '$lib/metrics/period';
import {
	canonicalCatalog,
	filterKeys,
	findDimension,
	parseFilterKey,
	type Dimension,
	type DimensionCatalog
} from '$lib/metrics/dimensions';
import { addDays, daysBetween, isIsoDate, toPeriod, type DateRange, type IsoDate } from './dates';

export interface ViewState {
	/** First and last day of the period, inclusive (as in the URL). */
	from: IsoDate;
	to: IsoDate;
	/** Comparison period, inclusive; absent = the previous period of the same length. */
	compareFrom: IsoDate | null;
	compareTo: IsoDate | null;
	grain: Grain;
	/**
	 * Filter key (a dimension, or table.dimension such as `tickets.channel` or `tickets.Region`) →
	 * selected values; only keys of the data's dimension catalog are read from a URL.
	 */
	filters: Partial<Record<string, string[]>>;
	/** The breakdown dimension on the drill-down page. */
	by: Dimension | null;
}

/** The parameters of a view other than its filters. */
const VIEW_PARAMS = new Set(['from', 'to', 'cfrom', 'cto', 'grain', 'by']);

/**
 * Read the view state from URL search params; anything missing or malformed falls back to `defaults`.
 * Filters and the breakdown are read against `catalog`, the dimensions of the loaded data.
 */
export function parseViewState(
	params: URLSearchParams,
	defaults: { from: IsoDate; to: IsoDate },
	catalog: DimensionCatalog
): ViewState {
	const date = (key: string) => {
		const value = params.get(key);
		return value !== null && isIsoDate(value) ? value : null;
	};
	let from = date('from') ?? defaults.from;
	let to = date('to') ?? defaults.to;
	if (from > to) [from, to] = [to, from];
	let compareFrom = date('cfrom');
	let compareTo = date('cto');
	if (compareFrom === null || compareTo === null) compareFrom = compareTo = null;
	else if (compareFrom > compareTo) [compareFrom, compareTo] = [compareTo, compareFrom];
	const grainParam = params.get('grain');
	const grain = GRAINS.find((g) => g === grainParam) ?? defaultGrain(from, to);
	const filters: ViewState['filters'] = {};
	for (const key of filterKeys(catalog)) {
		const values = params.getAll(key).filter((v) => v.length > 0 && usableValue(v));
		if (values.length > 0) filters[key] = [...new Set(values)];
	}
	const byParam = params.get('by');
	return {
		from,
		to,
		compareFrom,
		compareTo,
		grain,
		filters,
		by: byParam ? findDimension(catalog, byParam) : null
	};
}

/** A NUL character cannot be in a DuckDB string, so no data has such a value: the filter is dropped. */
function usableValue(value: string): boolean {
	return !value.includes('\u0000');
}

/**
 * The URL's parameters that parseViewState leaves out, for a notice: a filter on a dimension the data
 * does not have (or a breakdown by one), or a filter value that cannot be used.
 */
export function ignoredFilterParams(params: URLSearchParams, catalog: DimensionCatalog): string[] {
	const ignored = new Set<string>();
	for (const [key, value] of params) {
		if (key === 'by') {
			if (findDimension(catalog, value) === null) ignored.add(key);
		} else if (!VIEW_PARAMS.has(key) && (parseFilterKey(catalog, key) === null || !usableValue(value))) {
			ignored.add(key);
		}
	}
	return [...ignored];
}

/** Filter keys in a stable order: the canonical ones as the catalog lists them, then the others by name. */
function orderedKeys(keys: readonly string[]): string[] {
	const canonical = filterKeys(canonicalCatalog());
	const rank = (key: string) => {
		const i = canonical.indexOf(key);
		return i < 0 ? canonical.length : i;
	};
	return [...keys].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Write the view state as URL search params, in a stable order so equal states give equal links. */
export function viewStateParams(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	params.set('from', state.from);
	params.set('to', state.to);
	if (state.compareFrom && state.compareTo) {
		params.set('cfrom', state.compareFrom);
		params.set('cto', state.compareTo);
	}
	params.set('grain', state.grain);
	for (const key of orderedKeys(Object.keys(state.filters))) {
		for (const value of state.filters[key] ?? []) params.append(key, value);
	}
	if (state.by) params.set('by', state.by);
	return params;
}

/** A sensible grain for a period: days up to ~6 weeks, weeks up to ~6 months, then months. */
export function defaultGrain(from: IsoDate, to: IsoDate): Grain {
	const days = daysBetween(from, to) + 1;
	return days <= 45 ? 'day' : days <= 190 ? 'week' : 'month';
}

/** The view's period, half-open: [from, to + 1 day). */
export function currentPeriod(state: ViewState): Period {
	return toPeriod(state);
}

/** The comparison's days (inclusive): the chosen ones, or as many days ending the day before the period starts. */
export function comparisonRange(state: ViewState): DateRange {
	if (state.compareFrom && state.compareTo) return { from: state.compareFrom, to: state.compareTo };
	const length = daysBetween(state.from, state.to) + 1;
	return { from: addDays(state.from, -length), to: addDays(state.from, -1) };
}

/** The comparison period, half-open. */
export function comparisonPeriod(state: ViewState): Period {
	return toPeriod(comparisonRange(state));
}

/** Toggle one filter value (click a bar to filter, click again to clear); `key` as in `ViewState.filters`. */
export function toggleFilter(state: ViewState, key: string, value: string): ViewState {
	const current = state.filters[key] ?? [];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	const filters = { ...state.filters, [key]: next };
	if (next.length === 0) delete filters[key];
	return { ...state, filters };
}

/** The active filters as (key, value) pairs, in URL order. */
export function filterPairs(state: ViewState): { key: string; value: string }[] {
	return orderedKeys(Object.keys(state.filters)).flatMap((key) =>
		(state.filters[key] ?? []).map((value) => ({ key, value }))
	);
}

/**
 * The view as a breakdown by the filter `key`'s dimension should query it: without that filter, so
 * the other values stay visible beside the selected ones (which the chart highlights instead).
 */
export function withoutFilter(state: ViewState, key: string): ViewState {
	if (!(key in state.filters)) return state;
	const filters = { ...state.filters };
	delete filters[key];
	return { ...state, filters };
}

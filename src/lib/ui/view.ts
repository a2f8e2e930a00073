/** The view state of the current URL, and links that change it. */
import type { DimensionCatalog } from '$lib/metrics/dimensions';
import { withPeriod } from '$lib/state/comparison';
import type { IsoDate } from '$lib/state/dates';
import { presetRange } from '$lib/state/presets';
import { parseViewState, viewStateParams, type ViewState } from '$lib/state/view-state';

/** The view of `url` on data with the dimensions of `catalog`; without a period in the URL, the last 28 days of the data. */
export function viewFromUrl(url: URL, lastDay: IsoDate, catalog: DimensionCatalog): ViewState {
	return parseViewState(url.searchParams, presetRange('last28', lastDay), catalog);
}

/**
 * "Show the latest period" (the overview and the drill-down alike): the last 28 days of the data,
 * keeping the comparison mode as any new period does (`withPeriod`: a year earlier moves along).
 */
export function latestView(view: ViewState, lastDay: IsoDate): ViewState {
	const range = presetRange('last28', lastDay);
	return withPeriod(view, range.from, range.to);
}

/** Whether `view`'s period lies wholly outside the data's days (`firstDay` … `lastDay`). */
export function outsideData(view: ViewState, firstDay: IsoDate, lastDay: IsoDate): boolean {
	return view.to < firstDay || view.from > lastDay;
}

/** The query string for a view (with its leading “?”). */
export function viewQuery(view: ViewState): string {
	return `?${viewStateParams(view).toString()}`;
}

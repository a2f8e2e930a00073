/** The view state of the current URL, and links that change it. */
import type { DimensionCatalog } from '$lib/metrics/dimensions';
import { presetRange } from '$lib/state/presets';
import { parseViewState, viewStateParams, type ViewState } from '$lib/state/view-state';

/** The view of `url` on data with the dimensions of `catalog`; without a period in the URL, the last 28 days of the data. */
export function viewFromUrl(url: URL, lastDay: string, catalog: DimensionCatalog): ViewState {
	return parseViewState(url.searchParams, presetRange('last28', lastDay), catalog);
}

/** The query string for a view (with its leading “?”). */
export function viewQuery(view: ViewState): string {
	return `?${viewStateParams(view).toString()}`;
}

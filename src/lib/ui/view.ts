/** The view state of the current URL, and links that change it. */
import { presetRange } from '$lib/state/presets';
import { parseViewState, viewStateParams, type ViewState } from '$lib/state/view-state';

/** The view of `url`; without a period in the URL, the last 28 days of the data. */
export function viewFromUrl(url: URL, lastDay: string): ViewState {
	return parseViewState(url.searchParams, presetRange('last28', lastDay));
}

/** The query string for a view (with its leading “?”). */
export function viewQuery(view: ViewState): string {
	return `?${viewStateParams(view).toString()}`;
}

/** The comparison period as a choice: the period just before, the same weeks a year earlier, or custom dates. */
import { addDays, type IsoDate } from './dates';
import type { ViewState } from './view-state';

export type ComparisonMode = 'previous' | 'year' | 'custom';
export const COMPARISON_MODES: readonly ComparisonMode[] = ['previous', 'year', 'custom'];

/** 52 weeks, not a calendar year: the comparison starts on the same weekday, so weekly cycles line up. */
const YEAR_DAYS = 364;

/** Which choice the view's comparison is. */
export function comparisonMode(view: ViewState): ComparisonMode {
	if (view.compareFrom === null || view.compareTo === null) return 'previous';
	const year = yearEarlier(view.from, view.to);
	return view.compareFrom === year.from && view.compareTo === year.to ? 'year' : 'custom';
}

/** The view compared the chosen way; `custom` needs the dates (inclusive), which are put in order. */
export function withComparison(
	view: ViewState,
	mode: ComparisonMode,
	custom?: { from: IsoDate; to: IsoDate }
): ViewState {
	switch (mode) {
		case 'previous':
			return { ...view, compareFrom: null, compareTo: null };
		case 'year': {
			const year = yearEarlier(view.from, view.to);
			return { ...view, compareFrom: year.from, compareTo: year.to };
		}
		case 'custom': {
			if (!custom) return view;
			const [from, to] = custom.from <= custom.to ? [custom.from, custom.to] : [custom.to, custom.from];
			return { ...view, compareFrom: from, compareTo: to };
		}
	}
}

/**
 * A new period keeps its comparison mode: "a year earlier" moves with it; a custom comparison is
 * dropped (its dates belonged to the old period), falling back to the previous period.
 */
export function withPeriod(view: ViewState, from: IsoDate, to: IsoDate): ViewState {
	const mode = comparisonMode(view);
	const next = { ...view, from, to, compareFrom: null, compareTo: null };
	return mode === 'year' ? withComparison(next, 'year') : next;
}

function yearEarlier(from: IsoDate, to: IsoDate): { from: IsoDate; to: IsoDate } {
	return { from: addDays(from, -YEAR_DAYS), to: addDays(to, -YEAR_DAYS) };
}

/**
 * What the overview and a drill-down both show: the view in the URL, the metric tree evaluated for it
 * (the previous numbers stay on screen while the next ones load), its nodes ready to display, and the
 * navigation that changes the view. Create it while a component initialises (it reads contexts and
 * starts an `$effect`).
 */
import { goto } from '$app/navigation';
import { untrack } from 'svelte';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { getLocale } from '$lib/i18n/locale.svelte';
import type { TreeResult } from '$lib/metrics/evaluate';
import type { IsoDate } from '$lib/state/dates';
import type { ViewState } from '$lib/state/view-state';
import { Latest } from './latest.svelte';
import { getMetricService, requestFor } from './metric-service';
import { toNodeViews } from './overview/node-views';
import { getSession } from './session.svelte';
import { answersKey, type AnswerStore } from './last-answers';
import { latestView, outsideData, viewFromUrl, viewQuery } from './view';

/** The first and last day of the loaded data. */
export interface DataDays {
	firstDay: IsoDate;
	lastDay: IsoDate;
}

export class TreeView {
	readonly service = getMetricService();
	readonly #session = getSession();
	readonly #locale = getLocale();
	readonly #days: () => DataDays;
	#attempt = $state(0);

	/** The view of the current URL (the last 28 days of the data when the URL names no period). */
	view: ViewState = $derived.by(() => viewFromUrl(page.url, this.#days().lastDay, this.service.dimensions));
	/** The tree evaluated for `view`: its latest answer, error and whether a newer one is loading. */
	readonly result = new Latest<TreeResult>();
	/** Every node as displayed (names, formatted values, reasons), once a result is in. */
	nodes = $derived(
		this.result.value
			? toNodeViews(this.service.tree, this.result.value, this.#locale.current, this.#session.emptyColumns)
			: null
	);
	/** The view's period lies wholly outside the loaded data. */
	outside = $derived.by(() => {
		const { firstDay, lastDay } = this.#days();
		return outsideData(this.view, firstDay, lastDay);
	});

	/**
	 * @param days the loaded data's first and last day (reactive: a getter over the component's props)
	 * @param keep where to keep each complete answer for a returning visit (the overview's), if anywhere
	 * @param valuesFirst when nothing is on screen yet, show the period values as soon as they are in and
	 *   the daily series (trends, anomalies) when they follow: the tables' period statements run first,
	 *   and the complete answer reuses their rows, so the tree costs no extra statement (the overview's
	 *   start: the north star's value a few seconds sooner at 10M events)
	 */
	constructor(days: () => DataDays, keep: AnswerStore | null = null, valuesFirst = false) {
		this.#days = days;
		$effect(() => {
			const request = requestFor(this.view, this.service.dimensions);
			void this.#attempt; // "Try again" re-runs the same request
			// Keyed when asked, not when answered: the data, tree or URL may change while it runs.
			const data = this.#session.loadedData;
			const key = keep && data !== null ? answersKey(data, this.service.tree, page.url.search) : null;
			const emptyColumns = this.#session.emptyColumns;
			const period = { from: this.view.from, to: this.view.to };
			// Only while the view has no numbers yet (a period change keeps the last ones on screen instead),
			// and not when the whole answer is asked already (it comes from the cache).
			const early =
				valuesFirst && untrack(() => this.result.value === null) && !this.service.asked(request)
					? () => this.service.evaluate({ ...request, periodValuesOnly: true })
					: undefined;
			this.result.run(async () => {
				const result = await this.service.evaluate(request);
				if (key && result.failures.length === 0) {
					keep?.put({ key, savedAt: Date.now(), period, result, emptyColumns });
				}
				return result;
			}, early);
		});
	}

	/** Go to `next` (a new history entry, so the back button undoes it), keeping focus and scroll. */
	change(next: ViewState): void {
		void goto(viewQuery(next), { keepFocus: true, noScroll: true });
	}

	/** "Show the latest period": the last 28 days of the data, the comparison mode kept. */
	showLatest(): void {
		this.change(latestView(this.view, this.#days().lastDay));
	}

	/** The same view without filters. */
	clearFilters(): void {
		this.change({ ...this.view, filters: {} });
	}

	/** Ask again after a failure (failed answers are never cached, see QueryCache.get). */
	retry(): void {
		this.#attempt++;
	}

	/** A metric's drill-down, in this view. */
	metricHref(id: string): string {
		return resolve('/metric/[id]', { id }) + viewQuery(this.view);
	}

	/** The overview, in this view. */
	overviewHref(): string {
		return resolve('/') + viewQuery(this.view);
	}
}

/**
 * What the pointer and the keys do on a time series: which point the read-out shows (`active`), the
 * selection being made (`selector`) and the days it picks. The chart turns a pointer position into a point's
 * index and does what is DOM (pointer capture, preventDefault).
 */
import { indexRangeOf, rangeText, type IndexRange } from './series-selection';
import { SeriesSelector } from './series-selector.svelte';
import { stepIndex } from './time-series';

/** Days picked on the chart: the first and the last bucket's start (epoch ms). */
export interface Picked {
	start: number;
	end: number;
}

export class SeriesInteraction {
	/** The point the read-out shows; null: none picked (the read-out shows the latest). */
	active = $state<number | null>(null);
	readonly selector = new SeriesSelector();
	readonly #points: () => readonly { t: number }[];
	readonly #selectable: () => boolean;

	/** `points`: the chart's points (their `t`: epoch ms); `selectable`: whether the chart picks days (has an `onselect`). */
	constructor(chart: { points: () => readonly { t: number }[]; selectable: () => boolean }) {
		this.#points = chart.points;
		this.#selectable = chart.selectable;
	}

	/** The buckets to draw as selected: the selection being made, else those of the days `kept` (a note being written). */
	selected(kept: Picked | null): IndexRange | null {
		return this.selector.range ?? (kept ? indexRangeOf(this.#points(), kept.start, kept.end) : null);
	}

	/** The days of the selection being made, for the read-out; null when none is. */
	liveText(formatDate: (t: number) => string): string | null {
		return this.selector.range ? rangeText(this.#points(), this.selector.range, formatDate) : null;
	}

	/** The pointer is over point i (negative: over no point). */
	pointerMove(i: number, pointerId: number): void {
		this.active = i < 0 ? null : i;
		if (i >= 0) this.selector.pointerMove(i, pointerId);
	}

	/** A press over point i: true when it starts a selection (the chart then captures the pointer). */
	pointerDown(i: number, pointerId: number, button: number): boolean {
		this.pointerMove(i, pointerId);
		if (!this.#selectable() || button !== 0 || this.active === null) return false;
		this.selector.pointerDown(this.active, pointerId);
		return true;
	}

	/** The pointer let go: the days it picked (first and last point's `t`), if any. */
	pointerUp(pointerId: number): Picked | null {
		return this.#days(this.selector.pointerUp(pointerId));
	}

	/** The pointer left the chart: the read-out goes back to the latest point unless a selection is being made. */
	pointerLeave(): void {
		if (!this.selector.range) this.active = null;
	}

	/** The chart lost focus: no point picked, no selection. */
	blur(): void {
		this.active = null;
		this.selector.cancel();
	}

	/**
	 * A key pressed on the chart: `used` when the chart handled it (the page must not scroll), `picked` the
	 * days Enter chose. Arrows, Home and End move the read-out; Escape drops a selection, else the read-out's
	 * point. When the chart selects, Shift+arrows extend a selection, a plain arrow drops it, Enter picks.
	 */
	key(key: string, shiftKey: boolean): { used: boolean; picked: Picked | null } {
		const count = this.#points().length;
		if (this.#selectable() && count > 0) {
			const used = this.#selectionKey(key, shiftKey, count);
			if (used) return used;
		}
		const next = stepIndex(key, this.active, count);
		if (next === undefined) return { used: false, picked: null };
		this.active = next;
		return { used: true, picked: null };
	}

	#selectionKey(key: string, shiftKey: boolean, count: number): { used: true; picked: Picked | null } | null {
		if (key === 'Enter')
			return { used: true, picked: this.#days(this.selector.confirm(this.active ?? count - 1)) };
		if (key === 'Escape') return this.selector.cancel() ? { used: true, picked: null } : null;
		const next = stepIndex(key, this.active, count);
		if (next === undefined || next === null) return null;
		if (!shiftKey) {
			this.selector.cancel();
			return null;
		}
		this.selector.extend(this.active ?? count - 1, next);
		this.active = next;
		return { used: true, picked: null };
	}

	#days(range: IndexRange | null): Picked | null {
		const first = range && this.#points()[range.from];
		const last = range && this.#points()[range.to];
		return first && last ? { start: first.t, end: last.t } : null;
	}
}

/**
 * The live selection on a time series while it is being made: a pointer dragging across buckets (a
 * click is a drag of one), or Shift+arrow keys extending from the point the read-out was on. Indexes
 * into the chart's points; the chart hands the finished range to its `onselect`.
 */
import { ordered, type IndexRange } from './series-selection';

export class SeriesSelector {
	/** The buckets selected so far (from = where it started), null when nothing is being selected. */
	range = $state<IndexRange | null>(null);
	#pointer: number | null = null;
	#anchor: number | null = null;

	/** A pointer pressed on bucket i starts a selection of that bucket. */
	pointerDown(i: number, pointerId: number): void {
		this.range = { from: i, to: i };
		this.#pointer = pointerId;
		this.#anchor = null;
	}

	/** The same pointer moved over bucket i: the selection reaches it. */
	pointerMove(i: number, pointerId: number): void {
		if (this.#pointer === pointerId && this.range) this.range = { from: this.range.from, to: i };
	}

	/** The pointer let go: the finished selection (first ≤ last), or null when it was cancelled. */
	pointerUp(pointerId: number): IndexRange | null {
		if (this.#pointer !== pointerId || !this.range) return null;
		const done = ordered(this.range);
		this.cancel();
		return done;
	}

	/** Shift+arrow moved the read-out from `from` to `to`: the keyboard selection spans from its first anchor. */
	extend(from: number, to: number): void {
		if (this.#pointer !== null) return;
		this.#anchor ??= from;
		this.range = { from: this.#anchor, to };
	}

	/** Enter: the keyboard selection if there is one, else bucket `shown` alone. */
	confirm(shown: number): IndexRange {
		const done = this.range && this.#pointer === null ? ordered(this.range) : { from: shown, to: shown };
		this.cancel();
		return done;
	}

	/** Drop the selection (Escape, a cancelled pointer, a plain arrow key); true when there was one. */
	cancel(): boolean {
		const had = this.range !== null;
		this.range = null;
		this.#pointer = null;
		this.#anchor = null;
		return had;
	}
}

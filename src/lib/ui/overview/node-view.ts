/** What a tree node shows: the metric engine's result for one node, joined with its tree definition. */
import type { Anomaly } from '$lib/metrics/anomalies';
import type { Interval, Verdict } from '$lib/metrics/significance';
import type { TargetStatus } from '$lib/metrics/status';
import type { Direction, Edge, NodeId, Tier, ValueFormat } from '$lib/metrics/types';

export interface NodeView {
	id: NodeId;
	name: string;
	description: string;
	tier: Tier;
	format: ValueFormat;
	direction: Direction;
	target: number | null;
	value: number | null;
	previous: number | null;
	delta: number | null;
	relative: number | null;
	status: TargetStatus;
	/** Values at the grain over the current period, for the sparkline. */
	series: (number | null)[];
	/** Each series value's bucket start (ISO date). */
	seriesStarts: string[];
	/** The period's anomalous days (SPEC §4), oldest first. */
	anomalies: Anomaly[];
	/** The count behind a rate (n rated, n answers), when it matters. */
	sampleSize: number | null;
	/** Is the change real (SPEC §4)? null when not assessed. */
	significance: Verdict | null;
	/** The current value's 95 % interval. */
	interval: Interval | null;
	parent: { id: NodeId; edge: Edge['type'] } | null;
	children: { id: NodeId; edge: Edge['type'] }[];
	/** Why there is no value (e.g. no surveys loaded), when there is none; or what input the node needs. */
	reason: string | null;
	/** Columns the node's definition reads that are empty in the loaded data: shown muted, with no status. */
	needs: string[];
}

/** Whether a change is good news given the metric's direction; null for no change or no value. */
export function changeIsGood(delta: number | null, direction: Direction): boolean | null {
	if (delta === null || delta === 0 || !Number.isFinite(delta)) return null;
	return direction === 'up' ? delta > 0 : delta < 0;
}

/** Fraction digits a value of each format is shown with (see formatValue). */
const SHOWN_DIGITS: Record<ValueFormat, number> = {
	count: 0,
	percent: 1,
	minutes: 1,
	hours: 1,
	ratio: 2,
	currency: 0
};

/**
 * The change as it reads on screen: one that rounds to zero at the shown precision is no change,
 * so the page never says "▼ −0.0 min · better".
 */
export function shownDelta(delta: number | null, format: ValueFormat): number | null {
	if (delta === null || !Number.isFinite(delta)) return null;
	return Math.abs(delta) < 0.5 * 10 ** -SHOWN_DIGITS[format] ? 0 : delta;
}

/** Turns a decomposition of a metric's change into waterfall steps and table cells, largest effect first. */
import type { WaterfallStep } from '$lib/charts/waterfall';
import type { Contribution, Decomposition } from '$lib/metrics/contribution';

export interface StepLabels {
	/** A formula child's or a denominator's name. */
	node: (id: string) => string;
	/** A dimension value, or the label for rows where it is missing. */
	value: (value: string | null) => string;
	denominator: (name: string) => string;
	/** "Other (3)": the smaller contributions folded into one step. */
	others: (count: number) => string;
}

/** At most this many steps are drawn; the smallest of the rest fold into one "other" step. */
export const MAX_STEPS = 8;

export function contributionKey(c: Contribution): string {
	switch (c.kind) {
		case 'child':
			return `child:${c.node}`;
		case 'denominator':
			return `denominator:${c.node}`;
		case 'value':
		case 'mix_rate':
			return c.value === null ? 'value:∅' : `value:${c.value}`;
	}
}

function label(c: Contribution, labels: StepLabels): string {
	switch (c.kind) {
		case 'child':
			return labels.node(c.node);
		case 'denominator':
			return labels.denominator(labels.node(c.node));
		case 'value':
		case 'mix_rate':
			return labels.value(c.value);
	}
}

/**
 * The waterfall steps of an exact decomposition, sorted by the size of their effect. Beyond `max`,
 * the smallest fold into one step, so the chain still sums to the change.
 */
export function contributionSteps(
	decomposition: Decomposition,
	labels: StepLabels,
	max = MAX_STEPS
): WaterfallStep[] {
	if (decomposition.status !== 'exact') return [];
	const steps = decomposition.contributions
		.map((c) => ({ key: contributionKey(c), label: label(c, labels), delta: c.amount }))
		.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.label.localeCompare(b.label));
	if (steps.length <= max) return steps;
	const kept = steps.slice(0, max - 1);
	const folded = steps.slice(max - 1);
	const delta = folded.reduce((sum, s) => sum + s.delta, 0);
	return [...kept, { key: '__others', label: labels.others(folded.length), delta }];
}

/** Each dimension value's contribution (with its mix and rate parts for a rate), keyed by value. */
export function contributionsByValue(
	decomposition: Decomposition
): Map<string | null, { amount: number; mix: number | null; rate: number | null }> {
	const byValue = new Map<string | null, { amount: number; mix: number | null; rate: number | null }>();
	if (decomposition.status !== 'exact') return byValue;
	for (const c of decomposition.contributions) {
		if (c.kind === 'value') byValue.set(c.value, { amount: c.amount, mix: null, rate: null });
		if (c.kind === 'mix_rate') byValue.set(c.value, { amount: c.amount, mix: c.mix, rate: c.rate });
	}
	return byValue;
}

/** The value whose contribution pushed the change furthest in its own direction (the "main driver"). */
export function largestContributor(decomposition: Decomposition): Contribution | null {
	if (decomposition.status !== 'exact' || decomposition.change === 0) return null;
	const sign = Math.sign(decomposition.change);
	let best: Contribution | null = null;
	for (const c of decomposition.contributions) {
		if (c.amount * sign > 0 && (best === null || c.amount * sign > best.amount * sign)) best = c;
	}
	return best;
}

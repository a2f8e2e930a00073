/**
 * Checking a hypothesis (SPEC §4): metric M over the N days after the annotation against the N days
 * before it, the annotation's own days excluded, with the significance rule of §4. The values and the
 * test come from the ordinary evaluation of the tree for those two periods (`evaluateTree` with the
 * after-window as the period and the before-window as the comparison); this module only chooses the
 * windows and reads the verdict.
 */
import type { Annotation, Hypothesis } from './annotations';
import { lastDay } from './annotations';
import type { NodeResult } from './evaluate';
import { fromEpochMs, toEpochMs, type Period } from './period';
import type { EvaluationRequest } from './request';
import type { Interval, Verdict } from './significance';

const DAY_MS = 86_400_000;

export type HypothesisVerdict = 'supported' | 'contradicted' | 'inconclusive';

export interface HypothesisWindows {
	/** [start − N, start): the N days before the annotation. */
	before: Period;
	/** [last day + 1, last day + 1 + N): the N days after it. */
	after: Period;
}

export function hypothesisWindows(annotation: Annotation, days: number): HypothesisWindows {
	const start = toEpochMs(annotation.start);
	const afterStart = toEpochMs(lastDay(annotation)) + DAY_MS;
	return {
		before: { start: fromEpochMs(start - days * DAY_MS), end: annotation.start },
		after: { start: fromEpochMs(afterStart), end: fromEpochMs(afterStart + days * DAY_MS) }
	};
}

export interface HypothesisResult {
	verdict: HypothesisVerdict;
	/** The metric over the N days before and after. */
	before: number | null;
	after: number | null;
	/** after − before. */
	change: number | null;
	/** 95 % interval of the change (see `changeInterval`); null when either side has none. */
	changeInterval: Interval | null;
	/** The §4 test on the change: significant / noise / too-few; null when the metric's kind has none. */
	significance: Verdict | null;
	/** Observations behind each side. */
	n: { before: number | null; after: number | null };
}

/** The node's result evaluated for the hypothesis' windows (after = current, before = comparison). */
export type WindowResult = Pick<NodeResult, 'value' | 'previous' | 'uncertainty'>;

/**
 * The verdict: supported when the change is significant and in the expected direction, contradicted
 * when significant the other way, otherwise inconclusive (within noise, too few, or no value).
 */
export function hypothesisResult(hypothesis: Hypothesis, node: WindowResult): HypothesisResult {
	const { value: after, previous: before, uncertainty } = node;
	const change = after !== null && before !== null ? after - before : null;
	const significance = uncertainty.verdict;
	let verdict: HypothesisVerdict = 'inconclusive';
	if (significance === 'significant' && change !== null && change !== 0) {
		const wentUp = change > 0;
		verdict = wentUp === (hypothesis.expect === 'up') ? 'supported' : 'contradicted';
	}
	return {
		verdict,
		before,
		after,
		change,
		changeInterval:
			change === null
				? null
				: changeInterval(
						{ value: before!, interval: uncertainty.previousInterval },
						{ value: after!, interval: uncertainty.interval }
					),
		significance,
		n: { before: uncertainty.n.previous, after: uncertainty.n.current }
	};
}

/**
 * The interval of a difference after − before from each value's own 95 % interval (the MOVER method of
 * Newcombe and Zou & Donner: each side's distance to its bounds combined in quadrature, so asymmetric
 * intervals such as Wilson's stay asymmetric):
 * lo = Δ − √((after − lo₁)² + (hi₀ − before)²), hi = Δ + √((hi₁ − after)² + (before − lo₀)²).
 */
export function changeInterval(
	before: { value: number; interval: Interval | null },
	after: { value: number; interval: Interval | null }
): Interval | null {
	if (!before.interval || !after.interval) return null;
	const change = after.value - before.value;
	return {
		lo: change - Math.hypot(after.value - after.interval.lo, before.interval.hi - before.value),
		hi: change + Math.hypot(after.interval.hi - after.value, before.value - before.interval.lo)
	};
}

/** The evaluation request for a hypothesis: the after-window as the period, the before-window compared. */
export function hypothesisRequest(annotation: Annotation, hypothesis: Hypothesis): EvaluationRequest {
	const { before, after } = hypothesisWindows(annotation, hypothesis.days);
	return { period: after, previous: before, grain: 'week' };
}

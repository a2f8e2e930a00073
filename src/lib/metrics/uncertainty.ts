/** A node's (or a breakdown row's) n, 95 % intervals and the verdict on its change, from its measures' evidence. */
import type { Measure } from './measure';
import { compare, interval, observations, type Interval, type Verdict } from './significance';

export interface Uncertainty {
	/** Observations behind each period's value (rows rated, answers, tickets…); null when not assessed. */
	n: { current: number | null; previous: number | null };
	interval: Interval | null;
	previousInterval: Interval | null;
	/** significant / noise / too-few; null when the value's kind has no test (e.g. a sum, a product). */
	verdict: Verdict | null;
}

export const NOT_ASSESSED: Uncertainty = {
	n: { current: null, previous: null },
	interval: null,
	previousInterval: null,
	verdict: null
};

/** Uncertainty of a value alone (a series bucket): its interval when it has a value. */
export function valueInterval(measure: Measure): Interval | null {
	return measure.value !== null && measure.evidence ? interval(measure.evidence) : null;
}

export function uncertainty(current: Measure, previous: Measure): Uncertainty {
	const a = current.evidence ?? null;
	const b = previous.evidence ?? null;
	return {
		n: { current: a ? observations(a) : null, previous: b ? observations(b) : null },
		interval: valueInterval(current),
		previousInterval: valueInterval(previous),
		verdict: a && b ? compare(b, a) : null
	};
}

/**
 * Continuous monitoring (SPEC §4 "Anomalies"): each day of a node's daily series against a seasonal,
 * robust baseline — the median of the same weekday in the 8 weeks before, with a spread of
 * max(1.4826 × MAD, the sampling standard error at the expected value). Pure: a series in, the
 * anomalous days out.
 */
import type { Direction } from './types';

/** Weeks of same-weekday history behind each day's expected value. */
export const BASELINE_WEEKS = 8;
/** Days of history a series needs before its first judged day. */
export const LOOKBACK_DAYS = BASELINE_WEEKS * 7;
/** |value − expected| must exceed this many spreads (SPEC §4: 3.5 alarms several times more often). */
export const THRESHOLD = 4;
/** Fewer observations on a day than this and it is never an anomaly. */
export const MIN_OBSERVATIONS = 10;
/** 1.4826 × MAD estimates a normal distribution's standard deviation. */
const MAD_TO_SD = 1.4826;
const DAY_MS = 86_400_000;

/**
 * How a node's daily value varies by sampling alone, which sets the spread's floor and what counts as
 * an observation: `count` (Poisson), `share` (binomial, in percent), `mean`, `ratio` (of two counts, the
 * numerator Poisson), `quantile` or `none` (sums, other formulas: the baseline's own spread only).
 */
export type SamplingModel = 'count' | 'share' | 'mean' | 'ratio' | 'quantile' | 'none';

/** One day of a node: its value and what the sampling model needs. */
export interface DailyPoint {
	value: number | null;
	/** Observations behind the value (rated tickets, answers…); null for counts. */
	n: number | null;
	/**
	 * The sampling standard error × √n on the day: the observations' standard deviation for a mean,
	 * √(q(1 − q)) ÷ f(x_q) for a quantile (see quantileUnitError); null for other models.
	 */
	unitError: number | null;
	/** The numerator's count (ratios of counts only). */
	numerator: number | null;
}

export type AnomalySide = 'high' | 'low';

export interface Anomaly {
	/** ISO date. */
	day: string;
	value: number;
	expected: number;
	spread: number;
	side: AnomalySide;
	/** Whether the move is good news given the node's direction. */
	good: boolean;
}

export interface Baseline {
	expected: number;
	spread: number;
	/** A ratio's expected numerator count (null for other models). */
	numerator: number | null;
	/** A mean's or quantile's expected standard error × √n (null for other models). */
	unitError: number | null;
}

/** Median of a non-empty list (mean of the middle two for an even length). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The same weekday's values in the 8 weeks before `index`, or null when any of them is missing. */
function sameWeekday(points: readonly DailyPoint[], index: number, pick: (p: DailyPoint) => number | null) {
	const values: number[] = [];
	for (let week = 1; week <= BASELINE_WEEKS; week++) {
		const value = index - 7 * week >= 0 ? pick(points[index - 7 * week]!) : null;
		if (value === null) return null;
		values.push(value);
	}
	return values;
}

/** The sampling standard error at the expected value (SPEC §4); 0 when the model has none. */
function samplingError(
	model: SamplingModel,
	expected: number,
	day: DailyPoint,
	typical: Omit<Baseline, 'spread'>
) {
	const { numerator, unitError } = typical;
	switch (model) {
		case 'count':
			return Math.sqrt(Math.max(expected, 0));
		case 'share': {
			if (!day.n) return 0;
			// Agresti–Coull: a baseline of 100 % (or 0 %) still has a floor.
			const p = (day.n * (expected / 100) + 2) / (day.n + 4);
			return 100 * Math.sqrt((p * (1 - p)) / day.n);
		}
		case 'mean':
		case 'quantile':
			// s ÷ √n, and the quantile's analogue, with the baseline's typical s and the day's n.
			return unitError !== null && day.n ? unitError / Math.sqrt(day.n) : 0;
		case 'ratio':
			// From nothing to something is a change however small: a zero count's error is taken at one.
			return Math.abs(expected) * Math.sqrt(1 / Math.max(numerator ?? 0, 1));
		case 'none':
			return 0;
	}
}

/** Enough observations to judge the day: counts (and a ratio's numerator) on the day or expected. */
function enoughObservations(
	model: SamplingModel,
	expected: number,
	day: DailyPoint,
	numerator: number | null
) {
	switch (model) {
		case 'count':
			return Math.max(day.value ?? 0, expected) >= MIN_OBSERVATIONS;
		case 'ratio':
			return Math.max(day.numerator ?? 0, numerator ?? 0) >= MIN_OBSERVATIONS;
		case 'share':
		case 'mean':
		case 'quantile':
		case 'none':
			// A node without a sample size (a sum) has nothing to count.
			return day.n === null ? model === 'none' : day.n >= MIN_OBSERVATIONS;
	}
}

/**
 * A quantile's sampling standard error × √n: √(q(1 − q)) ÷ f(x_q), the density f estimated from the
 * quantiles at q ∓ h as 2h ÷ (x_{q+h} − x_{q−h}). SPEC §4 names no floor for quantiles; without one, a
 * daily median of ~20 response times alarms every few weeks on pure noise.
 */
export function quantileUnitError(q: number, lo: number, hi: number, h: number): number {
	return Math.sqrt(q * (1 - q)) * ((hi - lo) / (2 * h));
}

function maxKnown(a: number | null, b: number | null): number | null {
	return a === null ? b : b === null ? a : Math.max(a, b);
}

/** Median of the same weekday's values in the 8 weeks before, when all are known. */
function typicalAt(points: readonly DailyPoint[], index: number, pick: (p: DailyPoint) => number | null) {
	const values = sameWeekday(points, index, pick);
	return values ? median(values) : null;
}

/** Expected value and spread for day `index`, or null when the 8 weeks before are not all known. */
export function baselineAt(
	model: SamplingModel,
	points: readonly DailyPoint[],
	index: number
): Baseline | null {
	const history = sameWeekday(points, index, (p) => p.value);
	if (!history) return null;
	const expected = median(history);
	const mad = median(history.map((v) => Math.abs(v - expected)));
	const day = points[index]!;
	const numerator = model === 'ratio' ? typicalAt(points, index, (p) => p.numerator) : null;
	// The larger of the day's own and the baseline's typical error: a daily median of response times
	// swings with the channel mix (chat in minutes, email in hours), which a calm baseline understates.
	const unitError =
		model === 'mean' || model === 'quantile'
			? maxKnown(
					typicalAt(points, index, (p) => p.unitError),
					day.unitError
				)
			: null;
	const spread = Math.max(
		MAD_TO_SD * mad,
		samplingError(model, expected, day, { expected, numerator, unitError })
	);
	return { expected, spread, numerator, unitError };
}

/**
 * The anomalous days of a daily series. `points[i]` is day `firstDayMs + i` days; days before
 * `fromIndex` are history only (the lookback), days from it on are judged.
 */
export function findAnomalies(
	model: SamplingModel,
	direction: Direction,
	points: readonly DailyPoint[],
	firstDayMs: number,
	fromIndex = LOOKBACK_DAYS
): Anomaly[] {
	const anomalies: Anomaly[] = [];
	for (let index = Math.max(fromIndex, 0); index < points.length; index++) {
		const day = points[index]!;
		if (day.value === null) continue;
		const baseline = baselineAt(model, points, index);
		if (!baseline) continue;
		if (!enoughObservations(model, baseline.expected, day, baseline.numerator)) continue;
		const deviation = day.value - baseline.expected;
		if (Math.abs(deviation) <= THRESHOLD * baseline.spread) continue;
		const side: AnomalySide = deviation > 0 ? 'high' : 'low';
		anomalies.push({
			day: new Date(firstDayMs + index * DAY_MS).toISOString().slice(0, 10),
			value: day.value,
			expected: baseline.expected,
			spread: baseline.spread,
			side,
			good: (side === 'high') === (direction === 'up')
		});
	}
	return anomalies;
}

/**
 * Is a change real or noise? (SPEC §4 "Uncertainty") — pure maths, no SQL, no UI.
 *
 * Every value carries the evidence behind it (`Evidence`: its sample counts and, for means and
 * quantiles, the extra aggregates the same query computes). From it come a 95 % interval
 * (`interval`) and, for a change between two periods, a verdict (`compare`):
 * - share (a rate of good ÷ total): Wilson score interval; pooled two-proportion z-test;
 * - mean (NPS's +100 / 0 / −100 answers, any mean): mean ± z s ÷ √n; Welch's z on the two means;
 * - count: Poisson, n ± z √n; significant when |n₁ − n₀| > z √(n₁ + n₀);
 * - rate (a count over a count taken as exposure, e.g. tickets per 100 orders): scale × (n ± z √n) ÷ D;
 *   significant when |ln(rate₁ ÷ rate₀)| > z √(1/n₁ + 1/n₀);
 * - quantile: distribution-free interval between the order statistics of ranks np ± z √(np(1 − p));
 *   significant only when the two periods' intervals do not overlap.
 * Fewer than `MIN_OBSERVATIONS` observations in either period is "too few to tell", never significant.
 * The named functions (`shareInterval`, `compareShares`, …) are usable on their own, e.g. for hypotheses.
 */

/** The normal quantile for a two-sided 95 % interval. */
export const Z = 1.96;
/** Below this many observations in either period a change is "too few to tell". */
export const MIN_OBSERVATIONS = 10;

export type Verdict = 'significant' | 'noise' | 'too-few';

export interface Interval {
	lo: number;
	hi: number;
}

/** What a value was computed from, enough to say how sure it is. Counts are of rows (observations). */
export type Evidence =
	/** scale × num ÷ den, num ⊆ den (a share in percent has scale 100). */
	| { kind: 'share'; num: number; den: number; scale: number }
	/** Mean of n values with their sum and sum of squares. */
	| { kind: 'mean'; n: number; sum: number; sumSquares: number }
	/** A number of rows (or distinct values), taken as Poisson. */
	| { kind: 'count'; n: number }
	/** scale × num ÷ exposure, num a Poisson count and the exposure taken as fixed. */
	| { kind: 'rate'; num: number; exposure: number; scale: number }
	/** The order statistics at `quantileRanks(n, q)`: `lo` and `hi` (null when n = 0). */
	| { kind: 'quantile'; n: number; lo: number | null; hi: number | null };

/** The number of observations behind a value: the test's sample size. */
export function observations(e: Evidence): number {
	switch (e.kind) {
		case 'share':
			return e.den;
		case 'mean':
		case 'count':
		case 'quantile':
			return e.n;
		case 'rate':
			return e.num;
	}
}

/** Wilson score interval of num ÷ den, times scale; null when den = 0. */
export function shareInterval(num: number, den: number, scale = 100): Interval | null {
	if (den <= 0) return null;
	const p = num / den;
	const z2 = Z * Z;
	const centre = (p + z2 / (2 * den)) / (1 + z2 / den);
	const half = (Z / (1 + z2 / den)) * Math.sqrt((p * (1 - p)) / den + z2 / (4 * den * den));
	return { lo: scale * Math.max(0, centre - half), hi: scale * Math.min(1, centre + half) };
}

/** The sample standard deviation from n, Σx and Σx²; null below two values. */
function sampleVariance(n: number, sum: number, sumSquares: number): number | null {
	if (n < 2) return null;
	// Σ(x − x̄)² = Σx² − (Σx)² ÷ n; rounding can take a constant sample a hair below 0.
	return Math.max(0, (sumSquares - (sum * sum) / n) / (n - 1));
}

/** mean ± z s ÷ √n; null below two values. */
export function meanInterval(n: number, sum: number, sumSquares: number): Interval | null {
	const variance = sampleVariance(n, sum, sumSquares);
	if (variance === null) return null;
	const mean = sum / n;
	const half = Z * Math.sqrt(variance / n);
	return { lo: mean - half, hi: mean + half };
}

/** n ± z √n (floored at 0). */
export function countInterval(n: number): Interval {
	const half = Z * Math.sqrt(n);
	return { lo: Math.max(0, n - half), hi: n + half };
}

/** scale × (num ± z √num) ÷ exposure; null when the exposure is 0. */
export function rateInterval(num: number, exposure: number, scale = 1): Interval | null {
	if (exposure <= 0) return null;
	const { lo, hi } = countInterval(num);
	return { lo: (scale * lo) / exposure, hi: (scale * hi) / exposure };
}

/**
 * The 1-based ranks of the order statistics bounding a q-quantile of n values at 95 %:
 * ⌊nq − z √(nq(1 − q))⌋ and ⌈nq + z √(nq(1 − q))⌉, clamped to [1, n]. Null when n = 0.
 * The SQL in sql/aggregates.ts computes the same ranks (`quantileRankSql`).
 */
export function quantileRanks(n: number, q: number): { lo: number; hi: number } | null {
	if (n <= 0) return null;
	const spread = Z * Math.sqrt(n * q * (1 - q));
	return {
		lo: Math.min(n, Math.max(1, Math.floor(n * q - spread))),
		hi: Math.min(n, Math.max(1, Math.ceil(n * q + spread)))
	};
}

/** The interval of a value from its evidence (null when there is no value to bound). */
export function interval(e: Evidence): Interval | null {
	switch (e.kind) {
		case 'share':
			return shareInterval(e.num, e.den, e.scale);
		case 'mean':
			return meanInterval(e.n, e.sum, e.sumSquares);
		case 'count':
			return countInterval(e.n);
		case 'rate':
			return rateInterval(e.num, e.exposure, e.scale);
		case 'quantile':
			return e.lo === null || e.hi === null ? null : { lo: e.lo, hi: e.hi };
	}
}

const tooFew = (...n: number[]) => n.some((x) => x < MIN_OBSERVATIONS);
const verdictOf = (significant: boolean): Verdict => (significant ? 'significant' : 'noise');

/** Two-proportion z-test with the pooled variance: |z| > 1.96. */
export function compareShares(
	before: { num: number; den: number },
	after: { num: number; den: number }
): Verdict {
	if (tooFew(before.den, after.den)) return 'too-few';
	const p0 = before.num / before.den;
	const p1 = after.num / after.den;
	const pooled = (before.num + after.num) / (before.den + after.den);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / before.den + 1 / after.den));
	// Everyone good (or bad) in both periods: no variance and no difference.
	// Stryker disable next-line ConditionalExpression: se is 0 only when every row is good (or none is) in both periods, so p0 = p1 and both ways say noise
	if (se === 0) return verdictOf(p0 !== p1);
	// Stryker disable next-line EqualityOperator: no pair of shares gives exactly 1.96 (none with denominators 10–200 in floating point)
	return verdictOf(Math.abs(p1 - p0) / se > Z);
}

/** Welch's z on two means from n, Σx and Σx²: |x̄₁ − x̄₀| ÷ √(s₀²/n₀ + s₁²/n₁) > 1.96. */
export function compareMeans(
	before: { n: number; sum: number; sumSquares: number },
	after: { n: number; sum: number; sumSquares: number }
): Verdict {
	if (tooFew(before.n, after.n)) return 'too-few';
	const v0 = sampleVariance(before.n, before.sum, before.sumSquares)!;
	const v1 = sampleVariance(after.n, after.sum, after.sumSquares)!;
	const difference = after.sum / after.n - before.sum / before.n;
	const se = Math.sqrt(v0 / before.n + v1 / after.n);
	// Stryker disable next-line ConditionalExpression: with se = 0 the division gives ±Infinity (significant) or 0 ÷ 0 = NaN (noise), the same verdicts
	if (se === 0) return verdictOf(difference !== 0);
	return verdictOf(Math.abs(difference) / se > Z);
}

/** Two Poisson counts: |n₁ − n₀| > 1.96 √(n₁ + n₀). */
export function compareCounts(before: number, after: number): Verdict {
	if (tooFew(before, after)) return 'too-few';
	return verdictOf(Math.abs(after - before) > Z * Math.sqrt(after + before));
}

/** Two Poisson rates num ÷ exposure: |ln(rate₁ ÷ rate₀)| > 1.96 √(1/n₁ + 1/n₀). */
export function compareRates(
	before: { num: number; exposure: number },
	after: { num: number; exposure: number }
): Verdict {
	if (tooFew(before.num, after.num)) return 'too-few';
	if (before.exposure <= 0 || after.exposure <= 0) return 'too-few';
	const logRatio = Math.log(after.num / after.exposure / (before.num / before.exposure));
	// Stryker disable next-line EqualityOperator: a log against a square root; no counts land on it exactly (none with counts 10–120 and exposures 1–120)
	return verdictOf(Math.abs(logRatio) > Z * Math.sqrt(1 / after.num + 1 / before.num));
}

/** Quantiles: significant only when the two intervals do not overlap. */
export function compareIntervals(
	before: { n: number; interval: Interval | null },
	after: { n: number; interval: Interval | null }
): Verdict {
	if (tooFew(before.n, after.n) || !before.interval || !after.interval) return 'too-few';
	return verdictOf(before.interval.hi < after.interval.lo || after.interval.hi < before.interval.lo);
}

/** The verdict on the change from `before` to `after`; null when the two are not of the same kind. */
export function compare(before: Evidence, after: Evidence): Verdict | null {
	if (before.kind === 'share' && after.kind === 'share') return compareShares(before, after);
	if (before.kind === 'mean' && after.kind === 'mean') return compareMeans(before, after);
	if (before.kind === 'count' && after.kind === 'count') return compareCounts(before.n, after.n);
	if (before.kind === 'rate' && after.kind === 'rate') return compareRates(before, after);
	if (before.kind === 'quantile' && after.kind === 'quantile') {
		return compareIntervals(
			{ n: before.n, interval: interval(before) },
			{ n: after.n, interval: interval(after) }
		);
	}
	return null;
}

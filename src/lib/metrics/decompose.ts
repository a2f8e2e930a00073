/**
 * Exact decompositions of a change (SPEC §4 "Contribution"): each returns parts that sum to the
 * change to floating-point error, or null when the change cannot be split that way.
 */

/** One part's value in the previous (`before`) and current (`after`) period. */
export interface PartValues<K> {
	key: K;
	before: number;
	after: number;
}

export interface Split<K> {
	key: K;
	amount: number;
}

/** Additive metrics: each part contributes its own change. */
export function additiveSplit<K>(parts: readonly PartValues<K>[]): { change: number; parts: Split<K>[] } {
	const sum = (f: (p: PartValues<K>) => number) => parts.reduce((total, p) => total + f(p), 0);
	return {
		change: sum((p) => p.after) - sum((p) => p.before),
		parts: parts.map((p) => ({ key: p.key, amount: p.after - p.before }))
	};
}

/**
 * R = scale × N ÷ D with N split into parts Nᵢ and D whole:
 * ΔR = Σᵢ scale (Nᵢ₁ − Nᵢ₀) ÷ D₁ + scale N₀ (1 ÷ D₁ − 1 ÷ D₀); the last term is the denominator's effect.
 */
export function ratioSplit<K>(
	numerator: readonly PartValues<K>[],
	denominator: { before: number; after: number },
	scale: number
): { change: number; parts: Split<K>[]; denominatorEffect: number } | null {
	const { before: d0, after: d1 } = denominator;
	if (d0 === 0 || d1 === 0) return null;
	const n0 = numerator.reduce((total, p) => total + p.before, 0);
	const n1 = numerator.reduce((total, p) => total + p.after, 0);
	return {
		change: (scale * n1) / d1 - (scale * n0) / d0,
		parts: numerator.map((p) => ({ key: p.key, amount: (scale * (p.after - p.before)) / d1 })),
		denominatorEffect: scale * n0 * (1 / d1 - 1 / d0)
	};
}

/** A group of a rate R = scale × Σ good ÷ Σ total, in both periods. */
export interface RateGroup<K> {
	key: K;
	good: { before: number; after: number };
	total: { before: number; after: number };
}

export interface MixRateSplit<K> extends Split<K> {
	mix: number;
	rate: number;
}

/**
 * Mix and rate effects (SPEC §4): with shares wᵢ = totalᵢ ÷ Σ total, rates rᵢ = scale × goodᵢ ÷ totalᵢ
 * and the overall previous rate R₀, ΔR = Σᵢ [(wᵢ₁ − wᵢ₀)(rᵢ₀ − R₀) + wᵢ₁ (rᵢ₁ − rᵢ₀)]. The mix term is
 * weighed by the part's distance from the average (Σᵢ (wᵢ₁ − wᵢ₀) = 0, so the total is unchanged): a
 * part that only gained or lost share while being as good as average contributes nothing. A part
 * absent in one period takes R₀ as its missing rate, so appearing is all rate effect (w₁ (r₁ − R₀))
 * and disappearing all mix effect (−w₀ (r₀ − R₀)).
 */
export function mixRateSplit<K>(
	groups: readonly RateGroup<K>[],
	scale: number
): { change: number; parts: MixRateSplit<K>[] } | null {
	const t0 = groups.reduce((sum, g) => sum + g.total.before, 0);
	const t1 = groups.reduce((sum, g) => sum + g.total.after, 0);
	if (t0 === 0 || t1 === 0) return null;
	const g0 = groups.reduce((sum, g) => sum + g.good.before, 0);
	const g1 = groups.reduce((sum, g) => sum + g.good.after, 0);
	const average = (scale * g0) / t0;
	const parts = groups.map((g) => {
		const w0 = g.total.before / t0;
		const w1 = g.total.after / t1;
		const r0 = g.total.before === 0 ? average : (scale * g.good.before) / g.total.before;
		const r1 = g.total.after === 0 ? average : (scale * g.good.after) / g.total.after;
		const mix = noNegativeZero((w1 - w0) * (r0 - average));
		const rate = noNegativeZero(w1 * (r1 - r0));
		return { key: g.key, amount: mix + rate, mix, rate };
	});
	return { change: (scale * g1) / t1 - average, parts };
}

/**
 * Log-change (LMDI) split of a product P = Π xᵢ: contributionᵢ = L(P₁, P₀) × ln(xᵢ₁ ÷ xᵢ₀), with the
 * logarithmic mean L(a, b) = (a − b) ÷ ln(a ÷ b). Here ln(P₁ ÷ P₀) is taken as Σ ln(xᵢ₁ ÷ xᵢ₀) — equal
 * in exact arithmetic — so the parts sum to the change even in floating point. Needs positive factors.
 */
export function lmdiSplit<K>(
	factors: readonly PartValues<K>[]
): { change: number; parts: Split<K>[] } | null {
	if (factors.some((f) => !(f.before > 0 && f.after > 0))) return null;
	const p0 = factors.reduce((product, f) => product * f.before, 1);
	const p1 = factors.reduce((product, f) => product * f.after, 1);
	const logs = factors.map((f) => Math.log(f.after / f.before));
	const logChange = logs.reduce((sum, l) => sum + l, 0);
	// L(P, P) = P: when the product does not move, the parts are P × ln(ratio) and cancel out.
	// Stryker disable next-line EqualityOperator: a rounding guard; a log sum of exactly 1e-15 is a float coincidence no input can aim at
	const weight = Math.abs(logChange) < 1e-15 ? p1 : (p1 - p0) / logChange;
	return {
		change: p1 - p0,
		parts: factors.map((f, i) => ({ key: f.key, amount: noNegativeZero(weight * logs[i]!) }))
	};
}

/** −0 would print as "-0" in a waterfall label. */
function noNegativeZero(value: number): number {
	return value === 0 ? 0 : value;
}

/**
 * Sequential replacement: move the inputs from before to after one at a time, in `order`; each input's
 * contribution is the change of `evaluate` when it moves. Telescopes to the total change for any formula;
 * with denominators moved first it is exactly SPEC §4's ratio rule. Null when an intermediate has no value.
 */
export function sequentialSplit<K>(
	inputs: readonly PartValues<K>[],
	evaluate: (values: ReadonlyMap<K, number>) => number | null
): { change: number; parts: Split<K>[] } | null {
	const values = new Map(inputs.map((i) => [i.key, i.before]));
	const start = evaluate(values);
	if (start === null) return null;
	let previous = start;
	const parts: Split<K>[] = [];
	for (const input of inputs) {
		values.set(input.key, input.after);
		const next = evaluate(values);
		if (next === null) return null;
		parts.push({ key: input.key, amount: next - previous });
		previous = next;
	}
	return { change: previous - start, parts };
}

/**
 * Seeded pseudo-random numbers for the sample generator.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand) seeded through
 * splitmix32: fast, 32-bit integer arithmetic only, so the same seed gives the same sequence on every
 * platform — which is what makes the sample byte-identical from run to run. Never Math.random.
 */

export interface Random {
	/** Uniform in [0, 1). */
	uniform(): number;
	/** Uniform in [low, high). */
	between(low: number, high: number): number;
	/** Uniform integer in [0, n). */
	int(n: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** Standard normal (Box–Muller). */
	normal(): number;
	/** Exponential with the given mean. */
	exponential(mean: number): number;
	/** Log-normal given its median and the sigma of the underlying normal. */
	logNormal(median: number, sigma: number): number;
	/** Poisson count with mean lambda. */
	poisson(lambda: number): number;
	/** Failures before the first success, success probability p (mean (1 − p) / p). */
	geometric(p: number): number;
}

/** splitmix32: spreads a small integer seed over all 32 bits so nearby seeds give unrelated streams. */
function splitmix32(state: number): () => number {
	let s = state >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/** A generator for `seed`; `stream` picks an independent sequence, so changing one table's model leaves the others' bytes alone. */
export function createRandom(seed: number, stream = 0): Random {
	const mix = splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x27d4eb2d));
	let a = mix();
	let b = mix();
	let c = mix();
	let d = mix();

	function next(): number {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	}
	// The first outputs of sfc32 are correlated with the seed words; discard them.
	for (let i = 0; i < 15; i++) next();

	const random: Random = {
		uniform: next,
		between: (low, high) => low + (high - low) * next(),
		int: (n) => Math.floor(next() * n),
		chance: (p) => next() < p,
		normal() {
			// 1 − u keeps the logarithm away from 0.
			const u = 1 - next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
		},
		exponential: (mean) => -mean * Math.log(1 - next()),
		logNormal: (median, sigma) => median * Math.exp(sigma * random.normal()),
		poisson(lambda) {
			if (lambda <= 0) return 0;
			// Knuth's product method is exact but O(lambda); above 30 the normal approximation is indistinguishable here.
			if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.normal()));
			const limit = Math.exp(-lambda);
			let count = 0;
			let product = next();
			while (product > limit) {
				count++;
				product *= next();
			}
			return count;
		},
		geometric(p) {
			if (p >= 1) return 0;
			return Math.floor(Math.log(1 - next()) / Math.log(1 - p));
		}
	};
	return random;
}

/** A weighted choice over indices 0…n−1, precomputed once: returns the chosen index. */
export type Chooser = (random: Random) => number;

/** Builds a chooser for the given (non-negative, not all zero) weights. */
export function weightedChoice(weights: readonly number[]): Chooser {
	const cumulative: number[] = [];
	let total = 0;
	for (const weight of weights) {
		total += weight;
		cumulative.push(total);
	}
	if (!(total > 0)) throw new Error('weightedChoice needs at least one positive weight');
	return (random) => upperBound(cumulative, random.uniform() * total);
}

/** The first index below `length` whose value exceeds `target`, or length − 1 (binary search, non-decreasing array). */
export function upperBound(
	cumulative: ArrayLike<number>,
	target: number,
	length = cumulative.length
): number {
	let low = 0;
	let high = length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (cumulative[middle]! > target) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** Where two JSON-like values differ: numbers to 1e-9 relative (at least 1e-9 absolute; ±inf and NaN exactly), everything else exactly. */
export function differences(actual: unknown, expected: unknown, path = '$'): string[] {
	if (typeof expected === 'number' && typeof actual === 'number') {
		// ±Infinity and NaN equal only themselves.
		const ok =
			Object.is(actual, expected) || Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
		return ok ? [] : [`${path}: ${actual} ≠ ${expected}`];
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual) || actual.length !== expected.length)
			return [
				`${path}: length ${Array.isArray(actual) ? actual.length : typeof actual} ≠ ${expected.length}`
			];
		return expected.flatMap((item, i) => differences(actual[i], item, `${path}[${i}]`));
	}
	if (expected !== null && typeof expected === 'object') {
		if (actual === null || typeof actual !== 'object') return [`${path}: ${String(actual)} ≠ object`];
		const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
		return [...keys].flatMap((key) =>
			differences(
				(actual as Record<string, unknown>)[key],
				(expected as Record<string, unknown>)[key],
				`${path}.${key}`
			)
		);
	}
	return Object.is(actual, expected)
		? []
		: [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}

/** formula-shape.ts: which formulas are sums (with their coefficients) and which are products. */
import { describe, expect, it } from 'vitest';
import { parseFormula, type Expr } from '../../../src/lib/metrics/formula';
import { productShape, sumShape } from '../../../src/lib/metrics/formula-shape';

function ast(text: string): Expr {
	const parsed = parseFormula(text);
	if (!parsed.ok) throw new Error(parsed.error.message);
	return parsed.value;
}

const sum = (text: string) => {
	const shape = sumShape(ast(text));
	return shape && { coefficients: Object.fromEntries(shape.coefficients), constant: shape.constant };
};

describe('sumShape', () => {
	it('reads each child’s coefficient and the constant', () => {
		// (a − 3b) ÷ 2 + 4 − (−c): a ½, b −3 ÷ 2 = −1.5, c 1, constant 4
		expect(sum('(a - 3 * b) / 2 + 4 - -c')).toEqual({ coefficients: { a: 0.5, b: -1.5, c: 1 }, constant: 4 });
	});

	it('multiplies by constants on either side, constant expressions included', () => {
		// 2a + b × (1 + 2) − 6 ÷ 3: a 2, b 3, constant −2
		expect(sum('2 * a + b * (1 + 2) - 6 / 3')).toEqual({ coefficients: { a: 2, b: 3 }, constant: -2 });
	});

	it('keeps a child that cancels out, with coefficient 0', () => {
		expect(sum('a + b - a')).toEqual({ coefficients: { a: 0, b: 1 }, constant: 0 });
	});

	it.each(['a * b', 'a / b', '2 / a', 'a / (1 - 1)', '(a + 1) * (b + 1)'])('is null for %s', (text) => {
		expect(sum(text)).toBeNull();
	});
});

describe('productShape', () => {
	it('lists the factors in order with the constant scale', () => {
		// 3 × a × (b ÷ 2) × −c: scale 3 ÷ 2 × −1 = −1.5
		expect(productShape(ast('3 * a * (b / 2) * -c'))).toEqual({ factors: ['a', 'b', 'c'], scale: -1.5 });
	});

	it('keeps a repeated factor and folds constant expressions', () => {
		// (1 + 1) × a × a ÷ (2 + 2): scale 2 ÷ 4 = 0.5
		expect(productShape(ast('(1 + 1) * a * a / (2 + 2)'))).toEqual({ factors: ['a', 'a'], scale: 0.5 });
	});

	it.each(['a / b', 'a + b', 'a * (b - 1)', 'a / 0', '-(a - b)'])('is null for %s', (text) => {
		expect(productShape(ast(text))).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { formulaRefs, parseFormula, type Expr } from '../../../src/lib/metrics/formula';
import { evaluateFormula, ratioShape } from '../../../src/lib/metrics/formula-evaluate';
import type { NodeId } from '../../../src/lib/metrics/types';

function parse(text: string): Expr {
	const result = parseFormula(text);
	if (!result.ok) throw new Error(result.error.message);
	return result.value;
}

const values: Record<string, number | null> = { tickets: 12, orders: 8, visits: 0, csat: null, huge: 1e308 };
const lookup = (id: NodeId) => values[id] ?? null;
const evaluate = (text: string) => evaluateFormula(parse(text), lookup);

describe('formula language', () => {
	it('computes the north star: 100 × tickets ÷ orders', () => {
		expect(evaluate('100 * tickets / orders').value).toBe(150); // 100 × 12 ÷ 8
	});

	it('respects precedence, parentheses and unary minus', () => {
		expect(evaluate('1 + 2 * 3').value).toBe(7);
		expect(evaluate('(1 + 2) * 3').value).toBe(9);
		expect(evaluate('-tickets + 2').value).toBe(-10);
		expect(evaluate('10 - 4 - 3').value).toBe(3); // left-associative: (10 − 4) − 3
		expect(evaluate('tickets / orders / 2').value).toBe(0.75); // (12 ÷ 8) ÷ 2
	});

	it('accepts the typographic signs × ÷ −', () => {
		expect(evaluate('100 × tickets ÷ orders − 50').value).toBe(100);
	});

	it('has no value when dividing by zero, never Infinity or NaN', () => {
		expect(evaluate('100 * tickets / visits')).toEqual({ value: null, gap: 'no_denominator' });
		expect(evaluate('visits / visits')).toEqual({ value: null, gap: 'no_denominator' });
	});

	it('has no value when a result is too large to be a number', () => {
		expect(evaluate('huge * 10')).toEqual({ value: null, gap: 'no_denominator' });
	});

	it('has no value when an input has none', () => {
		expect(evaluate('csat * 2')).toEqual({ value: null, gap: 'input_missing' });
		expect(evaluate('-csat')).toEqual({ value: null, gap: 'input_missing' });
		expect(evaluate('2 * csat')).toEqual({ value: null, gap: 'input_missing' });
	});

	it('lists the nodes it reads, once each', () => {
		expect(formulaRefs(parse('a / (a + b) * c'))).toEqual(['a', 'b', 'c']);
	});

	const endAt = (at: string) => ({ at, found: 'end', token: '' });
	it.each([
		[
			'100 * tickets /',
			'expected a number, a node id or “(” but found the end of the formula',
			16,
			'operand',
			endAt('16')
		],
		['(tickets / orders', 'expected “)” but found the end of the formula', 18, 'close_paren', endAt('18')],
		[
			'tickets orders',
			'expected an operator (+, -, * or /) or the end of the formula but found “orders”',
			9,
			'operator_or_end',
			{ at: '9', found: 'name', token: 'orders' }
		],
		[
			'tickets % orders',
			'found the character “%”: a formula has numbers, node ids, + - * / and parentheses only',
			9,
			'character',
			{ at: '9', char: '%' }
		],
		['', 'expected a number, a node id or “(” but found the end of the formula', 1, 'operand', endAt('1')]
	])(
		'rejects %j with a message, a position, a code and what it found',
		(text, message, column, code, params) => {
			expect(parseFormula(text)).toEqual({ ok: false, error: { message, column, code, params } });
		}
	);

	it('never evaluates code: a formula is parsed, not run', () => {
		expect(parseFormula('process.exit(1)').ok).toBe(false);
		expect(parseFormula('tickets; orders').ok).toBe(false);
	});
});

describe('ratio shape', () => {
	it('recognises scale × numerator ÷ denominator in any arrangement', () => {
		const shape = { numerator: 'tickets', denominator: 'orders' };
		expect(ratioShape(parse('100 * tickets / orders'))).toEqual({ ...shape, scale: 100 });
		expect(ratioShape(parse('tickets / orders * 100'))).toEqual({ ...shape, scale: 100 });
		expect(ratioShape(parse('tickets / (orders / 100)'))).toEqual({ ...shape, scale: 100 });
		expect(ratioShape(parse('tickets / orders'))).toEqual({ ...shape, scale: 1 });
		// a constant under the division bar divides the scale: 1 ÷ 2; a minus sign negates it
		expect(ratioShape(parse('tickets / (2 * orders)'))).toEqual({ ...shape, scale: 0.5 });
		expect(ratioShape(parse('-tickets / orders'))).toEqual({ ...shape, scale: -1 });
		expect(ratioShape(parse('0 * tickets / orders'))).toEqual({ ...shape, scale: 0 });
	});

	it('is null for sums, products and ratios of more than two nodes', () => {
		expect(ratioShape(parse('tickets + orders'))).toBeNull();
		expect(ratioShape(parse('tickets * orders'))).toBeNull();
		expect(ratioShape(parse('(tickets + csat) / orders'))).toBeNull();
		expect(ratioShape(parse('tickets / orders / visits'))).toBeNull();
		expect(ratioShape(parse('tickets / orders * (1 + 2)'))).toBeNull();
		expect(ratioShape(parse('100 / orders'))).toBeNull();
		expect(ratioShape(parse('tickets / 100'))).toBeNull();
		// dividing by a constant 0 is no ratio at all
		expect(ratioShape(parse('tickets / orders / 0'))).toBeNull();
	});
});

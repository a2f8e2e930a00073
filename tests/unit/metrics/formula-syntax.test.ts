/** formula.ts's parser at its edges: decimals, what each error names and where, refs under a minus. */
import { describe, expect, it } from 'vitest';
import { formulaRefs, parseFormula } from '../../../src/lib/metrics/formula';

const error = (text: string) => {
	const result = parseFormula(text);
	return result.ok ? null : result.error;
};

describe('formula syntax', () => {
	it('reads a decimal number whole', () => {
		expect(parseFormula('1.25 * a')).toEqual({
			ok: true,
			value: {
				kind: 'binary',
				op: '*',
				left: { kind: 'number', value: 1.25 },
				right: { kind: 'ref', id: 'a' }
			}
		});
		expect(parseFormula('  a   +b ')).toEqual({
			ok: true,
			value: { kind: 'binary', op: '+', left: { kind: 'ref', id: 'a' }, right: { kind: 'ref', id: 'b' } }
		});
	});

	it('names what it did not expect, and where (1-based columns)', () => {
		const found = (at: string, kind: string, token: string) => ({ at, found: kind, token });
		expect(error('a 3')).toEqual({
			message: 'expected an operator (+, -, * or /) or the end of the formula but found the number 3',
			column: 3,
			code: 'operator_or_end',
			params: found('3', 'number', '3')
		});
		expect(error('a b')).toEqual({
			message: 'expected an operator (+, -, * or /) or the end of the formula but found “b”',
			column: 3,
			code: 'operator_or_end',
			params: found('3', 'name', 'b')
		});
		expect(error('a )')).toEqual({
			message: 'expected an operator (+, -, * or /) or the end of the formula but found “)”',
			column: 3,
			code: 'operator_or_end',
			params: found('3', 'symbol', ')')
		});
		expect(error('a +')).toEqual({
			message: 'expected a number, a node id or “(” but found the end of the formula',
			column: 4,
			code: 'operand',
			params: found('4', 'end', '')
		});
		expect(error('a + * b')).toEqual({
			message: 'expected a number, a node id or “(” but found “*”',
			column: 5,
			code: 'operand',
			params: found('5', 'symbol', '*')
		});
		expect(error('(a (b)')).toEqual({
			message: 'expected “)” but found “(”',
			column: 4,
			code: 'close_paren',
			params: found('4', 'symbol', '(')
		});
		expect(error('(a b')).toEqual({
			message: 'expected “)” but found “b”',
			column: 4,
			code: 'close_paren',
			params: found('4', 'name', 'b')
		});
		expect(error('(a')).toEqual({
			message: 'expected “)” but found the end of the formula',
			column: 3,
			code: 'close_paren',
			params: found('3', 'end', '')
		});
		expect(error('a % b')).toEqual({
			message: 'found the character “%”: a formula has numbers, node ids, + - * / and parentheses only',
			column: 3,
			code: 'character',
			params: { at: '3', char: '%' }
		});
	});

	it('lets an error that is not a syntax error through', () => {
		// Nesting deep enough to overflow the stack is not a formula mistake to report as one.
		expect(() => parseFormula('-'.repeat(200_000) + 'a')).toThrow(RangeError);
	});

	it('lists the nodes read under a minus', () => {
		const parsed = parseFormula('-a + 2 * -(b - a)');
		if (!parsed.ok) throw new Error(parsed.error.message);
		expect(formulaRefs(parsed.value)).toEqual(['a', 'b']);
	});
});

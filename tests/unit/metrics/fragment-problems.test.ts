import { describe, expect, it } from 'vitest';
import { fragmentProblemText } from '../../../src/lib/i18n/tree-errors';
import { isFailure, problem } from '../../../src/lib/metrics/fragment/problems';

describe('a fragment’s refusal', () => {
	it('carries its code, its values and the English text with the values in place', () => {
		expect(problem('arity', { name: 'abs', expected: '1', got: '2' })).toEqual({
			failure: {
				code: 'arity',
				params: { name: 'abs', expected: '1', got: '2' },
				message: 'wrong number of arguments to abs(): it takes 1, not 2'
			}
		});
		expect(problem('empty', {}).failure.message).toBe('is empty: write an SQL expression');
	});

	it('is told apart from a token list or anything else', () => {
		expect(isFailure(problem('empty', {}))).toBe(true);
		expect(isFailure({ failure: undefined })).toBe(true);
		expect(isFailure([])).toBe(false);
		expect(isFailure({})).toBe(false);
		expect(isFailure(null)).toBe(false);
		expect(isFailure(undefined)).toBe(false);
		expect(isFailure('failure')).toBe(false);
	});

	it('tells a syntax problem’s found token by its kind and its expected one in words', () => {
		const text = (token: string, expected: string) =>
			problem('syntax', { token, at: '4', expected }).failure.message;
		expect(text("'x'", 'operator_or_end')).toBe(
			"at character 4, expected an operator (such as =, + or AND) or the end of the expression, but found the text 'x'"
		);
		expect(text('"x"', ')')).toBe('at character 4, expected “)”, but found the quoted name "x"');
		expect(text('', 'END')).toBe('at character 4, expected “END”, but found the end of the expression');
		expect(text('12a', 'after_number')).toBe(
			'at character 4, expected a space or an operator after the number, but found “12a”'
		);
		expect(text('""', 'quoted_name')).toBe(
			'at character 4, expected a column name between the double quotes, but found the quoted name ""'
		);
		// `$` in a found text is written as it is, not read as a replacement pattern.
		expect(text("'$&'", 'operator_or_end')).toMatch(/found the text '\$&'$/);
	});

	it('says the same in Korean, from the same code and values', () => {
		const ko = (token: string, expected: string) =>
			fragmentProblemText({ code: 'syntax', params: { token, at: '3', expected } }, 'ko');
		expect(ko("'('", 'operator_or_end')).toBe(
			"3번째 문자에 연산자(=, +, AND 등) 또는 식의 끝이(가) 와야 하는데 텍스트 '('이(가) 있습니다"
		);
		expect(ko('', ')')).toBe('3번째 문자에 “)”이(가) 와야 하는데 식의 끝이(가) 있습니다');
		expect(
			fragmentProblemText({ code: 'syntax', params: { token: 'b', at: '3', expected: 'value' } }, 'en')
		).toBe(
			"at character 3, expected a value (a column, a number, a 'text', a function call or a parenthesis), but found “b”"
		);
	});
});

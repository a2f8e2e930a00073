import { describe, expect, it } from 'vitest';
import { fragmentProblemText, subjectParticle } from '../../../src/lib/i18n/tree-errors';
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
			"3번째 문자에 연산자(=, +, AND 등) 또는 식의 끝이 와야 하는데 텍스트 '('가 있습니다"
		);
		expect(ko('', ')')).toBe('3번째 문자에 “)”가 와야 하는데 식이 끝났습니다');
		expect(
			fragmentProblemText({ code: 'syntax', params: { token: 'b', at: '3', expected: 'value' } }, 'en')
		).toBe(
			"at character 3, expected a value (a column, a number, a 'text', a function call or a parenthesis), but found “b”"
		);
	});

	it('picks the Korean subject particle by the last sound', () => {
		// A syllable with a final consonant (끝, 값) takes 이; one without (자, 부호) takes 가.
		expect(['식의 끝', '연산자', '숫자 부호', '날짜 부분'].map(subjectParticle)).toEqual([
			'이',
			'가',
			'가',
			'이'
		]);
		// A parenthetical and quotes are looked through: 값(…) → 값, “)” → the parenthesis (괄호).
		expect(subjectParticle("값(열, 숫자, '텍스트')")).toBe('이');
		expect(subjectParticle('“)”')).toBe('가');
		// Digits by their Korean names: 영 일 이 삼 사 오 육 칠 팔 구.
		expect([...'0123456789'].map(subjectParticle).join('')).toBe('이이가이가가이이이가');
		// An English word: its sound is not known from the spelling.
		expect(subjectParticle('visits')).toBe('이(가)');
		expect(subjectParticle("'abc'")).toBe('이(가)');
	});

	it('says in Korean what stands where something else was expected, with the right particles', () => {
		const ko = (token: string, expected: string) =>
			fragmentProblemText({ code: 'syntax', params: { token, at: '7', expected } }, 'ko');
		expect(ko('12', 'value')).toBe(
			"7번째 문자에 값(열, 숫자, '텍스트', 함수 호출 또는 괄호)이 와야 하는데 “12”가 있습니다"
		);
		expect(ko('"x"', 'after_number')).toBe(
			'7번째 문자에 숫자 뒤의 공백이나 연산자가 와야 하는데 따옴표 이름 "x"이(가) 있습니다'
		);
	});
});

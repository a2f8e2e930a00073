import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/metrics/fragment/lexer';
import { isFailure } from '../../../src/lib/metrics/fragment/problems';

const tokens = (source: string) => {
	const result = tokenize(source);
	if (isFailure(result)) throw new Error(result.failure.message);
	return result.map((t) => [t.type, t.text, t.at]);
};
const refusal = (source: string) => {
	const result = tokenize(source);
	return isFailure(result) ? { code: result.failure.code, params: result.failure.params } : 'accepted';
};

describe('tokenize: a fragment’s tokens, each with its 1-based position', () => {
	it('reads words, names, strings, numbers and operators, skipping spaces, tabs and line breaks', () => {
		expect(tokens('a_1 \t= \'x\'\r\n"B c"')).toEqual([
			['word', 'a_1', 1],
			['op', '=', 6],
			['string', 'x', 8],
			['name', 'B c', 13],
			['end', '', 18]
		]);
		expect(tokens('')).toEqual([['end', '', 1]]);
		expect(tokens('_x')).toEqual([
			['word', '_x', 1],
			['end', '', 3]
		]);
	});

	it('reads a doubled quote as one quote, and backslash as itself', () => {
		expect(tokens("'it''s' \"a\"\"b\" 'c\\'")).toEqual([
			['string', "it's", 1],
			['name', 'a"b', 9],
			['string', 'c\\', 16],
			['end', '', 20]
		]);
		expect(tokens("''")).toEqual([
			['string', '', 1],
			['end', '', 3]
		]);
		expect(tokens("'a'''")).toEqual([
			['string', "a'", 1],
			['end', '', 6]
		]);
	});

	it('reads numbers with a fraction and an exponent, a leading dot gaining a zero', () => {
		expect(tokens('1 2. 3.25 .5 1e3 2.5E-2 7e+1')).toEqual([
			['number', '1', 1],
			['number', '2.', 3],
			['number', '3.25', 6],
			['number', '0.5', 11],
			['number', '1e3', 14],
			['number', '2.5E-2', 18],
			['number', '7e+1', 25],
			['end', '', 29]
		]);
		expect(refusal('12abc')).toEqual({
			code: 'syntax',
			params: { token: '12a', at: '1', expected: 'after_number' }
		});
		expect(refusal('x = 1e')).toEqual({
			code: 'syntax',
			params: { token: '1e', at: '5', expected: 'after_number' }
		});
		expect(refusal('1_000')).toEqual({
			code: 'syntax',
			params: { token: '1_', at: '1', expected: 'after_number' }
		});
	});

	it('reads the longest operator first', () => {
		expect(
			tokens('a::b<=c>=d<>e!=f==g||h->i=j<k>l+m-n*o/p%q(r)s,t.u:v').filter(([type]) => type === 'op')
		).toEqual([
			['op', '::', 2],
			['op', '<=', 5],
			['op', '>=', 8],
			['op', '<>', 11],
			['op', '!=', 14],
			['op', '==', 17],
			['op', '||', 20],
			['op', '->', 23],
			['op', '=', 26],
			['op', '<', 28],
			['op', '>', 30],
			['op', '+', 32],
			['op', '-', 34],
			['op', '*', 36],
			['op', '/', 38],
			['op', '%', 40],
			['op', '(', 42],
			['op', ')', 44],
			['op', ',', 46],
			['op', '.', 48],
			['op', ':', 50]
		]);
		expect(tokens('- -')).toEqual([
			['op', '-', 1],
			['op', '-', 3],
			['end', '', 4]
		]);
	});

	it('refuses comments, a second statement, open quotes and characters it has no rule for', () => {
		expect(refusal('a -- b')).toEqual({ code: 'comment', params: {} });
		expect(refusal('a /* b */')).toEqual({ code: 'comment', params: {} });
		expect(refusal("'--' /* x")).toEqual({ code: 'comment', params: {} });
		expect(refusal('a; b')).toEqual({ code: 'statement', params: { word: ';' } });
		expect(refusal("a = 'x")).toEqual({ code: 'unterminated', params: { kind: 'string', at: '5' } });
		expect(refusal("a = 'x''")).toEqual({ code: 'unterminated', params: { kind: 'string', at: '5' } });
		expect(refusal('a = "x')).toEqual({ code: 'unterminated', params: { kind: 'name', at: '5' } });
		expect(refusal('a = ""')).toEqual({
			code: 'syntax',
			params: { token: '""', at: '5', expected: 'quoted_name' }
		});
		expect(refusal("a = 'x\u0000'")).toEqual({ code: 'character', params: { char: 'NUL', at: '5' } });
		expect(refusal('a\u0000')).toEqual({ code: 'character', params: { char: 'NUL', at: '2' } });
		expect(refusal('a = $1')).toEqual({ code: 'dollar', params: { char: '$', at: '5' } });
		expect(refusal('a ? b')).toEqual({ code: 'character', params: { char: '?', at: '3' } });
		expect(refusal('a =\u00a01')).toEqual({ code: 'character', params: { char: '\u00a0', at: '4' } });
		expect(refusal('a = 😀')).toEqual({ code: 'character', params: { char: '😀', at: '5' } });
		expect(refusal('é')).toEqual({ code: 'character', params: { char: 'é', at: '1' } });
	});
});

/**
 * Tokens of a fragment, by DuckDB's (PostgreSQL's) lexical rules for what the allow-list accepts:
 * '…' strings with '' for a quote (backslash is an ordinary character), "…" names, numbers, ASCII
 * words and operators. Everything else stops the lexer with the problem named — `$$…$$` strings,
 * `E'…'` escapes (read as the word E and a string, which the grammar refuses), comments, `;`,
 * parameters, look-alike quotes.
 */
import { problem, type Failure } from './problems';

export type Token =
	| { type: 'word'; text: string; at: number }
	| { type: 'name'; text: string; at: number }
	| { type: 'string'; text: string; at: number }
	| { type: 'number'; text: string; at: number }
	| { type: 'op'; text: string; at: number }
	| { type: 'end'; text: ''; at: number };

const OPERATORS = [
	'::',
	'<=',
	'>=',
	'<>',
	'!=',
	'==',
	'||',
	'->',
	'=',
	'<',
	'>',
	'+',
	'-',
	'*',
	'/',
	'%',
	'(',
	')',
	',',
	'.',
	':'
];
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPACE = /^[ \t\r\n]+/;

export function tokenize(source: string): Token[] | Failure {
	const tokens: Token[] = [];
	let i = 0;
	while (i < source.length) {
		const rest = source.slice(i);
		const at = i + 1;
		const space = SPACE.exec(rest);
		if (space) {
			i += space[0].length;
			continue;
		}
		if (rest.startsWith('--') || rest.startsWith('/*')) return problem('comment', {});
		const char = rest[0]!;
		if (char === ';') return problem('statement', { word: ';' });
		if (char === "'" || char === '"') {
			const close = closingQuote(source, i);
			// Stryker disable next-line EqualityOperator: the closing quote comes after the opening one, so it is never at 0
			if (close < 0)
				return problem('unterminated', { kind: char === "'" ? 'string' : 'name', at: String(at) });
			const text = source.slice(i + 1, close).replaceAll(char + char, char);
			if (text.includes('\u0000')) return problem('character', { char: 'NUL', at: String(at) });
			if (char === '"' && text === '')
				return problem('syntax', { token: '""', at: String(at), expected: 'quoted_name' });
			tokens.push({ type: char === "'" ? 'string' : 'name', text, at });
			i = close + 1;
			continue;
		}
		const number = NUMBER.exec(rest);
		if (number) {
			if (WORD.test(rest.slice(number[0].length)))
				return problem('syntax', {
					token: rest.slice(0, number[0].length + 1),
					at: String(at),
					expected: 'after_number'
				});
			tokens.push({ type: 'number', text: number[0].startsWith('.') ? `0${number[0]}` : number[0], at });
			i += number[0].length;
			continue;
		}
		const word = WORD.exec(rest);
		if (word) {
			tokens.push({ type: 'word', text: word[0], at });
			i += word[0].length;
			continue;
		}
		const op = OPERATORS.find((o) => rest.startsWith(o));
		if (op) {
			tokens.push({ type: 'op', text: op, at });
			i += op.length;
			continue;
		}
		const codePoint = String.fromCodePoint(rest.codePointAt(0)!);
		return problem(char === '$' ? 'dollar' : 'character', {
			char: codePoint === '\u0000' ? 'NUL' : codePoint,
			at: String(at)
		});
	}
	tokens.push({ type: 'end', text: '', at: source.length + 1 });
	return tokens;
}

/** Index of the quote closing the one at `start` (a doubled quote is an escaped one), or −1. */
function closingQuote(source: string, start: number): number {
	const quote = source[start];
	// Stryker disable next-line EqualityOperator: source[source.length] is undefined, never the quote, so one more turn returns nothing
	for (let i = start + 1; i < source.length; i++) {
		if (source[i] !== quote) continue;
		if (source[i + 1] === quote) i++;
		else return i;
	}
	return -1;
}

/** Why a fragment is refused, in English; the UI translates by `code` with the same `params`. */
import { interpolate } from '../../i18n/interpolate';
import type { FragmentProblem, FragmentProblemCode } from './ast';

export interface Failure {
	failure: FragmentProblem;
}

export const PROBLEM_TEXT: Readonly<Record<FragmentProblemCode, string>> = {
	empty: 'is empty: write an SQL expression',
	character: 'has a character that is not allowed here: “{char}” at character {at}',
	dollar:
		"dollar-quoted strings ($$…$$) and $ parameters are not allowed (at character {at}): write text as '…'",
	unterminated: 'has an unterminated {kind} starting at character {at}',
	statement: 'must be a single expression: “{word}” would start another SQL statement',
	comment: 'must not contain SQL comments (-- or /* */)',
	subquery: 'a subquery is not allowed here: a fragment reads only the columns of its own row',
	keyword: '“{word}” is not allowed in a metric expression (at character {at})',
	table_function:
		'{name}() is a table function and is not allowed here: a fragment reads only its own table’s columns, never files, hosts or other tables',
	settings: '{name}() reads the database’s settings, variables or state and is not allowed here',
	aggregate:
		'{name}() is an aggregate or window function and is not allowed here: the node’s kind does the aggregating',
	function:
		'{name}() is not on the list of functions a fragment may use (see “Tree file reference” in the README)',
	arity: 'wrong number of arguments to {name}(): it takes {expected}, not {got}',
	column: '“{name}” is not a column of {table} ({columns})',
	qualified:
		'qualified names (“{name}.…”) are not allowed: write the column name alone — a fragment reads only its own table',
	lambda: 'lambda functions are not allowed here',
	cast_type:
		'cannot cast to “{type}”: use BOOLEAN, SMALLINT, INTEGER, BIGINT, DOUBLE, FLOAT, DECIMAL(w, s), VARCHAR, DATE, TIMESTAMP, TIME or INTERVAL',
	interval: "“{text}” is not an interval: write e.g. INTERVAL 7 DAY or INTERVAL '7 days'",
	syntax: 'at character {at}, expected {expected}, but found {found}',
	too_deep: 'is nested too deeply to be a metric expression'
};

/**
 * What the grammar wanted where a `syntax` problem stopped it: the `expected` param is a token as
 * written (`)`, `THEN`) or one of these kinds, each worded per language (i18n/tree-errors.ts for Korean).
 */
export type ExpectedKind =
	'value' | 'operator_or_end' | 'after_is' | 'date_part' | 'after_number' | 'quoted_name';

/** The words a `syntax` problem is told in: the found token by its kind, the expected one by `ExpectedKind`. */
export interface SyntaxWords {
	expected: Readonly<Record<ExpectedKind, string>>;
	/** Each takes `{token}`, the token as written. */
	text: string;
	name: string;
	token: string;
	end: string;
}

export const SYNTAX_WORDS_EN: SyntaxWords = {
	expected: {
		value: "a value (a column, a number, a 'text', a function call or a parenthesis)",
		operator_or_end: 'an operator (such as =, + or AND) or the end of the expression',
		after_is: 'NULL, TRUE, FALSE or DISTINCT FROM after IS (each may follow NOT)',
		date_part: 'a date part such as year or month',
		after_number: 'a space or an operator after the number',
		quoted_name: 'a column name between the double quotes'
	},
	text: 'the text {token}',
	name: 'the quoted name {token}',
	token: '“{token}”',
	end: 'the end of the expression'
};

/**
 * A problem's params as its text shows them: for `syntax`, `found` and `expected` in words. `token`
 * is the found token as written (`'x'` a text, `"x"` a quoted name, empty at the end of the expression).
 */
export function shownParams(
	code: FragmentProblemCode,
	params: Readonly<Record<string, string>>,
	words: SyntaxWords
): Record<string, string> {
	if (code !== 'syntax') return { ...params };
	const token = params.token ?? '';
	const form =
		token === ''
			? words.end
			: token.startsWith("'")
				? words.text
				: token.startsWith('"')
					? words.name
					: words.token;
	const wanted = params.expected ?? '';
	const expected =
		wanted in words.expected
			? words.expected[wanted as ExpectedKind]
			: words.token.replace('{token}', () => wanted);
	return { ...params, found: form.replace('{token}', () => token), expected };
}

export function problem(code: FragmentProblemCode, params: Record<string, string>): Failure {
	// Stryker disable next-line StringLiteral: the locale only formats numbers, and a problem's params are all text
	const message = interpolate('en', PROBLEM_TEXT[code], shownParams(code, params, SYNTAX_WORDS_EN));
	return { failure: { code, params, message } };
}

export function isFailure(value: unknown): value is Failure {
	return typeof value === 'object' && value !== null && 'failure' in value;
}

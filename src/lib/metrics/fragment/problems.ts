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
	syntax: 'unexpected “{token}” at character {at}',
	too_deep: 'is nested too deeply to be a metric expression'
};

export function problem(code: FragmentProblemCode, params: Record<string, string>): Failure {
	// Stryker disable next-line StringLiteral: the locale only formats numbers, and a problem's params are all text
	const message = interpolate('en', PROBLEM_TEXT[code], params);
	return { failure: { code, params, message } };
}

export function isFailure(value: unknown): value is Failure {
	return typeof value === 'object' && value !== null && 'failure' in value;
}

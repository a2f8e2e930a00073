/**
 * The expression tree of a tree file's SQL fragment (`filter`, `expr`, `numerator`, `denominator`).
 * A fragment is never pasted into a query as text: it is parsed into this tree, which can only say
 * what the allow-list lets it say (columns of its own table, literals, operators, CASE, CAST and a
 * fixed list of scalar functions), and the SQL that runs is emitted from the tree by a dialect.
 */

export type ComparisonOp = '=' | '<>' | '<' | '<=' | '>' | '>=';
export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';
export type BinaryOp = ComparisonOp | ArithmeticOp | '||' | 'AND' | 'OR';

/** The cast target types a fragment may name, in DuckDB's canonical spelling. */
export const CAST_TYPES = [
	'BOOLEAN',
	'SMALLINT',
	'INTEGER',
	'BIGINT',
	'DOUBLE',
	'FLOAT',
	'VARCHAR',
	'DATE',
	'TIMESTAMP',
	'TIME',
	'INTERVAL'
] as const;
export type CastType = (typeof CAST_TYPES)[number] | { decimal: [width: number, scale: number] };

export const INTERVAL_UNITS = [
	'year',
	'month',
	'week',
	'day',
	'hour',
	'minute',
	'second',
	'millisecond',
	'microsecond'
] as const;
export type IntervalUnit = (typeof INTERVAL_UNITS)[number];

export type FragmentExpr =
	/** A column of the node's table, by its canonical name. */
	| { kind: 'column'; name: string }
	/** A number as written (digits, optional fraction and exponent): emitted verbatim. */
	| { kind: 'number'; text: string }
	| { kind: 'string'; value: string }
	| { kind: 'boolean'; value: boolean }
	| { kind: 'null' }
	| { kind: 'interval'; amount: FragmentExpr; unit: IntervalUnit }
	| { kind: 'unary'; op: 'NOT' | '-'; operand: FragmentExpr }
	| { kind: 'binary'; op: BinaryOp; left: FragmentExpr; right: FragmentExpr }
	| { kind: 'is_null'; operand: FragmentExpr; negated: boolean }
	| { kind: 'in'; operand: FragmentExpr; list: FragmentExpr[]; negated: boolean }
	| { kind: 'between'; operand: FragmentExpr; low: FragmentExpr; high: FragmentExpr; negated: boolean }
	| { kind: 'like'; operand: FragmentExpr; pattern: FragmentExpr; negated: boolean; caseInsensitive: boolean }
	| {
			kind: 'case';
			operand?: FragmentExpr;
			branches: { when: FragmentExpr; then: FragmentExpr }[];
			otherwise?: FragmentExpr;
	  }
	| { kind: 'cast'; operand: FragmentExpr; type: CastType; try: boolean }
	/** A call of a function on the allow-list (see functions.ts), by its canonical name. */
	| { kind: 'call'; name: string; args: FragmentExpr[] };

/** A checked fragment: what the author wrote, its tree, and the tree emitted as DuckDB SQL. */
export interface Fragment {
	readonly source: string;
	readonly ast: FragmentExpr;
	/** DuckDB SQL emitted from `ast` (never from `source`). */
	readonly sql: string;
}

/** Why a fragment was refused: a stable code for translation, its values, and English text. */
export interface FragmentProblem {
	code: FragmentProblemCode;
	params: Record<string, string>;
	message: string;
}

export type FragmentProblemCode =
	| 'empty'
	| 'character'
	| 'dollar'
	| 'unterminated'
	| 'statement'
	| 'comment'
	| 'subquery'
	| 'keyword'
	| 'table_function'
	| 'settings'
	| 'aggregate'
	| 'function'
	| 'arity'
	| 'column'
	| 'qualified'
	| 'lambda'
	| 'cast_type'
	| 'interval'
	| 'syntax'
	| 'too_deep';

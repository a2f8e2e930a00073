/** A fragment's tree as DuckDB SQL: names quoted, strings quoted, numbers as written, parentheses where precedence needs them. */
import { quoteIdent, quoteString } from '../../sql/quote';
import type { CastType, FragmentExpr } from './ast';

const COMPARISON = 5;

/** Binding strength, PostgreSQL's order: a child weaker than its parent is parenthesised. */
function strength(expr: FragmentExpr): number {
	switch (expr.kind) {
		case 'binary':
			switch (expr.op) {
				case 'OR':
					return 1;
				case 'AND':
					return 2;
				case '=':
				case '<>':
				case '<':
				case '<=':
				case '>':
				case '>=':
					return COMPARISON;
				case '||':
					return 7;
				case '+':
				case '-':
					return 8;
				default:
					return 9;
			}
		case 'unary':
			return expr.op === 'NOT' ? 3 : 10;
		case 'is_null':
			return 4;
		case 'in':
		case 'between':
		case 'like':
			return 6;
		default:
			return 11;
	}
}

export function emitDuckdb(expr: FragmentExpr): string {
	// Operands are parenthesised unless they bind strictly tighter than their parent: never wrong,
	// and still readable for the usual `a = 'x' AND b IS NOT NULL`.
	const operand = (child: FragmentExpr, parent: number) =>
		strength(child) > parent ? emitDuckdb(child) : `(${emitDuckdb(child)})`;
	const s = strength(expr);
	switch (expr.kind) {
		case 'column':
			return quoteIdent(expr.name);
		case 'number':
			return expr.text;
		case 'string':
			return quoteString(expr.value);
		case 'boolean':
			return expr.value ? 'true' : 'false';
		case 'null':
			return 'NULL';
		case 'interval':
			return expr.amount.kind === 'number'
				? `INTERVAL ${expr.amount.text} ${expr.unit.toUpperCase()}`
				: `INTERVAL (${emitDuckdb(expr.amount)}) ${expr.unit.toUpperCase()}`;
		case 'unary':
			return expr.op === 'NOT' ? `NOT ${operand(expr.operand, s - 1)}` : `-${operand(expr.operand, s)}`;
		case 'binary': {
			// Left-associative: the left child may share the parent's strength, the right may not
			// (except AND/OR, which are associative). Comparisons do not chain at all: `a > 3 = true`
			// is a syntax error, so a comparison under a comparison is parenthesised on either side.
			const associative = expr.op === 'AND' || expr.op === 'OR';
			const chains = s !== COMPARISON;
			return `${operand(expr.left, chains ? s - 1 : s)} ${expr.op} ${operand(expr.right, associative ? s - 1 : s)}`;
		}
		case 'is_null':
			return `${operand(expr.operand, s)} IS ${expr.negated ? 'NOT ' : ''}NULL`;
		case 'in':
			return `${operand(expr.operand, s)} ${expr.negated ? 'NOT ' : ''}IN (${expr.list.map(emitDuckdb).join(', ')})`;
		case 'between':
			return `${operand(expr.operand, s)} ${expr.negated ? 'NOT ' : ''}BETWEEN ${operand(expr.low, s)} AND ${operand(expr.high, s)}`;
		case 'like':
			return `${operand(expr.operand, s)} ${expr.negated ? 'NOT ' : ''}${expr.caseInsensitive ? 'ILIKE' : 'LIKE'} ${operand(expr.pattern, s)}`;
		case 'case': {
			const parts = ['CASE'];
			if (expr.operand) parts.push(emitDuckdb(expr.operand));
			for (const branch of expr.branches)
				parts.push(`WHEN ${emitDuckdb(branch.when)} THEN ${emitDuckdb(branch.then)}`);
			if (expr.otherwise) parts.push(`ELSE ${emitDuckdb(expr.otherwise)}`);
			parts.push('END');
			return parts.join(' ');
		}
		case 'cast':
			return `${expr.try ? 'TRY_CAST' : 'CAST'}(${emitDuckdb(expr.operand)} AS ${castTypeSql(expr.type)})`;
		case 'call':
			return `${expr.name}(${expr.args.map(emitDuckdb).join(', ')})`;
	}
}

export function castTypeSql(type: CastType): string {
	return typeof type === 'string' ? type : `DECIMAL(${type.decimal[0]}, ${type.decimal[1]})`;
}

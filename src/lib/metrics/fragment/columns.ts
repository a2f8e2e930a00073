/** The columns a fragment reads, from its tree (so a column named in a string literal does not count). */
import type { FragmentExpr } from './ast';

export function fragmentColumns(expr: FragmentExpr): Set<string> {
	const found = new Set<string>();
	const visit = (e: FragmentExpr | undefined): void => {
		if (!e) return;
		switch (e.kind) {
			case 'column':
				found.add(e.name);
				return;
			// Stryker disable StringLiteral,ConditionalExpression: a literal reads no column; unmatched, the switch returns all the same
			case 'number':
			case 'string':
			case 'boolean':
			case 'null':
				return;
			// Stryker restore StringLiteral,ConditionalExpression
			case 'interval':
				return visit(e.amount);
			case 'unary':
			case 'is_null':
			case 'cast':
				return visit(e.operand);
			case 'binary':
				visit(e.left);
				return visit(e.right);
			case 'in':
				visit(e.operand);
				return e.list.forEach(visit);
			case 'between':
				visit(e.operand);
				visit(e.low);
				return visit(e.high);
			case 'like':
				visit(e.operand);
				return visit(e.pattern);
			case 'case':
				visit(e.operand);
				e.branches.forEach((b) => (visit(b.when), visit(b.then)));
				return visit(e.otherwise);
			case 'call':
				return e.args.forEach(visit);
		}
	};
	visit(expr);
	return found;
}

/** Evaluating formulas over node values, and recognising the ratio shape `c × A ÷ B`. */
import type { Expr } from './formula';
import type { NodeId } from './types';

/** Why a formula has no value: an input has none, or it divides by zero. */
export type FormulaGap = 'input_missing' | 'no_denominator';

export type FormulaValue = { value: number; gap?: undefined } | { value: null; gap: FormulaGap };

/** Evaluate with `lookup` giving each node's value (null = no value). Division by zero gives no value. */
export function evaluateFormula(expr: Expr, lookup: (id: NodeId) => number | null): FormulaValue {
	switch (expr.kind) {
		case 'number':
			return { value: expr.value };
		case 'ref': {
			const value = lookup(expr.id);
			return value === null ? { value: null, gap: 'input_missing' } : { value };
		}
		case 'negate': {
			const operand = evaluateFormula(expr.operand, lookup);
			return operand.value === null ? operand : { value: -operand.value };
		}
		case 'binary': {
			const left = evaluateFormula(expr.left, lookup);
			if (left.value === null) return left;
			const right = evaluateFormula(expr.right, lookup);
			if (right.value === null) return right;
			return applyOperator(expr.op, left.value, right.value);
		}
	}
}

function applyOperator(op: '+' | '-' | '*' | '/', a: number, b: number): FormulaValue {
	switch (op) {
		case '+':
			return finite(a + b);
		case '-':
			return finite(a - b);
		case '*':
			return finite(a * b);
		case '/':
			// x ÷ 0 is ±Infinity or NaN, which `finite` turns into "no denominator".
			return finite(a / b);
	}
}

function finite(value: number): FormulaValue {
	return Number.isFinite(value) ? { value } : { value: null, gap: 'no_denominator' };
}

/** A formula of the form `scale × numerator ÷ denominator` (any arrangement of constant factors). */
export interface RatioShape {
	numerator: NodeId;
	denominator: NodeId;
	scale: number;
}

/** Recognise `100 * tickets / orders`, `orders / active_customers`, `(a / b) * 100`; null for anything else. */
export function ratioShape(expr: Expr): RatioShape | null {
	const up: NodeId[] = [];
	const down: NodeId[] = [];
	let scale = 1;
	const collect = (e: Expr, inverted: boolean): boolean => {
		switch (e.kind) {
			case 'number':
				if (inverted && e.value === 0) return false;
				scale = inverted ? scale / e.value : scale * e.value;
				return true;
			case 'ref':
				(inverted ? down : up).push(e.id);
				return true;
			case 'negate':
				scale = -scale;
				return collect(e.operand, inverted);
			case 'binary':
				if (e.op === '*') return collect(e.left, inverted) && collect(e.right, inverted);
				if (e.op === '/') return collect(e.left, inverted) && collect(e.right, !inverted);
				return false;
		}
	};
	if (!collect(expr, false) || up.length !== 1 || down.length !== 1) return null;
	return { numerator: up[0]!, denominator: down[0]!, scale };
}

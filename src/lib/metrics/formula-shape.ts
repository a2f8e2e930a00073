/**
 * Recognising the sum and product shapes of a formula, so that `term` and `factor` edges are only
 * accepted over formulas their split handles exactly (graph-checks.ts, child-contributions.ts).
 */
import type { Expr } from './formula';
import type { NodeId } from './types';

/** A formula of the form `constant + Σ coefficientᵢ × childᵢ`: every child's effect is its own change. */
export interface SumShape {
	coefficients: Map<NodeId, number>;
	constant: number;
}

/**
 * Recognise `a + b`, `a - b`, `(a + b) / 2`, `2 * a - b + 1`; null when a node id is multiplied by or
 * divided by another, or divided by zero. A child may end with a coefficient of 0 (`a + b - a`).
 */
export function sumShape(expr: Expr): SumShape | null {
	switch (expr.kind) {
		case 'number':
			return { coefficients: new Map(), constant: expr.value };
		case 'ref':
			return { coefficients: new Map([[expr.id, 1]]), constant: 0 };
		case 'negate': {
			const operand = sumShape(expr.operand);
			return operand && scaled(operand, -1);
		}
		case 'binary': {
			const left = sumShape(expr.left);
			const right = sumShape(expr.right);
			if (!left || !right) return null;
			switch (expr.op) {
				case '+':
					return added(left, right, 1);
				case '-':
					return added(left, right, -1);
				case '*':
					if (right.coefficients.size === 0) return scaled(left, right.constant);
					return left.coefficients.size === 0 ? scaled(right, left.constant) : null;
				case '/':
					if (right.coefficients.size > 0 || right.constant === 0) return null;
					return scaled(left, 1 / right.constant);
			}
		}
	}
}

function scaled(shape: SumShape, by: number): SumShape {
	const coefficients = new Map([...shape.coefficients].map(([id, c]) => [id, c * by]));
	return { coefficients, constant: shape.constant * by };
}

function added(left: SumShape, right: SumShape, sign: 1 | -1): SumShape {
	const coefficients = new Map(left.coefficients);
	for (const [id, c] of right.coefficients) coefficients.set(id, (coefficients.get(id) ?? 0) + sign * c);
	return { coefficients, constant: left.constant + sign * right.constant };
}

/**
 * The node ids of a formula that is `scale × Π childᵢ` (constant factors and constant divisors
 * allowed; a child may appear more than once), with the scale; null for anything else.
 */
export function productShape(expr: Expr): { factors: NodeId[]; scale: number } | null {
	const factors: NodeId[] = [];
	let scale = 1;
	const collect = (e: Expr): boolean => {
		const constant = sumShape(e);
		if (constant && constant.coefficients.size === 0) {
			scale *= constant.constant;
			return true;
		}
		switch (e.kind) {
			case 'ref':
				factors.push(e.id);
				return true;
			case 'negate':
				scale = -scale;
				return collect(e.operand);
			case 'binary': {
				if (e.op === '*') return collect(e.left) && collect(e.right);
				const divisor = e.op === '/' ? sumShape(e.right) : null;
				if (!divisor || divisor.coefficients.size > 0 || divisor.constant === 0) return false;
				scale /= divisor.constant;
				return collect(e.left);
			}
			// A number is a constant, taken above.
			default:
				return false;
		}
	};
	return collect(expr) ? { factors, scale } : null;
}

/** What a decomposition returns: parts that sum to the change, or why the change is not split. */
import type { FormulaRole, NodeId } from './types';

export type Contribution =
	/** A formula child's share of its parent's change. */
	| { kind: 'child'; node: NodeId; role: FormulaRole; amount: number }
	/** A dimension value's share of an additive metric's change, or of a ratio's numerator. */
	| { kind: 'value'; value: string | null; amount: number }
	/** A dimension value's share of a rate's change: `mix` (its weight moved) + `rate` (its own rate moved). */
	| { kind: 'mix_rate'; value: string | null; amount: number; mix: number; rate: number }
	/** The part of a ratio's change due to its denominator moving. */
	| { kind: 'denominator'; node: NodeId; amount: number };

export type DecompositionMethod = 'additive' | 'ratio' | 'mix_rate' | 'lmdi';

export type NotDecomposedReason =
	/** The node or an input has no value in one of the periods. */
	| 'no_value'
	/** Medians and percentiles are broken down, not decomposed (SPEC §4). */
	| 'quantile'
	/** Distinct counts overlap across dimension values, so their parts do not add up. */
	| 'distinct'
	/** The node has no formula children. */
	| 'no_formula_children'
	/** The product of the factor children does not equal the parent, so the split would not be exact. */
	| 'not_a_product';

export type Decomposition =
	| { status: 'exact'; method: DecompositionMethod; change: number; contributions: Contribution[] }
	| { status: 'not_decomposed'; reason: NotDecomposedReason };

export function notDecomposed(reason: NotDecomposedReason): Decomposition {
	return { status: 'not_decomposed', reason };
}

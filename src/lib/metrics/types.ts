/** The metric tree as the rest of the app sees it: validated nodes, typed edges, a single root. */
import type { Fragment } from './fragment/ast';
import type { Expr } from './formula';

/** A node id from the tree file; branded so it is never mixed up with a dimension value or a column. */
export type NodeId = string & { readonly brand: 'NodeId' };

export type TableId = 'events' | 'tickets' | 'surveys';
export const TIERS = ['north_star', 'operational', 'management'] as const;
export type Tier = (typeof TIERS)[number];
/** How a value is shown (see i18n/format.ts). */
export const VALUE_FORMATS = ['count', 'percent', 'minutes', 'hours', 'ratio', 'currency'] as const;
export type ValueFormat = (typeof VALUE_FORMATS)[number];
/** Which way is good. */
export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type FormulaRole = 'numerator' | 'denominator' | 'term' | 'factor';

export interface Localized {
	en: string;
	ko: string;
}

/**
 * How a leaf node aggregates its table. `filter`, `expr`, `numerator` and `denominator` are SQL
 * expressions written by the tree author over the table's columns. A tree file is untrusted input
 * (SPEC §4), so each is parsed into an allow-listed expression tree (fragment/) and only the SQL
 * emitted from that tree ever runs.
 */
export type LeafDefinition =
	/** Rows matching `filter`. */
	| { kind: 'count'; filter?: Fragment }
	/** Sum of `expr` (0 when no rows). */
	| { kind: 'sum'; expr: Fragment; filter?: Fragment }
	/** Distinct non-null values of `expr`. */
	| { kind: 'count_distinct'; expr: Fragment; filter?: Fragment }
	/** 100 × rows matching both filters ÷ rows matching `denominator` (all rows when absent). */
	| { kind: 'share'; numerator: Fragment; denominator?: Fragment }
	/** Average of `expr` over rows where it is not null. */
	| { kind: 'mean'; expr: Fragment; filter?: Fragment }
	/** `quantile_cont(expr, q)` over rows where `expr` is not null. */
	| { kind: 'quantile'; expr: Fragment; q: number; filter?: Fragment }
	/** 100 × distinct `expr` values with at least `min_rows` matching rows ÷ distinct `expr` values. */
	| { kind: 'distinct_share'; expr: Fragment; min_rows: number; filter?: Fragment }
	/** Rows open at the period end: time column < end and (`closed_at` is null or ≥ end) — not restricted to the period. */
	| { kind: 'snapshot'; closed_at: string; filter?: Fragment }
	/**
	 * 100 × rows whose `key` has another row in (time, time + `within_days` days] ÷ rows with a non-null `key`.
	 * The later row may fall outside the period and is not subject to filters.
	 */
	| { kind: 'repeat'; key: string; within_days: number; filter?: Fragment };

export interface FormulaDefinition {
	kind: 'formula';
	/** e.g. `100 * tickets / orders`: numbers, node ids, + − × ÷ and parentheses. */
	expression: string;
	ast: Expr;
}

export type Definition = LeafDefinition | FormulaDefinition;
export type DefinitionKind = Definition['kind'];

interface NodeInfo {
	id: NodeId;
	name: Localized;
	description: Localized;
	/** Shown next to the value, e.g. "per 100 orders". */
	unit?: Localized;
	tier: Tier;
	format: ValueFormat;
	direction: Direction;
	target?: number;
}

export interface LeafNode extends NodeInfo {
	table: TableId;
	definition: LeafDefinition;
}

export interface FormulaNode extends NodeInfo {
	table?: undefined;
	definition: FormulaDefinition;
}

export type MetricNode = LeafNode | FormulaNode;

export type Edge =
	/** The parent is computed from its children: its change is decomposed exactly. */
	| { parent: NodeId; child: NodeId; type: 'formula'; role: FormulaRole }
	/** The child influences the parent: shown side by side, no exact decomposition. */
	| { parent: NodeId; child: NodeId; type: 'driver' };

export interface Tree {
	version: 1;
	/** The north-star node: the one node without a parent. */
	root: NodeId;
	/** In file order. */
	nodes: readonly MetricNode[];
	/** In file order, which is also the display order of children. */
	edges: readonly Edge[];
}

/** The tree's id for `raw` (a URL segment, a stored key), or null when the tree has no such node. */
export function findNodeId(tree: Tree, raw: string): NodeId | null {
	return tree.nodes.find((n) => n.id === raw)?.id ?? null;
}

export function isFormulaNode(node: MetricNode): node is FormulaNode {
	return node.definition.kind === 'formula';
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

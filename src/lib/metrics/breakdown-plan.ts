/**
 * Which queries a breakdown needs. A leaf node: one query on its table grouped by the dimension.
 * A ratio formula `scale × A ÷ B`: A grouped by the dimension (its parts), and B whole — one
 * aggregate query per table B reads — because SPEC §4 splits a ratio's numerator, not its denominator.
 */
import type { CompiledQuery } from './compile';
import { leavesByTable } from './compile';
import { formulaRefs } from './formula';
import { ratioShape, type RatioShape } from './formula-evaluate';
import { RequestError, type CheckedRequest } from './request';
import type { Dialect } from './sql/dialect';
import { tableQuery } from './sql/table-query';
import { findDimension, tableDimension, type Dimension, type DimensionCatalog } from './dimensions';
import {
	isFormulaNode,
	type FormulaNode,
	type LeafNode,
	type MetricNode,
	type NodeId,
	type TableId,
	type Tree
} from './types';

export type BreakdownPlan =
	| { kind: 'leaf'; node: LeafNode; dimension: Dimension; grouped: CompiledQuery }
	| {
			kind: 'ratio';
			dimension: Dimension;
			shape: RatioShape;
			numerator: LeafNode;
			grouped: CompiledQuery;
			denominator: CompiledQuery[];
			nodes: MetricNode[];
	  };

const ADDITIVE = new Set(['count', 'sum', 'snapshot']);

/**
 * The table whose rows a breakdown of `nodeId` splits, and its dimensions: the node's own table, for
 * a leaf; the numerator's table, for a ratio whose numerator is a count or a sum; null otherwise
 * (e.g. a product of two metrics).
 */
export function breakdownSource(
	tree: Tree,
	nodeId: NodeId,
	catalog: DimensionCatalog
): { table: TableId; dimensions: readonly Dimension[] } | null {
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	const node = byId.get(nodeId);
	if (!node) return null;
	const source = isFormulaNode(node) ? ratioNumerator(byId, node) : node;
	return source ? { table: source.table, dimensions: catalog.tables[source.table] } : null;
}

/** The numerator of `scale × A ÷ B` when A is a count or a sum (the only ratios SPEC §4 splits by value). */
function ratioNumerator(byId: ReadonlyMap<NodeId, MetricNode>, node: FormulaNode): LeafNode | null {
	const shape = ratioShape(node.definition.ast);
	const numerator = shape ? byId.get(shape.numerator) : undefined;
	if (!numerator || isFormulaNode(numerator) || !ADDITIVE.has(numerator.definition.kind)) return null;
	return numerator;
}

export function planBreakdown(
	tree: Tree,
	nodeId: NodeId,
	dimensionName: string,
	request: CheckedRequest,
	dialect?: Dialect
): BreakdownPlan {
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	const node = byId.get(nodeId);
	if (!node) throw new RequestError('unknown_node', `The tree has no metric “${nodeId}”.`);
	if (findDimension(request.dimensions, dimensionName) === null) {
		throw new RequestError('unknown_dimension', `Unknown dimension “${dimensionName}”.`);
	}
	if (!isFormulaNode(node))
		return { kind: 'leaf', node, ...groupedQuery(node, dimensionName, request, dialect) };
	const shape = ratioShape(node.definition.ast);
	const numerator = ratioNumerator(byId, node);
	if (!shape || !numerator) {
		throw new RequestError(
			'dimension_not_available',
			`“${nodeId}” can be broken down only when it is a ratio whose numerator is a count or a sum.`
		);
	}
	const deps = dependencies(byId, shape.denominator);
	const denominator = [...leavesByTable(deps)]
		.filter(([table]) => request.tables.has(table))
		.map(([table, nodes]) => ({
			table,
			kind: 'aggregate' as const,
			nodes: nodes.map((n) => n.id),
			sql: tableQuery({ table, nodes, request, grouping: { kind: 'period' }, dialect })
		}));
	return {
		kind: 'ratio',
		shape,
		numerator,
		...groupedQuery(numerator, dimensionName, request, dialect),
		denominator,
		nodes: deps
	};
}

function groupedQuery(
	node: LeafNode,
	name: string,
	request: CheckedRequest,
	dialect: Dialect | undefined
): { dimension: Dimension; grouped: CompiledQuery } {
	const dimension = tableDimension(request.dimensions, node.table, name);
	if (dimension === null) {
		const available = request.dimensions.tables[node.table].join(', ');
		throw new RequestError(
			'dimension_not_available',
			`“${node.id}” reads ${node.table}, which can be broken down by ${available} — not by ${name}.`
		);
	}
	if (!request.tables.has(node.table)) {
		throw new RequestError(
			'table_not_loaded',
			`“${node.id}” needs the ${node.table} table, which is not loaded.`
		);
	}
	const grouping = { kind: 'dimension', dimension } as const;
	const grouped: CompiledQuery = {
		table: node.table,
		kind: 'aggregate',
		nodes: [node.id],
		sql: tableQuery({ table: node.table, nodes: [node], request, grouping, dialect })
	};
	return { dimension, grouped };
}

/** The node and every node its formula reads, transitively. */
function dependencies(byId: ReadonlyMap<NodeId, MetricNode>, id: NodeId): MetricNode[] {
	const found = new Map<NodeId, MetricNode>();
	const visit = (current: NodeId) => {
		const node = byId.get(current);
		if (!node || found.has(current)) return;
		found.set(current, node);
		if (isFormulaNode(node)) formulaRefs(node.definition.ast).forEach(visit);
	};
	visit(id);
	return [...found.values()];
}

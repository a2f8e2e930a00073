/** Per-node rules of a tree file that a schema cannot express: tables, columns, snippets, formulas. */
import { formulaRefs, parseFormula } from './formula';
import { findCycle } from './find-cycle';
import { checkFragment } from './fragment/check';
import { columnNames, isTableId } from './tables';
import { treeError, type TreeError } from './tree-error';
import type { TreeFileNode } from './tree-schema';
import type { LeafDefinition, MetricNode, NodeId, TableId } from './types';

type RawLeafDefinition = Exclude<TreeFileNode['definition'], { kind: 'formula' }>;

/** Check one node and build its validated form (null when it has errors). */
export function checkNode(raw: TreeFileNode, errors: TreeError[]): MetricNode | null {
	const before = errors.length;
	const node = raw.id;
	const { definition, table, ...info } = raw;
	const base = { ...info, id: raw.id as NodeId };
	if (definition.kind === 'formula') {
		if (table !== undefined) {
			errors.push(
				treeError('table_mismatch', { node, field: 'table' }, 'a formula node reads no table: remove “table”')
			);
		}
		const parsed = parseFormula(definition.expression);
		if (!parsed.ok) {
			const { message, column, code, params } = parsed.error;
			errors.push({
				...treeError(
					'formula_syntax',
					{ node, field: 'definition.expression' },
					`${message} (at character ${column})`
				),
				formula: { code, params }
			});
			return null;
		}
		if (errors.length > before) return null;
		return { ...base, definition: { ...definition, ast: parsed.value } };
	}
	if (table === undefined) {
		errors.push(
			treeError(
				'table_mismatch',
				{ node, field: 'table' },
				'is required for a “' + definition.kind + '” node: events, tickets or surveys'
			)
		);
		return null;
	}
	if (!isTableId(table)) {
		errors.push(
			treeError(
				'unknown_table',
				{ node, field: 'table' },
				`unknown table “${table}”: use events, tickets or surveys`
			)
		);
		return null;
	}
	const checked = checkLeafDefinition(node, table, definition, errors);
	// Stryker disable next-line LogicalOperator: checkLeafDefinition returns null exactly when it adds errors, so either half decides alone
	return errors.length > before || !checked ? null : { ...base, table, definition: checked };
}

/**
 * Parse each SQL fragment of a leaf definition against its table's columns (see fragment/), and check
 * the fields that name a column. Returns the definition with checked fragments, or null.
 */
function checkLeafDefinition(
	node: string,
	table: TableId,
	definition: RawLeafDefinition,
	errors: TreeError[]
): LeafDefinition | null {
	const before = errors.length;
	const columns = columnNames(table);
	const checked: Record<string, unknown> = { ...definition };
	for (const [field, value] of Object.entries(definition)) {
		// Stryker disable next-line ConditionalExpression: the tree schema makes every snippet field a string; the typeof test only narrows the type
		if (typeof value !== 'string' || !SNIPPET_FIELDS.has(field)) continue;
		const fragment = checkFragment(value, { table, columns });
		if (fragment.ok) checked[field] = fragment.value;
		else {
			const { code, params, message } = fragment.error;
			errors.push({
				...treeError('sql_snippet', { node, field: `definition.${field}` }, message),
				fragment: { code, params }
			});
		}
	}
	const column = (field: string, name: string) => {
		if (!columns.includes(name)) {
			errors.push(
				treeError(
					'unknown_column',
					{ node, field: `definition.${field}` },
					`“${name}” is not a column of ${table} (${columns.join(', ')})`
				)
			);
		}
	};
	if (definition.kind === 'snapshot') column('closed_at', definition.closed_at);
	if (definition.kind === 'repeat') column('key', definition.key);
	// Stryker disable next-line ConditionalExpression: checkNode refuses the node on the errors count anyway
	return errors.length > before ? null : (checked as LeafDefinition);
}

const SNIPPET_FIELDS = new Set(['filter', 'expr', 'numerator', 'denominator']);

/** Formula references to unknown nodes, and formulas that depend on themselves through other formulas. */
export function checkFormulaReferences(nodes: ReadonlyMap<NodeId, MetricNode>, errors: TreeError[]): void {
	for (const node of nodes.values()) {
		if (node.definition.kind !== 'formula') continue;
		for (const ref of formulaRefs(node.definition.ast)) {
			if (!nodes.has(ref)) {
				errors.push(
					treeError(
						'unknown_reference',
						{ node: node.id, field: 'definition.expression' },
						`uses “${ref}”, which is not a node of the tree`
					)
				);
			}
		}
	}
	const cycle = findCycle([...nodes.keys()], (id) => {
		const node = nodes.get(id);
		// Stryker disable next-line OptionalChaining: findCycle asks only for the given ids and the refs filtered to them below
		return node?.definition.kind === 'formula'
			? // Stryker disable next-line MethodExpression: an unknown ref has no node, so node?. gives it no edges and it closes no cycle
				formulaRefs(node.definition.ast).filter((r) => nodes.has(r))
			: [];
	});
	if (cycle) {
		errors.push(
			treeError(
				'formula_cycle',
				{ node: cycle[0], field: 'definition.expression' },
				`formulas depend on each other in a circle: ${cycle.join(' → ')}`
			)
		);
	}
}

/**
 * Missing inputs (issue 10): a leaf metric whose definition reads a column that is empty (all NULL) in the
 * loaded data cannot say anything — resolution time without `resolved_at`. Such a node is shown muted with
 * what it needs instead of a bare “—”, and it is left out of target status. Pure.
 */
import { isFormulaNode, type MetricNode, type TableId } from '$lib/metrics/types';

/** Per table, the canonical columns that are empty in every loaded row. */
export type EmptyColumns = Readonly<Partial<Record<TableId, readonly string[]>>>;

/** The SQL texts of a leaf definition (filters, expressions, the snapshot's and the repeat's columns). */
function fragments(node: MetricNode): string[] {
	if (isFormulaNode(node)) return [];
	return Object.values(node.definition).filter((v): v is string => typeof v === 'string');
}

/** The empty columns a node's definition reads (none for a formula node: its inputs speak for it). */
export function neededColumns(node: MetricNode, empty: EmptyColumns): string[] {
	if (isFormulaNode(node)) return [];
	const columns = empty[node.table] ?? [];
	const text = fragments(node).join(' ');
	return columns.filter((c: string) => new RegExp(`(^|[^\\w])"?${c}"?($|[^\\w])`).test(text));
}

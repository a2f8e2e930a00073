/**
 * Missing inputs (issue 10): a leaf metric whose definition reads a column that is empty (all NULL) in the
 * loaded data cannot say anything — resolution time without `resolved_at`. Such a node is shown muted with
 * what it needs instead of a bare “—”, and it is left out of target status. Pure.
 */
import { fragmentColumns } from '$lib/metrics/fragment/columns';
import { isFormulaNode, type MetricNode, type TableId } from '$lib/metrics/types';

/** Per table, the canonical columns that are empty in every loaded row. */
export type EmptyColumns = Readonly<Partial<Record<TableId, readonly string[]>>>;

/** The columns a leaf definition reads: its fragments' column references and the snapshot's and repeat's columns. */
function readColumns(node: MetricNode): Set<string> {
	const read = new Set<string>();
	if (isFormulaNode(node)) return read;
	for (const value of Object.values(node.definition)) {
		if (typeof value === 'string') read.add(value);
		else if (typeof value === 'object' && value !== null && 'ast' in value)
			for (const column of fragmentColumns(value.ast)) read.add(column);
	}
	return read;
}

/** The empty columns a node's definition reads (none for a formula node: its inputs speak for it). */
export function neededColumns(node: MetricNode, empty: EmptyColumns): string[] {
	if (isFormulaNode(node)) return [];
	const read = readColumns(node);
	return (empty[node.table] ?? []).filter((c: string) => read.has(c));
}

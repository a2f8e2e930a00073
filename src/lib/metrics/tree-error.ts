/** Errors in a tree file, each naming where it is (node and field, or edge) and what to do. */
import type { FormulaProblemCode } from './formula';
import type { FragmentProblemCode } from './fragment/ast';

export type TreeErrorCode =
	| 'yaml'
	| 'schema'
	| 'duplicate_id'
	| 'unknown_table'
	| 'unknown_column'
	| 'table_mismatch'
	| 'sql_snippet'
	| 'formula_syntax'
	| 'unknown_reference'
	| 'formula_cycle'
	| 'dangling_edge'
	| 'cycle'
	| 'multiple_parents'
	| 'root'
	| 'formula_edge';

export interface TreeError {
	code: TreeErrorCode;
	/** The node the error is about (its id, or `#n` when it has no usable id). */
	node?: string;
	/** Dotted path inside the node, e.g. `definition.q`; or `edges[3]` for an edge. */
	field?: string;
	/** For people: where, what went wrong and what to do. */
	message: string;
	/** For an SQL fragment: the refusal's code and values, so the UI can say it in the user's language. */
	fragment?: { code: FragmentProblemCode; params: Record<string, string> };
	/** For a formula's syntax: the refusal's code and values (what was found, where), likewise. */
	formula?: { code: FormulaProblemCode; params: Record<string, string> };
}

/** Build an error whose message starts with its location, so it reads well on its own. */
export function treeError(
	code: TreeErrorCode,
	where: { node?: string; field?: string },
	problem: string
): TreeError {
	const location = [
		where.node === undefined ? null : `node “${where.node}”`,
		where.field === undefined ? null : `field “${where.field}”`
	].filter((part) => part !== null);
	const message = location.length > 0 ? `${location.join(', ')}: ${problem}` : problem;
	return { code, ...where, message };
}

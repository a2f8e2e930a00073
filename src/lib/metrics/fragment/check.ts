/** A tree file's SQL fragment → a checked Fragment (its tree and the SQL emitted from it), or why not. */
import type { Fragment, FragmentProblem } from './ast';
import { emitDuckdb } from './emit-duckdb';
import { parseFragment, type FragmentScope } from './parse';

export function checkFragment(
	source: string,
	scope: FragmentScope
): { ok: true; value: Fragment } | { ok: false; error: FragmentProblem } {
	const parsed = parseFragment(source, scope);
	if (!parsed.ok) return parsed;
	return { ok: true, value: { source, ast: parsed.value, sql: emitDuckdb(parsed.value) } };
}

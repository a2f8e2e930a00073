/** Put a finished scratch table (or view) in place of a canonical one, all or nothing. */
import type { Engine } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import type { TableId } from './schema';

/**
 * Replace `table` by `next` (renamed) in one transaction; on failure the old table stays as it was.
 * `next` is a table or, `kind` VIEW, a view; the `table` it replaces may be either (the sample's tables are
 * views, read in place from its database file).
 */
export async function swapIn(
	engine: Engine,
	table: TableId,
	next: string,
	kind: 'TABLE' | 'VIEW' = 'TABLE'
): Promise<void> {
	const rename = `ALTER ${kind} ${quoteIdent(next)} RENAME TO ${quoteIdent(table)}`;
	try {
		await engine.transaction([`DROP TABLE IF EXISTS ${quoteIdent(table)}`, rename]);
	} catch (error) {
		// Refused when `table` is a view. The catalog is asked only then: its first read costs ~0.3 s at a
		// cold start, where nothing is replaced.
		if (!(await engine.views([table])).has(table)) throw error;
		await engine.transaction([`DROP VIEW IF EXISTS ${quoteIdent(table)}`, rename]);
	}
}

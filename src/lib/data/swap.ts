/** Put a finished scratch table (or view) in place of a canonical one, all or nothing. */
import type { Engine } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import type { TableId } from './schema';

/**
 * Replace `table` by `next` (renamed) in one transaction; on failure the old table stays as it was.
 * Either may be a view (the sample's tables are, read in place from its database file).
 */
export async function swapIn(engine: Engine, table: TableId, next: string): Promise<void> {
	const views = await engine.views([table, next]);
	const kind = (name: string) => (views.has(name) ? 'VIEW' : 'TABLE');
	await engine.transaction([
		`DROP ${kind(table)} IF EXISTS ${quoteIdent(table)}`,
		`ALTER ${kind(next)} ${quoteIdent(next)} RENAME TO ${quoteIdent(table)}`
	]);
}

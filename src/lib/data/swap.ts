/** Put a finished scratch table in place of a canonical one, all or nothing. */
import type { Engine } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import type { TableId } from './schema';

/** Replace `table` by `next` (renamed) in one transaction; on failure the old table stays as it was. */
export async function swapIn(engine: Engine, table: TableId, next: string): Promise<void> {
	await engine.transaction([
		`DROP TABLE IF EXISTS ${quoteIdent(table)}`,
		`ALTER TABLE ${quoteIdent(next)} RENAME TO ${quoteIdent(table)}`
	]);
}

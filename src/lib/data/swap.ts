/** Put a finished scratch table in place of a canonical one, all or nothing. */
import type { Engine } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import type { TableId } from './schema';

/** Replace `table` by `next` (renamed) in one transaction; on failure the old table stays as it was. */
export async function swapIn(engine: Engine, table: TableId, next: string): Promise<void> {
	try {
		await engine.exec(
			`BEGIN TRANSACTION; DROP TABLE IF EXISTS ${quoteIdent(table)}; ALTER TABLE ${quoteIdent(next)} RENAME TO ${quoteIdent(table)}; COMMIT`
		);
	} catch (error) {
		// A statement failed inside the transaction: undo the drop. (No transaction open: nothing to undo.)
		await engine.exec('ROLLBACK').catch(() => undefined);
		throw error;
	}
}

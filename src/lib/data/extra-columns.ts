/**
 * Extra dimensions (SPEC §3): the text columns a loaded table carries besides its canonical ones. The
 * catalog of dimensions is read from the loaded tables themselves, so whatever the uploads put there
 * (and a reload restores) is what the filters, breakdowns and URL offer.
 */
import type { Engine } from '../engine/types';
import { usableExtraName, type ExtraDimensions } from '../metrics/dimensions';
import { TABLE_IDS, TABLES, type TableId } from './schema';

/** The extra dimension columns of `table`, in table order, from its described columns. */
export function extraColumns(table: TableId, columns: readonly { name: string; type: string }[]): string[] {
	const canonical = new Set(TABLES[table].columns.map((c) => c.name));
	return columns
		.filter(
			(c) => !canonical.has(c.name) && c.type.toUpperCase() === 'VARCHAR' && usableExtraName(table, c.name)
		)
		.map((c) => c.name);
}

/** Every loaded table's extra dimensions (one DESCRIBE per table). */
export async function loadedExtraDimensions(engine: Engine): Promise<ExtraDimensions> {
	const out: ExtraDimensions = {};
	for (const table of TABLE_IDS) {
		const extra = extraColumns(table, await engine.describe(table));
		if (extra.length > 0) out[table] = extra;
	}
	return out;
}

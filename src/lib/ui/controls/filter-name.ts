/** How a filter key reads on screen: "Category", or "Ticket channel" where tables share the dimension. */
import type { MessageKey } from '$lib/i18n/messages';
import { filterKey, parseFilterKey, TABLE_IDS, TABLES, type Dimension } from '$lib/metrics/tables';
import type { TableId } from '$lib/metrics/types';

export function filterName(key: string, t: (key: MessageKey) => string): string {
	const target = parseFilterKey(key);
	if (!target) return key;
	const dimension = t(`dimension.${target.dimension}`);
	return target.table ? `${t(`filterTable.${target.table}`)} ${dimension.toLowerCase()}` : dimension;
}

/** Everything a filter can be set on: each table's dimensions, with the key the URL uses for it. */
export const FILTER_OPTIONS: readonly { key: string; table: TableId; dimension: Dimension }[] =
	TABLE_IDS.flatMap((table) =>
		TABLES[table].dimensions.map((dimension) => ({ key: filterKey(table, dimension), table, dimension }))
	);

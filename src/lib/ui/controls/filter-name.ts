/** How a dimension and a filter key read on screen: "Category", "Ticket channel", or an extra column's own name. */
import type { MessageKey } from '$lib/i18n/messages';
import { isMessageKey } from '$lib/i18n/translate';
import { parseFilterKey, type DimensionCatalog } from '$lib/metrics/dimensions';
import { TABLE_IDS, TABLES } from '$lib/metrics/tables';

const CANONICAL = new Set(TABLE_IDS.flatMap((table) => TABLES[table].dimensions));

/**
 * A canonical dimension in the reader's language (lower case inside a sentence); an extra one (SPEC §3)
 * under its name exactly as written in the file, wherever it stands.
 */
export function dimensionName(dimension: string, t: (key: MessageKey) => string, inSentence = false): string {
	const key = `dimension.${dimension}`;
	if (!CANONICAL.has(dimension) || !isMessageKey(key)) return dimension;
	return inSentence ? t(key).toLowerCase() : t(key);
}

export function filterName(catalog: DimensionCatalog, key: string, t: (key: MessageKey) => string): string {
	const target = parseFilterKey(catalog, key);
	if (!target) return key;
	const name = dimensionName(target.dimension, t);
	if (!target.table) return name;
	// "Ticket channel" for a canonical name; "Ticket · Région" keeps an extra column's own spelling.
	return name === target.dimension
		? `${t(`filterTable.${target.table}`)} · ${name}`
		: `${t(`filterTable.${target.table}`)} ${name.toLowerCase()}`;
}

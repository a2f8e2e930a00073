/** How a filter key reads on screen: "Category", or "Ticket channel" where tables share the dimension. */
import type { MessageKey } from '$lib/i18n/messages';
import { parseFilterKey } from '$lib/metrics/tables';

export function filterName(key: string, t: (key: MessageKey) => string): string {
	const target = parseFilterKey(key);
	if (!target) return key;
	const dimension = t(`dimension.${target.dimension}`);
	return target.table ? `${t(`filterTable.${target.table}`)} ${dimension.toLowerCase()}` : dimension;
}

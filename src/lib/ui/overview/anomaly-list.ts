/** The overview's list of the period's anomalies: every node's anomalous days, newest first. */
import { formatValue } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/messages';
import { monitoringText } from '$lib/i18n/monitoring-messages';
import type { Anomaly } from '$lib/metrics/anomalies';
import type { TreeResult } from '$lib/metrics/evaluate';
import type { NodeId, Tree } from '$lib/metrics/types';

export interface AnomalyItem extends Anomaly {
	id: NodeId;
	/** Order in the tree file: ties on a day are listed in tree order. */
	order: number;
}

/** All anomalies of the evaluated tree, newest day first, then in tree order. */
export function anomalyItems(tree: Tree, result: TreeResult): AnomalyItem[] {
	const items = tree.nodes.flatMap((node, order) =>
		(result.nodes[node.id]?.anomalies ?? []).map((anomaly) => ({ ...anomaly, id: node.id, order }))
	);
	return items.sort((a, b) => (a.day === b.day ? a.order - b.order : a.day < b.day ? 1 : -1));
}

/** “Mon 8 Sep” / “9월 8일 (월)”: a day in the list. */
export function anomalyDay(day: string, locale: Locale): string {
	const options: Intl.DateTimeFormatOptions = {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	};
	const format = new Intl.DateTimeFormat(locale, options);
	const ms = Date.parse(`${day}T00:00:00Z`);
	if (locale !== 'en') return format.format(ms);
	// “Mon 8 Sep”: en-GB's order, with en's “Sep” (en-GB now says “Sept”).
	const part = (type: string) => format.formatToParts(ms).find((p) => p.type === type)?.value ?? '';
	return `${part('weekday')} ${part('day')} ${part('month')}`;
}

/** “Tickets 57 on Mon 8 Sep — expected 21 (high, bad)”. */
export function anomalyText(
	item: Anomaly,
	name: string,
	format: Parameters<typeof formatValue>[1],
	locale: Locale
) {
	return monitoringText(locale, 'anomaly.item', {
		name,
		value: formatValue(item.value, format, locale),
		day: anomalyDay(item.day, locale),
		expected: formatValue(item.expected, format, locale),
		side: monitoringText(locale, `anomaly.${item.side}`),
		verdict: monitoringText(locale, item.good ? 'anomaly.good' : 'anomaly.bad')
	});
}

/** The screen-reader text of a node's mark: how many unusual days, and the latest one's side and verdict. */
export function anomalyMarkText(anomalies: readonly Anomaly[], locale: Locale): string {
	const latest = anomalies[anomalies.length - 1]!;
	return monitoringText(locale, 'anomaly.mark', {
		count: anomalies.length,
		side: monitoringText(locale, `anomaly.${latest.side}`),
		verdict: monitoringText(locale, latest.good ? 'anomaly.good' : 'anomaly.bad')
	});
}

/** What a screen reader says for a tree node: name, value, change with its verdict, and target status. */
import { formatDelta, formatValue } from '$lib/i18n/format';
import type { Locale, MessageKey } from '$lib/i18n/messages';
import { changeIsGood, shownDelta, type NodeView } from './node-view';

/** E.g. "Tickets: 236, Change +99 (worse)" or "CSAT: 64.8%, Change −27.7 pp (worse), Off target". */
export function nodeLabel(node: NodeView, locale: Locale, t: (key: MessageKey) => string): string {
	const value = formatValue(node.value, node.format, locale);
	const shown = shownDelta(node.delta, node.format);
	const delta = formatDelta(shown, node.format, locale);
	const good = changeIsGood(shown, node.direction);
	const verdict = shown === null ? '' : ` (${t(good === null ? 'unchanged' : good ? 'better' : 'worse')})`;
	const status = node.status === 'none' ? '' : `, ${t(`status.${node.status}`)}`;
	const needs = node.needs.length > 0 && node.reason ? `, ${node.reason}` : '';
	return `${node.name}: ${value}, ${t('change')} ${delta}${verdict}${status}${needs}`;
}

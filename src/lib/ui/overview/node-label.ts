/** What a screen reader says for a tree node: name, value, change with its verdict, target and tier. */
import { formatDelta, formatValue } from '$lib/i18n/format';
import type { Locale, MessageKey } from '$lib/i18n/messages';
import { anomalyMarkText } from './anomaly-list';
import type { Direction, ValueFormat } from '$lib/metrics/types';
import { changeIsGood, shownDelta, type NodeView } from './node-view';

/** The target as the status pill shows it: "≤ 8.00" (lower is better) or "≥ 90.0%". */
export function goalText(
	target: number | null,
	format: ValueFormat,
	direction: Direction,
	locale: Locale
): string {
	if (target === null) return '';
	return `${direction === 'down' ? '≤' : '≥'} ${formatValue(target, format, locale)}`;
}

/**
 * E.g. "Tickets: 236, +99 worse, Operational" or "CSAT: 64.8%, −27.7 pp worse, Operational, ≥ 90.0%
 * (Off target)". It holds the card's visible text in the card's DOM order (WCAG 2.5.3 "Label in Name",
 * so voice-control users can say what they see); the status in parentheses is what the ✗/✓ means.
 */
export function nodeLabel(node: NodeView, locale: Locale, t: (key: MessageKey) => string): string {
	const value = formatValue(node.value, node.format, locale);
	const shown = shownDelta(node.delta, node.format);
	const delta = formatDelta(shown, node.format, locale);
	const good = changeIsGood(shown, node.direction);
	const quiet =
		shown !== null && shown !== 0 && (node.significance === 'noise' || node.significance === 'too-few');
	const verdict =
		shown === null
			? ''
			: quiet
				? ` ${t(`significance.${node.significance!}`)}`
				: ` ${t(good === null ? 'unchanged' : good ? 'better' : 'worse')}`;
	const goal = goalText(node.target, node.format, node.direction, locale);
	const status = node.status === 'none' ? '' : `, ${goal ? `${goal} ` : ''}(${t(`status.${node.status}`)})`;
	// A node that needs a column shows why instead of its change (see MetricCard).
	const change = node.needs.length > 0 && node.reason ? node.reason : `${delta}${verdict}`;
	const unusual = node.anomalies.length > 0 ? `, ${anomalyMarkText(node.anomalies, locale)}` : '';
	// The unusual days come last: their mark's text is visually hidden, so axe's visible text (name …
	// tier, target) must stay one run in the name (WCAG 2.5.3).
	return `${node.name}: ${value}, ${change}, ${t(`tier.${node.tier}`)}${status}${unusual}`;
}

/** "What changed" as the panel shows it: the explanation's steps and values in words, each with its link. */
import { formatDelta } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/messages';
import { translate } from '$lib/i18n/translate';
import type { Explanation, ExplanationStatus } from '$lib/metrics/explain';
import type { Verdict } from '$lib/metrics/significance';
import type { Dimension } from '$lib/metrics/dimensions';
import { dimensionName as nameOf } from '../controls/filter-name';
import type { NodeId, Tree } from '$lib/metrics/types';

export interface ExplainPartView {
	metricId: NodeId;
	dimension: Dimension;
	/** The raw dimension value (null: rows without one). */
	value: string | null;
	/** In the explained metric's units, unrounded (the `data-contribution` hook). */
	contribution: number;
	label: string;
	amount: string;
	verdict: Verdict | null;
	href: string;
}

export interface ExplainStepView {
	metricId: NodeId;
	depth: number;
	contribution: number;
	/** "Tickets contributed +5.80"; null for the explained metric itself (only its values are listed). */
	label: string | null;
	/** "Tickets itself +99": its own change, in its own units. */
	own: string | null;
	verdict: Verdict | null;
	href: string;
	/** "By category", when values are listed. */
	by: string | null;
	parts: ExplainPartView[];
}

export interface ExplainView {
	status: ExplanationStatus;
	/** "Contact rate +5.82 against the comparison period". */
	summary: string;
	verdict: Verdict | null;
	/** What to say instead of steps, when there are none. */
	note: string | null;
	/** The explained metric's own values, when it splits by value itself (a leaf). */
	self: ExplainStepView | null;
	/** The formula children on the explained path, depth-first. */
	steps: ExplainStepView[];
	evidence: { metricId: NodeId; text: string; verdict: Verdict; href: string }[];
}

/** The drill-down of `node` (optionally broken down `by` a dimension), with the rest of the view kept. */
export type DrilldownHref = (node: NodeId, by: Dimension | null) => string;

export function explainView(
	explanation: Explanation,
	tree: Tree,
	locale: Locale,
	href: DrilldownHref
): ExplainView {
	const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
		translate(locale, key, params);
	const byId = new Map(tree.nodes.map((n) => [n.id, n]));
	const name = (id: NodeId) => byId.get(id)?.name[locale] ?? id;
	const root = byId.get(explanation.node);
	const format = root?.format ?? 'count';
	const withUnit = (text: string) =>
		root?.unit && explanation.change !== null
			? t('explain.withUnit', { amount: text, unit: root.unit[locale] })
			: text;
	const amount = (value: number) => formatDelta(value, format, locale);
	const dimensionName = (d: Dimension) => nameOf(d, t);

	const steps = explanation.steps.map((step): ExplainStepView => {
		const dimension = step.dimension;
		const own = byId.get(step.node);
		return {
			metricId: step.node,
			depth: step.depth,
			contribution: step.amount,
			label:
				step.parent === null
					? null
					: t('explain.step', { name: name(step.node), amount: amount(step.amount) }),
			own:
				step.parent === null || step.change === null || !own
					? null
					: t('explain.own', { name: name(step.node), change: formatDelta(step.change, own.format, locale) }),
			verdict: step.verdict,
			href: href(step.node, dimension?.dimension ?? null),
			by: dimension ? t('explain.by', { dimension: dimensionName(dimension.dimension) }) : null,
			parts: (dimension?.parts ?? []).map((part) => ({
				metricId: step.node,
				dimension: dimension!.dimension,
				value: part.value,
				contribution: part.amount,
				label: t('explain.part', {
					dimension: dimensionName(dimension!.dimension),
					value: part.value ?? t('drill.missing')
				}),
				amount: amount(part.amount),
				verdict: part.verdict,
				href: href(step.node, dimension!.dimension)
			}))
		};
	});
	return {
		status: explanation.status,
		summary: t('explain.summary', {
			name: name(explanation.node),
			change: withUnit(formatDelta(explanation.change, format, locale))
		}),
		verdict: explanation.verdict,
		note: explanation.status === 'explained' ? null : t(`explain.${explanation.status}`),
		self: steps.find((s) => s.label === null) ?? null,
		steps: steps.filter((s) => s.label !== null),
		evidence: explanation.evidence.map((e) => ({
			metricId: e.node,
			text: `${name(e.node)} ${formatDelta(e.change, byId.get(e.node)?.format ?? 'count', locale)}`,
			verdict: 'significant' as const,
			href: href(e.node, null)
		}))
	};
}

/** Joins the tree definition with an evaluation result into what each node shows, in the UI language. */
import type { Locale } from '$lib/i18n/messages';
import { translate } from '$lib/i18n/translate';
import type { TreeResult } from '$lib/metrics/evaluate';
import type { NodeId, Tree } from '$lib/metrics/types';
import type { NodeView } from './node-view';
import { neededColumns, type EmptyColumns } from './missing-inputs';

/** “Needs resolved_at — map a column to it on the Data page”, in the UI language. */
export function needsText(columns: readonly string[], locale: Locale): string {
	return translate(locale, 'reason.needs', { columns: columns.join(', ') });
}

/** Every node's view, keyed by id; children in the tree file's edge order. */
export function toNodeViews(
	tree: Tree,
	result: TreeResult,
	locale: Locale,
	empty: EmptyColumns = {}
): Map<NodeId, NodeView> {
	const views = new Map<NodeId, NodeView>();
	for (const node of tree.nodes) {
		const r = result.nodes[node.id];
		const needs = neededColumns(node, empty);
		const parentEdge = tree.edges.find((e) => e.child === node.id);
		views.set(node.id, {
			id: node.id,
			name: node.name[locale],
			description: node.description[locale],
			tier: node.tier,
			format: node.format,
			direction: node.direction,
			target: node.target ?? null,
			value: r?.value ?? null,
			previous: r?.previous ?? null,
			delta: r?.change ?? null,
			relative: r?.relativeChange ?? null,
			// a node missing its input has no target status: it is not failing, it cannot tell
			status: needs.length > 0 ? 'none' : (r?.status ?? 'none'),
			series: r?.series.map((p) => p.value) ?? [],
			seriesStarts: r?.series.map((p) => p.start) ?? [],
			anomalies: r?.anomalies ?? [],
			sampleSize: r?.sample?.current ?? null,
			significance: r?.uncertainty?.verdict ?? null,
			interval: r?.uncertainty?.interval ?? null,
			parent: parentEdge ? { id: parentEdge.parent, edge: parentEdge.type } : null,
			children: tree.edges.filter((e) => e.parent === node.id).map((e) => ({ id: e.child, edge: e.type })),
			reason:
				needs.length > 0
					? needsText(needs, locale)
					: r?.reason
						? translate(locale, `reason.${r.reason.code}`)
						: null,
			needs
		});
	}
	return views;
}

/**
 * A hypothesis checked through the one query layer: the tree evaluated for the after-window against
 * the before-window (hypothesis.ts), the metric's node read. No SQL of its own.
 */
import type { Annotation, Hypothesis } from '$lib/metrics/annotations';
import { hypothesisRequest, hypothesisResult, hypothesisWindows } from '$lib/metrics/hypothesis';
import type { HypothesisResult, HypothesisWindows } from '$lib/metrics/hypothesis';
import { findNodeId, type MetricNode } from '$lib/metrics/types';
import type { MetricService } from '../metric-service';

export type HypothesisCheck =
	| { kind: 'checked'; node: MetricNode; result: HypothesisResult; windows: HypothesisWindows }
	| { kind: 'unknown_metric'; metric: string };

export async function checkHypothesis(
	service: MetricService,
	annotation: Annotation,
	hypothesis: Hypothesis
): Promise<HypothesisCheck> {
	const id = findNodeId(service.tree, hypothesis.metric);
	const node = id === null ? undefined : service.tree.nodes.find((n) => n.id === id);
	if (id === null || !node) return { kind: 'unknown_metric', metric: hypothesis.metric };
	// Only the metric and what it is computed from, period values only: a check needs no other table's
	// statements and no series. Asked after the view's own queries (the background lane).
	const evaluated = await service.evaluate(
		{ ...hypothesisRequest(annotation, hypothesis), nodes: [id], periodValuesOnly: true },
		'background'
	);
	return {
		kind: 'checked',
		node,
		result: hypothesisResult(hypothesis, evaluated.nodes[id]!),
		windows: hypothesisWindows(annotation, hypothesis.days)
	};
}

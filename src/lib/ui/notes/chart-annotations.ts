/** The notes that fall in a view's period, as marks for a chart. */
import type { AnnotationMark } from '$lib/charts/annotation-marks';
import { annotationsIn, lastDay, type Annotation } from '$lib/metrics/annotations';
import { toEpochMs, type Period } from '$lib/metrics/period';

export function chartAnnotations(annotations: readonly Annotation[], period: Period): AnnotationMark[] {
	return annotationsIn(annotations, period).map((a) => ({
		id: a.id,
		label: a.label,
		start: toEpochMs(a.start),
		end: toEpochMs(lastDay(a))
	}));
}

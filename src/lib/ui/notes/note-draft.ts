/** The note form's fields as text, and the annotation they make (checked by the same schema as a file). */
import {
	DEFAULT_HYPOTHESIS_DAYS,
	validateAnnotations,
	type Annotation,
	type AnnotationError
} from '$lib/metrics/annotations';
import type { Direction, Result } from '$lib/metrics/types';

export interface NoteDraft {
	id: string;
	start: string;
	/** Empty for a single day. */
	end: string;
	label: string;
	metrics: string[];
	/** Empty: no hypothesis. */
	hypothesisMetric: string;
	expect: Direction;
	days: number;
}

export function draftOf(annotation: Partial<Annotation> & { id: string }): NoteDraft {
	return {
		id: annotation.id,
		start: annotation.start ?? '',
		end: annotation.end ?? '',
		label: annotation.label ?? '',
		metrics: [...(annotation.metrics ?? [])],
		hypothesisMetric: annotation.hypothesis?.metric ?? '',
		expect: annotation.hypothesis?.expect ?? 'down',
		days: annotation.hypothesis?.days ?? DEFAULT_HYPOTHESIS_DAYS
	};
}

/** The draft as an annotation, or the problems with its fields (`entry` left out: it is one form). */
export function annotationOf(draft: NoteDraft): Result<Annotation, AnnotationError[]> {
	const raw = {
		id: draft.id,
		start: draft.start,
		...(draft.end === '' ? {} : { end: draft.end }),
		label: draft.label,
		metrics: draft.metrics,
		...(draft.hypothesisMetric === ''
			? {}
			: { hypothesis: { metric: draft.hypothesisMetric, expect: draft.expect, days: draft.days } })
	};
	const checked = validateAnnotations([raw]);
	if (!checked.ok) return { ok: false, error: checked.error.map(({ entry: _entry, ...rest }) => rest) };
	return { ok: true, value: checked.value[0]! };
}

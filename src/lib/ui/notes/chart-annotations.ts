/** The notes that fall in a view's period, as marks for a chart. */
import type { AnnotationMark } from '$lib/charts/annotation-marks';
import { formatDate, formatDateRange } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/messages';
import { notesText } from '$lib/i18n/notes-messages';
import { annotationsIn, lastDay, type Annotation } from '$lib/metrics/annotations';
import { fromEpochMs, toEpochMs, type Period } from '$lib/metrics/period';

export function chartAnnotations(annotations: readonly Annotation[], period: Period): AnnotationMark[] {
	return annotationsIn(annotations, period).map((a) => ({
		id: a.id,
		label: a.label,
		start: toEpochMs(a.start),
		end: toEpochMs(lastDay(a))
	}));
}

/** When a mark is, as people read it: "Sep 8, 2025" or "Sep 8 – 14, 2025". */
export function markWhen(mark: AnnotationMark, locale: Locale): string {
	return mark.start === mark.end
		? formatDate(mark.start, locale, 'short')
		: formatDateRange(fromEpochMs(mark.start), fromEpochMs(mark.end), locale);
}

/** The notes drawn on a tree node's sparkline, for its accessible name: "notes: Sep 8 – 14, 2025 Delivery incident". */
export function marksText(marks: readonly AnnotationMark[], locale: Locale): string {
	const notes = marks.map((m) => `${markWhen(m, locale)} ${m.label}`).join('; ');
	return marks.length === 0 ? '' : notesText(locale, 'notes.onNode', { notes });
}

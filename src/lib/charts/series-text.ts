/**
 * A time-series chart's words (English defaults; the app passes its own), its legend, and its numbers as a
 * table — the chart's text alternative: date, current, the 95 % interval when any point has one, previous.
 */
import { intervalText, type FormatDate, type FormatValue } from './chart-format';
import type { ReadoutPoint } from './time-series';

export const SERIES_LABELS = {
	current: 'Current',
	previous: 'Previous period',
	target: 'Target',
	date: 'Date',
	showTable: 'Show data as table',
	interval: '95% interval',
	hint: 'Arrow keys move the read-out',
	selectHint: 'Enter picks the day shown, Shift with arrow keys picks several days, Escape cancels',
	selected: 'Selected'
};

export type SeriesLabels = typeof SERIES_LABELS;

/** The chart's accessible name: what it shows, its dates, and the keys it answers to. */
export function seriesAriaLabel(
	label: string,
	points: readonly { t: number }[],
	formatDate: FormatDate,
	labels: Pick<SeriesLabels, 'hint' | 'selectHint'>,
	selectable: boolean
): string {
	const first = points[0];
	const last = points[points.length - 1];
	const range = first && last ? `${formatDate(first.t)} – ${formatDate(last.t)}` : '';
	return `${label}. ${range}. ${labels.hint}${selectable ? `. ${labels.selectHint}` : ''}.`;
}

/** The legend: current, the interval band when any point has one, previous, the target with its value when drawn. */
export function seriesLegend(
	points: readonly { interval: unknown }[],
	target: string | null,
	labels: Pick<SeriesLabels, 'current' | 'interval' | 'previous' | 'target'>
): { mark: 'current' | 'band' | 'previous' | 'target'; label: string }[] {
	return [
		{ mark: 'current', label: labels.current },
		...(points.some((p) => p.interval !== null) ? [{ mark: 'band' as const, label: labels.interval }] : []),
		{ mark: 'previous', label: labels.previous },
		...(target === null ? [] : [{ mark: 'target' as const, label: `${labels.target} ${target}` }])
	];
}

export function seriesTable(
	points: readonly Pick<ReadoutPoint, 't' | 'current' | 'previous' | 'interval'>[],
	labels: Pick<SeriesLabels, 'date' | 'current' | 'interval' | 'previous'>,
	format: FormatValue,
	formatDate: FormatDate
): { columns: string[]; rows: { cells: string[] }[] } {
	const hasBand = points.some((p) => p.interval !== null);
	const columns = hasBand
		? [labels.date, labels.current, labels.interval, labels.previous]
		: [labels.date, labels.current, labels.previous];
	const rows = points.map((p) => ({
		cells: hasBand
			? [formatDate(p.t), format(p.current), intervalText(format, p.interval), format(p.previous)]
			: [formatDate(p.t), format(p.current), format(p.previous)]
	}));
	return { columns, rows };
}

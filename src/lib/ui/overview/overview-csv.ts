/** The overview's numbers as CSV: one row per metric, unrounded, with the periods they cover. */
import { toCsv } from '../export/csv';
import type { NodeView } from './node-view';

export interface CsvPeriods {
	from: string;
	to: string;
	compareFrom: string;
	compareTo: string;
}

export const OVERVIEW_CSV_HEADER = [
	'metric_id',
	'metric',
	'tier',
	'value',
	'previous',
	'change',
	'relative_change',
	'target',
	'status',
	'sample_size',
	'period_from',
	'period_to',
	'compared_from',
	'compared_to'
] as const;

/** Rows in the tree file's order; the header is machine-friendly so the file can feed other tools. */
export function overviewCsv(nodes: Iterable<NodeView>, periods: CsvPeriods): string {
	return toCsv(
		OVERVIEW_CSV_HEADER,
		[...nodes].map((n) => [
			n.id,
			n.name,
			n.tier,
			n.value,
			n.previous,
			n.delta,
			n.relative,
			n.target,
			n.status,
			n.sampleSize,
			periods.from,
			periods.to,
			periods.compareFrom,
			periods.compareTo
		])
	);
}

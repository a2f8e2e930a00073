/** The values a dimension takes in a table, most frequent first: what a filter picker offers. */
import { quoteIdent } from '../../sql/quote';
import { tableDimension, type DimensionCatalog } from '../dimensions';
import type { TableId } from '../types';

/** A picker lists at most this many values; past it, the rarest are left out (a breakdown shows them all). */
export const MAX_DIMENSION_VALUES = 500;

export function dimensionValuesSql(catalog: DimensionCatalog, table: TableId, dimension: string): string {
	if (tableDimension(catalog, table, dimension) === null) {
		throw new Error(`The ${table} table has no ${dimension} dimension.`);
	}
	const column = quoteIdent(dimension);
	return [
		`SELECT ${column} AS value, count(*) AS rows`,
		`FROM ${quoteIdent(table)}`,
		`WHERE ${column} IS NOT NULL`,
		'GROUP BY ALL',
		'ORDER BY rows DESC, value',
		`LIMIT ${MAX_DIMENSION_VALUES}`
	].join('\n');
}

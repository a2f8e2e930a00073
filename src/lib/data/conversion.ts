/** SQL expressions that convert a file column to its canonical type; unreadable values become NULL (TRY_CAST). */
import { quoteIdent } from '../sql/quote';
import { sourceKind, type TimestampReading } from './mapping';
import type { ColumnType } from './schema';

const TEXT_TIME_FORMATS = [
	'%Y/%m/%d %H:%M:%S',
	'%Y/%m/%d %H:%M',
	'%Y/%m/%d',
	'%Y.%m.%d %H:%M:%S',
	'%Y.%m.%d %H:%M',
	'%Y.%m.%d',
	'%Y%m%d%H%M%S',
	'%Y%m%d'
];

/** Microseconds per unit; the bound keeps results inside DuckDB's TIMESTAMP range (before year 9999). */
const EPOCH_FACTOR: Record<string, string> = {
	epoch_s: '1000000',
	epoch_ms: '1000',
	epoch_us: '1',
	epoch_ns: '0.001'
};
const MAX_MICROS = '253402300799000000';

/** The expression reading file column `source` (of DuckDB type `sourceType`) as `target`. */
export function conversionSql(
	source: string,
	sourceType: string,
	target: ColumnType,
	reading: TimestampReading = 'native'
): string {
	const column = quoteIdent(source);
	const kind = sourceKind(sourceType);
	switch (target) {
		case 'VARCHAR':
			return `CAST(${column} AS VARCHAR)`;
		case 'DOUBLE':
			return `TRY_CAST(${column} AS DOUBLE)`;
		case 'INTEGER':
			// '4', '4.0' and 4.0 all read as 4; anything outside INTEGER's range becomes NULL.
			return kind === 'integer'
				? `TRY_CAST(${column} AS INTEGER)`
				: `TRY_CAST(round(TRY_CAST(${column} AS DOUBLE)) AS INTEGER)`;
		case 'BOOLEAN':
			if (kind === 'boolean') return column;
			return `CASE lower(trim(CAST(${column} AS VARCHAR))) WHEN '1' THEN true WHEN 'y' THEN true WHEN 'yes' THEN true WHEN 'true' THEN true WHEN 't' THEN true WHEN '0' THEN false WHEN 'n' THEN false WHEN 'no' THEN false WHEN 'false' THEN false WHEN 'f' THEN false END`;
		case 'TIMESTAMP':
			return timestampSql(column, kind, reading);
	}
}

function timestampSql(
	column: string,
	kind: ReturnType<typeof sourceKind>,
	reading: TimestampReading
): string {
	if (reading === 'native' && kind === 'temporal') return `TRY_CAST(${column} AS TIMESTAMP)`;
	if (reading === 'native' || reading === 'text') {
		const text = `trim(CAST(${column} AS VARCHAR))`;
		const formats = TEXT_TIME_FORMATS.map((f) => `'${f}'`).join(', ');
		return `COALESCE(TRY_CAST(${text} AS TIMESTAMP), try_strptime(${text}, [${formats}]))`;
	}
	const micros = `(TRY_CAST(${column} AS DOUBLE) * ${EPOCH_FACTOR[reading]})`;
	return `CASE WHEN abs(${micros}) < ${MAX_MICROS} THEN make_timestamp(CAST(round(${micros}) AS BIGINT)) END`;
}

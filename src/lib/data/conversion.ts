/** SQL expressions that convert a file column to its canonical type; unreadable values become NULL (TRY_CAST). */
import { quoteIdent, quoteString } from '../sql/quote';
import { sourceKind, type ColumnChoice, type TimestampReading } from './mapping';
import type { ColumnType } from './schema';

/** Year-first text forms DuckDB's own cast does not read (it reads ISO, with `T`, fractions and offsets). */
const YEAR_FIRST_FORMATS = [
	'%Y/%m/%d %H:%M:%S',
	'%Y/%m/%d %H:%M',
	'%Y/%m/%d',
	'%Y.%m.%d %H:%M:%S',
	'%Y.%m.%d %H:%M',
	'%Y.%m.%d',
	'%Y%m%d%H%M%S',
	'%Y%m%d'
];

/** `05/31/2025 06:15:00 PM`, `05/31/2025 18:15`, `31.05.2025 18:15`, … for separators `/`, `.` and `-`. */
function partFirstFormats(order: 'mdy' | 'dmy'): string[] {
	const times = ['%I:%M:%S %p', '%I:%M %p', '%H:%M:%S.%f', '%H:%M:%S', '%H:%M'];
	return ['/', '.', '-'].flatMap((s) => {
		const date = order === 'mdy' ? `%m${s}%d${s}%Y` : `%d${s}%m${s}%Y`;
		return [...times.map((t) => `${date} ${t}`), date];
	});
}

/** A value that ends in a UTC offset after a time: `…10:30:00Z`, `…10:30+09:00`, `…10:30:00.5-0500`. */
const OFFSET_PATTERN = '\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?\\s*([Zz]|[+-]\\d\\d(:?\\d\\d)?)$';

/** A space before the offset (`2025-03-01 10:00:00 +0100`, Shopify's form) that the TIMESTAMPTZ cast refuses. */
const SPACED_OFFSET = '\\s+([Zz]|[+-]\\d\\d(:?\\d\\d)?)$';

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
	reading: TimestampReading | Omit<ColumnChoice, 'source'> = 'native'
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
		case 'TIMESTAMP': {
			const choice = typeof reading === 'string' ? { reading } : reading;
			return timestampSql(column, kind, choice.reading ?? 'native', choice.zone);
		}
	}
}

/** The SQL for a constant canonical value (a choice with no file column). */
export function constantSql(value: string, target: ColumnType): string {
	return `TRY_CAST(${quoteString(value)} AS ${target})`;
}

function timestampSql(
	column: string,
	kind: ReturnType<typeof sourceKind>,
	reading: TimestampReading,
	zone: number | undefined
): string {
	if (reading === 'native' && kind === 'temporal') return `TRY_CAST(${column} AS TIMESTAMP)`;
	if (reading.startsWith('epoch')) {
		const micros = `(TRY_CAST(${column} AS DOUBLE) * ${EPOCH_FACTOR[reading]})`;
		return `CASE WHEN abs(${micros}) < ${MAX_MICROS} THEN make_timestamp(CAST(round(${micros}) AS BIGINT)) END`;
	}
	const text = `trim(CAST(${column} AS VARCHAR))`;
	const list = (formats: string[]) => `[${formats.map((f) => quoteString(f)).join(', ')}]`;
	const naive =
		reading === 'text_mdy' || reading === 'text_dmy'
			? `try_strptime(${text}, ${list(partFirstFormats(reading === 'text_mdy' ? 'mdy' : 'dmy'))})`
			: `COALESCE(TRY_CAST(${text} AS TIMESTAMP), try_strptime(${text}, ${list(YEAR_FIRST_FORMATS)}))`;
	if (zone === undefined) return naive;
	// With an offset: the instant in UTC (TIMESTAMPTZ parses the offset; without ICU its cast back to TIMESTAMP
	// is UTC), then moved to the chosen zone by plain arithmetic. Values without an offset are read as written.
	const minutes = Math.round(Number(zone));
	if (!Number.isFinite(minutes) || Math.abs(minutes) > 18 * 60) throw new Error(`Not a UTC offset: ${zone}`);
	return `CASE WHEN regexp_matches(${text}, ${quoteString(OFFSET_PATTERN)}) THEN CAST(TRY_CAST(regexp_replace(${text}, ${quoteString(SPACED_OFFSET)}, '\\1') AS TIMESTAMPTZ) AS TIMESTAMP) + to_minutes(${minutes}) ELSE ${naive} END`;
}

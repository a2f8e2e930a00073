/** Column mapping: which uploaded column feeds each canonical column, and how timestamps are read. Pure. */
import { normaliseName, SYNONYMS } from './column-names';
import { TABLE_IDS, TABLES, type ColumnSpec, type ColumnType, type TableId } from './schema';

/** A column of an uploaded file as DuckDB typed it. */
export interface SourceColumn {
	name: string;
	type: string;
}

/** How a timestamp column is written in the file. */
export type TimestampReading = 'native' | 'text' | 'epoch_s' | 'epoch_ms' | 'epoch_us' | 'epoch_ns';
export const TIMESTAMP_READINGS: readonly TimestampReading[] = [
	'native',
	'text',
	'epoch_s',
	'epoch_ms',
	'epoch_us',
	'epoch_ns'
];

export interface ColumnChoice {
	/** The file's column, or null when the file has none for it. */
	source: string | null;
	/** Only for TIMESTAMP columns. */
	reading?: TimestampReading;
}

/** Canonical column name → choice, for every column of the table. */
export type ColumnMapping = Record<string, ColumnChoice>;

type SourceKind = 'temporal' | 'integer' | 'float' | 'boolean' | 'text' | 'other';

/** What family a DuckDB type belongs to. */
export function sourceKind(type: string): SourceKind {
	const t = type.toUpperCase();
	if (t.startsWith('TIMESTAMP') || t === 'DATE') return 'temporal';
	if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
		return 'integer';
	if (t === 'FLOAT' || t === 'DOUBLE' || t.startsWith('DECIMAL')) return 'float';
	if (t === 'BOOLEAN') return 'boolean';
	if (t === 'VARCHAR') return 'text';
	return 'other';
}

/** Whether a source type can be converted to the canonical type at all. */
export function canConvert(type: string, target: ColumnType): boolean {
	const kind = sourceKind(type);
	switch (target) {
		case 'VARCHAR':
			return kind !== 'other';
		case 'TIMESTAMP':
			return kind === 'temporal' || kind === 'text' || kind === 'integer' || kind === 'float';
		case 'BOOLEAN':
			return kind === 'boolean' || kind === 'integer' || kind === 'text';
		case 'INTEGER':
		case 'DOUBLE':
			return kind === 'integer' || kind === 'float' || kind === 'text' || kind === 'boolean';
	}
}

/** The epoch unit that makes a number a plausible date (1973–2286): seconds are ~1e9, milliseconds ~1e12. */
export function guessEpochUnit(sample: number | null | undefined): TimestampReading {
	const v = Math.abs(sample ?? 0);
	if (v >= 1e17) return 'epoch_ns';
	if (v >= 1e14) return 'epoch_us';
	if (v >= 1e11) return 'epoch_ms';
	return 'epoch_s';
}

/** The default reading of a file column feeding a timestamp, from its type and a sample value. */
export function guessReading(type: string, sample?: unknown): TimestampReading {
	const kind = sourceKind(type);
	if (kind === 'temporal') return 'native';
	if (kind === 'integer' || kind === 'float')
		return guessEpochUnit(sample === undefined ? null : Number(sample));
	return 'text';
}

/** How well a file column's name matches a canonical column: 100 exact, less for later synonyms, 0 none. */
export function nameScore(table: TableId, canonical: string, sourceName: string): number {
	const name = normaliseName(sourceName);
	if (name === canonical) return 100;
	const synonyms = SYNONYMS[table][canonical] ?? [];
	const index = synonyms.indexOf(name);
	if (index >= 0) return 90 - index;
	if (name.replaceAll('_', '') === canonical.replaceAll('_', '')) return 95;
	return 0;
}

/** Guess the mapping of `columns` onto `table`; each file column is used at most once, best matches first. */
export function autoMap(
	table: TableId,
	columns: readonly SourceColumn[],
	samples: Record<string, unknown> = {}
): ColumnMapping {
	const spec = TABLES[table];
	const candidates: { canonical: ColumnSpec; source: SourceColumn; score: number }[] = [];
	for (const canonical of spec.columns) {
		for (const source of columns) {
			const score = nameScore(table, canonical.name, source.name);
			if (score > 0 && canConvert(source.type, canonical.type)) candidates.push({ canonical, source, score });
		}
	}
	candidates.sort((a, b) => b.score - a.score || Number(b.canonical.required) - Number(a.canonical.required));
	const used = new Set<string>();
	const chosen = new Map<string, string>();
	for (const { canonical, source } of candidates) {
		if (chosen.has(canonical.name) || used.has(source.name)) continue;
		chosen.set(canonical.name, source.name);
		used.add(source.name);
	}
	// By type: a table's time column with no name match takes the file's only unused temporal column.
	if (!chosen.has(spec.timeColumn)) {
		const temporal = columns.filter((c) => sourceKind(c.type) === 'temporal' && !used.has(c.name));
		if (temporal.length === 1) chosen.set(spec.timeColumn, temporal[0]!.name);
	}
	const mapping: ColumnMapping = {};
	for (const canonical of spec.columns) {
		const source = chosen.get(canonical.name) ?? null;
		mapping[canonical.name] = withReading(canonical, columns, source, samples);
	}
	return mapping;
}

/** The choice for `canonical` when the analyst picks `source`, with a fitting timestamp reading. */
export function withReading(
	canonical: ColumnSpec,
	columns: readonly SourceColumn[],
	source: string | null,
	samples: Record<string, unknown> = {}
): ColumnChoice {
	if (canonical.type !== 'TIMESTAMP') return { source };
	const column = columns.find((c) => c.name === source);
	return { source, reading: column ? guessReading(column.type, samples[column.name]) : 'native' };
}

/** The table a file most likely feeds: most matched columns, required ones counting double; null if none match. */
export function guessTable(columns: readonly SourceColumn[]): TableId | null {
	let best: TableId | null = null;
	let bestScore = 0;
	for (const table of TABLE_IDS) {
		const mapping = autoMap(table, columns);
		const score = TABLES[table].columns.reduce(
			(sum, c) => sum + (mapping[c.name]?.source ? (c.required ? 2 : 1) : 0),
			0
		);
		const complete = missingRequired(table, mapping).length === 0 ? 100 : 0;
		if (score + complete > bestScore) {
			best = table;
			bestScore = score + complete;
		}
	}
	return best;
}

/** Required canonical columns the mapping leaves without a source. */
export function missingRequired(table: TableId, mapping: ColumnMapping): string[] {
	return TABLES[table].columns.filter((c) => c.required && !mapping[c.name]?.source).map((c) => c.name);
}

/** A key for "files of the same shape": the same column names and types in the same order. */
export function shapeKey(columns: readonly SourceColumn[]): string {
	return columns.map((c) => `${c.name}:${c.type}`).join('\u001f');
}

/** A remembered mapping still fits when every source it names exists in the file. */
export function mappingFits(
	mapping: ColumnMapping,
	table: TableId,
	columns: readonly SourceColumn[]
): boolean {
	const names = new Set(columns.map((c) => c.name));
	return TABLES[table].columns.every((c) => {
		const source = mapping[c.name]?.source;
		return source === undefined || source === null || names.has(source);
	});
}

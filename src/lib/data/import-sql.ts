/** SQL of one upload: typed staging table, checks, and the cleaned rows that replace or extend a table. Pure. */
import { quoteIdent, quoteString } from '../sql/quote';
import { constantSql, conversionSql } from './conversion';
import { sourceKind, type ColumnChoice, type ColumnMapping } from './mapping';
import { rulesFor, UNIQUE_KEY, type ValueRule } from './rules';
import { TABLES, type ColumnSpec, type TableId } from './schema';

/** A mapped canonical column with its file column (null for a constant) and the expression converting it. */
export interface MappedColumn {
	spec: ColumnSpec;
	source: string | null;
	expression: string;
}

/** The most distinct values an extra dimension may have (SPEC §3); above it, the column is not a dimension. */
export const MAX_EXTRA_VALUES = 1000;

/**
 * The mapped columns, with conversions built from the staged column types; then each kept extra
 * dimension (SPEC §3) as text under its own name.
 */
export function mappedColumns(
	table: TableId,
	mapping: ColumnMapping,
	sourceTypes: Record<string, string>,
	extras: readonly string[] = []
): MappedColumn[] {
	const out: MappedColumn[] = [];
	for (const spec of TABLES[table].columns) {
		const choice = mapping[spec.name];
		if (!choice?.source && choice?.constant !== undefined) {
			out.push({ spec, source: null, expression: constantSql(choice.constant, spec.type) });
			continue;
		}
		if (!choice?.source || sourceTypes[choice.source] === undefined) continue;
		const expression = conversionSql(choice.source, sourceTypes[choice.source]!, spec.type, choice);
		out.push({ spec, source: choice.source, expression });
	}
	for (const name of extras) {
		if (sourceTypes[name] === undefined) continue;
		const spec: ColumnSpec = { name, type: 'VARCHAR', required: false };
		out.push({ spec, source: name, expression: conversionSql(name, sourceTypes[name]!, 'VARCHAR') });
	}
	return out;
}

/** The number of distinct values of each extra column in the staged file (`d0`, `d1`, … in order). */
export function extraDistinctSql(staging: string, extras: readonly string[]): string {
	const counts = extras.map((name, i) => `count(DISTINCT ${quoteIdent(name)}) AS "d${i}"`);
	return `SELECT ${counts.join(', ')} FROM ${quoteIdent(staging)}`;
}

/** Per mapped column: values present in the file and values present but unreadable; plus the row count. */
export function readabilitySql(staging: string, columns: readonly MappedColumn[]): string {
	const parts = ['count(*) AS "rows"'];
	for (const [i, c] of columns.entries()) {
		if (c.source === null) continue;
		const source = quoteIdent(c.source);
		parts.push(`count(${source}) AS "present_${i}"`);
		parts.push(
			`count(*) FILTER (WHERE ${source} IS NOT NULL AND ${c.expression} IS NULL) AS "unreadable_${i}"`
		);
	}
	return `SELECT ${parts.join(', ')} FROM ${quoteIdent(staging)}`;
}

/** Up to `limit` file values of a column that could not be read, with their 1-based row numbers. */
export function unreadableExamplesSql(staging: string, column: MappedColumn, limit = 3): string {
	if (column.source === null) throw new Error(`${column.spec.name} is a constant: it has no file values`);
	const source = quoteIdent(column.source);
	return `SELECT rowid + 1 AS "row", CAST(${source} AS VARCHAR) AS "value" FROM ${quoteIdent(staging)} WHERE ${source} IS NOT NULL AND ${column.expression} IS NULL ORDER BY rowid LIMIT ${limit}`;
}

/**
 * The staged rows converted to canonical types, mapped columns only (absent ones are added as NULLs at the
 * end: a NULL column of millions of rows still costs memory); `__row` is the row's place in the file.
 */
export function typedTableSql(staging: string, typed: string, columns: readonly MappedColumn[]): string {
	const select = columns.map((c) => `${c.expression} AS ${quoteIdent(c.spec.name)}`);
	return `CREATE OR REPLACE TABLE ${quoteIdent(typed)} AS SELECT rowid + 1 AS "__row", ${select.join(', ')} FROM ${quoteIdent(staging)}`;
}

/** The canonical columns a typed table has. */
export function presentColumns(columns: readonly MappedColumn[]): Set<string> {
	return new Set(columns.map((c) => c.spec.name));
}

const holds = (condition: string) => `COALESCE(${condition}, false)`;

/** Rows kept before de-duplication: every required column has a value and no excluding rule holds. */
export function keptCondition(table: TableId, present: ReadonlySet<string>): string {
	const required = TABLES[table].columns
		.filter((c) => c.required)
		.map((c) => `${quoteIdent(c.name)} IS NOT NULL`);
	const excluding = rulesFor(table, present)
		.filter((r) => r.action === 'excluded')
		.map((r) => `NOT ${holds(r.condition)}`);
	return [...required, ...excluding].join(' AND ');
}

/** Counts of rows with a required value missing (after conversion), and of each rule broken. */
export function ruleCountsSql(table: TableId, typed: string, present: ReadonlySet<string>): string {
	const parts = ['count(*) AS "rows"'];
	for (const c of TABLES[table].columns.filter((c) => c.required)) {
		parts.push(`count(*) FILTER (WHERE ${quoteIdent(c.name)} IS NULL) AS ${quoteIdent(`missing:${c.name}`)}`);
	}
	for (const r of rulesFor(table, present)) {
		parts.push(`count(*) FILTER (WHERE ${holds(r.condition)}) AS ${quoteIdent(`rule:${r.id}`)}`);
	}
	return `SELECT ${parts.join(', ')} FROM ${quoteIdent(typed)}`;
}

export function ruleExamplesSql(typed: string, rule: ValueRule, limit = 3): string {
	return `SELECT "__row" AS "row", ${rule.example} AS "value" FROM ${quoteIdent(typed)} WHERE ${holds(rule.condition)} ORDER BY "__row" LIMIT ${limit}`;
}

/** The `__row` of each unique key's first kept row (a grouping: far less memory than a window over every column). */
function firstOfEachKey(table: TableId, typed: string, key: string, present: ReadonlySet<string>): string {
	const k = quoteIdent(key);
	return `SELECT min("__row") FROM ${quoteIdent(typed)} WHERE ${keptCondition(table, present)} AND ${k} IS NOT NULL GROUP BY ${k}`;
}

/** Kept rows whose unique key repeats an earlier row (or, when appending, a row already loaded). */
function duplicatesFrom(
	table: TableId,
	typed: string,
	existing: string | null,
	present: ReadonlySet<string>
): string | null {
	const key = UNIQUE_KEY[table];
	if (!key) return null;
	const k = quoteIdent(key);
	const already = existing ? ` OR ${k} IN (SELECT ${k} FROM ${quoteIdent(existing)})` : '';
	return `${quoteIdent(typed)} WHERE ${keptCondition(table, present)} AND ${k} IS NOT NULL AND ("__row" NOT IN (${firstOfEachKey(table, typed, key, present)})${already})`;
}

export function duplicateCountSql(
	table: TableId,
	typed: string,
	existing: string | null,
	present: ReadonlySet<string>
): string | null {
	const from = duplicatesFrom(table, typed, existing, present);
	return from ? `SELECT count(*) AS "n" FROM ${from}` : null;
}

export function duplicateExamplesSql(
	table: TableId,
	typed: string,
	existing: string | null,
	present: ReadonlySet<string>,
	limit = 3
): string | null {
	const from = duplicatesFrom(table, typed, existing, present);
	return from
		? `SELECT "__row" AS "row", CAST(${quoteIdent(UNIQUE_KEY[table]!)} AS VARCHAR) AS "value" FROM ${from} ORDER BY "__row" LIMIT ${limit}`
		: null;
}

/** The cleaned rows: excluded rows dropped, set-NULL rules applied, later duplicates dropped, file order kept. */
export function cleanedSelectSql(
	table: TableId,
	typed: string,
	existing: string | null,
	present: ReadonlySet<string>,
	extras: readonly string[] = []
): string {
	const rules = rulesFor(table, present).filter((r) => r.action === 'set_null');
	const select = TABLES[table].columns.map((spec) => {
		const name = quoteIdent(spec.name);
		if (!present.has(spec.name)) return `CAST(NULL AS ${spec.type}) AS ${name}`;
		const nulling = rules.filter((r) => r.column === spec.name).map((r) => holds(r.condition));
		return nulling.length > 0
			? `CASE WHEN ${nulling.join(' OR ')} THEN NULL ELSE ${name} END AS ${name}`
			: name;
	});
	select.push(...extras.map((name) => quoteIdent(name)));
	const key = UNIQUE_KEY[table];
	let where = keptCondition(table, present);
	if (key) {
		const k = quoteIdent(key);
		if (existing) where += ` AND (${k} IS NULL OR ${k} NOT IN (SELECT ${k} FROM ${quoteIdent(existing)}))`;
		where += ` AND (${k} IS NULL OR "__row" IN (${firstOfEachKey(table, typed, key, present)}))`;
	}
	// No ORDER BY: sorting every column of millions of rows costs memory; DuckDB keeps the scan order anyway.
	return `SELECT ${select.join(', ')} FROM ${quoteIdent(typed)} WHERE ${where}`;
}

/**
 * The next version of `table`: the cleaned rows alone (replace) or after the current rows (append; by
 * name, so extra columns only one side has are NULL on the other).
 */
export function nextTableSql(
	table: TableId,
	next: string,
	typed: string,
	mode: 'replace' | 'append',
	present: ReadonlySet<string>,
	extras: readonly string[] = []
): string {
	const cleaned = cleanedSelectSql(table, typed, mode === 'append' ? table : null, present, extras);
	const body =
		mode === 'append' ? `SELECT * FROM ${quoteIdent(table)} UNION ALL BY NAME (${cleaned})` : cleaned;
	return `CREATE OR REPLACE TABLE ${quoteIdent(next)} AS ${body}`;
}

/** The staged type of each source kind, for reading preview values back into the import's own conversion. */
const PREVIEW_TYPE: Partial<Record<ReturnType<typeof sourceKind>, string>> = {
	text: 'VARCHAR',
	integer: 'BIGINT',
	float: 'DOUBLE'
};

/**
 * The first values of a file column read as canonical `spec` with `choice` — the very expression the import
 * uses, so what the mapping step shows is what will be loaded. Null when the column is read natively (a
 * Parquet timestamp) or there is nothing to show.
 */
export function readingPreviewSql(
	source: string,
	sourceType: string,
	values: readonly unknown[],
	spec: ColumnSpec,
	choice: ColumnChoice
): string | null {
	const type = PREVIEW_TYPE[sourceKind(sourceType)];
	if (!type || values.length === 0) return null;
	const rows = values.map((v) => `(${v === null || v === undefined ? 'NULL' : quoteString(String(v))})`);
	const expression = conversionSql(source, type, spec.type, choice);
	return `SELECT CAST(${expression} AS VARCHAR) AS "value" FROM (SELECT TRY_CAST(v AS ${type}) AS ${quoteIdent(source)} FROM (VALUES ${rows.join(', ')}) AS t(v))`;
}

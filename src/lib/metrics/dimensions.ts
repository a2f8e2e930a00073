/**
 * The dimensions a filter or breakdown may name, as data: each table's canonical dimensions (SPEC §4
 * "Drill-down dimensions") plus the extra dimensions kept from the loaded files (SPEC §3 "Extra
 * columns"). A `DimensionCatalog` is built from the loaded tables' schema and passed in wherever a
 * dimension is checked — the request, the SQL, the URL, the pickers — never read from a module constant.
 */
import { isTableId, TABLE_IDS, TABLES } from './tables';
import type { TableId } from './types';

/** A dimension name a catalog vouched for: canonical (`channel`) or an analyst's header (`Région "Nord"`). */
export type Dimension = string & { readonly brand: 'Dimension' };

/** Per table, the extra dimension names of the loaded data (as written in the file's header). */
export type ExtraDimensions = Partial<Record<TableId, readonly string[]>>;

export interface DimensionCatalog {
	/** Per table, its dimensions: the canonical ones in schema order, then the extra ones in load order. */
	readonly tables: Readonly<Record<TableId, readonly Dimension[]>>;
	/** Per table, the extra ones alone (what a request carries, see `extraDimensions`). */
	readonly extra: Readonly<Record<TableId, readonly Dimension[]>>;
}

/** Longest extra dimension name kept (a header longer than this is not a dimension anyone filters by). */
export const MAX_DIMENSION_NAME = 120;

/**
 * Column names the metric SQL gives its own columns (period rows, group keys, snapshot changes): an
 * extra column of the same name would be ambiguous in those statements, so it is not offered.
 */
const RESERVED = new Set([
	'period',
	'period_start',
	'period_end',
	'shift',
	'first_bucket',
	'bucket',
	'dimension_name',
	'dimension_value',
	'distinct_value',
	'value_rows',
	'changed_at',
	'change',
	'value',
	'rows',
	'later',
	'facts',
	'periods'
]);

/**
 * Whether `name` can be an extra dimension of `table`: not empty, no NUL, not too long, not one of
 * the table's canonical columns nor a name the metric SQL reserves (DuckDB compares names without
 * case, so neither does this), and not an internal `__` column.
 */
export function usableExtraName(table: TableId, name: string): boolean {
	const lower = name.toLowerCase();
	return (
		name.trim().length > 0 &&
		name.length <= MAX_DIMENSION_NAME &&
		!name.includes('\u0000') &&
		!name.startsWith('__') &&
		!RESERVED.has(lower) &&
		!TABLES[table].columns.some((c) => c.name.toLowerCase() === lower)
	);
}

/** The catalog of the canonical dimensions plus `extra` (unusable or repeated names are left out). */
export function dimensionCatalog(extra: ExtraDimensions = {}): DimensionCatalog {
	const tables = {} as Record<TableId, Dimension[]>;
	const extras = {} as Record<TableId, Dimension[]>;
	for (const table of TABLE_IDS) {
		const canonical = TABLES[table].dimensions as readonly string[] as readonly Dimension[];
		const seen = new Set<string>();
		const kept: Dimension[] = [];
		for (const name of extra[table] ?? []) {
			if (!usableExtraName(table, name) || seen.has(name.toLowerCase())) continue;
			seen.add(name.toLowerCase());
			kept.push(name as Dimension);
		}
		extras[table] = kept;
		tables[table] = [...canonical, ...kept];
	}
	return { tables, extra: extras };
}

/** The canonical dimensions alone (the sample data, a server without extra columns). */
export const canonicalCatalog = (): DimensionCatalog => dimensionCatalog();

/** The extra dimensions of a catalog, as a request carries them (tables without any left out). */
export function extraDimensions(catalog: DimensionCatalog): ExtraDimensions {
	const out: ExtraDimensions = {};
	for (const table of TABLE_IDS) {
		if (catalog.extra[table].length > 0) out[table] = [...catalog.extra[table]];
	}
	return out;
}

/** `table`'s dimension named `name`, or null when it has none of that name. */
export function tableDimension(catalog: DimensionCatalog, table: TableId, name: string): Dimension | null {
	return catalog.tables[table].find((d) => d === name) ?? null;
}

/** A dimension of any table named `name` (the drill-down's `by`), or null. */
export function findDimension(catalog: DimensionCatalog, name: string): Dimension | null {
	for (const table of TABLE_IDS) {
		const found = tableDimension(catalog, table, name);
		if (found) return found;
	}
	return null;
}

/** Whether `dimension` of `table` came from the loaded files rather than the canonical schema. */
export function isExtraDimension(catalog: DimensionCatalog, table: TableId, dimension: string): boolean {
	return catalog.extra[table].includes(dimension as Dimension);
}

/**
 * What a filter applies to. A plain dimension name filters every table that has the dimension; a
 * qualified `table.dimension` only that table — needed where tables share a name with different
 * values: `channel` is web/app/store on events but chat/email/phone on tickets, so "chat tickets per
 * 100 orders" filters `tickets.channel` and leaves the orders alone.
 */
export interface FilterTarget {
	table: TableId | null;
	dimension: Dimension;
}

/**
 * The target of a filter key: `table.name` when the part before the first dot is a table that has
 * the rest as a dimension, else the whole key as a plain dimension name (which may itself contain dots).
 */
export function parseFilterKey(catalog: DimensionCatalog, key: string): FilterTarget | null {
	const dot = key.indexOf('.');
	// Stryker disable next-line EqualityOperator: a key starting with a dot has the empty text as its table, which is no table
	if (dot > 0) {
		const table = key.slice(0, dot);
		const name = key.slice(dot + 1);
		const dimension = isTableId(table) ? tableDimension(catalog, table, name) : null;
		if (isTableId(table) && dimension) return { table, dimension };
	}
	const dimension = findDimension(catalog, key);
	return dimension ? { table: null, dimension } : null;
}

/**
 * The key that filters `table` by `dimension`: plain when no other table has the dimension and the
 * plain name reads back as this one, qualified otherwise (`tickets.channel`, `tickets.tickets.x`).
 */
export function filterKey(catalog: DimensionCatalog, table: TableId, dimension: Dimension): string {
	const shared = TABLE_IDS.filter((t) => tableDimension(catalog, t, dimension) !== null).length > 1;
	const plain = parseFilterKey(catalog, dimension);
	return !shared && plain?.table === null ? dimension : `${table}.${dimension}`;
}

/** Whether `target` applies to `table`'s rows. */
export function filterApplies(catalog: DimensionCatalog, target: FilterTarget, table: TableId): boolean {
	return (target.table ?? table) === table && tableDimension(catalog, table, target.dimension) !== null;
}

/** Every filter key of the catalog: the plain names, then each table's qualified ones. */
export function filterKeys(catalog: DimensionCatalog): string[] {
	const plain = new Set(TABLE_IDS.flatMap((t) => catalog.tables[t]));
	// Stryker disable next-line OptionalChaining: every name here comes from the catalog, so parseFilterKey finds it
	const keys = [...plain].filter((d) => parseFilterKey(catalog, d)?.table === null);
	return [...keys, ...TABLE_IDS.flatMap((t) => catalog.tables[t].map((d) => `${t}.${d}`))];
}

/** Every table's dimensions with the key the URL uses for each (what a filter picker offers). */
export function filterOptions(
	catalog: DimensionCatalog
): { key: string; table: TableId; dimension: Dimension; extra: boolean }[] {
	return TABLE_IDS.flatMap((table) =>
		catalog.tables[table].map((dimension) => ({
			key: filterKey(catalog, table, dimension),
			table,
			dimension,
			extra: isExtraDimension(catalog, table, dimension)
		}))
	);
}

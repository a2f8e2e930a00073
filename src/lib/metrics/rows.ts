/** Result rows → numbers per group and period. Engines differ (bigint, Date, epoch ms): normalise here. */

/** How metrics runs SQL: rows as plain objects. The engine's `rows` fits (`engine.rows.bind(engine)`). */
export type RunQuery = (sql: string) => Promise<readonly Record<string, unknown>[]>;

export type PeriodName = 'current' | 'previous';
/** Column alias → number (null when SQL returned NULL). */
export type Columns = Record<string, number | null>;
/** A group (bucket in epoch ms, dimension value, or null) → its columns per period. */
export type GroupedColumns = Map<string | number | null, Record<PeriodName, Columns>>;

export function toNumber(value: unknown): number | null {
	// Stryker disable next-line ConditionalExpression,LogicalOperator: without it, null and undefined fall through every test below to the same null
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return value;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
	return null;
}

function groupOf(
	row: Record<string, unknown>,
	key: 'bucket' | 'dimension_value' | null
): string | number | null {
	if (key === null) return null;
	const value = row[key];
	if (key === 'bucket') return toNumber(value);
	return value === null || value === undefined ? null : String(value);
}

const KEY_COLUMNS = new Set(['period', 'bucket', 'dimension_name', 'dimension_value']);

/**
 * Gather rows by group and period. UNION ALL BY NAME gives each SELECT its own rows with NULLs in
 * the other SELECTs' columns, so a column is only taken from a row that has it non-null.
 */
export function groupRows(
	rows: readonly Record<string, unknown>[],
	key: 'bucket' | 'dimension_value' | null
): GroupedColumns {
	const groups: GroupedColumns = new Map();
	for (const row of rows) {
		const period = row.period === 'previous' ? 'previous' : 'current';
		const group = groupOf(row, key);
		let entry = groups.get(group);
		if (!entry) groups.set(group, (entry = { current: {}, previous: {} }));
		const columns = entry[period];
		for (const [name, value] of Object.entries(row)) {
			if (KEY_COLUMNS.has(name)) continue;
			const number = toNumber(value);
			if (number !== null || !(name in columns)) columns[name] = number;
		}
	}
	return groups;
}

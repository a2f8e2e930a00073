/**
 * SPEC §3's three input tables, defined once: canonical columns with their DuckDB types and which
 * are required, the time column that attributes a row to a period, and the drill-down dimensions
 * (SPEC §4). The metric engine and the data loader (src/lib/data/schema.ts re-exports this) share it;
 * it lives here because metrics imports nothing of the app.
 */
import type { TableId } from './types';

export const TABLE_IDS: readonly TableId[] = ['events', 'tickets', 'surveys'];

/** Dimensions a filter or breakdown may name (SPEC §4 "Drill-down dimensions"). */
export const DIMENSIONS = ['channel', 'category', 'priority', 'team', 'segment', 'touchpoint'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type ColumnType = 'TIMESTAMP' | 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	required: boolean;
}

export interface TableSpec {
	id: TableId;
	/** The timestamp that attributes a row to a period (SPEC §4). */
	timeColumn: string;
	dimensions: readonly Dimension[];
	columns: readonly ColumnSpec[];
}

const column = (name: string, type: ColumnType, required = false): ColumnSpec => ({ name, type, required });

export const TABLES: Readonly<Record<TableId, TableSpec>> = {
	events: {
		id: 'events',
		timeColumn: 'ts',
		dimensions: ['channel', 'segment'],
		columns: [
			column('ts', 'TIMESTAMP', true),
			column('customer_id', 'VARCHAR', true),
			column('event_type', 'VARCHAR', true),
			column('channel', 'VARCHAR'),
			column('segment', 'VARCHAR'),
			column('revenue', 'DOUBLE')
		]
	},
	tickets: {
		id: 'tickets',
		timeColumn: 'created_at',
		dimensions: ['channel', 'category', 'priority', 'team'],
		columns: [
			column('ticket_id', 'VARCHAR', true),
			column('created_at', 'TIMESTAMP', true),
			column('customer_id', 'VARCHAR'),
			column('first_response_at', 'TIMESTAMP'),
			column('resolved_at', 'TIMESTAMP'),
			column('channel', 'VARCHAR'),
			column('category', 'VARCHAR'),
			column('priority', 'VARCHAR'),
			column('team', 'VARCHAR'),
			column('self_service', 'BOOLEAN'),
			column('agent_replies', 'INTEGER'),
			column('reopens', 'INTEGER'),
			column('csat', 'INTEGER')
		]
	},
	surveys: {
		id: 'surveys',
		timeColumn: 'ts',
		dimensions: ['touchpoint'],
		columns: [
			column('ts', 'TIMESTAMP', true),
			column('score', 'INTEGER', true),
			column('customer_id', 'VARCHAR'),
			column('touchpoint', 'VARCHAR')
		]
	}
};

/** The canonical column names of `table`, in schema order. */
export function columnNames(table: TableId): string[] {
	return TABLES[table].columns.map((c) => c.name);
}

export function isTableId(value: string): value is TableId {
	return (TABLE_IDS as readonly string[]).includes(value);
}

export function isDimension(value: string): value is Dimension {
	return (DIMENSIONS as readonly string[]).includes(value);
}

export function tableHasDimension(table: TableId, dimension: Dimension): boolean {
	return TABLES[table].dimensions.includes(dimension);
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

export function parseFilterKey(key: string): FilterTarget | null {
	const dot = key.indexOf('.');
	if (dot < 0) return isDimension(key) ? { table: null, dimension: key } : null;
	const table = key.slice(0, dot);
	const dimension = key.slice(dot + 1);
	if (!isTableId(table) || !isDimension(dimension) || !tableHasDimension(table, dimension)) return null;
	return { table, dimension };
}

/** The key that filters `table` by `dimension`: plain when no other table has the dimension, qualified when one does. */
export function filterKey(table: TableId, dimension: Dimension): string {
	const shared = TABLE_IDS.filter((t) => tableHasDimension(t, dimension)).length > 1;
	return shared ? `${table}.${dimension}` : dimension;
}

/** Every filter key a request or a URL may use: the plain dimensions, then each table's qualified ones. */
export const FILTER_KEYS: readonly string[] = [
	...DIMENSIONS,
	...TABLE_IDS.flatMap((table) => TABLES[table].dimensions.map((d) => `${table}.${d}`))
];

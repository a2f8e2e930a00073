/**
 * What the metric engine needs to know of SPEC §3's tables: the time column that attributes a row
 * to a period, the drill-down dimensions (SPEC §4) and the canonical column names.
 * Kept here rather than imported from src/lib/data because metrics imports nothing of the app.
 */
import type { TableId } from './types';

export const DIMENSIONS = ['channel', 'category', 'priority', 'team', 'segment', 'touchpoint'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface TableInfo {
	timeColumn: string;
	dimensions: readonly Dimension[];
	columns: readonly string[];
}

export const TABLES: Readonly<Record<TableId, TableInfo>> = {
	events: {
		timeColumn: 'ts',
		dimensions: ['channel', 'segment'],
		columns: ['ts', 'customer_id', 'event_type', 'channel', 'segment', 'revenue']
	},
	tickets: {
		timeColumn: 'created_at',
		dimensions: ['channel', 'category', 'priority', 'team'],
		columns: [
			'ticket_id',
			'created_at',
			'customer_id',
			'first_response_at',
			'resolved_at',
			'channel',
			'category',
			'priority',
			'team',
			'self_service',
			'agent_replies',
			'reopens',
			'csat'
		]
	},
	surveys: {
		timeColumn: 'ts',
		dimensions: ['touchpoint'],
		columns: ['ts', 'score', 'customer_id', 'touchpoint']
	}
};

export const TABLE_IDS: readonly TableId[] = ['events', 'tickets', 'surveys'];

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

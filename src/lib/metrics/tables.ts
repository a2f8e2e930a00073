/**
 * SPEC §3's three input tables, defined once: canonical columns with their DuckDB types and which
 * are required, the time column that attributes a row to a period, and the canonical drill-down
 * dimensions (SPEC §4; the loaded data may add more, see dimensions.ts). The metric engine and the data
 * loader (src/lib/data/schema.ts re-exports this) share it; it lives here because metrics imports nothing
 * of the app.
 */
import type { TableId } from './types';

export const TABLE_IDS: readonly TableId[] = ['events', 'tickets', 'surveys'];

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
	/** The canonical dimensions (SPEC §4); a `DimensionCatalog` adds the loaded data's extra ones. */
	dimensions: readonly string[];
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

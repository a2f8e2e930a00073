/** The three input tables of SPEC §3: canonical column names, DuckDB types, and which are required. */

export type TableId = 'events' | 'tickets' | 'surveys';
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
	columns: readonly ColumnSpec[];
}

const column = (name: string, type: ColumnType, required = false): ColumnSpec => ({ name, type, required });

export const TABLES: Record<TableId, TableSpec> = {
	events: {
		id: 'events',
		timeColumn: 'ts',
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
		columns: [
			column('ts', 'TIMESTAMP', true),
			column('score', 'INTEGER', true),
			column('customer_id', 'VARCHAR'),
			column('touchpoint', 'VARCHAR')
		]
	}
};

export const TABLE_IDS: readonly TableId[] = ['events', 'tickets', 'surveys'];

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

/**
 * The three sample tables as written to Parquet: canonical column names and types of SPEC §3, and how
 * each column is held in memory while the year is simulated (every value is a number:
 * a timestamp in microseconds, a code into a vocabulary list, a sequence number for ids).
 */
import {
	CATEGORIES,
	EVENT_CHANNELS,
	EVENT_TYPES,
	PRIORITIES,
	SEGMENTS,
	TEAMS,
	TICKET_CHANNELS,
	TOUCHPOINTS
} from './vocabulary';

/** Null markers of the in-memory representation. */
export const NULL_INT = -2_147_483_648;
export const NULL_ID = -1;

export type ColumnSchema =
	/** TIMESTAMP (naive, microseconds); NaN = NULL. */
	| { readonly name: string; readonly kind: 'timestamp'; readonly required?: boolean }
	/** DOUBLE; NaN = NULL. */
	| { readonly name: string; readonly kind: 'double'; readonly required?: boolean }
	/** INTEGER; NULL_INT = NULL. */
	| { readonly name: string; readonly kind: 'int'; readonly required?: boolean }
	/** BOOLEAN stored as 0/1. */
	| { readonly name: string; readonly kind: 'bool'; readonly required?: boolean }
	/** VARCHAR from a short vocabulary; the value is an index into `labels`, NULL_CODE = NULL. */
	| {
			readonly name: string;
			readonly kind: 'label';
			readonly labels: readonly string[];
			readonly required?: boolean;
	  }
	/** VARCHAR identifier `prefix` + zero-padded number (at least `digits` wide); NULL_ID = NULL. */
	| {
			readonly name: string;
			readonly kind: 'id';
			readonly prefix: string;
			readonly digits: number;
			readonly required?: boolean;
	  };

export type TableSchema = readonly ColumnSchema[];

/** A row while simulating: one number per column, by canonical name. */
export type Row<S extends TableSchema> = { [K in S[number]['name']]: number };

export const EVENTS = [
	{ name: 'ts', kind: 'timestamp', required: true },
	{ name: 'customer_id', kind: 'id', prefix: 'C', digits: 6, required: true },
	{ name: 'event_type', kind: 'label', labels: EVENT_TYPES, required: true },
	{ name: 'channel', kind: 'label', labels: EVENT_CHANNELS },
	{ name: 'segment', kind: 'label', labels: SEGMENTS },
	{ name: 'revenue', kind: 'double' }
] as const satisfies TableSchema;

export const TICKETS = [
	{ name: 'ticket_id', kind: 'id', prefix: 'T', digits: 7, required: true },
	{ name: 'created_at', kind: 'timestamp', required: true },
	{ name: 'customer_id', kind: 'id', prefix: 'C', digits: 6 },
	{ name: 'first_response_at', kind: 'timestamp' },
	{ name: 'resolved_at', kind: 'timestamp' },
	{ name: 'channel', kind: 'label', labels: TICKET_CHANNELS },
	{ name: 'category', kind: 'label', labels: CATEGORIES },
	{ name: 'priority', kind: 'label', labels: PRIORITIES },
	{ name: 'team', kind: 'label', labels: TEAMS },
	{ name: 'self_service', kind: 'bool' },
	{ name: 'agent_replies', kind: 'int' },
	{ name: 'reopens', kind: 'int' },
	{ name: 'csat', kind: 'int' }
] as const satisfies TableSchema;

export const SURVEYS = [
	{ name: 'ts', kind: 'timestamp', required: true },
	{ name: 'score', kind: 'int', required: true },
	{ name: 'customer_id', kind: 'id', prefix: 'C', digits: 6 },
	{ name: 'touchpoint', kind: 'label', labels: TOUCHPOINTS }
] as const satisfies TableSchema;

export type EventRow = Row<typeof EVENTS>;
export type TicketRow = Row<typeof TICKETS>;
export type SurveyRow = Row<typeof SURVEYS>;

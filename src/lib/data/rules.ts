/** Value rules of SPEC §3: what is out of range, and what the loader does with such rows. */
import type { TableId } from './schema';

export type RuleAction = 'excluded' | 'set_null';

export interface ValueRule {
	id: string;
	table: TableId;
	/** The canonical column the rule is about (the one set to NULL). */
	column: string;
	/** SQL condition over the canonical (typed) columns; true = the row breaks the rule. */
	condition: string;
	/** Canonical columns the condition reads; the rule is skipped when the file has no source for one. */
	uses: readonly string[];
	/** SQL text (VARCHAR) shown as the example value. */
	example: string;
	action: RuleAction;
}

const rule = (r: ValueRule) => r;

export const VALUE_RULES: readonly ValueRule[] = [
	rule({
		id: 'csat_range',
		table: 'tickets',
		column: 'csat',
		uses: ['csat'],
		condition: 'csat NOT BETWEEN 1 AND 5',
		example: 'CAST(csat AS VARCHAR)',
		action: 'set_null'
	}),
	rule({
		id: 'resolved_before_created',
		table: 'tickets',
		column: 'resolved_at',
		uses: ['resolved_at', 'created_at'],
		condition: 'resolved_at < created_at',
		example: "CAST(resolved_at AS VARCHAR) || ' < ' || CAST(created_at AS VARCHAR)",
		action: 'set_null'
	}),
	rule({
		id: 'response_before_created',
		table: 'tickets',
		column: 'first_response_at',
		uses: ['first_response_at', 'created_at'],
		condition: 'first_response_at < created_at',
		example: "CAST(first_response_at AS VARCHAR) || ' < ' || CAST(created_at AS VARCHAR)",
		action: 'set_null'
	}),
	rule({
		id: 'negative_replies',
		table: 'tickets',
		column: 'agent_replies',
		uses: ['agent_replies'],
		condition: 'agent_replies < 0',
		example: 'CAST(agent_replies AS VARCHAR)',
		action: 'set_null'
	}),
	rule({
		id: 'negative_reopens',
		table: 'tickets',
		column: 'reopens',
		uses: ['reopens'],
		condition: 'reopens < 0',
		example: 'CAST(reopens AS VARCHAR)',
		action: 'set_null'
	}),
	rule({
		id: 'score_range',
		table: 'surveys',
		column: 'score',
		uses: ['score'],
		condition: 'score NOT BETWEEN 0 AND 10',
		example: 'CAST(score AS VARCHAR)',
		action: 'excluded'
	})
];

/** The table's rules; with `present`, only those whose columns all have a source in the file. */
export function rulesFor(table: TableId, present?: ReadonlySet<string>): ValueRule[] {
	return VALUE_RULES.filter((r) => r.table === table && (!present || r.uses.every((c) => present.has(c))));
}

/** The column whose duplicates are dropped (later rows lose), if the table has one. */
export const UNIQUE_KEY: Partial<Record<TableId, string>> = { tickets: 'ticket_id' };

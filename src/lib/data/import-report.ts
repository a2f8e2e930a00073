/** What an upload did: rows read and loaded, and each problem found with examples and its outcome. */
import type { RuleAction } from './rules';
import type { TableId } from './schema';

export interface IssueExample {
	/** 1-based row in the file. */
	row: number;
	value: string;
}

export type IssueKind = 'unreadable' | 'missing' | 'rule' | 'duplicate';

export interface ImportIssue {
	kind: IssueKind;
	/** The rule id for `rule`, else the canonical column. */
	id: string;
	column: string;
	/** The file's column name, when the issue is about one. */
	source?: string;
	count: number;
	action: RuleAction;
	examples: IssueExample[];
}

export interface ImportReport {
	table: TableId;
	mode: 'replace' | 'append';
	rowsRead: number;
	/** Rows of this file that made it into the table. */
	rowsLoaded: number;
	/** Rows of the table after the load. */
	tableRows: number;
	issues: ImportIssue[];
	/**
	 * Extra dimensions (SPEC §3): the file columns kept as dimensions of the table, and those the
	 * analyst kept that have too many distinct values to be one (not loaded).
	 */
	dimensions: { kept: string[]; tooMany: { name: string; values: number }[] };
}

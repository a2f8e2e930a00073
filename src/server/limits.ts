/** Per-query limits of server mode: a query runs at most `timeoutMs` and returns at most `maxRows` rows. */
export interface QueryLimits {
	timeoutMs: number;
	maxRows: number;
}

export const DEFAULT_LIMITS: QueryLimits = { timeoutMs: 30_000, maxRows: 100_000 };

/** A query stopped by a limit; the message says which and what to do. */
export class QueryLimitError extends Error {
	override readonly name = 'QueryLimitError';
	constructor(
		readonly code: 'timeout' | 'too_many_rows',
		limits: QueryLimits
	) {
		super(
			code === 'timeout'
				? `The query took longer than ${limits.timeoutMs / 1000} s and was stopped. Narrow the period or the filters, or start the server with a longer --timeout.`
				: `The query returned more than ${limits.maxRows} rows and was stopped.`
		);
	}
}

/** SQL quoting: the one place that turns names and values into SQL text. */
import { toEpochMs } from '../metrics/period';

/** Quote an identifier (table or column name) for DuckDB: wrap in double quotes, double any inside. */
export function quoteIdent(name: string): string {
	if (name.length === 0) throw new Error('An SQL identifier cannot be empty');
	if (name.includes('\u0000')) throw new Error('An SQL identifier cannot contain a NUL character');
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a string literal for DuckDB: wrap in single quotes, double any inside. */
export function quoteString(value: string): string {
	if (value.includes('\u0000')) throw new Error('An SQL string cannot contain a NUL character');
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A naive TIMESTAMP literal from an ISO date or date-time string ('2025-09-08', '2025-09-08T10:00:00').
 * Rejects anything else — read by the one period parser (`toEpochMs`) — so a URL parameter can never
 * smuggle SQL in.
 */
export function timestampLiteral(value: string): string {
	if (Number.isNaN(toEpochMs(value)))
		throw new Error(`Not an ISO date or date-time: ${JSON.stringify(value)}`);
	return `TIMESTAMP '${value.replace('T', ' ')}'`;
}

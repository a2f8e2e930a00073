/**
 * The ClickHouse spelling of fragment trees (their meaning is checked against DuckDB on ClickHouse
 * itself in tests/integration/server/clickhouse-chdb.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkFragment } from '../../../src/lib/metrics/fragment/check';
import { clickhouse, DialectError } from '../../../src/lib/metrics/sql/dialect';
import { columnNames } from '../../../src/lib/metrics/tables';

const tickets = { table: 'tickets', columns: columnNames('tickets') };
const ch = (source: string) => {
	const checked = checkFragment(source, tickets);
	if (!checked.ok) throw new Error(checked.error.message);
	return clickhouse.fragment(checked.value);
};

describe('fragments emitted for ClickHouse', () => {
	it('quotes names with backticks and strings with backslash escapes', () => {
		expect(ch("category = 'it''s \\\\ ok'")).toBe("(`category` = 'it\\'s \\\\\\\\ ok')");
	});

	it('turns a timestamp difference into microseconds, and INTERVALs beside it too', () => {
		expect(ch('epoch(first_response_at - created_at) / 60')).toBe(
			'(((toUnixTimestamp64Micro(`first_response_at`) - toUnixTimestamp64Micro(`created_at`)) / 1e6) / 60)'
		);
		// 7 days = 7 × 86 400 000 000 µs
		expect(ch('resolved_at - created_at <= INTERVAL 7 DAY')).toBe(
			'((toUnixTimestamp64Micro(`resolved_at`) - toUnixTimestamp64Micro(`created_at`)) <= (7 * 86400000000))'
		);
		// A calendar step added to a timestamp stays a calendar step.
		expect(ch("resolved_at <= created_at + INTERVAL '2 hours'")).toBe(
			'(`resolved_at` <= (`created_at` + toIntervalHour(2)))'
		);
	});

	it('keeps DuckDB’s meaning where the engines differ', () => {
		expect(ch('csat / reopens > 1')).toBe('((`csat` / `reopens`) > 1)'); // x / 0 is inf in both
		expect(ch('csat % reopens > 1')).toBe('((`csat` % nullIf(`reopens`, 0)) > 1)'); // x % 0 is NULL in DuckDB
		expect(ch('round(csat / 3, 1) > 1')).toContain('floor(abs('); // half away from zero
		expect(ch("concat(category, '-', team) = 'a-b'")).toContain("ifNull(toString(`category`), '')");
		expect(ch('dayofweek(created_at) = 0')).toBe('((toDayOfWeek(`created_at`) % 7) = 0)'); // Sunday = 0
		expect(ch('CAST(csat AS BIGINT) > 2')).toBe('(CAST(`csat` AS Nullable(Int64)) > 2)');
		expect(ch('TRY_CAST(team AS INT) > 2')).toBe("(accurateCastOrNull(`team`, 'Int32') > 2)");
		expect(ch("regexp_matches(category, '^deliv')")).toBe("match(`category`, '^deliv')");
		expect(ch("date_trunc('week', created_at) = created_at")).toBe(
			'(toDateTime64(toMonday(`created_at`), 6) = `created_at`)'
		);
	});

	it('refuses, by name, what has no exact counterpart', () => {
		const refused = (source: string) => () => ch(source);
		expect(refused('CAST(team AS TIME) IS NULL')).toThrow(DialectError);
		expect(refused('resolved_at - created_at > INTERVAL 1 YEAR')).toThrow(/YEAR has no fixed length/);
		expect(refused('date_part(team, created_at) > 1')).toThrow(
			/date_part\(\) needs the date part as a literal/
		);
	});
});

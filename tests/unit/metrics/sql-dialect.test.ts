/** The dialects' small operations, each output written by hand. */
import { describe, expect, it } from 'vitest';
import { clickhouse, duckdb } from '../../../src/lib/metrics/sql/dialect';

describe('the DuckDB dialect', () => {
	it('spells shifts, truncation and day steps', () => {
		expect(duckdb.shiftLiteral(7 * 86_400_000)).toBe("INTERVAL '7 days'");
		expect(duckdb.shiftLiteral(0)).toBe("INTERVAL '0 days'");
		expect(duckdb.shiftLiteral(3_600_000)).toBe("INTERVAL '3600000 milliseconds'");
		expect(duckdb.truncate('week', 'ts')).toBe("date_trunc('week', ts)");
		expect(duckdb.shifted('ts', 'shift')).toBe('ts + shift');
		expect(duckdb.plusDays('ts', 30)).toBe('ts + INTERVAL 30 DAY');
		expect(duckdb.epochMicros('ts')).toBe('epoch_us(ts)');
		expect(duckdb.inlineCte).toBe(' NOT MATERIALIZED');
		expect(duckdb.correlatedExists).toBe(true);
		expect(duckdb.allColumnsExcept('t', ['"a"', '"b"'])).toBe('t.* EXCLUDE ("a", "b")');
		expect(duckdb.timestamp('2025-06-01T10:00:00')).toBe("TIMESTAMP '2025-06-01 10:00:00'");
	});

	it('restricts an aggregate with FILTER, and stacks SELECTs by name', () => {
		expect(duckdb.aggregate({ fn: 'count' }, [])).toBe('count(*)');
		expect(duckdb.aggregate({ fn: 'count_values', expr: 'x' }, ['a', 'b'])).toBe(
			'count(x) FILTER (WHERE a AND b)'
		);
		expect(duckdb.aggregate({ fn: 'quantile', expr: 'x', q: 0.5 }, [])).toBe('quantile_cont(x, 0.5)');
		expect(duckdb.aggregate({ fn: 'order_statistic', expr: 'x', q: 0.5, z: 2, bound: 'hi' }, [])).toBe(
			'list_sort(list(x) FILTER (WHERE (x) IS NOT NULL))[least(count(x), greatest(1, ceil(count(x) * 0.5::DOUBLE + 2::DOUBLE * sqrt(count(x) * 0.5::DOUBLE * (1 - 0.5::DOUBLE)))))::BIGINT]'
		);
		expect(duckdb.valuesWithAtLeast('x', 3, [])).toBe(
			'list_count(list_filter(map_values(histogram(x)), lambda n: n >= 3))'
		);
		expect(
			duckdb.unionByName([
				{ sql: 'SELECT 1 AS a', columns: ['a'] },
				{ sql: 'SELECT 2 AS b', columns: ['b'] }
			])
		).toBe('SELECT 1 AS a\nUNION ALL BY NAME\nSELECT 2 AS b');
	});
});

describe('the ClickHouse dialect', () => {
	it('quotes names and strings with backslash escapes, and refuses what cannot be quoted', () => {
		expect(clickhouse.ident('a`b\\c')).toBe('`a\\`b\\\\c`');
		expect(clickhouse.string("it's \\")).toBe("'it\\'s \\\\'");
		expect(() => clickhouse.ident('')).toThrow('An SQL identifier cannot be empty');
		expect(() => clickhouse.ident('a\u0000')).toThrow('An SQL identifier cannot contain a NUL character');
		expect(() => clickhouse.string('a\u0000')).toThrow('An SQL string cannot contain a NUL character');
		expect(clickhouse.timestamp('2025-06-01')).toBe("toDateTime64('2025-06-01', 6)");
		expect(clickhouse.timestamp('2025-06-01T10:00:00')).toBe("toDateTime64('2025-06-01 10:00:00', 6)");
	});

	it('spells shifts, truncation and day steps', () => {
		expect(clickhouse.truncate('day', 'ts')).toBe('toDateTime64(toStartOfDay(ts), 6)');
		expect(clickhouse.truncate('week', 'ts')).toBe('toDateTime64(toStartOfWeek(ts, 1), 6)');
		expect(clickhouse.truncate('month', 'ts')).toBe('toDateTime64(toStartOfMonth(ts), 6)');
		expect(clickhouse.shiftLiteral(86_400_000)).toBe('toInt64(86400000)');
		expect(clickhouse.shifted('ts', 'shift')).toBe('ts + toIntervalMillisecond(shift)');
		expect(clickhouse.plusDays('ts', 30)).toBe('ts + toIntervalDay(30)');
		expect(clickhouse.epochMicros('ts')).toBe('toUnixTimestamp64Micro(ts)');
		expect(clickhouse.inlineCte).toBe('');
		expect(clickhouse.correlatedExists).toBe(false);
		expect(clickhouse.allColumnsExcept('t', ['`a`'])).toBe('t.* EXCEPT (`a`)');
	});

	it('restricts an aggregate with its -If form', () => {
		expect(clickhouse.aggregate({ fn: 'count' }, [])).toBe('count()');
		expect(clickhouse.aggregate({ fn: 'count' }, ['a', 'b'])).toBe('countIf(a AND b)');
		expect(clickhouse.aggregate({ fn: 'count_values', expr: 'x' }, [])).toBe('count(x)');
		expect(clickhouse.aggregate({ fn: 'count_values', expr: 'x' }, ['a', 'b'])).toBe(
			'countIf(x IS NOT NULL AND a AND b)'
		);
		expect(clickhouse.aggregate({ fn: 'sum', expr: 'x' }, [])).toBe('sum(x)');
		expect(clickhouse.aggregate({ fn: 'sum', expr: 'x' }, ['a'])).toBe('sumIf(x, a)');
		expect(clickhouse.aggregate({ fn: 'count_distinct', expr: 'x' }, ['a'])).toBe('uniqExactIf(x, a)');
		expect(clickhouse.aggregate({ fn: 'quantile', expr: 'x', q: 0.9 }, [])).toBe(
			'quantileExactInclusive(0.9)(x)'
		);
		expect(clickhouse.aggregate({ fn: 'quantile', expr: 'x', q: 0.9 }, ['a'])).toBe(
			'quantileExactInclusiveIf(0.9)(x, a)'
		);
		expect(clickhouse.aggregate({ fn: 'order_statistic', expr: 'x', q: 0.5, z: 2, bound: 'lo' }, ['a'])).toBe(
			'arraySort(groupArrayIf(x, a))[toUInt64(least(toFloat64(countIf(x IS NOT NULL AND a)), greatest(1.0, floor(countIf(x IS NOT NULL AND a) * 0.5 - 2 * sqrt(countIf(x IS NOT NULL AND a) * 0.5 * (1 - 0.5))))))]'
		);
		expect(clickhouse.aggregate({ fn: 'order_statistic', expr: 'x', q: 0.5, z: 2, bound: 'hi' }, [])).toBe(
			'arraySort(groupArray(x))[toUInt64(least(toFloat64(count(x)), greatest(1.0, ceil(count(x) * 0.5 + 2 * sqrt(count(x) * 0.5 * (1 - 0.5))))))]'
		);
		expect(clickhouse.valuesWithAtLeast('x', 2, ['a'])).toBe(
			'arrayCount(n -> n >= 2, (sumMapIf([x], [toUInt64(1)], x IS NOT NULL AND a)).2)'
		);
	});

	it('stacks SELECTs with NULL for the columns each lacks, in first-seen order', () => {
		expect(clickhouse.unionByName([{ sql: 'SELECT 1 AS a', columns: ['a'] }])).toBe('SELECT 1 AS a');
		expect(
			clickhouse.unionByName([
				{ sql: 'SELECT 1 AS a, 2 AS b', columns: ['a', 'b'] },
				{ sql: 'SELECT 3 AS c, 4 AS a', columns: ['c', 'a'] }
			])
		).toBe(
			[
				'SELECT `a`, `b`, NULL AS `c` FROM (\nSELECT 1 AS a, 2 AS b\n)',
				'UNION ALL',
				'SELECT `a`, NULL AS `b`, `c` FROM (\nSELECT 3 AS c, 4 AS a\n)'
			].join('\n')
		);
	});
});

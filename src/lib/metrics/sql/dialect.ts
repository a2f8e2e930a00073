/**
 * The few SQL operations whose spelling differs between engines. The compiler builds every statement
 * through one `Dialect`: `duckdb` (DuckDB and DuckDB-WASM: the SQL the app has always sent, byte for
 * byte) and `clickhouse` (exact functions only: quantileExactInclusive, uniqExact — never the
 * approximate median/quantile/uniq, so values equal DuckDB's).
 */
import { quoteIdent, quoteString, timestampLiteral } from '../../sql/quote';
import type { Fragment } from '../fragment/ast';
import { DialectError, emitClickhouse } from '../fragment/emit-clickhouse';
import { TABLE_IDS, TABLES } from '../tables';
import type { Grain } from '../period';

/** What an aggregate computes, before it is restricted to the rows meeting some conditions. */
export type Aggregation =
	| { fn: 'count' }
	| { fn: 'count_values'; expr: string }
	| { fn: 'sum'; expr: string }
	| { fn: 'count_distinct'; expr: string }
	/** The exact, linearly interpolated quantile (DuckDB quantile_cont; R type 7). */
	| { fn: 'quantile'; expr: string; q: number }
	/**
	 * The order statistic bounding the q-quantile's 95 % interval (SPEC §4): of the n non-NULL values in
	 * order, the one at rank ⌊nq − z √(nq(1 − q))⌋ (`lo`) or ⌈nq + z √(nq(1 − q))⌉ (`hi`), clamped to
	 * [1, n] — the ranks of significance.ts `quantileRanks`.
	 */
	| { fn: 'order_statistic'; expr: string; q: number; z: number; bound: 'lo' | 'hi' };

/** A SELECT and the names of its output columns (ClickHouse needs them to align a UNION). */
export interface NamedSelect {
	sql: string;
	columns: readonly string[];
}

export interface Dialect {
	readonly name: 'duckdb' | 'clickhouse';
	ident(name: string): string;
	string(value: string): string;
	/** A timestamp literal from an ISO date or date-time (validated: nothing else gets through). */
	timestamp(iso: string): string;
	/** A tree file's SQL fragment (filter, expr, numerator, denominator) in this dialect. */
	fragment(fragment: Fragment): string;
	/** `aggregation` over the rows meeting every condition (all rows when there is none). */
	aggregate(aggregation: Aggregation, conditions: readonly string[]): string;
	/** How many distinct values of `expr` have at least `minRows` rows meeting the conditions. */
	valuesWithAtLeast(expr: string, minRows: number, conditions: readonly string[]): string;
	/** The start of the `grain` bucket holding `time`. */
	truncate(grain: Grain, time: string): string;
	/** A shift (the periods CTE's `shift` column) as a literal of `ms` milliseconds. */
	shiftLiteral(ms: number): string;
	/** `time` moved by a shift value (a column holding `shiftLiteral`s). */
	shifted(time: string, shift: string): string;
	/** `time` plus whole days. */
	plusDays(time: string, days: number): string;
	/**
	 * Whether a correlated EXISTS works (DuckDB). ClickHouse's does not see an outer column compared by
	 * range, so a `repeat` flag is a window over the whole table there instead (see aggregates.ts).
	 */
	correlatedExists: boolean;
	/** Microseconds since 1970-01-01 of a timestamp. */
	epochMicros(time: string): string;
	/** The CTE keyword after the name: DuckDB may be told not to materialise a CTE read twice. */
	inlineCte: string;
	/** SELECTs with different columns stacked, each row NULL in the columns its SELECT lacks. */
	unionByName(selects: readonly NamedSelect[]): string;
	/** Every column of `table` (quoted) but the `left` ones (quoted): `t.* EXCLUDE (…)`. */
	allColumnsExcept(table: string, left: readonly string[]): string;
}

export const duckdb: Dialect = {
	name: 'duckdb',
	ident: quoteIdent,
	string: quoteString,
	timestamp: timestampLiteral,
	allColumnsExcept: (table, left) => `${table}.* EXCLUDE (${left.join(', ')})`,
	fragment: (fragment) => fragment.sql,
	aggregate(aggregation, conditions) {
		if (aggregation.fn === 'order_statistic') {
			const n = duckdb.aggregate({ fn: 'count_values', expr: aggregation.expr }, conditions);
			const list = `list(${aggregation.expr}) FILTER (WHERE ${[`(${aggregation.expr}) IS NOT NULL`, ...conditions].join(' AND ')})`;
			return orderStatistic(aggregation, n, `list_sort(${list})`);
		}
		const sql = duckdbAggregate(aggregation);
		return conditions.length === 0 ? sql : `${sql} FILTER (WHERE ${conditions.join(' AND ')})`;
	},
	valuesWithAtLeast(expr, minRows, conditions) {
		// histogram() maps each value to its row count; keep the values with at least minRows rows.
		const histogram =
			conditions.length === 0
				? `histogram(${expr})`
				: `histogram(${expr}) FILTER (WHERE ${conditions.join(' AND ')})`;
		return `list_count(list_filter(map_values(${histogram}), lambda n: n >= ${minRows}))`;
	},
	truncate: (grain, time) => `date_trunc(${quoteString(grain)}, ${time})`,
	shiftLiteral: (ms) =>
		ms % 86_400_000 === 0 ? `INTERVAL '${ms / 86_400_000} days'` : `INTERVAL '${ms} milliseconds'`,
	shifted: (time, shift) => `${time} + ${shift}`,
	plusDays: (time, days) => `${time} + INTERVAL ${days} DAY`,
	correlatedExists: true,
	epochMicros: (time) => `epoch_us(${time})`,
	inlineCte: ' NOT MATERIALIZED',
	unionByName: (selects) => selects.map((s) => s.sql).join('\nUNION ALL BY NAME\n')
};

function duckdbAggregate(a: Aggregation): string {
	switch (a.fn) {
		case 'count':
			return 'count(*)';
		case 'count_values':
			return `count(${a.expr})`;
		case 'sum':
			return `sum(${a.expr})`;
		case 'count_distinct':
			return `count(DISTINCT ${a.expr})`;
		case 'quantile':
			return `quantile_cont(${a.expr}, ${a.q})`;
		// Stryker disable next-line ConditionalExpression,StringLiteral: unreachable guard: duckdb.aggregate builds order statistics itself
		case 'order_statistic':
			// Stryker disable next-line StringLiteral: unreachable, as above
			throw new Error('order_statistic is built in duckdb.aggregate');
	}
}

/** `sorted[rank]` with the rank of an order statistic computed from n (see Aggregation). */
function orderStatistic(
	a: Extract<Aggregation, { fn: 'order_statistic' }>,
	n: string,
	sorted: string
): string {
	const spread = `${a.z}::DOUBLE * sqrt(${n} * ${a.q}::DOUBLE * (1 - ${a.q}::DOUBLE))`;
	const rank =
		a.bound === 'lo' ? `floor(${n} * ${a.q}::DOUBLE - ${spread})` : `ceil(${n} * ${a.q}::DOUBLE + ${spread})`;
	return `${sorted}[least(${n}, greatest(1, ${rank}))::BIGINT]`;
}

export { DialectError };

/** TIMESTAMP columns of the canonical tables: a fragment's time arithmetic on ClickHouse depends on them. */
const TIMESTAMP_COLUMNS: ReadonlySet<string> = new Set(
	TABLE_IDS.flatMap((t) => TABLES[t].columns.filter((c) => c.type === 'TIMESTAMP').map((c) => c.name))
);

export const clickhouse: Dialect = {
	name: 'clickhouse',
	allColumnsExcept: (table, left) => `${table}.* EXCEPT (${left.join(', ')})`,
	// Backticks, with backslash escapes: ClickHouse reads `\` as an escape inside quoted names and strings.
	ident(name) {
		if (name.length === 0) throw new Error('An SQL identifier cannot be empty');
		if (name.includes('\u0000')) throw new Error('An SQL identifier cannot contain a NUL character');
		return `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
	},
	string(value) {
		if (value.includes('\u0000')) throw new Error('An SQL string cannot contain a NUL character');
		return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
	},
	timestamp(iso) {
		// Validated by the DuckDB helper (the same ISO shapes), then spelled as a microsecond DateTime64.
		const literal = timestampLiteral(iso);
		return `toDateTime64(${literal.slice('TIMESTAMP '.length)}, 6)`;
	},
	fragment(fragment) {
		// The fragment's tree re-emitted (fragment/emit-clickhouse.ts), never its text.
		return emitClickhouse(fragment.ast, {
			ident: (name) => clickhouse.ident(name),
			string: (value) => clickhouse.string(value),
			timestampColumns: TIMESTAMP_COLUMNS
		});
	},
	aggregate(a, conditions) {
		const all = conditions.join(' AND ');
		if (conditions.length === 0) return clickhouseAggregate(a, '', []);
		return clickhouseAggregate(a, 'If', [all]);
	},
	valuesWithAtLeast(expr, minRows, conditions) {
		// sumMap gives (values, row counts); count the values whose count reaches minRows.
		const where = [`${expr} IS NOT NULL`, ...conditions].join(' AND ');
		return `arrayCount(n -> n >= ${minRows}, (sumMapIf([${expr}], [toUInt64(1)], ${where})).2)`;
	},
	truncate(grain, time) {
		const start =
			grain === 'day'
				? `toStartOfDay(${time})`
				: grain === 'week'
					? `toStartOfWeek(${time}, 1)`
					: `toStartOfMonth(${time})`;
		return `toDateTime64(${start}, 6)`;
	},
	shiftLiteral: (ms) => `toInt64(${ms})`,
	shifted: (time, shift) => `${time} + toIntervalMillisecond(${shift})`,
	plusDays: (time, days) => `${time} + toIntervalDay(${days})`,
	correlatedExists: false,
	epochMicros: (time) => `toUnixTimestamp64Micro(${time})`,
	inlineCte: '',
	unionByName(selects) {
		if (selects.length === 1) return selects[0]!.sql;
		const names = [...new Set(selects.flatMap((s) => s.columns))];
		return selects
			.map((s) => {
				const present = new Set(s.columns);
				const columns = names.map((n) =>
					present.has(n) ? clickhouse.ident(n) : `NULL AS ${clickhouse.ident(n)}`
				);
				return `SELECT ${columns.join(', ')} FROM (\n${s.sql}\n)`;
			})
			.join('\nUNION ALL\n');
	}
};

function clickhouseAggregate(a: Aggregation, suffix: '' | 'If', conditions: string[]): string {
	const args = (...values: string[]) => [...values, ...conditions].join(', ');
	switch (a.fn) {
		case 'count':
			return `count${suffix}(${args()})`;
		case 'count_values':
			// count(x) counts non-NULL x; countIf takes only the condition, so the NULL test joins it.
			return suffix === ''
				? `count(${a.expr})`
				: `countIf(${a.expr} IS NOT NULL AND ${conditions.join(' AND ')})`;
		case 'sum':
			return `sum${suffix}(${args(a.expr)})`;
		case 'count_distinct':
			return `uniqExact${suffix}(${args(a.expr)})`;
		case 'quantile':
			return `quantileExactInclusive${suffix}(${a.q})(${args(a.expr)})`;
		case 'order_statistic': {
			// groupArray skips NULLs; ClickHouse arrays are 1-based like DuckDB lists.
			const n = clickhouseAggregate({ fn: 'count_values', expr: a.expr }, suffix, conditions);
			const sorted = `arraySort(groupArray${suffix}(${args(a.expr)}))`;
			const spread = `${a.z} * sqrt(${n} * ${a.q} * (1 - ${a.q}))`;
			const rank = a.bound === 'lo' ? `floor(${n} * ${a.q} - ${spread})` : `ceil(${n} * ${a.q} + ${spread})`;
			// least/greatest refuse to mix UInt64 and Float64 in ClickHouse: compare as Float64, index as UInt64.
			return `${sorted}[toUInt64(least(toFloat64(${n}), greatest(1.0, ${rank})))]`;
		}
	}
}

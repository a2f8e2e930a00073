/**
 * The SQL aggregates behind each leaf node, as named parts (`"csat.num"`, `"csat.den"`): the
 * rates themselves are divided in TypeScript so that a zero denominator gives no value, and so the
 * parts can be re-used for contributions (mix and rate need numerator and denominator apart).
 */
import { Z } from '../significance';
import { TABLES } from '../tables';
import type { LeafNode, NodeId } from '../types';
import { duckdb, type Dialect } from './dialect';

export interface Aggregate {
	/** Column alias in the result, `<node id>.<part>`. */
	alias: string;
	sql: string;
}

/** The parts each definition kind produces (see measures.ts for how they become a value). */
export type Part =
	'value' | 'num' | 'den' | 'sum' | 'n' | 'change' | 'sumsq' | 'lo' | 'hi' | 'ci_lo' | 'ci_hi';

export function partAlias(id: NodeId, part: Part): string {
	return `${id}.${part}`;
}

/**
 * Wrap an emitted condition in parentheses unless it is a bare or quoted name, so `AND` cannot bind
 * into an `OR`.
 */
export function condition(sql: string): string {
	return /^(?:[A-Za-z_][A-Za-z0-9_]*|"(?:[^"]|"")*")$/.test(sql) ? sql : `(${sql})`;
}

const present = (...conditions: (string | undefined)[]) =>
	conditions.filter((c): c is string => c !== undefined);

/** q ∓ h with h = min(0.1, q ÷ 2, (1 − q) ÷ 2): the quantiles whose distance estimates the density at q. */
export function quantileNeighbours(q: number): [number, number] {
	const h = Math.min(0.1, q / 2, (1 - q) / 2);
	// Rounded so the SQL reads 0.85, not 0.8500000000000001.
	return [Number((q - h).toFixed(6)), Number((q + h).toFixed(6))];
}

/** The column holding a `repeat` node's per-row flag, computed in the facts CTE. */
export function repeatFlagAlias(id: NodeId, dialect: Dialect = duckdb): string {
	return dialect.ident(`${id}.repeat`);
}

/** Aggregates over the facts CTE for one leaf node; empty for snapshots, which have their own SELECT. */
export function leafAggregates(node: LeafNode, dialect: Dialect = duckdb): Aggregate[] {
	const d = node.definition;
	const part = (name: Part, sql: string): Aggregate => ({ alias: partAlias(node.id, name), sql });
	const aggregate = dialect.aggregate;
	const filter = 'filter' in d && d.filter !== undefined ? condition(dialect.fragment(d.filter)) : undefined;
	const expr = 'expr' in d ? dialect.fragment(d.expr) : '';
	switch (d.kind) {
		case 'count':
			return [part('value', aggregate({ fn: 'count' }, present(filter)))];
		case 'sum':
			return [part('value', aggregate({ fn: 'sum', expr }, present(filter)))];
		case 'count_distinct':
			return [part('value', aggregate({ fn: 'count_distinct', expr }, present(filter)))];
		case 'share': {
			const denominator =
				d.denominator === undefined ? undefined : condition(dialect.fragment(d.denominator));
			const numerator = condition(dialect.fragment(d.numerator));
			return [
				part('num', aggregate({ fn: 'count' }, present(denominator, numerator))),
				part('den', aggregate({ fn: 'count' }, present(denominator)))
			];
		}
		case 'mean':
			return [
				part('sum', aggregate({ fn: 'sum', expr }, present(filter))),
				part('n', aggregate({ fn: 'count_values', expr }, present(filter))),
				// With sum and n, the sample standard deviation (a day's sampling error, anomalies.ts).
				part('sumsq', aggregate({ fn: 'sum', expr: `(${expr}) * (${expr})` }, present(filter)))
			];
		case 'quantile': {
			// The quantiles either side give the density at q, hence the quantile's sampling error (anomalies.ts).
			const [lo, hi] = quantileNeighbours(d.q);
			return [
				part('value', aggregate({ fn: 'quantile', expr, q: d.q }, present(filter))),
				part('n', aggregate({ fn: 'count_values', expr }, present(filter))),
				part('lo', aggregate({ fn: 'quantile', expr, q: lo }, present(filter))),
				part('hi', aggregate({ fn: 'quantile', expr, q: hi }, present(filter))),
				// The order statistics bounding the quantile's 95 % interval (significance.ts).
				part('ci_lo', aggregate({ fn: 'order_statistic', expr, q: d.q, z: Z, bound: 'lo' }, present(filter))),
				part('ci_hi', aggregate({ fn: 'order_statistic', expr, q: d.q, z: Z, bound: 'hi' }, present(filter)))
			];
		}
		case 'distinct_share':
			return [
				part('num', dialect.valuesWithAtLeast(expr, d.min_rows, present(filter))),
				part('den', aggregate({ fn: 'count_distinct', expr }, present(filter)))
			];
		case 'repeat': {
			const known = `${dialect.ident(d.key)} IS NOT NULL`;
			return [
				part('num', aggregate({ fn: 'count' }, present(filter, known, repeatFlagAlias(node.id, dialect)))),
				part('den', aggregate({ fn: 'count' }, present(filter, known)))
			];
		}
		case 'snapshot':
			return [];
	}
}

/**
 * The per-row flag of a `repeat` node: does the same key have another row in (t, t + N days]?
 * The later row is looked up in the whole table, so it may fall after the period and ignores filters.
 */
export function repeatFlag(node: LeafNode, dialect: Dialect = duckdb): string | null {
	const d = node.definition;
	if (d.kind !== 'repeat') return null;
	const table = dialect.ident(node.table);
	const time = dialect.ident(TABLES[node.table].timeColumn);
	const key = dialect.ident(d.key);
	return [
		'EXISTS (',
		`\t\t\tSELECT 1 FROM ${table} AS later`,
		`\t\t\tWHERE later.${key} = ${table}.${key}`,
		`\t\t\t\tAND later.${time} > ${table}.${time}`,
		`\t\t\t\tAND later.${time} <= ${dialect.plusDays(`${table}.${time}`, d.within_days)}`,
		`\t\t) AS ${repeatFlagAlias(node.id, dialect)}`
	].join('\n');
}

/**
 * The same flag as a window over the whole table, for engines without correlated EXISTS: the key's
 * first row strictly later (from 1 µs on) falls within N days. Computed before any filter, as the
 * EXISTS is; no later row gives NULL (minOrNull), read as false.
 */
export function repeatWindowFlag(node: LeafNode, dialect: Dialect): string | null {
	const d = node.definition;
	if (d.kind !== 'repeat') return null;
	const time = dialect.ident(TABLES[node.table].timeColumn);
	const next = `minOrNull(${time}) OVER (PARTITION BY ${dialect.ident(d.key)} ORDER BY ${dialect.epochMicros(time)} RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)`;
	return `ifNull(${next} <= ${dialect.plusDays(time, d.within_days)}, false) AS ${repeatFlagAlias(node.id, dialect)}`;
}

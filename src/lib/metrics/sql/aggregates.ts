/**
 * The SQL aggregates behind each leaf node, as named parts (`"csat.num"`, `"csat.den"`): the
 * rates themselves are divided in TypeScript so that a zero denominator gives no value, and so the
 * parts can be re-used for contributions (mix and rate need numerator and denominator apart).
 */
import { quoteIdent } from '../../sql/quote';
import { TABLES } from '../tables';
import type { Fragment } from '../fragment/ast';
import type { LeafNode, NodeId } from '../types';

export interface Aggregate {
	/** Column alias in the result, `<node id>.<part>`. */
	alias: string;
	sql: string;
}

/** The parts each definition kind produces (see measures.ts for how they become a value). */
export type Part = 'value' | 'num' | 'den' | 'sum' | 'n' | 'change' | 'sumsq' | 'lo' | 'hi';

export function partAlias(id: NodeId, part: Part): string {
	return `${id}.${part}`;
}

/** An author's condition, emitted from its checked tree, in parentheses unless it is a bare name or constant. */
export function condition(fragment: Fragment): string {
	const atomic = ['column', 'boolean', 'number', 'string', 'null', 'call'].includes(fragment.ast.kind);
	return atomic ? fragment.sql : `(${fragment.sql})`;
}

function filtered(aggregate: string, conditions: readonly (string | undefined)[]): string {
	const present = conditions.filter((c): c is string => c !== undefined);
	return present.length === 0 ? aggregate : `${aggregate} FILTER (WHERE ${present.join(' AND ')})`;
}

/** q ∓ h with h = min(0.1, q ÷ 2, (1 − q) ÷ 2): the quantiles whose distance estimates the density at q. */
export function quantileNeighbours(q: number): [number, number] {
	const h = Math.min(0.1, q / 2, (1 - q) / 2);
	// Rounded so the SQL reads 0.85, not 0.8500000000000001.
	return [Number((q - h).toFixed(6)), Number((q + h).toFixed(6))];
}

/** The column holding a `repeat` node's per-row flag, computed in the facts CTE. */
export function repeatFlagAlias(id: NodeId): string {
	return quoteIdent(`${id}.repeat`);
}

/** Aggregates over the facts CTE for one leaf node; empty for snapshots, which have their own SELECT. */
export function leafAggregates(node: LeafNode): Aggregate[] {
	const d = node.definition;
	const part = (name: Part, sql: string): Aggregate => ({ alias: partAlias(node.id, name), sql });
	const filter = 'filter' in d && d.filter !== undefined ? condition(d.filter) : undefined;
	switch (d.kind) {
		case 'count':
			return [part('value', filtered('count(*)', [filter]))];
		case 'sum':
			return [part('value', filtered(`sum(${d.expr.sql})`, [filter]))];
		case 'count_distinct':
			return [part('value', filtered(`count(DISTINCT ${d.expr.sql})`, [filter]))];
		case 'share': {
			const denominator = d.denominator === undefined ? undefined : condition(d.denominator);
			return [
				part('num', filtered('count(*)', [denominator, condition(d.numerator)])),
				part('den', filtered('count(*)', [denominator]))
			];
		}
		case 'mean':
			return [
				part('sum', filtered(`sum(${d.expr.sql})`, [filter])),
				part('n', filtered(`count(${d.expr.sql})`, [filter])),
				// With sum and n, the sample standard deviation (a day's sampling error, anomalies.ts).
				part('sumsq', filtered(`sum((${d.expr.sql}) * (${d.expr.sql}))`, [filter]))
			];
		case 'quantile': {
			// The quantiles either side give the density at q, hence the quantile's sampling error (anomalies.ts).
			const [lo, hi] = quantileNeighbours(d.q);
			return [
				part('value', filtered(`quantile_cont(${d.expr.sql}, ${d.q})`, [filter])),
				part('n', filtered(`count(${d.expr.sql})`, [filter])),
				part('lo', filtered(`quantile_cont(${d.expr.sql}, ${lo})`, [filter])),
				part('hi', filtered(`quantile_cont(${d.expr.sql}, ${hi})`, [filter]))
			];
		}
		case 'distinct_share': {
			// histogram() maps each value to its row count; keep the values with at least min_rows rows.
			const histogram = filtered(`histogram(${d.expr.sql})`, [filter]);
			return [
				part('num', `list_count(list_filter(map_values(${histogram}), lambda n: n >= ${d.min_rows}))`),
				part('den', filtered(`count(DISTINCT ${d.expr.sql})`, [filter]))
			];
		}
		case 'repeat': {
			const known = `${quoteIdent(d.key)} IS NOT NULL`;
			return [
				part('num', filtered('count(*)', [filter, known, repeatFlagAlias(node.id)])),
				part('den', filtered('count(*)', [filter, known]))
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
export function repeatFlag(node: LeafNode): string | null {
	const d = node.definition;
	if (d.kind !== 'repeat') return null;
	const table = quoteIdent(node.table);
	const time = quoteIdent(TABLES[node.table].timeColumn);
	const key = quoteIdent(d.key);
	return [
		'EXISTS (',
		`\t\t\tSELECT 1 FROM ${table} AS later`,
		`\t\t\tWHERE later.${key} = ${table}.${key}`,
		`\t\t\t\tAND later.${time} > ${table}.${time}`,
		`\t\t\t\tAND later.${time} <= ${table}.${time} + INTERVAL ${d.within_days} DAY`,
		`\t\t) AS ${repeatFlagAlias(node.id)}`
	].join('\n');
}

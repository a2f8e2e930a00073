/**
 * One SQL statement per table and request kind, for every leaf node of that table at once:
 * a `periods` list (current and previous), the table's rows joined to the periods they fall in
 * (`facts`), grouped by period (and by bucket or dimension value); snapshot nodes, which are not
 * restricted to the period, come in extra SELECTs glued on with UNION ALL BY NAME.
 */
import { quoteIdent, quoteString, timestampLiteral } from '../../sql/quote';
import { fromEpochMs, toEpochMs, truncate, type Grain } from '../period';
import type { CheckedRequest } from '../request';
import { parseFilterKey, tableHasDimension, TABLES, type Dimension } from '../tables';
import type { LeafNode, TableId } from '../types';
import { condition, leafAggregates, partAlias, repeatFlag, type Aggregate } from './aggregates';
import { distinctGroups, distinctSelect } from './distinct-values';

/**
 * A `bucket` grouping with `dailyLookbackDays` also returns, as period `daily`, one row per day from
 * that many days before the current period to its end (the anomaly baseline, see anomalies.ts) —
 * in the same statement, so monitoring costs no extra query.
 */
export type Grouping =
	| { kind: 'period' }
	| { kind: 'bucket'; grain: Grain; dailyLookbackDays?: number }
	| { kind: 'dimension'; dimension: Dimension };

/** The period name of the daily rows of a series query with a lookback. */
export const DAILY_PERIOD = 'daily';
const DAY_MS = 86_400_000;

/**
 * `optimised` (the default) counts distinct values in two grouping steps (see distinct-values.ts)
 * and bounds the scan by the periods' time window (see timeWindow); `raw` keeps every aggregate in
 * one SELECT over the join alone. Both give the same numbers, which a test checks.
 */
export type QueryStrategy = 'optimised' | 'raw';

export interface TableQuerySpec {
	table: TableId;
	nodes: readonly LeafNode[];
	request: CheckedRequest;
	grouping: Grouping;
	strategy?: QueryStrategy;
}

const indent = (lines: readonly string[], tabs = 1) => lines.map((l) => '\t'.repeat(tabs) + l);

/** The whole statement for one table. */
export function tableQuery(spec: TableQuerySpec): string {
	const selects: string[] = [];
	const facts = factsSelect(spec);
	if (facts) selects.push(...facts.selects);
	for (const group of snapshotGroups(spec.nodes)) selects.push(snapshotSelect(spec, group));
	const ctes = [periodsCte(spec), ...(facts ? [facts.cte] : [])];
	return `WITH ${ctes.join(',\n')}\n${selects.join('\nUNION ALL BY NAME\n')}`;
}

/** The first day of the daily rows (ISO), or null when the grouping has none. */
export function dailyStart(spec: Pick<TableQuerySpec, 'request' | 'grouping'>): string | null {
	const { grouping, request } = spec;
	if (grouping.kind !== 'bucket' || grouping.dailyLookbackDays === undefined) return null;
	return fromEpochMs(truncate(request.current.startMs, 'day') - grouping.dailyLookbackDays * DAY_MS);
}

function periodsCte(spec: TableQuerySpec): string {
	const { request, grouping } = spec;
	const withShift = grouping.kind === 'bucket';
	const daily = dailyStart(spec);
	// A bucket series' first bucket, to which earlier rows of a snapshot are clamped.
	const row = (name: string, start: string, end: string, shiftMs: number, first: string) =>
		`(${[quoteString(name), timestampLiteral(start), timestampLiteral(end), ...(withShift ? [intervalLiteral(shiftMs), timestampLiteral(first)] : [])].join(', ')})`;
	const columns = ['period', 'period_start', 'period_end', ...(withShift ? ['shift', 'first_bucket'] : [])];
	const { current, previous } = request;
	const rows = [
		row('current', current.start, current.end, 0, current.start),
		row('previous', previous.start, previous.end, request.shiftMs, current.start),
		...(daily ? [row(DAILY_PERIOD, daily, current.end, 0, daily)] : [])
	];
	return [
		'periods AS (',
		'\tSELECT * FROM (VALUES',
		rows.map((r) => `\t\t${r}`).join(',\n'),
		`\t) AS p(${columns.join(', ')})`,
		')'
	].join('\n');
}

/** An INTERVAL literal from milliseconds: whole days when possible, for readability. */
function intervalLiteral(ms: number): string {
	return ms % 86_400_000 === 0 ? `INTERVAL '${ms / 86_400_000} days'` : `INTERVAL '${ms} milliseconds'`;
}

interface GroupKey {
	sql: string;
	name: 'bucket' | 'dimension_value';
}

/** The group key (bucket or dimension value) of a row, from its timestamp or its dimension column. */
function groupKey(spec: TableQuerySpec, time: string, withinPeriod = false): GroupKey | null {
	const { table, request, grouping } = spec;
	switch (grouping.kind) {
		case 'period':
			return null;
		case 'bucket': {
			// The previous period is shifted onto the current one, so both share the same buckets.
			const atGrain = `date_trunc(${quoteString(grouping.grain)}, ${time} + periods.shift)`;
			// Daily rows are cut by day whatever the grain (at day grain the same expression does).
			const truncated =
				dailyStart(spec) && grouping.grain !== 'day'
					? `CASE WHEN periods.period = ${quoteString(DAILY_PERIOD)} THEN date_trunc('day', ${time}) ELSE ${atGrain} END`
					: atGrain;
			// A row at or after the start falls in a bucket at or after it when the start is itself a
			// bucket start (the usual case): the clamp to the first bucket, ~30% of a day series' time
			// in DuckDB-WASM, is then a no-op and left out.
			const aligned = truncate(request.current.startMs, grouping.grain) === request.current.startMs;
			if (withinPeriod && aligned && spec.strategy !== 'raw') return { sql: truncated, name: 'bucket' };
			return { sql: `greatest(${truncated}, periods.first_bucket)`, name: 'bucket' };
		}
		case 'dimension':
			return { sql: `${quoteIdent(table)}.${quoteIdent(grouping.dimension)}`, name: 'dimension_value' };
	}
}

const keyColumn = (key: GroupKey | null): string[] => (key ? [`${key.sql} AS ${key.name}`] : []);

/** The request's filters on this table's dimensions (others do not apply to it). */
export function filterConditions(table: TableId, request: CheckedRequest): string[] {
	const conditions: string[] = [];
	for (const [key, values] of request.filters) {
		const target = parseFilterKey(key);
		if (!target || (target.table ?? table) !== table || !tableHasDimension(table, target.dimension)) continue;
		const column = `${quoteIdent(table)}.${quoteIdent(target.dimension)}`;
		const strings = values.filter((v): v is string => v !== null);
		const parts = [
			...(strings.length > 0 ? [`${column} IN (${strings.map(quoteString).join(', ')})`] : []),
			...(values.includes(null) ? [`${column} IS NULL`] : [])
		];
		conditions.push(parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`);
	}
	return conditions;
}

function whereClause(conditions: readonly string[], tabs: number): string[] {
	return indent(
		conditions.map((c, i) => (i === 0 ? `WHERE ${c}` : `\tAND ${c}`)),
		tabs
	);
}

/**
 * Both periods lie in [earliest start, latest end). Said as a plain range on the time column, it lets
 * DuckDB skip whole row groups by their min/max time before the join to the periods — most of the
 * table, for a month out of a year — which the join condition alone does not.
 */
function timeWindow(time: string, spec: TableQuerySpec): string {
	const { current, previous } = spec.request;
	const daily = dailyStart(spec);
	const earliest = current.startMs <= previous.startMs ? current.start : previous.start;
	const start = daily !== null && toEpochMs(daily) < toEpochMs(earliest) ? daily : earliest;
	const end = current.endMs >= previous.endMs ? current.end : previous.end;
	return `${time} >= ${timestampLiteral(start)} AND ${time} < ${timestampLiteral(end)}`;
}

function factsSelect(spec: TableQuerySpec): { cte: string; selects: string[] } | null {
	const distinct = spec.strategy === 'raw' ? [] : distinctGroups(spec.nodes);
	const counted = new Set(distinct.flatMap((g) => g.nodes));
	const aggregates: Aggregate[] = spec.nodes.filter((n) => !counted.has(n)).flatMap(leafAggregates);
	if (aggregates.length === 0 && distinct.length === 0) return null;
	const table = quoteIdent(spec.table);
	const time = `${table}.${quoteIdent(TABLES[spec.table].timeColumn)}`;
	const key = groupKey(spec, time, true);
	const flags = spec.nodes.map(repeatFlag).filter((f): f is string => f !== null);
	const window = spec.strategy === 'raw' ? [] : [timeWindow(time, spec)];
	// Read by the distinct SELECTs too, DuckDB would materialise the CTE — a copy of every column of
	// every row in the window. Inlined, each reader scans only the columns it needs. Kept materialised
	// when it computes repeat flags, so that their self-join runs once.
	const inline = distinct.length > 0 && flags.length === 0 ? ' NOT MATERIALIZED' : '';
	const cte = [
		`facts AS${inline} (`,
		'\tSELECT',
		indent([['periods.period', ...keyColumn(key), `${table}.*`, ...flags].join(',\n\t\t')], 2).join('\n'),
		`\tFROM ${table}`,
		`\tJOIN periods ON ${time} >= periods.period_start AND ${time} < periods.period_end`,
		...whereClause([...window, ...filterConditions(spec.table, spec.request)], 1),
		')'
	].join('\n');
	const keyNames = ['period', ...(key ? [key.name] : [])];
	const columns = [...keyNames, ...aggregates.map((a) => `${a.sql} AS ${quoteIdent(a.alias)}`)];
	// Always selected, even with only the keys: a group whose rows match no distinct node's filter
	// still exists (a breakdown row of 0), as in the raw strategy.
	const select = ['SELECT', ...indent([columns.join(',\n\t')]), 'FROM facts', 'GROUP BY ALL'].join('\n');
	return { cte, selects: [select, ...distinct.map((group) => distinctSelect(group, keyNames))] };
}

/** Snapshot nodes grouped by their closing column: one SELECT serves all nodes closing on the same column. */
function snapshotGroups(nodes: readonly LeafNode[]): LeafNode[][] {
	const groups = new Map<string, LeafNode[]>();
	for (const node of nodes) {
		if (node.definition.kind !== 'snapshot') continue;
		const group = groups.get(node.definition.closed_at) ?? [];
		group.push(node);
		groups.set(node.definition.closed_at, group);
	}
	return [...groups.values()];
}

function snapshotFilter(node: LeafNode): string | undefined {
	return node.definition.kind === 'snapshot' && node.definition.filter !== undefined
		? condition(node.definition.filter)
		: undefined;
}

function snapshotSelect(spec: TableQuerySpec, nodes: readonly LeafNode[]): string {
	const first = nodes[0]!.definition;
	const closedAt = first.kind === 'snapshot' ? first.closed_at : '';
	return spec.grouping.kind === 'bucket'
		? snapshotChangesSelect(spec, nodes, closedAt)
		: snapshotAtEndSelect(spec, nodes, closedAt);
}

/** Rows open at each period's end: created before it and not closed by then (SPEC §4 backlog). */
function snapshotAtEndSelect(spec: TableQuerySpec, nodes: readonly LeafNode[], closedAt: string): string {
	const table = quoteIdent(spec.table);
	const time = `${table}.${quoteIdent(TABLES[spec.table].timeColumn)}`;
	const closed = `${table}.${quoteIdent(closedAt)}`;
	const key = groupKey(spec, time);
	const columns = [
		'periods.period',
		...keyColumn(key),
		...nodes.map((n) => {
			const f = snapshotFilter(n);
			return `${f ? `count(*) FILTER (WHERE ${f})` : 'count(*)'} AS ${quoteIdent(partAlias(n.id, 'value'))}`;
		})
	];
	return [
		'SELECT',
		...indent([columns.join(',\n\t')]),
		`FROM ${table}`,
		`JOIN periods ON ${time} < periods.period_end`,
		`\tAND (${closed} IS NULL OR ${closed} >= periods.period_end)`,
		...whereClause(filterConditions(spec.table, spec.request), 0),
		'GROUP BY ALL'
	].join('\n');
}

/**
 * For a series, each row adds 1 when created and takes 1 away when closed; the open count at a
 * bucket's end is the running total of these changes, summed per bucket here and accumulated in
 * TypeScript. A close before the open (bad data) counts at the open, so it never goes negative.
 */
function snapshotChangesSelect(spec: TableQuerySpec, nodes: readonly LeafNode[], closedAt: string): string {
	const table = quoteIdent(spec.table);
	const time = `${table}.${quoteIdent(TABLES[spec.table].timeColumn)}`;
	const closed = `${table}.${quoteIdent(closedAt)}`;
	const filters = filterConditions(spec.table, spec.request);
	const columns = [
		'periods.period',
		...keyColumn(groupKey(spec, 'changes.changed_at')),
		...nodes.map((n) => {
			const f = snapshotFilter(n);
			return `${f ? `sum(changes.change) FILTER (WHERE ${f})` : 'sum(changes.change)'} AS ${quoteIdent(partAlias(n.id, 'change'))}`;
		})
	];
	return [
		'SELECT',
		...indent([columns.join(',\n\t')]),
		'FROM (',
		`\tSELECT ${table}.*, ${time} AS changed_at, 1 AS change`,
		`\tFROM ${table}`,
		...whereClause(filters, 1),
		'\tUNION ALL',
		`\tSELECT ${table}.*, greatest(${closed}, ${time}) AS changed_at, -1 AS change`,
		`\tFROM ${table}`,
		...whereClause([`${closed} IS NOT NULL`, ...filters], 1),
		') AS changes',
		'JOIN periods ON changes.changed_at < periods.period_end',
		'GROUP BY ALL'
	].join('\n');
}

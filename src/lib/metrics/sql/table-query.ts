/**
 * One SQL statement per table and request kind, for every leaf node of that table at once:
 * a `periods` list (current and previous), the table's rows joined to the periods they fall in
 * (`facts`), grouped by period (and by bucket or dimension value); snapshot nodes, which are not
 * restricted to the period, come in extra SELECTs glued on with UNION ALL BY NAME.
 */
import { fromEpochMs, toEpochMs, truncate, type Grain } from '../period';
import type { CheckedRequest } from '../request';
import { filterApplies, parseFilterKey, type Dimension } from '../dimensions';
import { TABLES } from '../tables';
import type { LeafNode, TableId } from '../types';
import {
	condition,
	leafAggregates,
	partAlias,
	repeatFlag,
	repeatWindowFlag,
	type Aggregate
} from './aggregates';
import { distinctGroups, distinctSelect } from './distinct-values';
import { duckdb, type Dialect, type NamedSelect } from './dialect';

/**
 * A `bucket` grouping with `dailyLookbackDays` also returns, as period `daily`, one row per day from
 * that many days before the current period to its end (the anomaly baseline, see anomalies.ts) —
 * in the same statement, so monitoring costs no extra query.
 */
export type Grouping =
	| { kind: 'period' }
	| { kind: 'bucket'; grain: Grain; dailyLookbackDays?: number }
	| { kind: 'dimension'; dimension: Dimension }
	/**
	 * Every listed dimension in one statement: each row of the period is counted once per dimension
	 * (a cross join with the dimension names), grouped by `dimension_name` and `dimension_value` —
	 * one scan for all the breakdowns "What changed" ranks. Additive, rate and mean leaves only:
	 * snapshots and distinct counts are not decomposed by value (SPEC §4).
	 */
	| { kind: 'dimensions'; dimensions: readonly Dimension[] };

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
	/** The SQL dialect to emit (DuckDB unless said otherwise). */
	dialect?: Dialect;
}

const indent = (lines: readonly string[], tabs = 1) => lines.map((l) => '\t'.repeat(tabs) + l);

/** The whole statement for one table. */
export function tableQuery(spec: TableQuerySpec): string {
	const selects: NamedSelect[] = [];
	const facts = factsSelect(spec);
	if (facts) selects.push(...facts.selects);
	for (const group of snapshotGroups(spec.nodes)) selects.push(snapshotSelect(spec, group));
	const ctes = [periodsCte(spec), ...(facts ? [facts.cte] : [])];
	return `WITH ${ctes.join(',\n')}\n${dialectOf(spec).unionByName(selects)}`;
}

const dialectOf = (spec: Pick<TableQuerySpec, 'dialect'>): Dialect => spec.dialect ?? duckdb;

/** The first day of the daily rows (ISO), or null when the grouping has none. */
export function dailyStart(spec: Pick<TableQuerySpec, 'request' | 'grouping'>): string | null {
	const { grouping, request } = spec;
	if (grouping.kind !== 'bucket' || grouping.dailyLookbackDays === undefined) return null;
	return fromEpochMs(truncate(request.current.startMs, 'day') - grouping.dailyLookbackDays * DAY_MS);
}

function periodsCte(spec: TableQuerySpec): string {
	const { request, grouping } = spec;
	const d = dialectOf(spec);
	const withShift = grouping.kind === 'bucket';
	const daily = dailyStart(spec);
	// A bucket series' first bucket, to which earlier rows of a snapshot are clamped.
	const row = (name: string, start: string, end: string, shiftMs: number, first: string) =>
		`(${[d.string(name), d.timestamp(start), d.timestamp(end), ...(withShift ? [d.shiftLiteral(shiftMs), d.timestamp(first)] : [])].join(', ')})`;
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

interface GroupKey {
	sql: string;
	name: 'bucket' | 'dimension_value';
}

/** The group key (bucket or dimension value) of a row, from its timestamp or its dimension column. */
function groupKey(spec: TableQuerySpec, time: string, withinPeriod = false): GroupKey | null {
	const { table, request, grouping } = spec;
	const d = dialectOf(spec);
	switch (grouping.kind) {
		// Stryker disable next-line StringLiteral: unmatched, the switch falls through to undefined, which every caller reads as null
		case 'period':
			return null;
		case 'bucket': {
			// The previous period is shifted onto the current one, so both share the same buckets.
			const atGrain = d.truncate(grouping.grain, d.shifted(time, 'periods.shift'));
			// Daily rows are cut by day whatever the grain (at day grain the same expression does).
			const truncated =
				dailyStart(spec) && grouping.grain !== 'day'
					? `CASE WHEN periods.period = ${d.string(DAILY_PERIOD)} THEN ${d.truncate('day', time)} ELSE ${atGrain} END`
					: atGrain;
			// A row at or after the start falls in a bucket at or after it when the start is itself a
			// bucket start (the usual case): the clamp to the first bucket, ~30% of a day series' time
			// in DuckDB-WASM, is then a no-op and left out.
			const aligned = truncate(request.current.startMs, grouping.grain) === request.current.startMs;
			if (withinPeriod && aligned && spec.strategy !== 'raw') return { sql: truncated, name: 'bucket' };
			return { sql: `greatest(${truncated}, periods.first_bucket)`, name: 'bucket' };
		}
		case 'dimension':
			return { sql: `${d.ident(table)}.${d.ident(grouping.dimension)}`, name: 'dimension_value' };
		// Stryker disable next-line ConditionalExpression,StringLiteral: unmatched, the switch falls through to undefined, which every caller reads as null
		case 'dimensions':
			// Grouped after the join, in the final SELECT (see dimensionsKeys).
			return null;
	}
}

/** The name list crossed with the facts, and the key columns it gives, for a `dimensions` grouping. */
function dimensionsKeys(
	dimensions: readonly Dimension[],
	d: Dialect
): { from: string; columns: string[]; names: string[] } {
	const names = dimensions.map((dimension) => `(${d.string(dimension)})`).join(', ');
	const value = `CASE dims.dimension_name ${dimensions
		.map((dimension) => `WHEN ${d.string(dimension)} THEN ${d.ident(dimension)}`)
		.join(' ')} END`;
	return {
		from: `facts CROSS JOIN (SELECT * FROM (VALUES ${names}) AS v(dimension_name)) AS dims`,
		columns: ['dims.dimension_name AS dimension_name', `${value} AS dimension_value`],
		// Stryker disable next-line ArrayDeclaration,StringLiteral: only a union of several SELECTs reads the names, and this grouping has one (no snapshots, no distinct counts)
		names: ['dimension_name', 'dimension_value']
	};
}

const keyColumn = (key: GroupKey | null): string[] => (key ? [`${key.sql} AS ${key.name}`] : []);

/** The request's filters on this table's dimensions (others do not apply to it). */
export function filterConditions(
	table: TableId,
	request: CheckedRequest,
	dialect: Dialect = duckdb
): string[] {
	const conditions: string[] = [];
	for (const [key, values] of request.filters) {
		const target = parseFilterKey(request.dimensions, key);
		if (!target || !filterApplies(request.dimensions, target, table)) continue;
		const column = `${dialect.ident(table)}.${dialect.ident(target.dimension)}`;
		const strings = values.filter((v): v is string => v !== null);
		const parts = [
			...(strings.length > 0 ? [`${column} IN (${strings.map((v) => dialect.string(v)).join(', ')})`] : []),
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
	const d = dialectOf(spec);
	return `${time} >= ${d.timestamp(start)} AND ${time} < ${d.timestamp(end)}`;
}

function factsSelect(spec: TableQuerySpec): { cte: string; selects: NamedSelect[] } | null {
	const d = dialectOf(spec);
	const { grouping } = spec;
	if (grouping.kind === 'dimensions' && spec.nodes.some((n) => !BY_ALL_DIMENSIONS.has(n.definition.kind))) {
		throw new Error('A grouping by every dimension takes additive, rate and mean leaves only.');
	}
	const distinct = spec.strategy === 'raw' ? [] : distinctGroups(spec.nodes);
	const counted = new Set(distinct.flatMap((g) => g.nodes));
	const aggregates: Aggregate[] = spec.nodes
		.filter((n) => !counted.has(n))
		.flatMap((n) => leafAggregates(n, d));
	if (aggregates.length === 0 && distinct.length === 0) return null;
	const table = d.ident(spec.table);
	const time = `${table}.${d.ident(TABLES[spec.table].timeColumn)}`;
	const key = groupKey(spec, time, true);
	const flags = d.correlatedExists
		? spec.nodes.map((n) => repeatFlag(n, d)).filter((f): f is string => f !== null)
		: [];
	const windowFlags = d.correlatedExists
		? []
		: spec.nodes.map((n) => repeatWindowFlag(n, d)).filter((f): f is string => f !== null);
	// Without correlated EXISTS the flags are columns of the table read through a window first.
	const source =
		windowFlags.length > 0 ? `(SELECT *, ${windowFlags.join(', ')} FROM ${table}) AS ${table}` : table;
	const window = spec.strategy === 'raw' ? [] : [timeWindow(time, spec)];
	// Read by the distinct SELECTs too, DuckDB would materialise the CTE — a copy of every column of
	// every row in the window. Inlined, each reader scans only the columns it needs. Kept materialised
	// when it computes repeat flags, so that their self-join runs once.
	const inline = distinct.length > 0 && flags.length === 0 ? d.inlineCte : '';
	const carried = factColumns(spec, d);
	const cte = [
		`facts AS${inline} (`,
		'\tSELECT',
		indent([['periods.period', ...keyColumn(key), carried, ...flags].join(',\n\t\t')], 2).join('\n'),
		`\tFROM ${source}`,
		`\tJOIN periods ON ${time} >= periods.period_start AND ${time} < periods.period_end`,
		...whereClause([...window, ...filterConditions(spec.table, spec.request, d)], 1),
		')'
	].join('\n');
	const byAll = grouping.kind === 'dimensions' ? dimensionsKeys(grouping.dimensions, d) : null;
	const keyNames = ['period', ...(key ? [key.name] : []), ...(byAll?.names ?? [])];
	const columns = [
		'period',
		...(key ? [key.name] : []),
		...(byAll?.columns ?? []),
		...aggregates.map((a) => `${a.sql} AS ${d.ident(a.alias)}`)
	];
	// Always selected, even with only the keys: a group whose rows match no distinct node's filter
	// still exists (a breakdown row of 0), as in the raw strategy.
	const from = `FROM ${byAll?.from ?? 'facts'}`;
	const select = ['SELECT', ...indent([columns.join(',\n\t')]), from, 'GROUP BY ALL'].join('\n');
	return {
		cte,
		selects: [
			{ sql: select, columns: [...keyNames, ...aggregates.map((a) => a.alias)] },
			...distinct.map((group) => distinctSelect(group, keyNames, d))
		]
	};
}

/**
 * The table's columns the facts carry: all of them, but the extra dimensions (SPEC §3) that this
 * statement neither groups nor filters by — so a materialised facts CTE never copies them.
 */
function factColumns(spec: TableQuerySpec, d: Dialect): string {
	const { table, grouping, request } = spec;
	const used = new Set<string>(
		grouping.kind === 'dimension'
			? [grouping.dimension]
			: grouping.kind === 'dimensions'
				? grouping.dimensions
				: []
	);
	for (const key of request.filters.keys()) {
		const target = parseFilterKey(request.dimensions, key);
		if (target) used.add(target.dimension);
	}
	const left = request.dimensions.extra[table].filter((name) => !used.has(name));
	return left.length > 0
		? d.allColumnsExcept(
				d.ident(table),
				left.map((name) => d.ident(name))
			)
		: `${d.ident(table)}.*`;
}

/** The leaf kinds a `dimensions` grouping takes. */
const BY_ALL_DIMENSIONS = new Set(['count', 'sum', 'share', 'mean', 'repeat']);

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

function snapshotFilter(node: LeafNode, dialect: Dialect): string | undefined {
	return node.definition.kind === 'snapshot' && node.definition.filter !== undefined
		? condition(dialect.fragment(node.definition.filter))
		: undefined;
}

function snapshotSelect(spec: TableQuerySpec, nodes: readonly LeafNode[]): NamedSelect {
	const first = nodes[0]!.definition;
	// Stryker disable next-line ConditionalExpression,StringLiteral: only snapshot nodes get here (snapshotGroups)
	const closedAt = first.kind === 'snapshot' ? first.closed_at : '';
	return spec.grouping.kind === 'bucket'
		? snapshotChangesSelect(spec, nodes, closedAt)
		: snapshotAtEndSelect(spec, nodes, closedAt);
}

/** Rows open at each period's end: created before it and not closed by then (SPEC §4 backlog). */
function snapshotAtEndSelect(
	spec: TableQuerySpec,
	nodes: readonly LeafNode[],
	closedAt: string
): NamedSelect {
	const d = dialectOf(spec);
	const table = d.ident(spec.table);
	const time = `${table}.${d.ident(TABLES[spec.table].timeColumn)}`;
	const closed = `${table}.${d.ident(closedAt)}`;
	const key = groupKey(spec, time);
	const columns = [
		'periods.period',
		...keyColumn(key),
		...nodes.map((n) => {
			const f = snapshotFilter(n, d);
			return `${d.aggregate({ fn: 'count' }, f ? [f] : [])} AS ${d.ident(partAlias(n.id, 'value'))}`;
		})
	];
	const sql = [
		'SELECT',
		...indent([columns.join(',\n\t')]),
		`FROM ${table}`,
		`JOIN periods ON ${time} < periods.period_end`,
		`\tAND (${closed} IS NULL OR ${closed} >= periods.period_end)`,
		...whereClause(filterConditions(spec.table, spec.request, d), 0),
		'GROUP BY ALL'
	].join('\n');
	return { sql, columns: snapshotColumns(key, nodes, 'value') };
}

function snapshotColumns(
	key: GroupKey | null,
	nodes: readonly LeafNode[],
	part: 'value' | 'change'
): string[] {
	return ['period', ...(key ? [key.name] : []), ...nodes.map((n) => partAlias(n.id, part))];
}

/**
 * For a series, each row adds 1 when created and takes 1 away when closed; the open count at a
 * bucket's end is the running total of these changes, summed per bucket here and accumulated in
 * TypeScript. A close before the open (bad data) counts at the open, so it never goes negative.
 */
function snapshotChangesSelect(
	spec: TableQuerySpec,
	nodes: readonly LeafNode[],
	closedAt: string
): NamedSelect {
	const d = dialectOf(spec);
	const table = d.ident(spec.table);
	const time = `${table}.${d.ident(TABLES[spec.table].timeColumn)}`;
	const closed = `${table}.${d.ident(closedAt)}`;
	const filters = filterConditions(spec.table, spec.request, d);
	const key = groupKey(spec, 'changes.changed_at');
	const columns = [
		'periods.period',
		...keyColumn(key),
		...nodes.map((n) => {
			const f = snapshotFilter(n, d);
			return `${d.aggregate({ fn: 'sum', expr: 'changes.change' }, f ? [f] : [])} AS ${d.ident(partAlias(n.id, 'change'))}`;
		})
	];
	const sql = [
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
	return { sql, columns: snapshotColumns(key, nodes, 'change') };
}

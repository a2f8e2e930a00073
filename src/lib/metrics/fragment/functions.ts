/**
 * The scalar functions a fragment may call: what a metric needs (null handling, arithmetic, dates and
 * times, text tests), each with its number of arguments. Everything else — table functions, aggregates,
 * window functions, settings and variables, anything that reads a file or the network — is refused.
 * Names are DuckDB's; a dialect that spells one differently maps it when it emits the call.
 */

/** Canonical name → [fewest, most] arguments (most = Infinity for variadic). */
export const SCALAR_FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
	// nulls and choices
	coalesce: [1, Infinity],
	nullif: [2, 2],
	ifnull: [2, 2],
	greatest: [1, Infinity],
	least: [1, Infinity],
	// arithmetic
	abs: [1, 1],
	round: [1, 2],
	floor: [1, 1],
	ceil: [1, 1],
	sqrt: [1, 1],
	ln: [1, 1],
	log10: [1, 1],
	exp: [1, 1],
	power: [2, 2],
	sign: [1, 1],
	// dates, times and intervals
	epoch: [1, 1],
	epoch_ms: [1, 1],
	date_part: [2, 2],
	date_trunc: [2, 2],
	date_diff: [3, 3],
	year: [1, 1],
	month: [1, 1],
	day: [1, 1],
	hour: [1, 1],
	minute: [1, 1],
	dayofweek: [1, 1],
	isodow: [1, 1],
	to_seconds: [1, 1],
	to_minutes: [1, 1],
	to_hours: [1, 1],
	to_days: [1, 1],
	to_weeks: [1, 1],
	// text
	lower: [1, 1],
	upper: [1, 1],
	trim: [1, 1],
	length: [1, 1],
	substr: [2, 3],
	starts_with: [2, 2],
	ends_with: [2, 2],
	contains: [2, 2],
	concat: [1, Infinity],
	replace: [3, 3],
	regexp_matches: [2, 2]
};

/** Other spellings DuckDB accepts for an allowed function → its canonical name. */
export const FUNCTION_ALIASES: Readonly<Record<string, string>> = {
	ceiling: 'ceil',
	pow: 'power',
	datepart: 'date_part',
	datediff: 'date_diff',
	datetrunc: 'date_trunc',
	substring: 'substr',
	strlen: 'length',
	weekday: 'dayofweek'
};

/** Table functions and the like: named in the refusal, since they are how a fragment would reach files or hosts. */
export const TABLE_FUNCTIONS = new Set([
	'read_csv',
	'read_csv_auto',
	'read_parquet',
	'parquet_scan',
	'read_json',
	'read_json_auto',
	'read_text',
	'read_blob',
	'glob',
	'query',
	'query_table',
	'range',
	'generate_series',
	'unnest',
	'sniff_csv',
	'parquet_metadata',
	'parquet_schema',
	'duckdb_tables',
	'duckdb_columns',
	'duckdb_settings',
	'sql_auto_complete',
	'icu_calendar_names',
	'pragma_table_info',
	'seq_scan'
]);

/** Functions that read the session's state: settings, variables, the catalog. */
export const SESSION_FUNCTIONS = new Set([
	'getvariable',
	'current_setting',
	'current_database',
	'current_schema',
	'current_schemas',
	'current_query',
	'currval',
	'nextval',
	'setseed',
	'random',
	'uuid',
	'gen_random_uuid',
	'version',
	'getenv'
]);

/** Aggregates and window functions: the metric kinds aggregate; a fragment is a per-row expression. */
export const AGGREGATE_FUNCTIONS = new Set([
	'count',
	'sum',
	'avg',
	'mean',
	'min',
	'max',
	'median',
	'quantile',
	'quantile_cont',
	'quantile_disc',
	'mode',
	'list',
	'array_agg',
	'string_agg',
	'histogram',
	'first',
	'last',
	'any_value',
	'arg_min',
	'arg_max',
	'stddev',
	'variance',
	'bool_and',
	'bool_or',
	'row_number',
	'rank',
	'dense_rank',
	'lag',
	'lead',
	'ntile',
	'first_value',
	'last_value'
]);

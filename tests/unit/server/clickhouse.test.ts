/** clickhouse.ts and load-clickhouse.ts without a server: rows by type, limit errors, schema checks, DDL, options. */
import { describe, expect, it } from 'vitest';
import {
	checkTables,
	clickHouseRunner,
	epochMs,
	limitError,
	queryLimits,
	toRows,
	type ClickHouseTransport
} from '../../../src/server/clickhouse';
import { parseLoadArgs, parseServeArgs } from '../../../src/server/cli-args';
import { QueryLimitError } from '../../../src/server/limits';
import { createTableSql } from '../../../src/server/load-clickhouse';

const limits = { timeoutMs: 30_000, maxRows: 100_000 };

describe('ClickHouse JSON rows', () => {
	it('reads DateTime64 text as epoch ms (UTC), 64-bit and denormal numbers as numbers, by column type', () => {
		const rows = toRows({
			meta: [
				{ name: 'bucket', type: "DateTime64(6, 'UTC')" },
				{ name: 'first', type: "Nullable(DateTime64(6, 'UTC'))" },
				{ name: 'n', type: 'UInt64' },
				{ name: 'v', type: 'Nullable(Float64)' },
				{ name: 'w', type: 'Float64' },
				{ name: 'dimension_value', type: 'Nullable(String)' }
			],
			data: [
				{
					bucket: '2025-09-01 00:00:00.000000',
					first: '2025-09-01 12:34:56.789999',
					n: 12,
					v: 'inf',
					w: '-nan',
					dimension_value: '2025-09-01 00:00:00'
				},
				{
					bucket: '1970-01-01 00:00:00.000000',
					first: null,
					n: '9007199254740993',
					v: null,
					w: 0.5,
					dimension_value: null
				}
			]
		});
		expect(rows[0]).toEqual({
			bucket: Date.UTC(2025, 8, 1),
			first: Date.UTC(2025, 8, 1, 12, 34, 56, 789),
			n: 12,
			v: Infinity,
			w: NaN,
			// A string column keeps its text, even when it looks like a date.
			dimension_value: '2025-09-01 00:00:00'
		});
		expect(rows[1]).toEqual({
			bucket: 0,
			first: null,
			n: 9007199254740992,
			v: null,
			w: 0.5,
			dimension_value: null
		});
	});

	it('reads dates and whole-second times too, and refuses other text', () => {
		expect(epochMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
		expect(epochMs('2024-02-29 23:59:59')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
		expect(epochMs('2024-02-29 23:59:59.5')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 500));
		expect(() => epochMs('yesterday')).toThrow('Not a ClickHouse date-time: yesterday');
	});
});

describe('ClickHouse limits', () => {
	it('sends the timeout in whole seconds, the row limit as throw, and readonly=1 last', () => {
		const settings = queryLimits(
			{ timeoutMs: 2500, maxRows: 7 },
			{ extra: { session_timezone: 'UTC' }, readonly: 'query' }
		);
		expect(settings).toMatchObject({
			session_timezone: 'UTC',
			max_execution_time: 3,
			max_result_rows: 7,
			result_overflow_mode: 'throw',
			readonly: 1
		});
		expect(Object.keys(settings).at(-1)).toBe('readonly');
		// A user with readonly=2 cannot write already, and may not name the setting.
		expect(queryLimits({ timeoutMs: 2500, maxRows: 7 }, { extra: {}, readonly: 'user' })).not.toHaveProperty(
			'readonly'
		);
	});

	it.each([
		[
			'Code: 159. DB::Exception: Timeout exceeded: elapsed 1.0 seconds, maximum: 1. (TIMEOUT_EXCEEDED)',
			'timeout'
		],
		['Code: 159, e.displayText() = DB::Exception: Timeout exceeded: elapsed 1.768 seconds', 'timeout'],
		[
			'Code: 396. DB::Exception: Limit for result exceeded, max rows: 10.00. (TOO_MANY_ROWS_OR_BYTES)',
			'too_many_rows'
		],
		['Code: 158, e.displayText() = DB::Exception: Limit for rows exceeded', 'too_many_rows'],
		['Timeout error.', 'timeout']
	])('maps “%s” to %s', (message, code) => {
		const error = limitError(new Error(message), limits);
		expect(error).toBeInstanceOf(QueryLimitError);
		expect(error!.code).toBe(code);
	});

	it('leaves other errors alone', () => {
		expect(
			limitError(new Error('Code: 164. DB::Exception: Cannot execute query in readonly mode'), limits)
		).toBeNull();
		expect(limitError(new Error('Code: 60. Table default.x does not exist'), limits)).toBeNull();
	});

	it('runs each query through the transport with those settings and throws the limit error', async () => {
		const seen: Record<string, string | number>[] = [];
		const transport: ClickHouseTransport = {
			query: (params) => {
				seen.push(params.clickhouse_settings);
				if (params.query.includes('many'))
					return Promise.reject(new Error('Code: 396. DB::Exception: Limit for result exceeded'));
				return Promise.resolve({
					json: <T>() => Promise.resolve({ meta: [{ name: 'x', type: 'Int32' }], data: [{ x: 1 }] } as T)
				});
			},
			close: () => Promise.resolve()
		};
		const run = clickHouseRunner(transport, { timeoutMs: 1000, maxRows: 5 });
		expect(await run('SELECT 1 AS x')).toEqual([{ x: 1 }]);
		await expect(run('SELECT many')).rejects.toThrow('The query returned more than 5 rows and was stopped.');
		expect(seen[0]).toMatchObject({ max_execution_time: 1, max_result_rows: 5, readonly: 1 });
	});
});

describe('ClickHouse schema check', () => {
	const surveys = (ts: string, score = 'Int32') => [
		{ table: 'surveys', name: 'ts', type: ts },
		{ table: 'surveys', name: 'score', type: score },
		{ table: 'surveys', name: 'customer_id', type: 'Nullable(String)' },
		{ table: 'surveys', name: 'touchpoint', type: 'LowCardinality(Nullable(String))' }
	];

	it('finds the tables present and accepts types holding the values', () => {
		expect(checkTables(surveys("DateTime64(6, 'UTC')"))).toEqual(['surveys']);
		expect(checkTables(surveys('DateTime64(6)', 'UInt8'))).toEqual(['surveys']);
		expect(checkTables([])).toEqual([]);
	});

	it('names the table and column that does not fit', () => {
		expect(() => checkTables(surveys("DateTime('UTC')"))).toThrow(
			"The ClickHouse column surveys.ts is DateTime('UTC'); Northstar needs DateTime64(6, 'UTC')."
		);
		expect(() => checkTables(surveys("DateTime64(6, 'UTC')", 'String'))).toThrow(
			'The ClickHouse column surveys.score is String; Northstar needs an integer type (Int32).'
		);
		expect(() => checkTables(surveys("DateTime64(6, 'UTC')").slice(0, 3))).toThrow(
			'The ClickHouse table surveys has no column touchpoint (VARCHAR).'
		);
	});
});

describe('load-clickhouse DDL', () => {
	it('creates a MergeTree table by month, ordered by time, Nullable where the schema allows NULL', () => {
		expect(createTableSql('surveys', 'northstar')).toEqual([
			[
				'CREATE TABLE `northstar`.`surveys` (',
				"\t`ts` DateTime64(6, 'UTC'),",
				'\t`score` Int32,',
				'\t`customer_id` Nullable(String),',
				'\t`touchpoint` Nullable(String)',
				')',
				'ENGINE = MergeTree',
				'PARTITION BY toYYYYMM(`ts`)',
				'ORDER BY (`ts`)'
			].join('\n')
		]);
		const tickets = createTableSql('tickets', 'db')[0]!;
		expect(tickets).toContain('`ticket_id` String,');
		expect(tickets).toContain('`self_service` Nullable(Bool),');
		expect(tickets).toContain('`agent_replies` Nullable(Int32),');
		expect(tickets).toContain('PARTITION BY toYYYYMM(`created_at`)\nORDER BY (`created_at`, `ticket_id`)');
		expect(createTableSql('events', 'db')[0]).toContain('`revenue` Nullable(Float64)');
	});

	it('on a cluster: local tables ON CLUSTER and a Distributed table under the canonical name', () => {
		const [local, distributed] = createTableSql('events', 'db', 'two_shards');
		expect(local).toMatch(/^CREATE TABLE `db`.`events_local` ON CLUSTER `two_shards` \(\n/);
		expect(local).toContain('ENGINE = MergeTree\nPARTITION BY toYYYYMM(`ts`)\nORDER BY (`ts`, `event_type`)');
		expect(distributed).toBe(
			'CREATE TABLE `db`.`events` ON CLUSTER `two_shards` AS `db`.`events_local`\n' +
				'ENGINE = Distributed(`two_shards`, `db`, `events_local`, cityHash64(`customer_id`))'
		);
	});

	it('quotes the names it is given', () => {
		expect(createTableSql('surveys', 'my`db', "c'1")[1]).toContain(
			"ON CLUSTER `c'1` AS `my\\`db`.`surveys_local`"
		);
	});
});

describe('northstar options', () => {
	it('serve: --data or --clickhouse, not both, not neither', () => {
		expect(parseServeArgs([], {}, 'build')).toEqual({
			error: 'Give either --data (native DuckDB) or --clickhouse URL.'
		});
		expect(parseServeArgs(['--data', 'd', '--clickhouse', 'http://h:8123'], {}, 'build')).toEqual({
			error: 'Give either --data (native DuckDB) or --clickhouse URL.'
		});
		expect(parseServeArgs(['--data', 'd', '--user', 'u'], {}, 'build')).toEqual({
			error: '--database, --user and --password go with --clickhouse.'
		});
	});

	it('serve --clickhouse: the connection, the password from the environment, the limits', () => {
		const parsed = parseServeArgs(
			[
				'--clickhouse',
				'http://ch.internal:8123/',
				'--database',
				'cx',
				'--user',
				'reader',
				'--timeout',
				'5',
				'--max-rows',
				'10'
			],
			{ NORTHSTAR_CLICKHOUSE_PASSWORD: 's3cret' },
			'build'
		);
		expect(parsed).toEqual({
			host: '127.0.0.1',
			options: {
				clickhouse: { url: 'http://ch.internal:8123', database: 'cx', user: 'reader', password: 's3cret' },
				app: 'build',
				port: 4174,
				host: '127.0.0.1',
				token: undefined,
				limits: { timeoutMs: 5000, maxRows: 10 }
			}
		});
		const given = parseServeArgs(
			['--clickhouse', 'https://h', '--password', 'p'],
			{ NORTHSTAR_CLICKHOUSE_PASSWORD: 'env' },
			'b'
		);
		expect('options' in given && given.options.clickhouse?.password).toBe('p');
	});

	it('serve --clickhouse refuses a URL that is not HTTP(S), or carries credentials', () => {
		expect(parseServeArgs(['--clickhouse', 'tcp://h:9000'], {}, 'b')).toEqual({
			error: "--clickhouse must be an http:// or https:// URL (ClickHouse's HTTP interface)."
		});
		expect(parseServeArgs(['--clickhouse', 'h:8123:x'], {}, 'b')).toMatchObject({
			error: expect.stringContaining('must be')
		});
		expect(parseServeArgs(['--clickhouse', 'http://u:p@h:8123'], {}, 'b')).toEqual({
			error: 'Give the ClickHouse user and password with --user and --password, not in the URL.'
		});
		expect(parseServeArgs(['--clickhouse', 'http://h', '--timeout', '0'], {}, 'b')).toEqual({
			error: '--timeout must be a positive number, got “0”.'
		});
	});

	it('load-clickhouse: needs --clickhouse and --data; takes --database and --cluster', () => {
		expect(parseLoadArgs(['--data', 'd'], {})).toEqual({
			error: 'load-clickhouse needs --clickhouse URL and --data DIR.'
		});
		expect(
			parseLoadArgs(
				['--clickhouse', 'http://h:8123', '--data', 'd', '--database', 'cx', '--cluster', 'c'],
				{}
			)
		).toEqual({
			connection: { url: 'http://h:8123', database: 'cx', user: undefined, password: undefined },
			load: { data: 'd', database: 'cx', cluster: 'c' }
		});
	});
});

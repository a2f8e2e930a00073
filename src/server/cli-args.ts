/** The `northstar` command's options, parsed and checked (cli.ts runs them). */
import { parseArgs } from 'node:util';
import type { ClickHouseConnection } from './clickhouse';
import { DEFAULT_LIMITS } from './limits';
import type { LoadOptions } from './load-clickhouse';
import type { ServeOptions } from './serve';

type Env = Readonly<Record<string, string | undefined>>;
type Parsed<T> = T | { error: string };

const CLICKHOUSE_OPTIONS = {
	clickhouse: { type: 'string' },
	database: { type: 'string' },
	user: { type: 'string' },
	password: { type: 'string' }
} as const;

/** `serve`'s options: exactly one of --data and --clickhouse. */
export function parseServeArgs(
	args: readonly string[],
	env: Env,
	app: string
): Parsed<{ options: Omit<ServeOptions, 'tree'>; host: string }> {
	const { values } = parseArgs({
		args: [...args],
		options: {
			data: { type: 'string' },
			'in-memory': { type: 'boolean', default: false },
			'in-place': { type: 'boolean', default: false },
			'memory-limit': { type: 'string' },
			...CLICKHOUSE_OPTIONS,
			port: { type: 'string', default: '4174' },
			host: { type: 'string', default: '127.0.0.1' },
			token: { type: 'string' },
			timeout: { type: 'string', default: String(DEFAULT_LIMITS.timeoutMs / 1000) },
			'max-rows': { type: 'string', default: String(DEFAULT_LIMITS.maxRows) },
			app: { type: 'string', default: app }
		}
	});
	if ((values.data === undefined) === (values.clickhouse === undefined)) {
		return { error: 'Give either --data (native DuckDB) or --clickhouse URL.' };
	}
	if (values.data !== undefined && (values.database ?? values.user ?? values.password) !== undefined) {
		return { error: '--database, --user and --password go with --clickhouse.' };
	}
	const nativeFlags = values['in-memory'] || values['in-place'] || values['memory-limit'] !== undefined;
	if (values.data === undefined && nativeFlags) {
		return { error: '--in-memory, --in-place and --memory-limit go with --data.' };
	}
	if (values['in-memory'] && values['in-place']) {
		return { error: 'Give --in-memory or --in-place, not both.' };
	}
	const token = values.token ?? env.NORTHSTAR_TOKEN;
	if (token !== undefined && token.length < 8) {
		return { error: 'The token must be at least 8 characters long.' };
	}
	const connection = values.clickhouse === undefined ? undefined : clickhouseConnection(values, env);
	if (connection && 'error' in connection) return connection;
	try {
		return {
			host: values.host,
			options: {
				...(values.data !== undefined
					? {
							data: values.data,
							native: {
								placement: values['in-memory'] ? 'memory' : values['in-place'] ? 'views' : 'auto',
								memoryLimit:
									values['memory-limit'] === undefined ? undefined : byteSize(values['memory-limit'])
							}
						}
					: { clickhouse: connection }),
				app: values.app,
				port: positive(values.port, 'port', true),
				host: values.host,
				token,
				limits: {
					timeoutMs: positive(values.timeout, 'timeout') * 1000,
					maxRows: positive(values['max-rows'], 'max-rows')
				}
			}
		};
	} catch (error) {
		return { error: (error as Error).message };
	}
}

/** `load-clickhouse`'s options. */
export function parseLoadArgs(
	args: readonly string[],
	env: Env
): Parsed<{ connection: ClickHouseConnection; load: LoadOptions }> {
	const { values } = parseArgs({
		args: [...args],
		options: { data: { type: 'string' }, cluster: { type: 'string' }, ...CLICKHOUSE_OPTIONS }
	});
	if (values.clickhouse === undefined || values.data === undefined) {
		return { error: 'load-clickhouse needs --clickhouse URL and --data DIR.' };
	}
	const connection = clickhouseConnection(values, env);
	if ('error' in connection) return connection;
	return {
		connection,
		load: { data: values.data, database: values.database, cluster: values.cluster }
	};
}

function clickhouseConnection(
	values: { clickhouse?: string; database?: string; user?: string; password?: string },
	env: Env
): Parsed<ClickHouseConnection> {
	let url: URL;
	try {
		url = new URL(values.clickhouse!);
	} catch {
		return { error: `--clickhouse must be a URL such as http://127.0.0.1:8123, got “${values.clickhouse}”.` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { error: `--clickhouse must be an http:// or https:// URL (ClickHouse's HTTP interface).` };
	}
	if (url.username || url.password) {
		return { error: 'Give the ClickHouse user and password with --user and --password, not in the URL.' };
	}
	return {
		url: url.href.replace(/\/$/, ''),
		database: values.database,
		user: values.user,
		password: values.password ?? env.NORTHSTAR_CLICKHOUSE_PASSWORD
	};
}

function positive(text: string, name: string, zeroAllowed = false): number {
	const value = Number(text);
	if (!Number.isFinite(value) || value < (zeroAllowed ? 0 : Number.MIN_VALUE)) {
		throw new Error(`--${name} must be a positive number, got “${text}”.`);
	}
	return value;
}

const UNITS: Record<string, number> = {
	'': 1,
	b: 1,
	kb: 1e3,
	mb: 1e6,
	gb: 1e9,
	tb: 1e12,
	kib: 2 ** 10,
	mib: 2 ** 20,
	gib: 2 ** 30,
	tib: 2 ** 40
};

/** `--memory-limit`: bytes from "8GB", "512MiB", "2.5 GB" or a plain number of bytes. */
export function byteSize(text: string): number {
	const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
	const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
	const bytes = match && unit ? Number(match[1]) * unit : NaN;
	if (!(bytes >= 1e6)) {
		throw new Error(`--memory-limit must be a size such as 8GB or 512MB (at least 1MB), got “${text}”.`);
	}
	return Math.floor(bytes);
}

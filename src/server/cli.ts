/** The `northstar` command: `northstar serve --data DIR …` (see `northstar --help`). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadShippedTree } from '../lib/metrics/load-tree';
import { DEFAULT_LIMITS } from './limits';
import { serve } from './serve';

const HELP = `Usage:
  northstar serve --data DIR|FILE.duckdb [--port 4174] [--host 127.0.0.1] [--token T]
                  [--timeout SECONDS] [--max-rows N] [--app BUILD_DIR]

Serves the Northstar app and a same-origin API that evaluates the metric tree on native DuckDB,
over DIR/{events,tickets,surveys}.{parquet,csv} or the tables of a .duckdb file (read-only).
--token (or NORTHSTAR_TOKEN) makes every API call need "Authorization: Bearer T"; open the app
with #token=T in its address, or type the token when it asks.`;

/** The package root: the built server sits in build-server/, the app in build/. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function main(argv: readonly string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		console.log(HELP);
		return command === undefined ? 1 : 0;
	}
	if (command !== 'serve') {
		console.error(`Unknown command “${command}”.\n\n${HELP}`);
		return 1;
	}
	const { values } = parseArgs({
		args: [...rest],
		options: {
			data: { type: 'string' },
			port: { type: 'string', default: '4174' },
			host: { type: 'string', default: '127.0.0.1' },
			token: { type: 'string' },
			timeout: { type: 'string', default: String(DEFAULT_LIMITS.timeoutMs / 1000) },
			'max-rows': { type: 'string', default: String(DEFAULT_LIMITS.maxRows) },
			app: { type: 'string', default: join(ROOT, 'build') }
		}
	});
	if (!values.data) {
		console.error(`--data is required.\n\n${HELP}`);
		return 1;
	}
	const token = values.token ?? process.env.NORTHSTAR_TOKEN;
	if (token !== undefined && token.length < 8) {
		console.error('The token must be at least 8 characters long.');
		return 1;
	}
	const running = await serve({
		data: values.data,
		tree: loadShippedTree(readFileSync(join(ROOT, 'data/trees/default.yaml'), 'utf8')),
		app: values.app,
		port: positive(values.port, 'port', true),
		host: values.host,
		token,
		limits: {
			timeoutMs: positive(values.timeout, 'timeout') * 1000,
			maxRows: positive(values['max-rows'], 'max-rows')
		}
	});
	console.log(`Northstar on native DuckDB: ${running.url}/${token ? '  (API needs the token)' : ''}`);
	if (!token && !['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
		console.warn(
			`Warning: listening on ${values.host} without --token: anyone who can reach it can read these metrics.`
		);
	}
	const stop = () => void running.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	return 0;
}

function positive(text: string, name: string, zeroAllowed = false): number {
	const value = Number(text);
	if (!Number.isFinite(value) || value < (zeroAllowed ? 0 : Number.MIN_VALUE)) {
		throw new Error(`--${name} must be a positive number, got “${text}”.`);
	}
	return value;
}

main(process.argv.slice(2)).then(
	(code) => {
		if (code !== 0) process.exit(code);
	},
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
);

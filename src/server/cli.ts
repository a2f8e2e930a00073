/** The `northstar` command: `northstar serve --data DIR …` (see `northstar --help`). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadShippedTree } from '../lib/metrics/load-tree';
import { parseLoadArgs, parseServeArgs } from './cli-args';
import { clientTarget, loadClickHouse } from './load-clickhouse';
import { serve } from './serve';

const HELP = `Usage:
  northstar serve --data DIR|FILE.duckdb [--in-memory|--in-place] [--memory-limit SIZE]
                  [--port 4174] [--host 127.0.0.1] [--token T]
                  [--timeout SECONDS] [--max-rows N] [--app BUILD_DIR]
  northstar serve --clickhouse URL [--database DB] [--user U] [--password P] [same options]
  northstar load-clickhouse --clickhouse URL --data DIR [--database DB] [--cluster NAME]
                  [--user U] [--password P]

serve: the Northstar app and a same-origin API that evaluates the metric tree on native DuckDB,
over DIR/{events,tickets,surveys}.{parquet,csv} or the tables of a .duckdb file (read-only), or on
ClickHouse (every query sent with readonly=1, max_execution_time and max_result_rows).
A directory's tables are loaded into memory at start when their estimated size fits in half of
DuckDB's memory limit (--memory-limit, default 80% of RAM) and in 80% of the free memory; else they
are read from the files at every query. --in-memory or --in-place forces either.
--token (or NORTHSTAR_TOKEN) makes every API call need "Authorization: Bearer T"; open the app
with #token=T in its address, or type the token when it asks.
load-clickhouse: creates the tables events, tickets, surveys (MergeTree by month; with --cluster,
<table>_local on every node and Distributed tables over them) and streams DIR's files into them.
The ClickHouse password may also come from NORTHSTAR_CLICKHOUSE_PASSWORD.`;

/** The package root: the built server sits in build-server/, the app in build/. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function main(argv: readonly string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		console.log(HELP);
		return command === undefined ? 1 : 0;
	}
	if (command === 'load-clickhouse') return loadCommand(rest);
	if (command !== 'serve') {
		console.error(`Unknown command “${command}”.\n\n${HELP}`);
		return 1;
	}
	const parsed = parseServeArgs(rest, process.env, join(ROOT, 'build'));
	if ('error' in parsed) {
		console.error(`${parsed.error}\n\n${HELP}`);
		return 1;
	}
	const { options, host } = parsed;
	const running = await serve({
		...options,
		tree: loadShippedTree(readFileSync(join(ROOT, 'data/trees/default.yaml'), 'utf8'))
	});
	const engine = options.clickhouse ? 'ClickHouse' : 'native DuckDB';
	console.log(`Northstar on ${engine}: ${running.url}/${options.token ? '  (API needs the token)' : ''}`);
	if (running.placement) console.log(`Tables: ${running.placement.reason}.`);
	if (!options.token && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
		console.warn(
			`Warning: listening on ${host} without --token: anyone who can reach it can read these metrics.`
		);
	}
	const stop = () => void running.close().then(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	return 0;
}

async function loadCommand(args: readonly string[]): Promise<number> {
	const parsed = parseLoadArgs(args, process.env);
	if ('error' in parsed) {
		console.error(`${parsed.error}\n\n${HELP}`);
		return 1;
	}
	const target = clientTarget(parsed.connection);
	try {
		const tables = await loadClickHouse(parsed.load, target, (line) => console.log(line));
		console.log(
			`Loaded ${tables.join(', ')}. Serve them with: northstar serve --clickhouse ${parsed.connection.url}`
		);
		return 0;
	} finally {
		await target.close();
	}
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

/** `northstar serve`: open the data, then serve the app and its API on one origin. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerInfo } from '../lib/api/protocol';
import { toTableSummary } from '../lib/data/summary';
import type { EvaluationRequest } from '../lib/metrics/request';
import { sqlTreeQueries, type TreeQueries } from '../lib/metrics/tree-queries';
import type { TableId, Tree } from '../lib/metrics/types';
import { createNorthstarServer } from './http';
import { DEFAULT_LIMITS, type QueryLimits } from './limits';
import { openClickHouse, type ClickHouseConnection, type ClickHouseTransport } from './clickhouse';
import { openNativeDuckDb, type NativeDatabase, type NativeOptions, type Placement } from './native-duckdb';
import { staticFiles, type StaticHandler } from './static-files';

export interface ServeOptions {
	/** A directory of Parquet/CSV files or a .duckdb file (native DuckDB)… */
	data?: string;
	/** With `data`: whether its tables are loaded into memory, read from the files, or chosen by size. */
	native?: NativeOptions;
	/** …or a ClickHouse database holding the tables (see load-clickhouse.ts). */
	clickhouse?: ClickHouseConnection;
	/** Only for tests: what carries ClickHouse's queries instead of @clickhouse/client. */
	clickhouseTransport?: ClickHouseTransport;
	/** The tree every request is evaluated with (the shipped default tree). */
	tree: Tree;
	/** The built app (`build/`); without it only the API is served (tests). */
	app?: string;
	port?: number;
	host?: string;
	token?: string;
	limits?: QueryLimits;
}

export interface RunningServer {
	url: string;
	server: Server;
	/** Where native DuckDB reads the tables from (undefined on ClickHouse). */
	placement?: Placement;
	close(): Promise<void>;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
	const database = await openDatabase(options);
	try {
		const info = await serverInfo(database);
		const queries = onlyTables(
			sqlTreeQueries(options.tree, async () => database.run, database.dialect),
			database.tables
		);
		const server = createNorthstarServer({
			queries,
			info: () => Promise.resolve(info),
			files: options.app ? staticFiles(options.app, info.engine) : noFiles,
			token: options.token,
			hosts: () => hosts
		});
		const host = options.host ?? '127.0.0.1';
		await new Promise<void>((done, fail) => {
			server.once('error', fail);
			server.listen(options.port ?? 4174, host, done);
		});
		const { port } = server.address() as AddressInfo;
		const hosts = allowedHosts(host, port);
		const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
		return {
			url,
			server,
			placement: database.placement,
			close: () =>
				new Promise((done) => {
					server.closeAllConnections();
					server.close(() => {
						database.close();
						done();
					});
				})
		};
	} catch (error) {
		database.close();
		throw error;
	}
}

const noFiles: StaticHandler = (_path, response) => {
	response.writeHead(404, { 'Content-Type': 'text/plain' }).end('This server serves only the API.');
};

/**
 * On a loopback address, only requests naming it (or localhost) are answered: a web page whose
 * DNS name was rebound to 127.0.0.1 cannot read the API. Elsewhere the token is the protection.
 */
function allowedHosts(host: string, port: number): string[] | undefined {
	const loopback = ['127.0.0.1', 'localhost', '::1', '[::1]'];
	if (!loopback.includes(host)) return undefined;
	return ['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`);
}

function openDatabase(options: ServeOptions): Promise<NativeDatabase> {
	const limits = options.limits ?? DEFAULT_LIMITS;
	if ((options.data === undefined) === (options.clickhouse === undefined)) {
		throw new Error('Serve either a data directory (--data) or a ClickHouse database (--clickhouse).');
	}
	if (options.clickhouse) return openClickHouse(options.clickhouse, limits, options.clickhouseTransport);
	return openNativeDuckDb(options.data!, limits, options.native);
}

async function serverInfo(database: NativeDatabase): Promise<ServerInfo> {
	const summaries = await Promise.all(
		database.tables.map(async (table) =>
			toTableSummary(table, (await database.run(database.summarySql(table)))[0])
		)
	);
	return { engine: database.engine, summaries };
}

/**
 * Evaluate only the tables the server has: the others' nodes get “table not loaded”, as in the browser.
 * The dimensions are the server's (its tables' canonical ones), whatever extra ones a request names.
 */
function onlyTables(queries: TreeQueries, present: readonly TableId[]): TreeQueries {
	const restrict = (request: EvaluationRequest): EvaluationRequest => ({
		...request,
		tables: (request.tables ?? present).filter((t) => present.includes(t)),
		dimensions: {}
	});
	return {
		evaluate: (request) => queries.evaluate(restrict(request)),
		breakdown: (node, dimension, request) => queries.breakdown(node, dimension, restrict(request)),
		dimensionBreakdowns: (targets, request) => queries.dimensionBreakdowns(targets, restrict(request)),
		dimensionValues: (table, dimension) => queries.dimensionValues(table, dimension, {})
	};
}

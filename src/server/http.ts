/**
 * The Northstar server: the built app and its same-origin JSON API (see lib/api/protocol.ts) on node:http.
 * Requests are validated with the browser's own schema and compiled by the browser's own code.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import * as v from 'valibot';
import {
	API,
	breakdownBodySchema,
	dimensionBreakdownsBodySchema,
	evaluateBodySchema,
	valuesBodySchema,
	type ApiError,
	type ServerInfo
} from '../lib/api/protocol';
import { RequestError } from '../lib/metrics/request';
import type { TreeQueries } from '../lib/metrics/tree-queries';
import type { NodeId } from '../lib/metrics/types';
import type { StaticHandler } from './static-files';
import { QueryLimitError } from './limits';

export interface ServerOptions {
	queries: TreeQueries;
	info: () => Promise<ServerInfo>;
	files: StaticHandler;
	/** When set, every API call needs `Authorization: Bearer <token>`. */
	token?: string;
	/** Host names (with port) the server answers to; others get 421 (a DNS-rebinding page cannot reach the API). */
	hosts?: () => readonly string[] | undefined;
}

const MAX_BODY = 64 * 1024;

export function createNorthstarServer(options: ServerOptions): Server {
	const server = createServer((request, response) => {
		handle(options, request, response).catch((error: unknown) => {
			sendError(response, 500, { code: 'query_failed', message: messageOf(error) });
		});
	});
	// Node closes an idle kept-alive connection after 5 s, which races a client reusing it just then
	// (ECONNRESET on a busy machine); a minute is what proxies and browsers expect.
	server.keepAliveTimeout = 65_000;
	return server;
}

async function handle(
	options: ServerOptions,
	request: IncomingMessage,
	response: ServerResponse
): Promise<void> {
	const url = new URL(request.url ?? '/', 'http://northstar');
	const hosts = options.hosts?.();
	if (hosts && !hosts.includes(request.headers.host ?? '')) {
		response.writeHead(421, { 'Content-Type': 'text/plain' }).end('Unknown host name.');
		return;
	}
	if (!url.pathname.startsWith('/api/')) {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		options.files(url.pathname, response, request.method === 'HEAD');
		return;
	}
	if (options.token !== undefined && !authorised(request, options.token)) {
		sendError(response, 401, { code: 'unauthorized', message: 'This server needs an access token.' });
		return;
	}
	if (url.pathname === API.info && request.method === 'GET') {
		sendJson(response, 200, await options.info());
		return;
	}
	const route = ROUTES[url.pathname];
	if (!route || request.method !== 'POST') {
		sendError(response, 404, { code: 'not_found', message: `No API ${request.method} ${url.pathname}.` });
		return;
	}
	// JSON only: a cross-site form post cannot send it without a preflight, which this server never answers.
	if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
		sendError(response, 415 as number, {
			code: 'bad_request',
			message: 'Send the request as application/json.'
		});
		return;
	}
	let body: unknown;
	try {
		body = JSON.parse(await readBody(request));
	} catch (error) {
		sendError(response, 400, { code: 'bad_request', message: messageOf(error) });
		return;
	}
	try {
		sendJson(response, 200, await route(options.queries, body));
	} catch (error) {
		if (error instanceof BadRequest || error instanceof RequestError) {
			sendError(response, 400, { code: 'bad_request', message: error.message });
		} else if (error instanceof QueryLimitError) {
			sendError(response, error.code === 'timeout' ? 504 : 422, { code: error.code, message: error.message });
		} else {
			sendError(response, 500, { code: 'query_failed', message: messageOf(error) });
		}
	}
}

class BadRequest extends Error {}

function parse<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
	const result = v.safeParse(schema, body);
	if (!result.success) {
		const issue = result.issues[0];
		const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
		throw new BadRequest(`Invalid request${path ? ` at ${path}` : ''}: ${issue.message}`);
	}
	return result.output;
}

const ROUTES: Record<string, (queries: TreeQueries, body: unknown) => Promise<unknown>> = {
	[API.evaluate]: (queries, body) => queries.evaluate(parse(evaluateBodySchema, body).request),
	[API.breakdown]: (queries, body) => {
		const { node, dimension, request } = parse(breakdownBodySchema, body);
		return queries.breakdown(node as NodeId, dimension, request);
	},
	[API.dimensionBreakdowns]: (queries, body) => {
		const { targets, request } = parse(dimensionBreakdownsBodySchema, body);
		return queries.dimensionBreakdowns(
			targets.map((t) => ({ ...t, node: t.node as NodeId })),
			request
		);
	},
	[API.values]: (queries, body) => {
		const { table, dimension, dimensions } = parse(valuesBodySchema, body);
		return queries.dimensionValues(table, dimension, dimensions);
	}
};

function authorised(request: IncomingMessage, token: string): boolean {
	const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
	if (!match) return false;
	const given = Buffer.from(match[1]!);
	const expected = Buffer.from(token);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The body as text; past MAX_BODY the rest is read and dropped (so the answer still reaches the client). */
function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((done, fail) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_BODY) chunks.push(chunk);
		});
		request.on('end', () => {
			if (size > MAX_BODY) fail(new BadRequest(`The request is larger than ${MAX_BODY / 1024} KB.`));
			else done(Buffer.concat(chunks).toString('utf8'));
		});
		request.on('error', fail);
	});
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
	const body = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
	response.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Cache-Control': 'no-store',
		'X-Content-Type-Options': 'nosniff'
	});
	response.end(body);
}

function sendError(response: ServerResponse, status: number, error: ApiError): void {
	if (response.headersSent) {
		response.destroy();
		return;
	}
	sendJson(response, status, error);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

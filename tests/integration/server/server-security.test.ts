/** What `northstar serve` refuses: calls without the token, other host names, non-JSON posts, SQL or unknown fields, oversize bodies. */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/lib/api/protocol';
import { serve, type RunningServer } from '../../../src/server/serve';
import { defaultTree } from '../../fixtures/default-tree';

const TOKEN = 'correct-horse-battery';
let server: RunningServer;

beforeAll(async () => {
	server = await serve({
		data: 'data/sample',
		tree: defaultTree,
		port: 0,
		token: TOKEN,
		limits: { timeoutMs: 10_000, maxRows: 3 }
	});
});
afterAll(() => server?.close());

const request = {
	period: { start: '2025-09-01', end: '2025-10-01' },
	previous: { start: '2025-08-01', end: '2025-09-01' },
	grain: 'month'
};

function call(
	path: string,
	init: { body?: unknown; token?: string | null; type?: string; host?: string } = {}
) {
	const headers: Record<string, string> = {};
	if (init.token !== null) headers.Authorization = `Bearer ${init.token ?? TOKEN}`;
	if (init.body !== undefined) headers['Content-Type'] = init.type ?? 'application/json';
	if (init.host) headers.Host = init.host;
	return fetch(server.url + path, {
		method: init.body === undefined ? 'GET' : 'POST',
		headers,
		body:
			init.body === undefined
				? undefined
				: typeof init.body === 'string'
					? init.body
					: JSON.stringify(init.body)
	});
}

describe('northstar serve --token', () => {
	it('answers the API only with the token', async () => {
		expect((await call(API.info, { token: null })).status).toBe(401);
		expect((await call(API.info, { token: 'correct-horse-battery-staple' })).status).toBe(401);
		const info = await call(API.info);
		expect(info.status).toBe(200);
		expect(((await info.json()) as { engine: string }).engine).toBe('duckdb');
		expect((await call(API.evaluate, { token: null, body: { tree: 'default', request } })).status).toBe(401);
	});

	it('refuses a host name other than its own (DNS rebinding)', async () => {
		// fetch() may not set Host; node:http may.
		const status = (host: string) =>
			new Promise<number | undefined>((done, fail) => {
				const url = new URL(server.url + API.info);
				httpRequest(url, { headers: { Host: host, Authorization: `Bearer ${TOKEN}` } }, (response) => {
					response.resume();
					done(response.statusCode);
				})
					.on('error', fail)
					.end();
			});
		expect(await status('attacker.example:80')).toBe(421);
		expect(await status(new URL(server.url).host)).toBe(200);
		expect(await status(`localhost:${new URL(server.url).port}`)).toBe(200);
	});

	it('takes only JSON, only the default tree, and no fields the schema does not know (no SQL)', async () => {
		expect(
			(await call(API.evaluate, { body: JSON.stringify({ tree: 'default', request }), type: 'text/plain' }))
				.status
		).toBe(415);
		const custom = await call(API.evaluate, { body: { tree: 'mine', request } });
		expect(custom.status).toBe(400);
		const sql = await call(API.evaluate, { body: { tree: 'default', request, sql: 'SELECT 1' } });
		expect(sql.status).toBe(400);
		const filter = await call(API.evaluate, {
			body: {
				tree: 'default',
				request: { ...request, filters: { "channel'; DROP TABLE tickets; --": ['x'] } }
			}
		});
		expect(filter.status).toBe(400);
		expect(((await filter.json()) as { message: string }).message).toMatch(/Unknown filter/);
		expect((await call(API.evaluate, { body: 'x'.repeat(70 * 1024) })).status).toBe(400);
	});

	it('stops a query past the row limit', async () => {
		// The week grain over a month gives 5 buckets per period: more rows than the limit of 3.
		const weekly = await call(API.evaluate, {
			body: { tree: 'default', request: { ...request, grain: 'week' } }
		});
		const result = (await weekly.json()) as { failures: { message: string }[] };
		expect(result.failures.length).toBeGreaterThan(0);
		expect(result.failures[0]!.message).toMatch(/more than 3 rows/);
	});
});

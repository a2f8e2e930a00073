/**
 * Server mode answers exactly what the browser engine answers: the default tree on the sample, evaluated
 * by DuckDB-WASM here and by `northstar serve` (native DuckDB, over HTTP and JSON), must agree to 1e-9 —
 * with the tables loaded into the server's memory (`--in-memory`, what the sample gets by default) and
 * with them read from the Parquet files at every query (`--in-place`, the fallback for data bigger
 * than memory).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/lib/api/protocol';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { breakdown, type Breakdown } from '../../../src/lib/metrics/breakdown';
import { childContributions } from '../../../src/lib/metrics/child-contributions';
import { evaluateTree, type TreeResult } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import { defaultTree } from '../../fixtures/default-tree';
import { dimensionValuesSql } from '../../../src/lib/metrics/sql/dimension-values';
import { canonicalCatalog } from '../../../src/lib/metrics/dimensions';
import { serve, type RunningServer } from '../../../src/server/serve';
import { differences } from './differences';

let wasm: Engine;
const PLACEMENTS = ['memory', 'views'] as const;
type PlacementName = (typeof PLACEMENTS)[number];
const servers = {} as Record<PlacementName, RunningServer>;

beforeAll(async () => {
	wasm = await startNodeEngine();
	for (const table of ['events', 'tickets', 'surveys'] as const) {
		const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
		await loadCanonicalTable(wasm, table, { kind: 'bytes', bytes, format: 'parquet' });
	}
	for (const placement of PLACEMENTS) {
		servers[placement] = await serve({
			data: 'data/sample',
			native: { placement },
			tree: defaultTree,
			port: 0
		});
	}
});

afterAll(async () => {
	for (const server of Object.values(servers)) await server.close();
	await wasm?.close();
});

async function post<T>(path: string, body: unknown, placement: PlacementName): Promise<T> {
	const response = await fetch(servers[placement].url + path, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body)
	});
	expect(response.status, await response.clone().text()).toBe(200);
	return (await response.json()) as T;
}

const inBrowser = (request: EvaluationRequest) => evaluateTree(defaultTree, request, (sql) => wasm.rows(sql));
const onServer = (request: EvaluationRequest, placement: PlacementName) =>
	post<TreeResult>(API.evaluate, { tree: 'default', request }, placement);

// The sample spans 2025; three periods of different length and grain, each against the one before it.
const PERIODS: [string, EvaluationRequest][] = [
	[
		'September by week',
		{
			period: { start: '2025-09-01', end: '2025-10-01' },
			previous: { start: '2025-08-01', end: '2025-09-01' },
			grain: 'week'
		}
	],
	[
		'Q2 by month',
		{
			period: { start: '2025-04-01', end: '2025-07-01' },
			previous: { start: '2025-01-01', end: '2025-04-01' },
			grain: 'month'
		}
	],
	[
		'the last 7 days by day',
		{
			period: { start: '2025-12-25', end: '2026-01-01' },
			previous: { start: '2025-12-18', end: '2025-12-25' },
			grain: 'day'
		}
	]
];

describe('northstar serve (native DuckDB) against DuckDB-WASM on the sample', () => {
	it('holds the tables in memory or reads the files, as asked', () => {
		expect(servers.memory.placement?.mode).toBe('memory');
		expect(servers.views.placement?.mode).toBe('views');
	});

	it.each(PERIODS.flatMap(([name, request]) => PLACEMENTS.map((p) => [name, p, request] as const)))(
		'gives all 20 metrics the same values, previous values and series for %s (%s)',
		async (_name, placement, request) => {
			const [browser, native] = await Promise.all([inBrowser(request), onServer(request, placement)]);
			expect(Object.keys(browser.nodes)).toHaveLength(20);
			// Every metric has a value in both periods here, so equality is not nulls matching nulls.
			const missing = Object.values(browser.nodes).filter((n) => n.value === null || n.previous === null);
			expect(missing.map((n) => n.id)).toEqual([]);
			expect(browser.failures).toEqual([]);
			expect(differences(native, browser)).toEqual([]);
		}
	);

	it.each(PLACEMENTS)('agrees with a filter on (%s)', async (placement) => {
		const [values] = [
			await post<{ value: string; rows: number }[]>(
				API.values,
				{ table: 'tickets', dimension: 'channel' },
				placement
			)
		];
		const local = (await wasm.rows(dimensionValuesSql(canonicalCatalog(), 'tickets', 'channel'))).map(
			(r) => ({
				value: String(r.value),
				rows: Number(r.rows)
			})
		);
		expect(values).toEqual(local);
		const request: EvaluationRequest = { ...PERIODS[0]![1], filters: { channel: [values[0]!.value] } };
		const [browser, native] = await Promise.all([inBrowser(request), onServer(request, placement)]);
		expect(browser.nodes['tickets' as NodeId]!.value).toBeLessThan(
			(await inBrowser(PERIODS[0]![1])).nodes['tickets' as NodeId]!.value!
		);
		expect(differences(native, browser)).toEqual([]);
	});

	it.each(
		[
			['csat', 'channel'],
			['contact_rate', 'channel'],
			['frt_median', 'priority']
		].flatMap(([node, dimension]) => PLACEMENTS.map((p) => [node!, dimension!, p] as const))
	)('breaks %s down by %s, with its contributions, the same way (%s)', async (node, dimension, placement) => {
		const request = PERIODS[1]![1];
		const local = await breakdown(defaultTree, node as NodeId, dimension, request, (sql) => wasm.rows(sql));
		const remote = await post<Breakdown>(
			API.breakdown,
			{ tree: 'default', node, dimension, request },
			placement
		);
		expect(local.rows.length).toBeGreaterThan(1);
		expect(differences(remote, local)).toEqual([]);
	});

	it.each(PLACEMENTS)(
		'splits contact rate into its children the same way from either result (%s)',
		async (placement) => {
			const request = PERIODS[0]![1];
			const [browser, native] = await Promise.all([inBrowser(request), onServer(request, placement)]);
			const id = 'contact_rate' as NodeId;
			const local = childContributions(defaultTree, browser, id);
			expect(local.status).toBe('exact');
			expect(differences(childContributions(defaultTree, native, id), local)).toEqual([]);
		}
	);
});

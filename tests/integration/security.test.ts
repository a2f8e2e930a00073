/**
 * SPEC §4 "The tree is data": a hostile tree file changes nothing, and the engine itself refuses files,
 * hosts and extra statements even when SQL reaches it directly.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateTree } from '../../src/lib/metrics/evaluate';
import { loadTree } from '../../src/lib/metrics/load-tree';
import type { EvaluationRequest } from '../../src/lib/metrics/request';
import { defaultTree } from '../fixtures/default-tree';
import type { Fragment } from '../../src/lib/metrics/fragment/ast';
import type { LeafNode, Tree } from '../../src/lib/metrics/types';
import { FIXTURE_SQL, PERIOD, PREVIOUS } from '../fixtures/metrics/cx-fixture';
import { HOSTILE_FRAGMENTS } from '../fixtures/security/hostile-fragments';
import { treeWithOrdersFilter } from '../fixtures/security/tree-with-filter';
import { startHarness, type Harness } from './metrics/engine-harness';

let harness: Harness;
let server: Server;
let hits = 0;
let url = '';
const request: EvaluationRequest = { period: PERIOD, previous: PREVIOUS, grain: 'day' };

/** Every table's row count: what a hostile file must leave exactly as it was. */
async function tableCounts(): Promise<Record<string, number>> {
	const tables = await harness.engine.rows(
		"SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"
	);
	const counts: Record<string, number> = {};
	for (const { table_name } of tables) {
		const [row] = await harness.engine.rows(`SELECT count(*) AS n FROM "${String(table_name)}"`);
		counts[String(table_name)] = Number(row!.n);
	}
	return counts;
}

beforeAll(async () => {
	harness = await startHarness(FIXTURE_SQL);
	// A host on this machine that counts requests: nothing may reach it.
	server = createServer((_, response) => {
		hits++;
		response.end('a,b\n1,2\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/beacon.csv`;
});
afterAll(async () => {
	await harness.engine.close();
	await new Promise((resolve) => server.close(resolve));
});

describe('a hostile tree file', () => {
	it('is refused, and evaluating the tree in use afterwards leaves every table and row count unchanged', async () => {
		const before = await tableCounts();
		expect(Object.keys(before)).toEqual(['events', 'surveys', 'tickets']);
		for (const hostile of [
			...HOSTILE_FRAGMENTS,
			{ sql: `event_type = 'order' AND (SELECT count(*) FROM read_csv('${url}')) >= 0` }
		]) {
			const loaded = loadTree(treeWithOrdersFilter(hostile.sql));
			expect(loaded.ok, hostile.sql).toBe(false);
		}
		// The app keeps the tree it had (the default one), and it still evaluates.
		const result = await evaluateTree(defaultTree, request, harness.run);
		expect(result.failures).toEqual([]);
		expect(await tableCounts()).toEqual(before);
		expect(hits).toBe(0);
	}, 120_000);

	it('cannot run a second statement even if a fragment got past the check: every metric query is one prepared statement', async () => {
		const before = await tableCounts();
		// Forge what the check would never produce: a fragment whose SQL breaks out of its query.
		const forged: Fragment = {
			source: 'forged',
			ast: { kind: 'boolean', value: true },
			sql: `true)) AS "x" FROM facts GROUP BY ALL; DROP TABLE surveys; CREATE TABLE pwned AS SELECT 1; SELECT ((true`
		};
		const tree: Tree = {
			...defaultTree,
			nodes: defaultTree.nodes.map((node) =>
				node.id === 'orders' ? ({ ...node, definition: { kind: 'count', filter: forged } } as LeafNode) : node
			)
		};
		const result = await evaluateTree(tree, request, harness.run);
		expect(result.failures.length).toBeGreaterThan(0);
		expect(result.failures.map((f) => f.message).join(' ')).not.toBe('');
		expect(await tableCounts()).toEqual(before);
	});
});

describe('the engine, locked when it opens', () => {
	it.each([
		['read_csv of a URL', () => `SELECT * FROM read_csv('${url}')`],
		['read_parquet of a local path', () => "SELECT * FROM read_parquet('/etc/passwd')"],
		['read_csv of a local path', () => "SELECT * FROM read_csv('/etc/passwd')"],
		[
			'a path that climbs out of the upload folder',
			() => "SELECT * FROM read_csv('/northstar-uploads/../etc/passwd')"
		],
		['glob', () => "SELECT * FROM glob('/etc/*')"],
		['COPY to a file', () => "COPY (SELECT 1) TO '/tmp/northstar-leak.csv'"],
		['ATTACH', () => "ATTACH '/tmp/northstar-leak.duckdb' AS leak"],
		// (INSTALL is a no-op in DuckDB-WASM: extensions are fetched when loaded, which is refused.)
		['LOAD an extension', () => 'LOAD httpfs']
	])('refuses %s, issued directly on the connection', async (_, sql) => {
		await expect(harness.engine.rows(sql())).rejects.toThrow();
		expect(hits).toBe(0);
	});

	it('keeps its settings locked', async () => {
		await expect(harness.engine.exec('SET enable_external_access = true')).rejects.toThrow(/locked/);
		await expect(harness.engine.exec('SET lock_configuration = false')).rejects.toThrow(/locked/);
		const [row] = await harness.engine.rows(
			"SELECT current_setting('enable_external_access') AS external, current_setting('autoload_known_extensions') AS autoload"
		);
		expect(row).toEqual({ external: false, autoload: false });
	});

	it('refuses text holding two statements, in queries and in exec', async () => {
		await expect(harness.engine.rows('SELECT 1; DROP TABLE surveys')).rejects.toThrow();
		await expect(harness.engine.exec('SELECT 1; DROP TABLE surveys')).rejects.toThrow();
		expect(Object.keys(await tableCounts())).toContain('surveys');
	});

	it('still loads files the app registers itself (a CSV by buffer)', async () => {
		const loaded = await harness.engine.loadTable('registered_csv', {
			kind: 'bytes',
			bytes: new TextEncoder().encode('a,b\n1,2\n3,4\n'),
			format: 'csv'
		});
		expect(loaded.rows).toBe(2);
		await harness.engine.exec('DROP TABLE registered_csv');
	});
});

/**
 * Where `northstar serve --data DIR` keeps the tables: loaded into native DuckDB's memory when their
 * estimated size fits (or with --in-memory), read from the files at every query otherwise (or with
 * --in-place). Either way the same cleaning as the browser's loader: a CSV in another column order,
 * with an extra column and without an optional one, gives the values DuckDB-WASM gives for the same file.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type ServerInfo } from '../../../src/lib/api/protocol';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { tableSummarySql, toTableSummary } from '../../../src/lib/data/summary';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { evaluateTree, type TreeResult } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import { canonicalCatalog } from '../../../src/lib/metrics/dimensions';
import { dimensionValuesSql } from '../../../src/lib/metrics/sql/dimension-values';
import { quoteString } from '../../../src/lib/sql/quote';
import { DEFAULT_LIMITS } from '../../../src/server/limits';
import { openNativeDuckDb } from '../../../src/server/native-duckdb';
import { serve } from '../../../src/server/serve';
import { defaultTree } from '../../fixtures/default-tree';
import { differences } from './differences';

const REQUEST: EvaluationRequest = {
	period: { start: '2025-09-01', end: '2025-10-01' },
	previous: { start: '2025-08-01', end: '2025-09-01' },
	grain: 'week',
	tables: ['tickets']
};

let dir: string;
let wasm: Engine;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'northstar-placement-'));
	// tickets.csv: the sample's tickets, columns shuffled, `team` left out, an extra `note` column.
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	await connection.run(
		`COPY (SELECT csat, created_at, ticket_id, channel, category, priority, customer_id, first_response_at,
			resolved_at, self_service, agent_replies, reopens, 'n' || ticket_id AS note
			FROM read_parquet('data/sample/tickets.parquet'))
		TO ${quoteString(join(dir, 'tickets.csv'))} (HEADER)`
	);
	connection.closeSync();
	instance.closeSync();
	wasm = await startNodeEngine();
	const bytes = new Uint8Array(readFileSync(join(dir, 'tickets.csv')));
	await loadCanonicalTable(wasm, 'tickets', { kind: 'bytes', bytes, format: 'csv' });
});

afterAll(async () => {
	await wasm?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('northstar serve --data: tables in memory or read from the files', () => {
	it.each(['memory', 'views'] as const)(
		'cleans a non-canonical CSV as the browser does (%s)',
		async (placement) => {
			const server = await serve({ data: dir, native: { placement }, tree: defaultTree, port: 0 });
			try {
				expect(server.placement?.mode).toBe(placement);
				const info = (await (await fetch(server.url + API.info)).json()) as ServerInfo;
				const local = toTableSummary('tickets', (await wasm.rows(tableSummarySql('tickets')))[0]);
				expect(local.rows).toBeGreaterThan(1000);
				expect(info.summaries).toEqual([local]);
				const response = await fetch(server.url + API.evaluate, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ tree: 'default', request: REQUEST })
				});
				const native = (await response.json()) as TreeResult;
				const browser = await evaluateTree(defaultTree, REQUEST, (sql) => wasm.rows(sql));
				// The tickets metrics have values (team is NULL everywhere, the others are not).
				expect(browser.nodes['tickets' as NodeId]!.value).toBeGreaterThan(100);
				expect(browser.nodes['csat' as NodeId]!.value).not.toBeNull();
				expect(differences(native, browser)).toEqual([]);
				// `team`, absent from the file, is a column of NULLs on both sides.
				const values = await fetch(server.url + API.values, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ table: 'tickets', dimension: 'team' })
				});
				expect(values.status).toBe(200);
				const localValues = await wasm.rows(dimensionValuesSql(canonicalCatalog(), 'tickets', 'team'));
				expect(localValues.length).toBeLessThanOrEqual(1);
				expect(
					differences(
						await values.json(),
						localValues.map((r) => ({ value: r.value, rows: Number(r.rows) }))
					)
				).toEqual([]);
			} finally {
				await server.close();
			}
		}
	);

	it('loads the sample into memory by default, and reads the files when half the memory limit is too small', async () => {
		const auto = await openNativeDuckDb('data/sample', DEFAULT_LIMITS);
		const estimate = auto.placement!.estimateBytes!;
		auto.close();
		expect(auto.placement!.mode).toBe('memory');
		// ~1M events × ~81 bytes and 200k tickets and surveys, × 1.25 (see TABLE_OVERHEAD): about 120 MB.
		expect(estimate).toBeGreaterThan(80e6);
		expect(estimate).toBeLessThan(200e6);
		const tight = await openNativeDuckDb('data/sample', DEFAULT_LIMITS, { memoryLimit: estimate * 1.9 });
		tight.close();
		expect(tight.placement!.mode).toBe('views');
		expect(tight.placement!.reason).toContain('half of the');
		const enough = await openNativeDuckDb('data/sample', DEFAULT_LIMITS, { memoryLimit: estimate * 2.1 });
		enough.close();
		expect(enough.placement!.mode).toBe('memory');
	});

	it('reads no file once the tables are in memory; as views only the data files', async () => {
		const sample = quoteString(join(process.cwd(), 'data/sample/events.parquet'));
		const other = quoteString(join(dir, 'tickets.csv'));
		const memory = await openNativeDuckDb('data/sample', DEFAULT_LIMITS, { placement: 'memory' });
		const views = await openNativeDuckDb('data/sample', DEFAULT_LIMITS, { placement: 'views' });
		try {
			await expect(memory.run(`SELECT count(*) AS n FROM read_parquet(${sample})`)).rejects.toThrow();
			expect(await views.run(`SELECT count(*) AS n FROM read_parquet(${sample})`)).toHaveLength(1);
			await expect(views.run(`SELECT count(*) AS n FROM read_csv(${other})`)).rejects.toThrow();
			await expect(memory.run(`SET enable_external_access = true`)).rejects.toThrow();
		} finally {
			memory.close();
			views.close();
		}
	});

	it('refuses a file missing a required column either way, and --in-memory on a .duckdb file', async () => {
		const broken = mkdtempSync(join(tmpdir(), 'northstar-placement-broken-'));
		try {
			writeFileSync(join(broken, 'surveys.csv'), 'ts,customer_id\n2025-01-01 00:00:00,C1\n');
			for (const placement of ['memory', 'views'] as const) {
				await expect(openNativeDuckDb(broken, DEFAULT_LIMITS, { placement })).rejects.toThrow(
					/surveys\.csv is missing required columns: score/
				);
			}
			writeFileSync(join(broken, 'x.duckdb'), '');
			await expect(
				openNativeDuckDb(join(broken, 'x.duckdb'), DEFAULT_LIMITS, { placement: 'memory' })
			).rejects.toThrow(/a \.duckdb file is opened as it is/);
		} finally {
			rmSync(broken, { recursive: true, force: true });
		}
	});
});

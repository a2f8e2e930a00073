/**
 * Extra dimensions end to end below the UI (SPEC §3): a file's unmapped text columns are offered, kept
 * under their own (odd) names, loaded, found again in the loaded table's schema, and broken down and
 * filtered by — each number checked against hand arithmetic and against native DuckDB reading the same
 * CSV with SQL written here, independently of the app's SQL.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadedExtraDimensions } from '../../../src/lib/data/extra-columns';
import { importTable } from '../../../src/lib/data/import-table';
import { inspectFile } from '../../../src/lib/data/inspect-file';
import { autoMap, extraDimensionCandidates, guessTable } from '../../../src/lib/data/mapping';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import { evaluateTree } from '../../../src/lib/metrics/evaluate';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import { quoteIdent, quoteString } from '../../../src/lib/sql/quote';
import { TABLES } from '../../../src/lib/data/schema';
import { defaultTree } from '../../fixtures/default-tree';

const REGION = 'Région "Nord"';
// Current week 03-10 … 03-16, previous week 03-03 … 03-09.
const CSV = [
	'Case Number,Opened,Rating,Channel,"Région ""Nord""",a.b,지역',
	'c1,2025-03-10 09:00:00,5,chat,Nord-Est,x,서울',
	'c2,2025-03-11 09:00:00,2,email,Nord-Est,y,서울',
	"c3,2025-03-12 09:00:00,4,chat,l'Ouest,x,부산",
	"c4,2025-03-13 09:00:00,,phone,l'Ouest,x,부산",
	'c5,2025-03-14 09:00:00,5,chat,Nord-Est,y,서울',
	'c6,2025-03-15 09:00:00,1,email,,y,부산',
	'p1,2025-03-04 09:00:00,4,chat,Nord-Est,x,서울',
	"p2,2025-03-05 09:00:00,3,email,l'Ouest,x,부산",
	"p3,2025-03-06 09:00:00,5,chat,l'Ouest,y,서울"
].join('\n');

const REQUEST: EvaluationRequest = {
	period: { start: '2025-03-10', end: '2025-03-17' },
	previous: { start: '2025-03-03', end: '2025-03-10' },
	grain: 'day',
	tables: ['tickets']
};

const byValue = <T extends { value: string | null }>(rows: readonly T[]) =>
	Object.fromEntries(rows.map((r) => [r.value ?? '∅', r]));

describe('extra dimensions from an uploaded file', () => {
	let engine: Engine;
	let native: Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>['connect']>>;
	let csvPath: string;
	let request: EvaluationRequest;

	beforeAll(async () => {
		engine = await startNodeEngine();
		// The other tables, empty and canonical (the catalog is read from every loaded table).
		for (const table of ['events', 'surveys'] as const) {
			const columns = TABLES[table].columns.map((c) => `${quoteIdent(c.name)} ${c.type}`);
			await engine.exec(`CREATE TABLE ${table} (${columns.join(', ')})`);
		}
		csvPath = join(mkdtempSync(join(tmpdir(), 'northstar-extra-')), 'cases.csv');
		writeFileSync(csvPath, CSV);
		native = await (await DuckDBInstance.create(':memory:')).connect();
	});
	afterAll(async () => {
		native.closeSync();
		await engine.close();
	});

	/** Native DuckDB over the CSV itself: rows per (period, value) with SQL written by hand. */
	async function independent(select: string, column: string) {
		const sql = `SELECT CASE WHEN CAST(Opened AS TIMESTAMP) >= TIMESTAMP '2025-03-10' THEN 'current' ELSE 'previous' END AS period,
			${quoteIdent(column)} AS value, ${select}
			FROM read_csv(${quoteString(csvPath)}, header = true, all_varchar = true)
			GROUP BY ALL`;
		const rows = (await native.runAndReadAll(sql)).getRowObjectsJS();
		return (period: string, value: string | null) =>
			rows.find((r) => r.period === period && (r.value ?? null) === value)?.n ?? null;
	}

	it('offers the unmapped text columns, odd names included, and keeps them as VARCHAR columns', async () => {
		const file = new File([CSV], 'cases.csv', { type: 'text/csv' });
		const inspection = await inspectFile(engine, file);
		const table = guessTable(inspection.columns, inspection.samples);
		expect(table).toBe('tickets');
		const mapping = autoMap('tickets', inspection.columns, inspection.samples);
		expect(mapping.ticket_id?.source).toBe('Case Number');
		expect(mapping.csat?.source).toBe('Rating');
		const candidates = extraDimensionCandidates('tickets', inspection.columns, inspection.samples, mapping);
		expect(candidates).toEqual([REGION, 'a.b', '지역']);
		const report = await importTable(engine, {
			table: 'tickets',
			mapping,
			mode: 'replace',
			extras: candidates,
			source: { kind: 'file', file, format: 'csv' }
		});
		expect(report.dimensions).toEqual({ kept: candidates, tooMany: [] });
		const described = await engine.describe('tickets');
		expect(described.filter((c) => candidates.includes(c.name)).map((c) => c.type)).toEqual([
			'VARCHAR',
			'VARCHAR',
			'VARCHAR'
		]);
		const extra = await loadedExtraDimensions(engine);
		expect(extra).toEqual({ tickets: candidates });
		request = { ...REQUEST, dimensions: extra };
	});

	it('breaks tickets down by an extra dimension as native DuckDB counts them', async () => {
		const result = await breakdown(defaultTree, 'tickets' as NodeId, REGION, request, (sql) =>
			engine.rows(sql)
		);
		expect(result.dimension).toBe(REGION);
		const rows = byValue(result.rows);
		// Current: Nord-Est c1 c2 c5 = 3, l'Ouest c3 c4 = 2, missing c6 = 1; previous: p1 = 1, p2 p3 = 2.
		expect(rows['Nord-Est']).toMatchObject({ current: 3, previous: 1 });
		expect(rows["l'Ouest"]).toMatchObject({ current: 2, previous: 2 });
		expect(rows['∅']!.current).toBe(1);
		expect(rows['∅']!.previous ?? 0).toBe(0);
		const count = await independent('count(*) AS n', REGION);
		for (const row of result.rows) {
			expect(row.current).toBe(Number(count('current', row.value)));
			expect(row.previous ?? 0).toBe(Number(count('previous', row.value) ?? 0));
		}
		// The change splits exactly over the values: 6 − 3 = 3 = (3 − 1) + (2 − 2) + (1 − 0).
		const split = result.decomposition;
		expect(split.status).toBe('exact');
		const total = split.status === 'exact' ? split.contributions.reduce((sum, c) => sum + c.amount, 0) : NaN;
		expect(total).toBeCloseTo(3, 12);
	});

	it('breaks a rate (CSAT) down by a Korean-named dimension as native DuckDB computes it', async () => {
		const result = await breakdown(defaultTree, 'csat' as NodeId, '지역', request, (sql) => engine.rows(sql));
		const rows = byValue(result.rows);
		// 서울 now: c1 5, c2 2, c5 5 → 2 of 3 rated ≥ 4 = 66.67 %; before: p1 4, p3 5 → 100 %.
		// 부산 now: c3 4, c6 1 (c4 unrated) → 1 of 2 = 50 %; before: p2 3 → 0 %.
		expect(rows['서울']!.current).toBeCloseTo(200 / 3, 9);
		expect(rows['서울']!.previous).toBe(100);
		expect(rows['부산']!.current).toBe(50);
		expect(rows['부산']!.previous).toBe(0);
		const share = await independent(
			'100.0 * count(*) FILTER (WHERE CAST(Rating AS INTEGER) >= 4) / count(Rating) AS n',
			'지역'
		);
		for (const row of result.rows) {
			expect(row.current).toBeCloseTo(Number(share('current', row.value)), 9);
			expect(row.previous).toBeCloseTo(Number(share('previous', row.value)), 9);
		}
	});

	it('filters by an extra dimension (plain and qualified key) in the tree’s one batched statement', async () => {
		const sent: string[] = [];
		const run = (sql: string) => {
			sent.push(sql);
			return engine.rows(sql);
		};
		const plain = await evaluateTree(defaultTree, { ...request, filters: { [REGION]: ['Nord-Est'] } }, run);
		// Nord-Est tickets: c1 c2 c5 now (3), p1 before (1).
		expect(plain.nodes['tickets' as NodeId]).toMatchObject({ value: 3, previous: 1 });
		const statements = sent.length;
		const qualified = await evaluateTree(
			defaultTree,
			{ ...request, filters: { [`tickets.${REGION}`]: ['Nord-Est'] } },
			run
		);
		expect(qualified.nodes['tickets' as NodeId]).toMatchObject({ value: 3, previous: 1 });
		// The same number of statements with or without extra dimensions loaded: one per table and kind.
		const before = sent.length;
		await evaluateTree(defaultTree, REQUEST, run);
		expect(sent.length - before).toBe(statements);
		const count = await independent('count(*) AS n', REGION);
		expect(Number(count('current', 'Nord-Est'))).toBe(3);
	});

	it('leaves the extra columns out of the facts it neither groups nor filters by', async () => {
		const sent: string[] = [];
		await evaluateTree(defaultTree, request, (sql) => {
			sent.push(sql);
			return engine.rows(sql);
		});
		expect(sent.join('\n')).toContain(`"tickets".* EXCLUDE ("Région ""Nord""", "a.b", "지역")`);
		sent.length = 0;
		await breakdown(defaultTree, 'tickets' as NodeId, 'a.b', request, (sql) => {
			sent.push(sql);
			return engine.rows(sql);
		});
		expect(sent.join('\n')).toContain(`"tickets".* EXCLUDE ("Région ""Nord""", "지역")`);
	});

	it('does not keep a column with more than 1,000 distinct values, and appends rows without the extras as NULL', async () => {
		const lines = ['id,created,Agent'];
		// 1,001 agents, one ticket each: one more than an extra dimension may have.
		for (let i = 0; i < 1001; i++) lines.push(`n${i},2025-03-16 10:00:00,agent ${i}`);
		const file = new File([lines.join('\n')], 'agents.csv', { type: 'text/csv' });
		const report = await importTable(engine, {
			table: 'tickets',
			mapping: { ticket_id: { source: 'id' }, created_at: { source: 'created', reading: 'text' } },
			mode: 'append',
			extras: ['Agent'],
			source: { kind: 'file', file, format: 'csv' }
		});
		expect(report.dimensions).toEqual({ kept: [], tooMany: [{ name: 'Agent', values: 1001 }] });
		// Appended without the extra columns: the earlier ones stay, NULL for the new rows.
		expect(await loadedExtraDimensions(engine)).toEqual({ tickets: [REGION, 'a.b', '지역'] });
		const result = await breakdown(defaultTree, 'tickets' as NodeId, REGION, request, (sql) =>
			engine.rows(sql)
		);
		// The 1,001 new tickets of 03-16 have no region: 1 (c6) + 1,001 = 1,002 missing now.
		expect(byValue(result.rows)['∅']).toMatchObject({ current: 1002 });
	});
});

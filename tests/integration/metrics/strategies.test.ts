/**
 * The optimised SQL (distinct counts in two grouping steps) and the raw SQL (every aggregate in one
 * SELECT) give identical values — whole trees, series and breakdowns — on the hand-made fixture and
 * on generated sample data, through duckdb-wasm.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../../data/generator/sample';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { TABLE_IDS } from '../../../src/lib/data/schema';
import { defaultTree } from '../../fixtures/default-tree';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import { leavesByTable } from '../../../src/lib/metrics/compile';
import { evaluateTreeWith } from '../../../src/lib/metrics/evaluate';
import { checkRequest } from '../../../src/lib/metrics/request';
import { groupRows } from '../../../src/lib/metrics/rows';
import { tableQuery, type QueryStrategy } from '../../../src/lib/metrics/sql/table-query';
import { FIXTURE_SQL, PERIOD, PREVIOUS } from '../../fixtures/metrics/cx-fixture';
import { startHarness, type Harness } from './engine-harness';

const tree = defaultTree;

/** Requests that exercise each grouping: whole periods, day/week/month buckets, filters (with a NULL value). */
function requests(
	period: EvaluationRequest['period'],
	previous: EvaluationRequest['previous']
): EvaluationRequest[] {
	return [
		{ period, previous, grain: 'day' },
		{ period, previous, grain: 'week', filters: { segment: ['returning', 'vip'] } },
		{ period, previous, grain: 'month', filters: { channel: ['chat', 'web'], team: [null, 'A'] } },
		{ period, previous, grain: 'day', filters: { segment: [null] } }
	];
}

async function expectSameTree(harness: Harness, request: EvaluationRequest) {
	const raw = await evaluateTreeWith(tree, request, harness.run, 'raw');
	const optimised = await evaluateTreeWith(tree, request, harness.run, 'optimised');
	expect(raw.failures).toEqual([]);
	expect(optimised.nodes).toEqual(raw.nodes);
}

/** Every leaf node broken down by every dimension of its table, the grouped numbers compared. */
async function expectSameBreakdowns(harness: Harness, request: EvaluationRequest) {
	const checked = checkRequest(request);
	for (const [table, nodes] of leavesByTable(tree.nodes)) {
		for (const dimension of checked.dimensions.tables[table]) {
			const sql = (strategy: QueryStrategy) =>
				tableQuery({ table, nodes, request: checked, grouping: { kind: 'dimension', dimension }, strategy });
			const raw = groupRows(await harness.run(sql('raw')), 'dimension_value');
			const optimised = groupRows(await harness.run(sql('optimised')), 'dimension_value');
			expect(optimised, `${table} by ${dimension}`).toEqual(raw);
		}
	}
}

describe('optimised and raw SQL on the hand-made fixture', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness(FIXTURE_SQL);
	});
	afterAll(() => harness.engine.close());

	it('give identical trees, series included', async () => {
		for (const request of requests(PERIOD, PREVIOUS)) await expectSameTree(harness, request);
	});

	it('give identical breakdowns by every dimension', async () => {
		for (const request of requests(PERIOD, PREVIOUS)) await expectSameBreakdowns(harness, request);
	});
});

describe('optimised and raw SQL on generated sample data', () => {
	const dir = mkdtempSync(join(tmpdir(), 'northstar-strategies-'));
	let harness: Harness;
	beforeAll(async () => {
		await generateSample({ scale: 0.05, seed: 42, outDir: dir });
		harness = await startHarness('SELECT 1');
		for (const table of TABLE_IDS) {
			const bytes = readFileSync(join(dir, `${table}.parquet`));
			await loadCanonicalTable(harness.engine, table, { kind: 'bytes', bytes, format: 'parquet' });
		}
	}, 120_000);
	afterAll(async () => {
		await harness.engine.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('give identical trees in November and in the incident week', async () => {
		const months = requests(
			{ start: '2025-11-01', end: '2025-12-01' },
			{ start: '2025-10-01', end: '2025-11-01' }
		);
		const incident = requests(
			{ start: '2025-09-08', end: '2025-09-15' },
			{ start: '2025-09-01', end: '2025-09-08' }
		);
		for (const request of [...months, ...incident]) await expectSameTree(harness, request);
	});

	it('give identical breakdowns by every dimension', async () => {
		const request = requests(
			{ start: '2025-11-01', end: '2025-12-01' },
			{ start: '2025-10-01', end: '2025-11-01' }
		);
		for (const r of request.slice(0, 2)) await expectSameBreakdowns(harness, r);
	});
});

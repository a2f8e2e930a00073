/**
 * Anomalies (SPEC §4 "Anomalies") on generated data: the sample's incident and launch are flagged,
 * and on the same year without its story (`--no-story`) the false-alarm rate is at most 1 per 1,000.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../../data/generator/sample';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { TABLE_IDS } from '../../../src/lib/data/schema';
import { median } from '../../../src/lib/metrics/anomalies';
import { evaluateTree, type TreeResult } from '../../../src/lib/metrics/evaluate';
import type { NodeId } from '../../../src/lib/metrics/types';
import { defaultTree } from '../../fixtures/default-tree';
import { startHarness, type Harness } from './engine-harness';

async function harnessOn(dir: string): Promise<Harness> {
	const harness = await startHarness('SELECT 1');
	for (const table of TABLE_IDS) {
		const bytes = readFileSync(join(dir, `${table}.parquet`));
		await loadCanonicalTable(harness.engine, table, { kind: 'bytes', bytes, format: 'parquet' });
	}
	return harness;
}

const days = (result: TreeResult, id: string) => result.nodes[id as NodeId]!.anomalies;

describe('anomalies on the sample', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await harnessOn('data/sample');
	}, 120_000);
	afterAll(() => harness.engine.close());

	const evaluate = (start: string, end: string, previous: string) =>
		evaluateTree(
			defaultTree,
			{ period: { start, end }, previous: { start: previous, end: start }, grain: 'day' },
			harness.run
		);

	it('flags the incident week (2025-09-08 … 14) on tickets, contact rate and CSAT, as bad news', async () => {
		const result = await evaluate('2025-09-08', '2025-09-15', '2025-09-01');
		for (const [id, side] of [
			['tickets', 'high'],
			['contact_rate', 'high'],
			['csat', 'low']
		] as const) {
			const anomalies = days(result, id);
			expect(anomalies.length, id).toBeGreaterThan(0);
			for (const anomaly of anomalies) expect(anomaly, id).toMatchObject({ side, good: false });
		}
		console.log(
			'incident week:',
			['tickets', 'contact_rate', 'csat', 'sla_attainment', 'backlog']
				.map(
					(id) =>
						`${id} ${days(result, id)
							.map((a) => a.day.slice(5))
							.join(' ')}`
				)
				.join('; ')
		);
	});

	it('takes the expected value from the 8 same weekdays before, counted straight from the table', async () => {
		const result = await evaluate('2025-09-08', '2025-09-15', '2025-09-01');
		const monday = days(result, 'tickets').find((a) => a.day === '2025-09-08')!;
		// Tickets on the 8 Mondays before 2025-09-08 (07-14 … 09-01), counted by SQL apart from the tree.
		const rows = await harness.engine.rows(`
			SELECT count(*) AS n FROM tickets
			WHERE created_at >= TIMESTAMP '2025-07-14' AND created_at < TIMESTAMP '2025-09-02'
				AND dayofweek(created_at) = 1
			GROUP BY date_trunc('day', created_at)`);
		expect(rows).toHaveLength(8);
		const expected = median(rows.map((r) => Number(r.n)));
		expect(monday.expected).toBe(expected);
		// The day itself, and the spread: the MAD or √expected, whichever is larger.
		const [day] = await harness.engine.rows(
			`SELECT count(*) AS n FROM tickets WHERE created_at >= TIMESTAMP '2025-09-08' AND created_at < TIMESTAMP '2025-09-09'`
		);
		expect(monday.value).toBe(Number(day!.n));
		expect(monday.spread).toBeGreaterThanOrEqual(Math.sqrt(expected));
		expect(Math.abs(monday.value - monday.expected)).toBeGreaterThan(4 * monday.spread);
	});

	it('flags the self-service launch (2025-06-01 on) on the self-service rate, as good news', async () => {
		const result = await evaluate('2025-06-01', '2025-06-15', '2025-05-18');
		const anomalies = days(result, 'self_service_rate');
		expect(anomalies.length).toBeGreaterThan(0);
		expect(anomalies[0]!.day <= '2025-06-07').toBe(true);
		for (const anomaly of anomalies) expect(anomaly).toMatchObject({ side: 'high', good: true });
	});
});

describe('false alarms on the year without its story', () => {
	const dir = mkdtempSync(join(tmpdir(), 'northstar-quiet-'));
	let harness: Harness;
	beforeAll(async () => {
		await generateSample({ scale: 1, seed: 42, outDir: dir, story: false });
		harness = await harnessOn(dir);
	}, 300_000);
	afterAll(async () => {
		await harness.engine.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('flags at most 1 node-day in 1,000', async () => {
		const result = await evaluateTree(
			defaultTree,
			{
				period: { start: '2025-01-01', end: '2026-01-01' },
				previous: { start: '2024-01-01', end: '2025-01-01' },
				grain: 'month'
			},
			harness.run
		);
		// Judged days: those with 8 full weeks of data before them, 2025-02-26 … 12-31 (365 − 56 = 309).
		const nodeDays = defaultTree.nodes.length * (365 - 56);
		const flagged = Object.values(result.nodes).flatMap((node) =>
			node.anomalies.map(
				(a) => `${node.id} ${a.day} ${a.side} ${a.value.toFixed(1)} vs ${a.expected.toFixed(1)}`
			)
		);
		const perThousand = (1000 * flagged.length) / nodeDays;
		console.log(
			`false alarms without the story: ${flagged.length} of ${nodeDays} node-days = ${perThousand.toFixed(2)} per 1,000\n  ${flagged.join('\n  ')}`
		);
		expect(perThousand).toBeLessThanOrEqual(1);
	});
});

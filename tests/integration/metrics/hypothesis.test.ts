/**
 * Hypotheses (SPEC §4) through the ordinary evaluation on DuckDB-WASM: a hand-computed fixture, then
 * the sample's shipped hypothesis "contact_rate goes down after the self-service launch (2025-06-01)".
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { parseAnnotationFile, type Annotation } from '../../../src/lib/metrics/annotations';
import { evaluateTree } from '../../../src/lib/metrics/evaluate';
import { hypothesisRequest, hypothesisResult } from '../../../src/lib/metrics/hypothesis';
import type { NodeId } from '../../../src/lib/metrics/types';
import { CREATE_TABLES } from '../../fixtures/metrics/cx-fixture';
import { startHarness, type Harness } from './engine-harness';

const check = async (harness: Harness, annotation: Annotation) => {
	const hypothesis = annotation.hypothesis!;
	const result = await evaluateTree(defaultTree, hypothesisRequest(annotation, hypothesis), harness.run);
	return hypothesisResult(hypothesis, result.nodes[hypothesis.metric as NodeId]!);
};

describe('a hand-computed hypothesis', () => {
	let harness: Harness;
	/** `per` rows a day at noon from `from` for `days` days. */
	const daily = (from: string, days: number, per: number, row: (ts: string) => string) =>
		`SELECT ${row(`TIMESTAMP '${from} 12:00' + INTERVAL (d) DAY`)} FROM range(${days}) t(d), range(${per}) r(k)`;
	const ticket = (ts: string) =>
		`'x' || d || '-' || k || '-' || epoch(${ts}), ${ts}, 'c' || k, NULL, NULL, 'chat', 'delivery', 'normal', 'A', false, NULL, NULL, NULL`;
	const order = (ts: string) => `${ts}, 'c' || d || '-' || k, 'order', 'web', 'new', 10.0`;
	beforeAll(async () => {
		harness = await startHarness(
			[
				CREATE_TABLES,
				// 10 orders a day from 2025-05-04 to 2025-06-29 (57 days, the launch day included)
				`INSERT INTO events ${daily('2025-05-04', 57, 10, order)};`,
				// 2 tickets a day before the launch (05-04 … 05-31), 1 a day after (06-02 … 06-29)…
				`INSERT INTO tickets ${daily('2025-05-04', 28, 2, ticket)};`,
				`INSERT INTO tickets ${daily('2025-06-02', 28, 1, ticket)};`,
				// …and 500 on the launch day itself, which the check must leave out
				`INSERT INTO tickets ${daily('2025-06-01', 1, 500, ticket)};`
			].join('\n')
		);
	});
	afterAll(() => harness.engine.close());

	it('compares the 28 days after with the 28 before, the launch day left out', async () => {
		const launch: Annotation = {
			id: 'launch',
			start: '2025-06-01',
			label: 'Launch',
			hypothesis: { metric: 'contact_rate', expect: 'down', days: 28 }
		};
		const result = await check(harness, launch);
		// before: 100 × 56 tickets ÷ 280 orders = 20; after: 100 × 28 ÷ 280 = 10 → change −10
		expect(result.before).toBeCloseTo(20, 12);
		expect(result.after).toBeCloseTo(10, 12);
		expect(result.change).toBeCloseTo(-10, 12);
		// |ln(10 ÷ 20)| = 0.693 > 1.96 √(1/28 + 1/56) = 1.96 × 0.2315 = 0.4537: significant, and down
		expect(result.significance).toBe('significant');
		expect(result.verdict).toBe('supported');
		// change interval: before 100 × 1.96 √56 ÷ 280 = 5.2383, after 100 × 1.96 √28 ÷ 280 = 3.7041;
		// −10 ± √(5.2383² + 3.7041²) = −10 ± 6.4156
		expect(result.changeInterval!.lo).toBeCloseTo(-16.4156, 3);
		expect(result.changeInterval!.hi).toBeCloseTo(-3.5844, 3);
		// expecting it to go up instead: the same significant fall contradicts it
		const up = await check(harness, { ...launch, hypothesis: { ...launch.hypothesis!, expect: 'up' } });
		expect(up.verdict).toBe('contradicted');
	});
});

describe('the sample’s shipped hypothesis', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness('SELECT 1');
		for (const table of ['events', 'tickets', 'surveys'] as const) {
			const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
			await harness.engine.loadTable(table, { kind: 'bytes', bytes, format: 'parquet' });
		}
	}, 120_000);
	afterAll(() => harness.engine.close());

	it('has a verdict that agrees with its values, whatever the data says', async () => {
		const parsed = parseAnnotationFile(readFileSync('data/annotations/sample.json', 'utf8'));
		if (!parsed.ok) throw new Error('the sample notes are invalid');
		const launch = parsed.value.find((a) => a.hypothesis?.metric === 'contact_rate')!;
		expect(launch.start).toBe('2025-06-01');
		const result = await check(harness, launch);
		console.log('self-service launch → contact_rate:', JSON.stringify(result));
		expect(result.before).not.toBeNull();
		expect(result.after).not.toBeNull();
		expect(result.change).toBeCloseTo(result.after! - result.before!, 12);
		// the interval of the change holds the change
		expect(result.changeInterval!.lo).toBeLessThan(result.change!);
		expect(result.changeInterval!.hi).toBeGreaterThan(result.change!);
		const expected =
			result.significance !== 'significant'
				? 'inconclusive'
				: result.change! < 0
					? 'supported'
					: 'contradicted';
		expect(result.verdict).toBe(expected);
	});

	it('gives the same period values for every node with periodValuesOnly, without one series statement', async () => {
		const launch = {
			id: 'launch',
			start: '2025-06-01',
			label: 'Launch',
			hypothesis: { metric: 'contact_rate', expect: 'down' as const, days: 28 }
		};
		for (const request of [
			// the whole tree, and the check's own request (the metric and its formula children)
			hypothesisRequest(launch, launch.hypothesis),
			{ ...hypothesisRequest(launch, launch.hypothesis), nodes: ['contact_rate'] },
			{ ...hypothesisRequest(launch, launch.hypothesis), filters: { category: ['delivery'] } }
		]) {
			const before = harness.sent.length;
			const full = await evaluateTree(defaultTree, request, harness.run);
			const fullSql = harness.sent.slice(before);
			const after = harness.sent.length;
			const values = await evaluateTree(defaultTree, { ...request, periodValuesOnly: true }, harness.run);
			const valuesSql = harness.sent.slice(after);
			// One aggregate and one series statement per table read; with the flag the aggregates alone, the same SQL.
			expect(valuesSql).toEqual(fullSql.filter((_, i) => i % 2 === 0));
			expect(valuesSql.length * 2).toBe(fullSql.length);
			expect(values.failures).toEqual([]);
			expect(Object.keys(values.nodes).sort()).toEqual(Object.keys(full.nodes).sort());
			for (const [id, node] of Object.entries(full.nodes)) {
				const { series: _series, anomalies: _anomalies, ...periodValues } = node;
				const { series, anomalies, ...shown } = values.nodes[id as NodeId]!;
				expect(shown, id).toEqual(periodValues);
				expect(series).toEqual([]);
				expect(anomalies).toEqual([]);
			}
			// Not vacuous: the full evaluation has series and contact_rate has a value.
			expect(full.nodes['contact_rate' as NodeId]!.series.length).toBeGreaterThan(0);
			expect(values.nodes['contact_rate' as NodeId]!.value).not.toBeNull();
		}
	});
});

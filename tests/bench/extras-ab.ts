/**
 * Issue 10: do a few extra dimensions (SPEC §3) slow the tree down? Engine level, duckdb-wasm under
 * Node, on the bench's cached sample with three extra text columns added to events and tickets
 * (region, status, payment: 4–6 values each). Alternating, per round:
 *
 *   - the tree after a filter, without and with the extra dimensions in the request (same tables);
 *   - the same tree filtered by an extra dimension instead of a canonical one (one value of 5);
 *   - "What changed": the tickets `dimensions` statement over the canonical dimensions, and over
 *     the canonical and the extra ones.
 *
 *   npx tsx tests/bench/extras-ab.ts [--scale 1|10] [--rounds 5]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCanonicalTable } from '../../src/lib/data/load';
import { TABLE_IDS } from '../../src/lib/data/schema';
import { startNodeEngine } from '../../src/lib/engine/node';
import { compileTree } from '../../src/lib/metrics/compile';
import type { ExtraDimensions } from '../../src/lib/metrics/dimensions';
import { dimensionBreakdowns, type TargetRequest } from '../../src/lib/metrics/explain';
import { loadTree } from '../../src/lib/metrics/load-tree';
import { checkRequest, type EvaluationRequest } from '../../src/lib/metrics/request';
import type { NodeId } from '../../src/lib/metrics/types';
import { parseAbArgs } from './ab-args';
import { ensureScaleData } from './data';
import { median } from './report';

const { scale, rounds } = parseAbArgs({ scale: 10, rounds: 5 });

const loaded = loadTree(readFileSync('data/trees/default.yaml', 'utf8'));
if (!loaded.ok) throw new Error('data/trees/default.yaml is invalid');
const tree = loaded.value;

const EXTRA = ['Region', 'Status', 'Payment'];
const extras: ExtraDimensions = { events: EXTRA, tickets: EXTRA };
const base: EvaluationRequest = {
	period: { start: '2025-11-01', end: '2025-12-01' },
	previous: { start: '2025-10-02', end: '2025-11-01' },
	grain: 'day'
};
const CASES: Record<string, EvaluationRequest> = {
	'tree, filter segment, no extras': { ...base, filters: { segment: ['returning'] } },
	'tree, filter segment, 3 extras': { ...base, filters: { segment: ['returning'] }, dimensions: extras },
	'tree, filter extra Region': { ...base, filters: { 'tickets.Region': ['North'] }, dimensions: extras }
};

const data = await ensureScaleData(scale, console.log);
const engine = await startNodeEngine();
for (const table of TABLE_IDS) {
	const bytes = readFileSync(join(data.dir, `${table}.parquet`));
	await loadCanonicalTable(engine, table, { kind: 'bytes', bytes, format: 'parquet' });
}
// Three low-cardinality text columns, as an analyst's export would bring (values by a hash of the row).
for (const table of ['events', 'tickets'] as const) {
	const key = table === 'events' ? 'customer_id' : 'ticket_id';
	await engine.exec(`CREATE TABLE extended AS SELECT *,
		['North','South','East','West','Centre'][(1 + hash(${key}) % 5)::INTEGER] AS "Region",
		['open','pending','solved','closed'][(1 + hash(${key}, 1) % 4)::INTEGER] AS "Status",
		['card','cash','transfer','voucher','wallet','invoice'][(1 + hash(${key}, 2) % 6)::INTEGER] AS "Payment"
		FROM ${table}`);
	await engine.exec(`DROP TABLE ${table}`);
	await engine.exec(`ALTER TABLE extended RENAME TO ${table}`);
}
const rows = (sql: string) => engine.rows(sql);

const times: Record<string, number[]> = {};
const record = (key: string, ms: number) => (times[key] ??= []).push(ms);
const canonical = checkRequest(base).dimensions.tables.tickets;
const target = (dimensions: readonly string[]): TargetRequest[] => [
	{ node: 'tickets' as NodeId, table: 'tickets', dimensions }
];
for (let round = 0; round <= rounds; round++) {
	// The order turns each round, so no case always runs right after the same other one.
	const cases = Object.entries(CASES);
	const turned = [...cases.slice(round % cases.length), ...cases.slice(0, round % cases.length)];
	for (const [name, request] of turned) {
		const start = performance.now();
		for (const query of compileTree(tree, checkRequest(request))) await rows(query.sql);
		if (round > 0) record(name, performance.now() - start);
	}
	const changed = [
		['what changed (tickets), canonical dimensions', canonical, base],
		['what changed (tickets), + 3 extras', [...canonical, ...EXTRA], { ...base, dimensions: extras }]
	] as const;
	for (const [name, dimensions, request] of round % 2 ? [...changed].reverse() : changed) {
		const start = performance.now();
		const breakdowns = await dimensionBreakdowns(tree, target(dimensions), request, rows);
		if (round > 0) record(name, performance.now() - start);
		// Every dimension asked for came back with values: the statement really grouped by the extras.
		if (breakdowns.length !== dimensions.length || breakdowns.some((b) => b.rows.length === 0)) {
			throw new Error(`${name}: ${breakdowns.length} breakdowns for ${dimensions.length} dimensions`);
		}
	}
}
console.log(`${scale}×, ${rounds} rounds after a warm-up, duckdb-wasm under Node; median (best) ms:`);
for (const [name, list] of Object.entries(times)) {
	console.log(
		`  ${name.padEnd(48)} ${median(list).toFixed(0).padStart(6)} (${Math.min(...list).toFixed(0)})`
	);
}
await engine.close();

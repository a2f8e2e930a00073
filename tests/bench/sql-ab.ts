/**
 * A/B of the tree's SQL strategies, engine level: the raw and the optimised statements of one tree
 * evaluation, run alternately (so machine noise hits both alike) in duckdb-wasm under Node and in
 * native DuckDB, on the bench's cached sample data.
 *
 *   npx tsx tests/bench/sql-ab.ts [--scale 1|10] [--rounds 7]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCanonicalTable } from '../../src/lib/data/load';
import { TABLE_IDS } from '../../src/lib/data/schema';
import { startNodeEngine } from '../../src/lib/engine/node';
import { compileTree, type CompiledQuery } from '../../src/lib/metrics/compile';
import { loadTree } from '../../src/lib/metrics/load-tree';
import { checkRequest, type EvaluationRequest } from '../../src/lib/metrics/request';
import type { QueryStrategy } from '../../src/lib/metrics/sql/table-query';
import { parseAbArgs } from './ab-args';
import { ensureScaleData } from './data';
import { openNative } from './native';
import { median } from './report';

const { scale, rounds } = parseAbArgs({ scale: 1, rounds: 7 });

const loaded = loadTree(readFileSync('data/trees/default.yaml', 'utf8'));
if (!loaded.ok) throw new Error('data/trees/default.yaml is invalid');
const tree = loaded.value;

const REQUESTS: Record<string, EvaluationRequest> = {
	tree_period: {
		period: { start: '2025-11-01', end: '2025-12-01' },
		previous: { start: '2025-10-02', end: '2025-11-01' },
		grain: 'day'
	},
	tree_filter: {
		period: { start: '2025-11-01', end: '2025-12-01' },
		previous: { start: '2025-10-02', end: '2025-11-01' },
		grain: 'day',
		filters: { segment: ['returning'] }
	}
};
const STRATEGIES: readonly QueryStrategy[] = ['raw', 'optimised'];

const data = await ensureScaleData(scale, console.log);
const wasm = await startNodeEngine();
for (const table of TABLE_IDS) {
	const bytes = readFileSync(join(data.dir, `${table}.parquet`));
	await loadCanonicalTable(wasm, table, { kind: 'bytes', bytes, format: 'parquet' });
}
const native = await openNative();
await native.load(data.dir);

console.log(`${scale}×, ${rounds} rounds, medians of the whole batch (one tree evaluation, all tables):`);
for (const [name, request] of Object.entries(REQUESTS)) {
	const compiled = Object.fromEntries(
		STRATEGIES.map((s) => [s, compileTree(tree, checkRequest(request), s)])
	) as Record<QueryStrategy, CompiledQuery[]>;
	const times: Record<string, number[]> = {};
	const record = (key: string, ms: number) => (times[key] ??= []).push(ms);
	for (let round = 0; round <= rounds; round++) {
		for (const strategy of STRATEGIES) {
			let total = 0;
			for (const query of compiled[strategy]) {
				const start = performance.now();
				await wasm.rows(query.sql);
				const ms = performance.now() - start;
				total += ms;
				// Round 0 warms both engines up.
				if (round > 0) record(`wasm ${strategy} ${query.table} ${query.kind}`, ms);
			}
			const nativeMs = await native.run(compiled[strategy].map((q) => q.sql));
			if (round > 0) {
				record(`wasm ${strategy}`, total);
				record(`native ${strategy}`, nativeMs);
			}
		}
	}
	// Medians, and best-of-rounds: on a loaded machine the minimum is the steadier comparison.
	const m = (key: string) => median(times[key]!);
	const best = (key: string) => Math.min(...times[key]!);
	const pair = (f: (key: string) => number, engine: string) =>
		`${f(`${engine} raw`).toFixed(0)} → ${f(`${engine} optimised`).toFixed(0)} ms (${(f(`${engine} raw`) / f(`${engine} optimised`)).toFixed(2)}×)`;
	console.log(`  ${name}, raw → optimised:`);
	console.log(`    duckdb-wasm  median ${pair(m, 'wasm')}, best ${pair(best, 'wasm')}`);
	console.log(`    native       median ${pair(m, 'native')}, best ${pair(best, 'native')}`);
	console.log(
		`    wasm/native (optimised): median ${(m('wasm optimised') / m('native optimised')).toFixed(1)}×, best ${(best('wasm optimised') / best('native optimised')).toFixed(1)}×`
	);
	for (const query of compiled.raw) {
		const key = (f: (key: string) => number, s: QueryStrategy) =>
			f(`wasm ${s} ${query.table} ${query.kind}`).toFixed(0);
		console.log(
			`    ${query.table} ${query.kind}: duckdb-wasm best ${key(best, 'raw')} → ${key(best, 'optimised')} ms (median ${key(m, 'raw')} → ${key(m, 'optimised')})`
		);
	}
}
native.close();
await wasm.close();

import { describe, expect, it } from 'vitest';
import { formatGoals, goalVerdict, GOALS, resultLine, type ResultLine } from '../bench/report';

const line = (
	scale: ResultLine['scale'],
	measure: ResultLine['measure'],
	wasm: number,
	native: number | null,
	duckdb: number | null
): ResultLine => ({ scale, measure, wasm_ms: wasm, native_ms: native, duckdb_ms: duckdb });

describe('bench goals of issue 13', () => {
	it('judges a start against native and the drill-down against its own DuckDB share', () => {
		const coldGoal = GOALS.find((g) => g.scale === '1x' && g.measure === 'cold_start')!;
		// 3000 ÷ 600 = 5.00× ≤ 6×: met.
		expect(goalVerdict(coldGoal, [line('1x', 'cold_start', 3000, 600, 2000)])).toContain(
			'5.00× (3000 ÷ 600 ms) met'
		);
		// 3700 ÷ 600 = 6.17× > 6×: missed.
		expect(goalVerdict(coldGoal, [line('1x', 'cold_start', 3700, 600, 2000)])).toContain(
			'6.17× (3700 ÷ 600 ms) MISSED'
		);
		const drillGoal = GOALS.find((g) => g.measure === 'drilldown')!;
		// 90 ÷ 50 = 1.80× its DuckDB share (the native 10 ms does not enter): met.
		expect(goalVerdict(drillGoal, [line('1x', 'drilldown', 90, 10, 50)])).toContain('1.80× (90 ÷ 50 ms) met');
		// 110 ÷ 50 = 2.20×: missed.
		expect(goalVerdict(drillGoal, [line('1x', 'drilldown', 110, 10, 50)])).toContain('2.20×');
		expect(goalVerdict(drillGoal, [line('1x', 'drilldown', 110, 10, 50)])).toContain('MISSED');
	});

	it('says when a goal could not be judged instead of inventing a ratio', () => {
		const restore = GOALS.find((g) => g.measure === 'restore_upload')!;
		expect(goalVerdict(restore, [])).toContain('not measured in this run');
		const tree10 = GOALS.find((g) => g.scale === '10x' && g.measure === 'tree_filter')!;
		expect(goalVerdict(tree10, [line('10x', 'tree_filter', 500, null, 400)])).toContain('no native figure');
		// Every goal gets one line.
		expect(formatGoals([]).split('\n')).toHaveLength(GOALS.length);
	});

	it('writes DuckDB’s share into the results row as a median, null where it does not apply', () => {
		// Medians: wasm of 100, 300, 200 = 200; DuckDB of 50, 70, 60 = 60.
		expect(resultLine('1x', 'tree_filter', [100, 300, 200], [40, 50], [50, 70, 60])).toEqual({
			scale: '1x',
			measure: 'tree_filter',
			wasm_ms: 200,
			native_ms: 45,
			duckdb_ms: 60
		});
		expect(resultLine('1x', 'peak_heap_mb', [190], null).duckdb_ms).toBeNull();
	});
});

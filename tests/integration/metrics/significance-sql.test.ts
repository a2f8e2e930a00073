/** The extra aggregates behind intervals, computed by DuckDB: order statistics and sums of squares. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFragment } from '../../../src/lib/metrics/fragment/check';
import { leafAggregates } from '../../../src/lib/metrics/sql/aggregates';
import { quoteIdent } from '../../../src/lib/sql/quote';
import type { LeafNode, NodeId } from '../../../src/lib/metrics/types';
import { startHarness, type Harness } from './engine-harness';

let harness: Harness;
beforeAll(async () => {
	// x = 1 … 100 in random order, with 5 NULLs that every aggregate must skip
	harness = await startHarness(
		`CREATE TABLE t AS SELECT CASE WHEN i > 100 THEN NULL ELSE i END::DOUBLE AS x
		FROM (SELECT range AS i FROM range(1, 106)) ORDER BY hash(i)`
	);
});
afterAll(() => harness.engine.close());

/** A fragment over the test table's one column, checked like a tree file's. */
function fragment(source: string) {
	const checked = checkFragment(source, { table: 't', columns: ['x'] });
	if (!checked.ok) throw new Error(checked.error.message);
	return checked.value;
}

const leaf = (definition: LeafNode['definition']) =>
	({ id: 'm' as NodeId, table: 'tickets', definition }) as unknown as LeafNode;

async function aggregate(node: LeafNode): Promise<Record<string, unknown>> {
	const columns = leafAggregates(node).map((a) => `${a.sql} AS ${quoteIdent(a.alias)}`);
	const [row] = await harness.engine.rows(`SELECT ${columns.join(', ')} FROM t`);
	return row!;
}

describe('interval aggregates', () => {
	it('picks the order statistics of ranks np ± 1.96 √(np(1 − p)) for a quantile', async () => {
		// median of 1 … 100: ranks 40 and 60 (significance.test.ts), whose values are 40 and 60
		const median = await aggregate(leaf({ kind: 'quantile', expr: fragment('x'), q: 0.5 }));
		expect(median).toMatchObject({ 'm.value': 50.5, 'm.ci_lo': 40, 'm.ci_hi': 60 });
		expect(Number(median['m.n'])).toBe(100);
		// p90: ranks 84 and 96; with x > 50 only (50 values): 45 ± 1.96 √4.5 = 45 ± 4.158 → ranks 40, 50 → 90, 100
		const p90 = await aggregate(leaf({ kind: 'quantile', expr: fragment('x'), q: 0.9 }));
		expect(p90).toMatchObject({ 'm.ci_lo': 84, 'm.ci_hi': 96 });
		const filtered = await aggregate(
			leaf({ kind: 'quantile', expr: fragment('x'), q: 0.9, filter: fragment('x > 50') })
		);
		expect(filtered).toMatchObject({ 'm.ci_lo': 90, 'm.ci_hi': 100 });
	});

	it('adds the sum of squares for a mean', async () => {
		// Σ x² over 1 … 100 = 100 × 101 × 201 ÷ 6 = 338 350
		const mean = await aggregate(leaf({ kind: 'mean', expr: fragment('x') }));
		expect(Number(mean['m.sumsq'])).toBe(338_350);
		expect(Number(mean['m.n'])).toBe(100);
	});
});

/**
 * The DuckDB dialect emits exactly the SQL the compiler emitted before the dialect seam: every statement
 * for the default tree — both strategies, three grains, with and without filters, and every breakdown —
 * is pinned in a file written by the compiler before the seam existed. A deliberate change to the SQL
 * (a new aggregate, dimension or node) updates the file: `npx vitest run <this file> -u`, and the diff
 * of __snapshots__/default-tree-duckdb.sql shows the change for review.
 */
import { describe, expect, it } from 'vitest';
import { planBreakdown } from '../../../src/lib/metrics/breakdown-plan';
import { compileTree } from '../../../src/lib/metrics/compile';
import { checkRequest, type EvaluationRequest } from '../../../src/lib/metrics/request';
import { canonicalCatalog } from '../../../src/lib/metrics/dimensions';
import { isFormulaNode } from '../../../src/lib/metrics/types';
import { defaultTree } from '../../fixtures/default-tree';

const BASE: EvaluationRequest = {
	period: { start: '2025-09-08', end: '2025-09-15' },
	previous: { start: '2025-09-01', end: '2025-09-08' },
	grain: 'day'
};
const REQUESTS: EvaluationRequest[] = [
	BASE,
	{ ...BASE, grain: 'week', filters: { channel: ['email', null], 'tickets.priority': ["o'high"] } },
	{
		period: { start: '2025-04-01', end: '2025-07-01' },
		previous: { start: '2025-01-01', end: '2025-04-01' },
		grain: 'month'
	},
	{
		period: { start: '2025-09-10', end: '2025-09-17' },
		previous: { start: '2025-09-01', end: '2025-09-08' },
		grain: 'week'
	}
];

/** Every statement, each under a header naming what it is for. */
function allSql(): string {
	const out: string[] = [];
	for (const [i, request] of REQUESTS.entries()) {
		const checked = checkRequest(request);
		for (const strategy of ['optimised', 'raw'] as const) {
			for (const query of compileTree(defaultTree, checked, strategy)) {
				out.push(`-- request ${i} ${strategy} ${query.table} ${query.kind}\n${query.sql};`);
			}
		}
		for (const node of defaultTree.nodes) {
			if (isFormulaNode(node) && i > 1) continue;
			for (const dimension of new Set(Object.values(canonicalCatalog().tables).flat())) {
				let plan;
				try {
					plan = planBreakdown(defaultTree, node.id, dimension, checked);
				} catch {
					continue; // not broken down that way
				}
				out.push(`-- request ${i} breakdown ${node.id} by ${dimension}\n${plan.grouped.sql};`);
				for (const part of plan.kind === 'ratio' ? plan.denominator : [])
					out.push(
						`-- request ${i} breakdown ${node.id} by ${dimension}: denominator ${part.table}\n${part.sql};`
					);
			}
		}
	}
	return out.join('\n\n') + '\n';
}

describe('the duckdb dialect', () => {
	it('emits the default tree’s SQL byte for byte as before the seam', async () => {
		const sql = allSql();
		expect(sql.split('\n-- ').length).toBeGreaterThan(100);
		await expect(sql).toMatchFileSnapshot('__snapshots__/default-tree-duckdb.sql');
	});
});

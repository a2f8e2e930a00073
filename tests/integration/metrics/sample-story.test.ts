/**
 * The sample data's story (SPEC §6) as the contribution, uncertainty and "what changed" code must tell
 * it: the delivery incident in the week of 2025-09-08 … 14.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTree } from '../../fixtures/default-tree';
import { breakdown } from '../../../src/lib/metrics/breakdown';
import type { EvaluationRequest } from '../../../src/lib/metrics/request';
import type { NodeId } from '../../../src/lib/metrics/types';
import type { Contribution } from '../../../src/lib/metrics/contribution';
import { startHarness, type Harness } from './engine-harness';

const INCIDENT: EvaluationRequest = {
	period: { start: '2025-09-08', end: '2025-09-15' },
	previous: { start: '2025-09-01', end: '2025-09-08' },
	grain: 'day'
};

let harness: Harness;
beforeAll(async () => {
	harness = await startHarness('SELECT 1');
	for (const table of ['events', 'tickets', 'surveys'] as const) {
		const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
		await harness.engine.loadTable(table, { kind: 'bytes', bytes, format: 'parquet' });
	}
}, 120_000);
afterAll(() => harness.engine.close());

/** The dimension value with the largest |contribution|. */
function largest(contributions: readonly Contribution[]): string | null | undefined {
	const values = contributions.filter((c) => c.kind === 'value' || c.kind === 'mix_rate');
	const sorted = [...values].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount));
	const first = sorted[0];
	return first && 'value' in first ? first.value : undefined;
}

describe('the incident week (2025-09-08 … 14) against the week before', () => {
	it('names delivery as the largest contributor to CSAT’s change by category', async () => {
		const result = await breakdown(defaultTree, 'csat' as NodeId, 'category', INCIDENT, harness.run);
		expect(result.decomposition.status).toBe('exact');
		if (result.decomposition.status !== 'exact') return;
		expect(result.decomposition.change).toBeLessThan(0);
		expect(largest(result.decomposition.contributions)).toBe('delivery');
		// …and delivery pulls CSAT down, mostly through its own rate falling.
		const delivery = result.decomposition.contributions.find((c) => 'value' in c && c.value === 'delivery');
		expect(delivery?.kind).toBe('mix_rate');
		if (delivery?.kind === 'mix_rate') {
			expect(delivery.amount).toBeLessThan(0);
			expect(Math.abs(delivery.rate)).toBeGreaterThan(Math.abs(delivery.mix));
		}
	});

	it('names delivery as the largest contributor to contact rate’s change by category', async () => {
		const result = await breakdown(defaultTree, 'contact_rate' as NodeId, 'category', INCIDENT, harness.run);
		expect(result.decomposition.status).toBe('exact');
		if (result.decomposition.status !== 'exact') return;
		expect(result.decomposition.change).toBeGreaterThan(0);
		expect(largest(result.decomposition.contributions)).toBe('delivery');
	});
});

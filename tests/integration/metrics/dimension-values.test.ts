import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dimensionValuesSql } from '../../../src/lib/metrics/sql/dimension-values';
import { canonicalCatalog } from '../../../src/lib/metrics/dimensions';
import { FIXTURE_SQL } from '../../fixtures/metrics/cx-fixture';
import { startHarness, type Harness } from './engine-harness';

let harness: Harness;
beforeAll(async () => {
	harness = await startHarness(FIXTURE_SQL);
});
afterAll(async () => {
	await harness.engine.close();
});

describe('dimension values for the filter picker', () => {
	it('lists a dimension’s values with their row counts, most frequent first', async () => {
		// Fixture tickets by channel: chat p01 p03 p05 t01 t02 t03 t08 t10 t11 t12 t20 t21 (12),
		// email h01 h02 p02 t04 t07 t09 (6), phone p04 t05 (2), social p06 t06 (2).
		const rows = await harness.engine.rows(dimensionValuesSql(canonicalCatalog(), 'tickets', 'channel'));
		expect(rows).toEqual([
			{ value: 'chat', rows: 12 },
			{ value: 'email', rows: 6 },
			{ value: 'phone', rows: 2 },
			{ value: 'social', rows: 2 }
		]);
	});

	it('leaves out missing values, which a URL filter cannot name', async () => {
		const rows = await harness.engine.rows(dimensionValuesSql(canonicalCatalog(), 'tickets', 'team'));
		expect(rows.map((r) => r.value)).toEqual(['A', 'B']);
	});

	it('refuses a dimension the table does not have', () => {
		expect(() => dimensionValuesSql(canonicalCatalog(), 'surveys', 'channel')).toThrow(
			'The surveys table has no channel dimension.'
		);
	});
});

/** One vocabulary: each shared concept is defined once and every layer imports that one definition. */
import { describe, expect, it } from 'vitest';
import * as schema from '../../../src/lib/data/schema';
import * as tables from '../../../src/lib/metrics/tables';

describe('one definition of the input tables', () => {
	it('the data loader and the metric engine share one table list and one schema object', () => {
		expect(schema.TABLE_IDS).toBe(tables.TABLE_IDS);
		expect(schema.TABLES).toBe(tables.TABLES);
	});

	it('every table has its time column and dimensions among its columns', () => {
		for (const id of tables.TABLE_IDS) {
			const names = tables.TABLES[id].columns.map((c) => c.name);
			expect(tables.TABLES[id].id).toBe(id);
			expect(names).toContain(tables.TABLES[id].timeColumn);
			for (const d of tables.TABLES[id].dimensions) expect(names).toContain(d);
		}
	});
});

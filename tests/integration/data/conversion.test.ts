import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversionSql } from '../../../src/lib/data/conversion';
import type { TimestampReading } from '../../../src/lib/data/mapping';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';

const T = Date.UTC(2025, 0, 31, 10, 30); // 2025-01-31 10:30:00 = 1738319400 s

describe('explicit conversions (duckdb-wasm in Node)', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await startNodeEngine();
	});
	afterAll(async () => {
		await engine.close();
	});

	async function convert(
		values: string,
		type: string,
		target: 'TIMESTAMP' | 'BOOLEAN' | 'INTEGER',
		reading?: TimestampReading
	) {
		await engine.script(
			`CREATE OR REPLACE TABLE conv AS SELECT CAST(v AS ${type}) AS "v" FROM (VALUES ${values}) AS t(v)`
		);
		const rows = await engine.rows(`SELECT ${conversionSql('v', type, target, reading)} AS out FROM conv`);
		return rows.map((r) => r.out);
	}

	it('reads epoch seconds, milliseconds, microseconds and nanoseconds', async () => {
		expect(await convert('(1738319400)', 'BIGINT', 'TIMESTAMP', 'epoch_s')).toEqual([T]);
		expect(await convert('(1738319400000)', 'BIGINT', 'TIMESTAMP', 'epoch_ms')).toEqual([T]);
		expect(await convert('(1738319400000000)', 'BIGINT', 'TIMESTAMP', 'epoch_us')).toEqual([T]);
		expect(await convert('(1738319400000000000)', 'BIGINT', 'TIMESTAMP', 'epoch_ns')).toEqual([T]);
		// a value far outside the TIMESTAMP range is unreadable (NULL), not an error that aborts the load
		expect(await convert('(9000000000000000000)', 'BIGINT', 'TIMESTAMP', 'epoch_s')).toEqual([null]);
	});

	it('reads timestamps written as text in ISO and slash or dot forms', async () => {
		const read = await convert(
			`('2025-01-31 10:30:00'), ('2025-01-31T10:30:00'), ('2025/01/31 10:30'), ('2025.01.31 10:30:00'), ('31 Jan'), ('')`,
			'VARCHAR',
			'TIMESTAMP',
			'text'
		);
		expect(read).toEqual([T, T, T, T, null, null]);
	});

	it('reads flags given as 0/1, Y/N, yes/no and true/false; anything else is NULL', async () => {
		expect(
			await convert(`('1'), ('0'), ('Y'), ('n'), ('yes'), ('FALSE'), ('maybe')`, 'VARCHAR', 'BOOLEAN')
		).toEqual([true, false, true, false, true, false, null]);
		expect(await convert('(1), (0)', 'INTEGER', 'BOOLEAN')).toEqual([true, false]);
	});

	it('reads whole numbers from text and decimals, rounding', async () => {
		expect(await convert(`('4'), (' 5 '), ('4.0'), ('x')`, 'VARCHAR', 'INTEGER')).toEqual([4, 5, 4, null]);
		expect(await convert('(3.6)', 'DOUBLE', 'INTEGER')).toEqual([4]);
	});
});

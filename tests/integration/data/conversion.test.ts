import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversionSql } from '../../../src/lib/data/conversion';
import type { ColumnChoice, TimestampReading } from '../../../src/lib/data/mapping';
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
		reading?: TimestampReading | Omit<ColumnChoice, 'source'>
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

	it('reads US month-first dates with AM/PM, and day-first dates with dots, slashes or dashes', async () => {
		// 01/31/2025 10:30:00 AM = 2025-01-31 10:30; 12:05 AM is 00:05 and 12:05 PM is 12:05 (12-hour clock)
		const us = await convert(
			`('01/31/2025 10:30:00 AM'), ('1/31/2025 10:30 am'), ('01/31/2025 10:30'), ('01/31/2025 12:05 AM'), ('01/31/2025 12:05 PM'), ('31/01/2025 10:30')`,
			'VARCHAR',
			'TIMESTAMP',
			'text_mdy'
		);
		expect(us).toEqual([T, T, T, Date.UTC(2025, 0, 31, 0, 5), Date.UTC(2025, 0, 31, 12, 5), null]);
		const day = await convert(
			`('31.01.2025 10:30'), ('31/01/2025 10:30:00'), ('31-01-2025 10:30'), ('31.01.2025'), ('01/31/2025 10:30')`,
			'VARCHAR',
			'TIMESTAMP',
			'text_dmy'
		);
		expect(day).toEqual([T, T, T, Date.UTC(2025, 0, 31), null]);
	});

	it('reads ISO with T and fractions; converts Z and +09:00 offsets to the chosen zone, leaves naive times as written', async () => {
		// 2025-01-31T01:30:00Z is 10:30 at UTC+09:00; 2025-01-31T10:30:00+09:00 is 01:30 UTC, so 10:30 at +09:00
		const seoul = { reading: 'text' as const, zone: 9 * 60 };
		expect(
			await convert(
				`('2025-01-31T01:30:00Z'), ('2025-01-31T10:30:00+09:00'), ('2025-01-31 02:30:00.000+0100'), ('2025-01-31 02:30:00 +0100'), ('2025-01-31 10:30:00')`,
				'VARCHAR',
				'TIMESTAMP',
				seoul
			)
		).toEqual([T, T, T, T, T]);
		// the same values in UTC: 01:30, 01:30, 01:30, and the naive one as written
		const utc = await convert(
			`('2025-01-31T01:30:00.250Z'), ('2025-01-31T10:30:00+09:00'), ('2025-01-31 10:30:00')`,
			'VARCHAR',
			'TIMESTAMP',
			{ reading: 'text', zone: 0 }
		);
		expect(utc).toEqual([Date.UTC(2025, 0, 31, 1, 30) + 250, Date.UTC(2025, 0, 31, 1, 30), T]);
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

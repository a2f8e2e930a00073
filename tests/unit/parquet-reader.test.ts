/** The Parquet reader decodes the next row group while the previous one is being inserted. */
import type * as ParquetWasm from 'parquet-wasm/esm';
import { describe, expect, it } from 'vitest';
import { createParquetReader } from '../../src/lib/engine/parquet';

const tick = () => new Promise((done) => setTimeout(done, 5));

/** A stand-in for parquet-wasm: `groups` row groups, each decoded into a one-byte "IPC stream" holding its index. */
function fakeParquet(groups: number, log: string[]): typeof ParquetWasm {
	const file = {
		metadata: () => ({ numRowGroups: () => groups }),
		async read({ rowGroups }: { rowGroups: number[] }) {
			log.push(`decode ${rowGroups[0]}`);
			await tick();
			return { intoIPCStream: () => new Uint8Array([rowGroups[0]!]) };
		},
		free: () => log.push('free')
	};
	return { ParquetFile: { fromFile: () => Promise.resolve(file) } } as unknown as typeof ParquetWasm;
}

describe('parquet reader', () => {
	it('inserts every row group once, in order, one at a time, decoding the next meanwhile', async () => {
		const log: string[] = [];
		let inserting = 0;
		await createParquetReader(async () => fakeParquet(3, log)).readRowGroups(
			new Uint8Array(),
			undefined,
			undefined,
			async (ipc, index, total) => {
				expect(inserting).toBe(0);
				inserting++;
				log.push(`insert ${ipc[0]} of ${total} (#${index})`);
				await tick();
				await tick();
				log.push(`inserted ${index}`);
				inserting--;
			}
		);
		expect(log).toEqual([
			'decode 0',
			'insert 0 of 3 (#0)',
			'decode 1', // while row group 0 is being inserted
			'inserted 0',
			'insert 1 of 3 (#1)',
			'decode 2',
			'inserted 1',
			'insert 2 of 3 (#2)',
			'inserted 2',
			'free'
		]);
	});

	it('stops at a failed insert and reports it', async () => {
		const log: string[] = [];
		const reading = createParquetReader(async () => fakeParquet(3, log)).readRowGroups(
			new Uint8Array(),
			undefined,
			undefined,
			async (_ipc, index) => {
				await tick();
				if (index === 1) throw new Error('insert failed');
			}
		);
		await expect(reading).rejects.toThrow('insert failed');
		expect(log).not.toContain('decode 3');
		expect(log.at(-1)).toBe('free');
	});

	it('loads parquet-wasm at the first read, once, and again after a failed load', async () => {
		const log: string[] = [];
		let loads = 0;
		let fail = true;
		const reader = createParquetReader(async () => {
			loads++;
			if (fail) throw new Error('parquet-wasm could not be fetched');
			return fakeParquet(1, log);
		});
		expect(loads).toBe(0); // nothing fetched at start
		const read = () => reader.readRowGroups(new Uint8Array(), undefined, undefined, async () => {});
		await expect(read()).rejects.toThrow('parquet-wasm could not be fetched');
		expect(loads).toBe(1);
		fail = false;
		await read();
		await read();
		expect(loads).toBe(2);
		expect(log).toEqual(['decode 0', 'free', 'decode 0', 'free']);
	});
});

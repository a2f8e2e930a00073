/**
 * `northstar serve` decides between memory and reading the files from an estimate of the tables' size in
 * native DuckDB's memory: strings longer than DuckDB inlines (12 bytes: UUIDs, long ids) count their bytes.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteString } from '../../../src/lib/sql/quote';
import { estimateDirectoryBytes } from '../../../src/server/native-duckdb';

let root: string;
let rows: number;
/** Tickets with a customer (the others' customer_id is NULL: no string at all). */
let withCustomer: number;

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'northstar-estimate-'));
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	const sample = "read_parquet('data/sample/tickets.parquet')";
	for (const [name, select] of [
		['short', '*'],
		// The same tickets with 40-byte ids (the sample's are 7–8 bytes): 80 more bytes a row in the string heap.
		['long', "* REPLACE (lpad(ticket_id, 40, '0') AS ticket_id, lpad(customer_id, 40, '0') AS customer_id)"]
	] as const) {
		mkdirSync(join(root, name));
		await connection.run(
			`COPY (SELECT ${select} FROM ${sample}) TO ${quoteString(join(root, name, 'tickets.parquet'))}`
		);
	}
	const counts = (
		await connection.runAndReadAll(`SELECT count(*) AS n, count(customer_id) AS c FROM ${sample}`)
	).getRowObjectsJS()[0]!;
	rows = Number(counts.n);
	withCustomer = Number(counts.c);
	connection.closeSync();
	instance.closeSync();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the in-memory size estimate of a data directory', () => {
	it('counts the heap bytes of strings longer than 12 bytes, per row', async () => {
		const short = await estimateDirectoryBytes(join(root, 'short'));
		const long = await estimateDirectoryBytes(join(root, 'long'));
		expect(rows).toBeGreaterThan(1000);
		// Two columns of 40 bytes instead of inlined ones (customer_id where there is one), × the tables' 1.25 overhead.
		expect(withCustomer).toBeLessThan(rows);
		expect(long - short).toBeCloseTo((rows * 40 + withCustomer * 40) * 1.25, 0);
		// The sample's own strings all fit in 12 bytes: ~16 bytes a string column, the rest fixed widths.
		expect(short / rows).toBeGreaterThan(100);
		expect(short / rows).toBeLessThan(200);
	});
});

/**
 * Generates the sample (SPEC §6) and writes events.parquet, tickets.parquet and surveys.parquet.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeParquetFile } from './parquet-file';
import { simulateYear, type SampleOptions } from './simulate';

export interface WrittenTable {
	readonly table: 'events' | 'tickets' | 'surveys';
	readonly path: string;
	readonly rows: number;
	readonly bytes: number;
}

export interface SampleReport {
	readonly tables: readonly WrittenTable[];
	readonly simulateSeconds: number;
	readonly writeSeconds: number;
}

/** Simulates the year for `options` and writes the three Parquet files into `outDir`. */
export async function generateSample(
	options: SampleOptions & { readonly outDir: string }
): Promise<SampleReport> {
	const started = performance.now();
	const tables = simulateYear(options);
	const simulated = performance.now();
	await mkdir(options.outDir, { recursive: true });
	const written: WrittenTable[] = [];
	for (const table of ['events', 'tickets', 'surveys'] as const) {
		const path = join(options.outDir, `${table}.parquet`);
		const store = tables[table];
		const bytes = await writeParquetFile(path, store);
		written.push({ table, path, rows: store.rowCount, bytes });
	}
	return {
		tables: written,
		simulateSeconds: (simulated - started) / 1000,
		writeSeconds: (performance.now() - simulated) / 1000
	};
}

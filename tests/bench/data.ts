/** Sample data per scale, generated once into tests/bench/cache/<scale>x/ by the project's own generator. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSample } from '../../data/generator/sample';
import { ensureSampleDatabase } from '../../data/sample-database';

export const CACHE_DIR = 'tests/bench/cache';
const SEED = 42;

export interface ScaleData {
	scale: number;
	dir: string;
	rows: Record<'events' | 'tickets' | 'surveys', number>;
}

/**
 * The folder holding events/tickets/surveys.parquet and sample.duckdb (what the app loads) at
 * `scale`; generated when not cached yet. `database: false` skips sample.duckdb (100×: only the server
 * reads it, from the Parquet files).
 */
export async function ensureScaleData(
	scale: number,
	log: (line: string) => void,
	{ database = true }: { database?: boolean } = {}
): Promise<ScaleData> {
	const dir = join(CACHE_DIR, `${scale}x`);
	const manifest = join(dir, 'manifest.json');
	if (existsSync(manifest)) {
		const cached = JSON.parse(readFileSync(manifest, 'utf8')) as ScaleData & { seed: number };
		if (cached.seed === SEED && cached.scale === scale) {
			if (database) await ensureSampleDatabase(dir);
			return { scale, dir, rows: cached.rows };
		}
	}
	log(`generating ${scale}× sample data into ${dir} (once; cached afterwards)…`);
	const report = await generateSample({ scale, seed: SEED, outDir: dir });
	const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.rows])) as ScaleData['rows'];
	if (database) await ensureSampleDatabase(dir);
	writeFileSync(manifest, JSON.stringify({ scale, seed: SEED, rows }, null, '\t'));
	return { scale, dir, rows };
}

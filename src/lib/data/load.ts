/** Loading a source into a canonical table: stage it, check it, cast it (unless it already is canonical), swap it in. */
import type { Engine, TableSource } from '../engine/types';
import { EngineError } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import { canonicalTableSql, isCanonicalShape } from './canonical';
import { columnNames } from '../metrics/tables';
import { TABLES, type TableId } from './schema';
import { swapIn } from './swap';

/**
 * Load `source` as canonical table `table`. The file goes into a staging table first, so a failure
 * leaves the current table exactly as it was. `inPlace` (an attached database's table that already is
 * canonical, the sample's) makes `table` a view over the attached file: nothing is copied.
 */
export async function loadCanonicalTable(
	engine: Engine,
	table: TableId,
	source: TableSource,
	onProgress?: (fraction: number) => void,
	{ inPlace = false }: { inPlace?: boolean } = {}
): Promise<number> {
	const staging = `staging_${table}`;
	const spec = TABLES[table];
	try {
		await engine.loadTable(staging, source, { onProgress, inPlace });
		const described = await engine.describe(staging);
		const present = new Set(described.map((column) => column.name));
		const missing = spec.columns.filter((column) => column.required && !present.has(column.name));
		if (missing.length > 0) {
			throw new EngineError(
				`The ${table} file is missing required columns: ${missing.map((c) => c.name).join(', ')}.`,
				`columns present: ${[...present].join(', ')}`
			);
		}
		// Already canonical (the sample is): rename it into place; else copy it through explicit casts.
		if (isCanonicalShape(table, described)) await swapIn(engine, table, staging, inPlace ? 'VIEW' : 'TABLE');
		else {
			const cast = `${staging}_cast`;
			try {
				await engine.exec(canonicalTableSql(table, staging, present, cast));
				await swapIn(engine, table, cast);
			} finally {
				await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(cast)}`);
			}
		}
	} finally {
		await engine.drop(staging);
	}
	const [row] = await engine.rows(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
	return Number(row?.n ?? 0);
}

/**
 * Tables read in place (the sample's views) up to this many rows in all are read ahead once loaded. At 1×
 * (~1M rows) the read takes ~0.1 s and the first query of another period then ran at the speed of the
 * ones after it (it read that period's blocks from the file first: ~10 % slower than on a copy); at 10×
 * it held the worker 1–1.5 s and the first such query was no slower than the next.
 */
export const READ_AHEAD_ROWS = 2_000_000;

/**
 * One statement reading every block of every canonical column of `tables` once (into DuckDB's buffers):
 * one statement, so it holds the engine once, right after the start, rather than again at later clicks.
 */
export function readAheadSql(tables: readonly TableId[]): string {
	const reads = tables.map((table) => {
		const counts = columnNames(table).map((column, i) => `count(${quoteIdent(column)}) AS "${table}_${i}"`);
		return `(SELECT ${counts.join(', ')} FROM ${quoteIdent(table)})`;
	});
	return `SELECT * FROM ${reads.join(', ')}`;
}

/** Facts about the committed sample, read independently of the app by native DuckDB. */
import { DuckDBInstance } from '@duckdb/node-api';

export async function sampleRowCounts(): Promise<Record<string, number>> {
	const connection = await (await DuckDBInstance.create(':memory:')).connect();
	const counts: Record<string, number> = {};
	for (const table of ['events', 'tickets', 'surveys']) {
		const reader = await connection.runAndReadAll(
			`SELECT count(*)::INTEGER AS n FROM 'data/sample/${table}.parquet'`
		);
		counts[table] = Number(reader.getRowObjectsJS()[0]?.n);
	}
	return counts;
}

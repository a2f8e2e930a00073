/** The real duckdb-wasm engine (Node build) for the metric tests, and a counting query runner. */
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import type { RunQuery } from '../../../src/lib/metrics/rows';

export interface Harness {
	engine: Engine;
	run: RunQuery;
	/** SQL statements sent through `run` so far. */
	sent: string[];
}

export async function startHarness(setupSql: string): Promise<Harness> {
	const engine = await startNodeEngine();
	await engine.script(setupSql);
	const sent: string[] = [];
	const run: RunQuery = (sql) => {
		sent.push(sql);
		return engine.rows(sql);
	};
	return { engine, run, sent };
}

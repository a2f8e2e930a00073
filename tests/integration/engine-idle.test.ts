/**
 * `Engine.whenIdle`: work nobody waits for (reading the sample ahead) runs only once the engine has been
 * quiet, after every query asked before it, one statement at a time, and never fails anyone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNodeEngine } from '../../src/lib/engine/node';
import type { Engine } from '../../src/lib/engine/types';

const exists = async (engine: Engine, table: string) =>
	Number(
		(await engine.rows(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ?`, [table]))[0]?.n
	) === 1;

describe('Engine.whenIdle', () => {
	let engine: Engine;
	beforeEach(async () => {
		engine = await startNodeEngine();
	});
	afterEach(async () => {
		await engine.close();
	});

	it('runs its statements after the queries asked meanwhile, once the engine was quiet', async () => {
		const idle = engine.whenIdle(['CREATE TABLE later AS SELECT 42 AS x'], 150);
		// Queries every 20 ms for ~0.4 s: the engine is never quiet for 150 ms, so nothing runs in between.
		const until = Date.now() + 400;
		while (Date.now() < until) {
			expect(await exists(engine, 'later')).toBe(false);
			await new Promise((wake) => setTimeout(wake, 20));
		}
		await idle;
		expect(await engine.rows('SELECT x FROM later')).toEqual([{ x: 42 }]);
	});

	it('skips a failing statement and goes on with the next', async () => {
		await engine.whenIdle(['SELECT nope FROM nowhere', 'CREATE TABLE after_failure AS SELECT 1 AS y'], 10);
		expect(await engine.rows('SELECT y FROM after_failure')).toEqual([{ y: 1 }]);
	});

	it('runs the statements one at a time, in order', async () => {
		await engine.whenIdle(
			[
				'CREATE TABLE steps (n INTEGER)',
				'INSERT INTO steps VALUES (1)',
				'INSERT INTO steps SELECT max(n) + 1 FROM steps'
			],
			10
		);
		expect(await engine.rows('SELECT n FROM steps ORDER BY n')).toEqual([{ n: 1 }, { n: 2 }]);
	});

	it('gives up once the engine is closed', async () => {
		const idle = engine.whenIdle(['CREATE TABLE never AS SELECT 1 AS z'], 1_000);
		await engine.close();
		await expect(idle).resolves.toBeUndefined();
		engine = await startNodeEngine();
	});
});

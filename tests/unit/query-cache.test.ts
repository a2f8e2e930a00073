import { describe, expect, it } from 'vitest';
import type { EvaluationRequest } from '../../src/lib/metrics/request';
import type { RunQuery } from '../../src/lib/metrics/rows';
import { sqlTreeQueries } from '../../src/lib/metrics/tree-queries';
import { cachedStatements, QueryCache } from '../../src/lib/ui/query-cache';
import { defaultTree } from '../fixtures/default-tree';

describe('query cache', () => {
	it('runs identical requests once', async () => {
		const cache = new QueryCache();
		let calls = 0;
		const load = async () => ++calls;
		expect(await cache.get('a', load)).toBe(1);
		expect(await cache.get('a', load)).toBe(1);
		expect(await cache.get('b', load)).toBe(2);
	});

	it('does not keep failures, so the next request retries', async () => {
		const cache = new QueryCache();
		await expect(cache.get('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await cache.get('a', async () => 'ok')).toBe('ok');
	});

	it('hands out but does not keep an answer the caller marks as failed', async () => {
		const cache = new QueryCache();
		let calls = 0;
		const load = async () => ({ failures: ++calls === 1 ? ['tickets'] : [] });
		const keep = (r: { failures: string[] }) => r.failures.length === 0;
		expect((await cache.get('a', load, keep)).failures).toEqual(['tickets']);
		expect((await cache.get('a', load, keep)).failures).toEqual([]); // retried
		expect(await cache.get('a', load, keep)).toEqual({ failures: [] }); // kept now
		expect(calls).toBe(2);
	});

	it('evicts the least recently used entry past its limit', async () => {
		const cache = new QueryCache(2);
		let calls = 0;
		const load = async () => ++calls;
		await cache.get('a', load); // 1
		await cache.get('b', load); // 2
		await cache.get('a', load); // hit: a is now most recent
		await cache.get('c', load); // 3, evicts b
		expect(await cache.get('a', load)).toBe(1);
		expect(await cache.get('b', load)).toBe(4);
	});
});

describe('statements answered once per data version', () => {
	/** A runner that counts each statement it is sent and answers with the statement's own text. */
	function counting() {
		const sent: string[] = [];
		const run: RunQuery = async (sql) => {
			sent.push(sql);
			if (sql === 'SELECT broken') throw new Error('Binder Error');
			return [{ sql, answer: sent.length }];
		};
		return { sent, run };
	}

	it('runs an identical statement once and hands the same rows to every asker', async () => {
		const { sent, run } = counting();
		const cached = cachedStatements(run, () => 1);
		const [a, b] = await Promise.all([cached('SELECT 1'), cached('SELECT 1')]);
		expect(a).toBe(b);
		expect(await cached('SELECT 1')).toBe(a);
		expect(await cached('SELECT 2')).toEqual([{ sql: 'SELECT 2', answer: 2 }]);
		expect(sent).toEqual(['SELECT 1', 'SELECT 2']);
	});

	it('asks again once the data version changes, and only then', async () => {
		const { sent, run } = counting();
		let version = 1;
		const cached = cachedStatements(run, () => version);
		await cached('SELECT 1');
		version = 2;
		expect(await cached('SELECT 1')).toEqual([{ sql: 'SELECT 1', answer: 2 }]);
		expect(await cached('SELECT 1')).toEqual([{ sql: 'SELECT 1', answer: 2 }]);
		expect(sent).toEqual(['SELECT 1', 'SELECT 1']);
	});

	it('does not keep a failed statement: the next ask runs it again', async () => {
		const { sent, run } = counting();
		const cached = cachedStatements(run, () => 1);
		await expect(cached('SELECT broken')).rejects.toThrow('Binder Error');
		await expect(cached('SELECT broken')).rejects.toThrow('Binder Error');
		expect(sent).toEqual(['SELECT broken', 'SELECT broken']);
	});

	it('keeps at most `limit` answers, the least recently asked going first', async () => {
		const { sent, run } = counting();
		const cached = cachedStatements(run, () => 1, 2);
		await cached('A');
		await cached('B');
		await cached('A');
		await cached('C'); // evicts B
		await cached('A');
		await cached('B');
		expect(sent).toEqual(['A', 'B', 'C', 'B']);
	});

	it('re-runs only the statements of the tables a new filter reaches (the default tree, a segment filter)', async () => {
		const { sent, run } = counting();
		const cached = cachedStatements(run, () => 1);
		const queries = sqlTreeQueries(defaultTree, async () => cached);
		const request: EvaluationRequest = {
			period: { start: '2025-11-01', end: '2025-12-01' },
			previous: { start: '2025-10-02', end: '2025-11-01' },
			grain: 'day'
		};
		await queries.evaluate(request);
		const first = sent.length;
		const tablesOf = (statements: string[]) =>
			[...new Set(statements.map((sql) => /FROM "(\w+)"/.exec(sql)![1]))].sort();
		expect(tablesOf(sent)).toEqual(['events', 'surveys', 'tickets']);
		// `segment` is a dimension of the events only (SPEC §4): the tickets' and surveys' statements are unchanged.
		await queries.evaluate({ ...request, filters: { segment: ['returning'] } });
		expect(tablesOf(sent.slice(first))).toEqual(['events']);
		expect(sent.slice(first)).toHaveLength(2); // the events' period and series statements
		// A filter on channel reaches the events and the tickets, not the surveys.
		const second = sent.length;
		await queries.evaluate({ ...request, filters: { channel: ['chat'] } });
		expect(tablesOf(sent.slice(second))).toEqual(['events', 'tickets']);
	});
});

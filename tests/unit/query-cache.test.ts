import { describe, expect, it } from 'vitest';
import { QueryCache } from '../../src/lib/ui/query-cache';

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

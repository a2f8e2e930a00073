import { describe, expect, it } from 'vitest';
import { Latest } from '$lib/ui/latest.svelte';

/** A promise settled from outside, to order answers as a test needs. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject };
}

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('Latest', () => {
	it('shows the early answer while the request loads, then the complete one', async () => {
		const latest = new Latest<string>();
		const full = deferred<string>();
		const early = deferred<string>();
		latest.run(
			() => full.promise,
			() => early.promise
		);
		expect(latest).toMatchObject({ value: null, loading: true, partial: false });
		early.resolve('values');
		await flush();
		expect(latest).toMatchObject({
			value: 'values',
			loading: true,
			partial: true,
			earlyShown: true,
			error: null
		});
		full.resolve('values and series');
		await flush();
		expect(latest).toMatchObject({
			value: 'values and series',
			loading: false,
			partial: false,
			earlyShown: false
		});
	});

	it('keeps an early answer marked partial, but no longer the latest request’s, when a newer request starts', async () => {
		const latest = new Latest<string>();
		latest.run(
			() => new Promise<string>(() => {}),
			() => Promise.resolve('old values')
		);
		await flush();
		expect(latest).toMatchObject({ value: 'old values', partial: true, earlyShown: true });
		const next = deferred<string>();
		latest.run(() => next.promise);
		// Still on screen (dimmed, as any previous answer while the next loads), not the new view's values.
		expect(latest).toMatchObject({ value: 'old values', partial: true, earlyShown: false, loading: true });
		next.resolve('new complete');
		await flush();
		expect(latest).toMatchObject({
			value: 'new complete',
			partial: false,
			earlyShown: false,
			loading: false
		});
	});

	it('never shows an early answer that comes after the complete one', async () => {
		const latest = new Latest<string>();
		const early = deferred<string>();
		latest.run(
			() => Promise.resolve('complete'),
			() => early.promise
		);
		await flush();
		early.resolve('late values');
		await flush();
		expect(latest).toMatchObject({ value: 'complete', loading: false, partial: false });
	});

	it('drops the early answer of a request a newer one replaced', async () => {
		const latest = new Latest<string>();
		const early = deferred<string>();
		const full = deferred<string>();
		latest.run(
			() => full.promise,
			() => early.promise
		);
		const next = deferred<string>();
		latest.run(() => next.promise);
		early.resolve('old values');
		full.resolve('old complete');
		await flush();
		expect(latest).toMatchObject({ value: null, loading: true, partial: false });
		next.resolve('new');
		await flush();
		expect(latest).toMatchObject({ value: 'new', loading: false });
	});

	it('leaves a failed early answer unreported, and reports the request’s own failure', async () => {
		const latest = new Latest<string>();
		const full = deferred<string>();
		latest.run(
			() => full.promise,
			() => Promise.reject(new Error('early failed'))
		);
		await flush();
		expect(latest).toMatchObject({ value: null, error: null, loading: true });
		full.reject(new Error('the tree failed'));
		await flush();
		expect(latest.loading).toBe(false);
		expect(latest.partial).toBe(false);
		expect((latest.error as Error).message).toBe('the tree failed');
	});

	it('keeps the previous complete value on screen while the next request loads (no early answer)', async () => {
		const latest = new Latest<string>();
		latest.run(() => Promise.resolve('first'));
		await flush();
		const next = deferred<string>();
		latest.run(() => next.promise);
		expect(latest).toMatchObject({ value: 'first', loading: true, partial: false });
		next.resolve('second');
		await flush();
		expect(latest).toMatchObject({ value: 'second', loading: false });
	});
});

/**
 * The overview's answers kept for a returning visit: found again only for the same data, tree and view;
 * numbers come back exactly (±Infinity and NaN included); a full or broken storage never throws.
 */
import { describe, expect, it } from 'vitest';
import {
	AnswerStore,
	KEPT_VIEWS,
	answersKey,
	dataKey,
	hash,
	type SavedAnswers
} from '../../../src/lib/ui/last-answers';
import type { TreeResult } from '../../../src/lib/metrics/evaluate';
import type { NodeId, Tree } from '../../../src/lib/metrics/types';
import { formatMoment } from '../../../src/lib/i18n/format';

/** A Storage in memory; `quota` (characters of all values together) makes setItem throw like a full one. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	constructor(private readonly quota = Infinity) {}
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		const others = [...this.#items].filter(([k]) => k !== key).reduce((n, [, v]) => n + v.length, 0);
		if (others + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
		this.#items.set(key, value);
	}
}

const A = 'a' as NodeId;
const tree = { root: 'a', nodes: [{ id: 'a' }], edges: [] } as unknown as Tree;
const sample = dataKey({ sampleUrl: '/_app/immutable/assets/sample.abc.duckdb', uploads: [] });

function result(value: number | null, lo = 0.1): TreeResult {
	return {
		nodes: {
			a: {
				id: 'a',
				value,
				previous: 2,
				change: value === null ? null : value - 2,
				relativeChange: null,
				status: 'none',
				sample: null,
				reason: null,
				previousReason: null,
				uncertainty: { verdict: 'noise', interval: { lo, hi: Infinity } },
				series: [{ start: '2025-09-01', value }],
				anomalies: []
			}
		},
		failures: [],
		queryCount: 2
	} as unknown as TreeResult;
}

const saved = (key: string, value: number | null, savedAt = 1): SavedAnswers => ({
	key,
	savedAt,
	period: { from: '2025-09-08', to: '2025-09-14' },
	result: result(value),
	emptyColumns: { tickets: ['resolved_at'] }
});

describe('answersKey / dataKey', () => {
	it('is one key for the same data, tree and view, whatever the order of the query', () => {
		expect(answersKey(sample, tree, '?from=2025-09-01&grain=week')).toBe(
			answersKey(sample, tree, '?grain=week&from=2025-09-01')
		);
	});

	it('differs when the view, the tree, the sample file or any upload differs', () => {
		const key = answersKey(sample, tree, '?grain=week');
		const upload = { table: 'events', name: 'e.parquet', at: 5, mode: 'replace', size: 10 };
		const others = [
			answersKey(sample, tree, '?grain=day'),
			answersKey(sample, tree, ''),
			answersKey(sample, { ...tree, root: 'b' } as unknown as Tree, '?grain=week'),
			answersKey(dataKey({ sampleUrl: '/other.duckdb', uploads: [] }), tree, '?grain=week'),
			answersKey(
				dataKey({ sampleUrl: '/_app/immutable/assets/sample.abc.duckdb', uploads: [upload] }),
				tree,
				'?grain=week'
			),
			answersKey(
				dataKey({ sampleUrl: '/_app/immutable/assets/sample.abc.duckdb', uploads: [{ ...upload, at: 6 }] }),
				tree,
				'?grain=week'
			),
			answersKey(
				dataKey({
					sampleUrl: '/_app/immutable/assets/sample.abc.duckdb',
					uploads: [{ ...upload, size: 11 }]
				}),
				tree,
				'?grain=week'
			),
			answersKey(
				dataKey({
					sampleUrl: '/_app/immutable/assets/sample.abc.duckdb',
					uploads: [{ ...upload, mode: 'append' }]
				}),
				tree,
				'?grain=week'
			)
		];
		expect(new Set([key, ...others]).size).toBe(others.length + 1);
	});
});

describe('AnswerStore', () => {
	it('gives back what was kept for a key, numbers exact (Infinity included), and nothing for another key', () => {
		const store = new AnswerStore(new MemoryStorage());
		const key = answersKey(sample, tree, '?grain=week');
		store.put(saved(key, 0.1 + 0.2, 1700000000000));
		// A new store over the same storage: what a reload sees.
		const again = new AnswerStore(store['storage']).get(key);
		expect(again).toEqual(saved(key, 0.1 + 0.2, 1700000000000));
		expect(again?.result.nodes[A]?.uncertainty.interval?.hi).toBe(Infinity);
		expect(again?.result.nodes[A]?.value).toBe(0.30000000000000004);
		expect(store.get(answersKey(sample, tree, '?grain=day'))).toBeNull();
	});

	it('keeps the latest answer per view and the most recent views only', () => {
		const store = new AnswerStore(new MemoryStorage());
		const keys = Array.from({ length: KEPT_VIEWS + 2 }, (_, i) => answersKey(sample, tree, `?v=${i}`));
		keys.forEach((key, i) => store.put(saved(key, i)));
		store.put(saved(keys[KEPT_VIEWS + 1]!, 99));
		expect(store.get(keys[KEPT_VIEWS + 1]!)?.result.nodes[A]?.value).toBe(99);
		expect(store.get(keys[0]!)).toBeNull();
		expect(store.get(keys[1]!)).toBeNull();
		expect(store.get(keys[2]!)?.result.nodes[A]?.value).toBe(2);
	});

	it('keeps fewer views when the storage is nearly full, and nothing (without throwing) when it is full', () => {
		const one = JSON.stringify([saved(answersKey(sample, tree, '?v=0'), 0)]).length;
		const tight = new AnswerStore(new MemoryStorage(one * 2.5));
		for (let i = 0; i < 4; i++) tight.put(saved(answersKey(sample, tree, `?v=${i}`), i));
		expect(tight.get(answersKey(sample, tree, '?v=3'))?.result.nodes[A]?.value).toBe(3);
		expect(tight.get(answersKey(sample, tree, '?v=0'))).toBeNull();

		const full = new AnswerStore(new MemoryStorage(10));
		expect(() => full.put(saved(answersKey(sample, tree, ''), 1))).not.toThrow();
		expect(full.get(answersKey(sample, tree, ''))).toBeNull();
	});

	it('reads broken or foreign contents as nothing kept, and works with no storage at all', () => {
		const storage = new MemoryStorage();
		const store = new AnswerStore(storage);
		const key = answersKey(sample, tree, '');
		for (const text of [
			'{',
			'"text"',
			'{"key":1}',
			'[{"key":"x","savedAt":1}]',
			JSON.stringify([{ ...saved(key, 1), period: null }]),
			'[null, 3]'
		]) {
			storage.setItem('northstar.lastAnswers', text);
			expect(store.get(key)).toBeNull();
		}
		// An entry of an older format (another key prefix) is not read.
		storage.setItem('northstar.lastAnswers', JSON.stringify([{ ...saved(key, 1), key: `0${key.slice(1)}` }]));
		expect(store.get(`0${key.slice(1)}`)).toBeNull();
		// After garbage, a put replaces it.
		store.put(saved(key, 7));
		expect(store.get(key)?.result.nodes[A]?.value).toBe(7);
		store.clear();
		expect(store.get(key)).toBeNull();

		const none = new AnswerStore(null);
		none.put(saved(key, 1));
		expect(none.get(key)).toBeNull();
	});
	it('writes what one JSON.stringify of the views would, and sees views another tab kept in between', () => {
		const storage = new MemoryStorage();
		const here = new AnswerStore(storage);
		const otherTab = new AnswerStore(storage);
		const [a, b, c] = ['?v=a', '?v=b', '?v=c'].map((q) => answersKey(sample, tree, q)) as [
			string,
			string,
			string
		];
		here.put(saved(a, 1, 1));
		otherTab.put(saved(b, 2, 2));
		here.put(saved(c, 3, 3));
		// Newest first, with the other tab's view kept, and byte for byte the array's own JSON.
		const text = storage.getItem('northstar.lastAnswers')!;
		expect((JSON.parse(text) as SavedAnswers[]).map((entry) => entry.key)).toEqual([c, b, a]);
		const expected = [saved(c, 3, 3), saved(b, 2, 2), saved(a, 1, 1)];
		expect(text).toBe(
			JSON.stringify(expected, (_key, value: unknown) =>
				typeof value === 'number' && !Number.isFinite(value) ? `\u0000number:${value}` : value
			)
		);
		expect(otherTab.get(c)?.result.nodes[A]?.value).toBe(3);
		// Cleared in one tab: gone in the other.
		otherTab.clear();
		expect(here.get(a)).toBeNull();
	});
});

describe('hash', () => {
	it('is 14 hex digits, the same for the same text, and tells near texts apart', () => {
		const text = JSON.stringify(tree);
		expect(hash(text)).toMatch(/^[0-9a-f]{14}$/);
		expect(hash(text)).toBe(hash(JSON.stringify(JSON.parse(text))));
		const near = ['', 'a', 'b', 'ab', 'ba', 'target: 0.05', 'target: 0.06', 'ㄱ', 'ㄴ', text, text + ' '];
		expect(new Set(near.map(hash)).size).toBe(near.length);
		// The published cyrb53 value for the empty string (seed 0): the lanes are mixed as specified.
		expect(parseInt(hash(''), 16)).toBe(3338908027751811);
	});
});

describe('formatMoment', () => {
	it('says the date and the time of day, in the given time zone and language', () => {
		const ms = Date.UTC(2026, 11, 2, 14, 5);
		expect(formatMoment(ms, 'en', 'UTC')).toBe('Dec 2, 2026, 2:05 PM');
		expect(formatMoment(ms, 'en', 'Asia/Seoul')).toBe('Dec 2, 2026, 11:05 PM');
		// Node's ICU may lack Korean day periods (오후/PM): the date order and the time are what count here.
		expect(formatMoment(ms, 'ko', 'Asia/Seoul')).toMatch(/^2026\. 12\. 2\. .*11:05$/);
	});
});

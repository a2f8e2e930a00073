/**
 * The overview's last answers, kept in this browser (localStorage) so that a returning visit shows the
 * numbers at once, marked as the last visit's, while DuckDB starts and loads the data — then replaces
 * them with the engine's. An answer is shown again only for the same data (the sample's file and the
 * stored uploads), the same tree and the same URL query; anything else has no saved answer.
 */
import { getContext, setContext } from 'svelte';
import type { TreeResult } from '$lib/metrics/evaluate';
import type { Tree } from '$lib/metrics/types';
import type { EmptyColumns } from './overview/missing-inputs';

/** What identifies the data a session loads, before it is loaded: the sample's file and the stored uploads. */
export interface DataIdentity {
	sampleUrl: string;
	uploads: readonly { table: string; name: string; at: number; mode: string; size: number }[];
}

export interface SavedAnswers {
	key: string;
	/** When the answer was computed (ms since the epoch). */
	savedAt: number;
	/** The period it answers (inclusive ISO dates), to say which one while it is shown. */
	period: { from: string; to: string };
	result: TreeResult;
	emptyColumns: EmptyColumns;
}

const STORAGE_KEY = 'northstar.lastAnswers';
/** Bump when TreeResult's shape or the key's form changes: older entries are then ignored. */
const FORMAT = 2;
/** Views kept (the most recently saved first): a few periods and filters a person returns to. */
export const KEPT_VIEWS = 8;

export function dataKey(identity: DataIdentity): string {
	return JSON.stringify([
		identity.sampleUrl,
		identity.uploads.map((u) => [u.table, u.name, u.at, u.mode, u.size])
	]);
}

/** One key per data, tree and view: a tree edited anywhere (a target, a formula) is another key. */
export function answersKey(data: string, tree: Tree, search: string): string {
	return `${FORMAT}|${hash(data)}|${treeHash(tree)}|${canonicalSearch(search)}`;
}

/** A tree's hash, once per tree object (trees are replaced, never changed in place): the key is taken before every overview query. */
const treeHashes = new WeakMap<Tree, string>();
function treeHash(tree: Tree): string {
	let known = treeHashes.get(tree);
	if (known === undefined) treeHashes.set(tree, (known = hash(JSON.stringify(tree))));
	return known;
}

/** The query with its parameters sorted, so `?a=1&b=2` and `?b=2&a=1` are one view. */
function canonicalSearch(search: string): string {
	const params = new URLSearchParams(search);
	params.sort();
	return params.toString();
}

/**
 * A 53-bit hash as hex (cyrb53: two 32-bit lanes by `Math.imul`, no BigInt, ~1 ms for a large tree):
 * a key, not a secret (a collision would show an old answer until the new one).
 */
export function hash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export class AnswerStore {
	/**
	 * The stored text as last read or written here, with its entries and each one's JSON once made: a put
	 * serialises only the new answer (not the views kept before it), and the text is parsed again only when
	 * another tab has changed it.
	 */
	#mirror: { text: string; entries: MirroredEntry[] } | null = null;

	constructor(private readonly storage: Storage | null) {}

	get(key: string): SavedAnswers | null {
		return this.#entries().find((entry) => entry.answers.key === key)?.answers ?? null;
	}

	/** Keep `answers` as the latest for its key; storage full or disabled only means nothing is kept. */
	put(answers: SavedAnswers): void {
		const entries: MirroredEntry[] = [
			{ answers, json: JSON.stringify(answers, keepNonFinite) },
			...this.#entries().filter((entry) => entry.answers.key !== answers.key)
		];
		for (let kept = Math.min(entries.length, KEPT_VIEWS); kept > 0; kept--) {
			const views = entries.slice(0, kept);
			const text = `[${views.map((entry) => (entry.json ??= JSON.stringify(entry.answers, keepNonFinite))).join(',')}]`;
			try {
				this.storage?.setItem(STORAGE_KEY, text);
				this.#mirror = { text, entries: views };
				return;
			} catch {
				// Over the quota: try again with fewer views.
			}
		}
	}

	/** Forget every saved answer (when the analyst's data is reset, say). */
	clear(): void {
		this.#mirror = null;
		try {
			this.storage?.removeItem(STORAGE_KEY);
		} catch {
			// storage disabled: nothing was kept
		}
	}

	#entries(): MirroredEntry[] {
		try {
			const text = this.storage?.getItem(STORAGE_KEY) ?? '[]';
			if (this.#mirror?.text === text) return this.#mirror.entries;
			const parsed: unknown = JSON.parse(text, readNonFinite);
			const entries = Array.isArray(parsed)
				? parsed.filter(isSavedAnswers).map((answers) => ({ answers }))
				: [];
			this.#mirror = { text, entries };
			return entries;
		} catch {
			return []; // unreadable (storage disabled, or not JSON): as if nothing were kept
		}
	}
}

/** A kept view and, once needed, its JSON (as it stands in the stored array). */
interface MirroredEntry {
	answers: SavedAnswers;
	json?: string;
}

/** JSON has no ±Infinity or NaN (an interval's open end, say): kept as tagged strings, read back as numbers. */
const NON_FINITE = '\u0000number:';

function keepNonFinite(_key: string, value: unknown): unknown {
	return typeof value === 'number' && !Number.isFinite(value) ? NON_FINITE + String(value) : value;
}

function readNonFinite(_key: string, value: unknown): unknown {
	return typeof value === 'string' && value.startsWith(NON_FINITE)
		? Number(value.slice(NON_FINITE.length))
		: value;
}

function isSavedAnswers(value: unknown): value is SavedAnswers {
	if (typeof value !== 'object' || value === null) return false;
	const entry = value as Partial<SavedAnswers>;
	return (
		typeof entry.key === 'string' &&
		entry.key.startsWith(`${FORMAT}|`) &&
		typeof entry.savedAt === 'number' &&
		typeof entry.period?.from === 'string' &&
		typeof entry.period.to === 'string' &&
		typeof entry.result === 'object' &&
		entry.result !== null &&
		typeof entry.result.nodes === 'object' &&
		typeof entry.emptyColumns === 'object'
	);
}

const KEY = Symbol('answer-store');

/** The app's store of last answers; null where answers are not kept (on a server, storage disabled). */
export function setAnswerStore(store: AnswerStore | null): AnswerStore | null {
	return setContext(KEY, store);
}

export function getAnswerStore(): AnswerStore | null {
	return getContext<AnswerStore | null | undefined>(KEY) ?? null;
}

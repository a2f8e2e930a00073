/**
 * The analyst's own metric tree: the file's text is kept in localStorage and validated again on every
 * start (so a stored file that no longer validates falls back to the default instead of breaking the app).
 */
import { loadTree } from '$lib/metrics/load-tree';
import { treeToYaml } from '$lib/metrics/tree-edit';
import { formulaProblemText, fragmentProblemText } from '$lib/i18n/tree-errors';
import type { TreeError } from '$lib/metrics/tree-error';
import type { Locale } from '$lib/i18n/messages';
import { translate } from '$lib/i18n/translate';
import type { Result, Tree } from '$lib/metrics/types';

const KEY = 'northstar.tree';

export interface StoredTree {
	name: string;
	/** Epoch ms when it was loaded. */
	at: number;
	text: string;
}

export function storedTree(storage: Storage | null): StoredTree | null {
	try {
		const value = JSON.parse(storage?.getItem(KEY) ?? 'null') as StoredTree | null;
		return value && typeof value.text === 'string' ? value : null;
	} catch {
		return null;
	}
}

/** The stored custom tree, if there is one and it is valid. */
export function customTree(storage: Storage | null): Tree | null {
	const stored = storedTree(storage);
	if (!stored) return null;
	const loaded = loadTree(stored.text);
	return loaded.ok ? loaded.value : null;
}

/** Validate a tree file and, when valid, keep it; the errors name the node and field. */
export function saveTreeFile(
	storage: Storage | null,
	name: string,
	text: string,
	now = Date.now()
): Result<Tree, TreeError[]> {
	const loaded = loadTree(text);
	if (loaded.ok) storage?.setItem(KEY, JSON.stringify({ name, at: now, text } satisfies StoredTree));
	return loaded;
}

/**
 * A tree-file error in the UI language. English shows the validator's own sentence (it names the
 * column, the expected values…); other languages say where (node, field) and what kind of problem —
 * for an SQL fragment or a formula's syntax, from its code and values, as exactly as the English.
 */
export function treeErrorText(error: TreeError, locale: Locale): string {
	if (locale === 'en') return sentence(error.message);
	const where = [
		error.node === undefined ? null : translate(locale, 'tree.error.node', { node: error.node }),
		error.field === undefined ? null : translate(locale, 'tree.error.field', { field: error.field })
	].filter((part) => part !== null);
	// An SQL fragment's or a formula's refusal says exactly what was found and where (SPEC §4), in Korean too.
	const problem = error.fragment
		? fragmentProblemText(error.fragment, locale)
		: error.formula
			? formulaProblemText(error.formula, locale)
			: translate(locale, `tree.error.${error.code}`);
	return sentence(where.length > 0 ? `${where.join(', ')}: ${problem}` : problem);
}

/** Each error is shown as a sentence of its own: it ends with a full stop, whichever text it came from. */
function sentence(text: string): string {
	return text.endsWith('.') ? text : `${text}.`;
}

export function clearTreeFile(storage: Storage | null): void {
	storage?.removeItem(KEY);
}

/** The name an edited tree is kept under: the analyst's file's, else the default's (edited). */
export function editedTreeName(storage: Storage | null): string {
	return storedTree(storage)?.name ?? 'default.yaml';
}

/**
 * Keep `tree` (the tree in use after an edit in the UI) as the custom tree file, validated like a
 * loaded file: it is written as YAML and read back through `loadTree` before it is kept.
 */
export function saveEditedTree(storage: Storage | null, tree: Tree, now = Date.now()) {
	return saveTreeFile(storage, editedTreeName(storage), treeToYaml(tree), now);
}

/** The UI language: from the browser, switchable, remembered — and the translator bound to it. */
import { getContext, setContext } from 'svelte';
import type { MessageParams } from './interpolate';
import { pickLocale, type Locale, type MessageKey } from './messages';
import { translate } from './translate';

const STORAGE_KEY = 'northstar.locale';

export class LocaleState {
	current = $state<Locale>('en');

	constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | null, preferred: readonly string[]) {
		const saved = storage?.getItem(STORAGE_KEY);
		this.current = saved === 'en' || saved === 'ko' ? saved : pickLocale(preferred);
		this.storage = storage;
	}

	private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;

	set(locale: Locale): void {
		this.current = locale;
		this.storage?.setItem(STORAGE_KEY, locale);
	}

	/** The message for `key` in the current language, with `params` filled in (see interpolate.ts). */
	t = (key: MessageKey, params?: MessageParams): string => translate(this.current, key, params);
}

const KEY = Symbol('locale');

export function setLocale(state: LocaleState): LocaleState {
	return setContext(KEY, state);
}

/** The context entry that provides `state` (for rendering a component on its own, e.g. in a test). */
export function localeContext(state: LocaleState): Map<symbol, LocaleState> {
	// A plain Map on purpose: Svelte reads the context once at render; nothing here changes.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	return new Map([[KEY, state]]);
}

export function getLocale(): LocaleState {
	const state = getContext<LocaleState | undefined>(KEY);
	if (!state) throw new Error('getLocale() called outside the app layout');
	return state;
}

/** The UI language: from the browser, switchable, remembered — and the translator bound to it. */
import { getContext, setContext } from 'svelte';
import { MESSAGES, pickLocale, type Locale, type MessageKey } from './messages';

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

	/** The message for `key` in the current language. */
	t = (key: MessageKey): string => MESSAGES[this.current][key];
}

const KEY = Symbol('locale');

export function setLocale(state: LocaleState): LocaleState {
	return setContext(KEY, state);
}

export function getLocale(): LocaleState {
	const state = getContext<LocaleState | undefined>(KEY);
	if (!state) throw new Error('getLocale() called outside the app layout');
	return state;
}

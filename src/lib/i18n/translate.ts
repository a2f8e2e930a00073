/** A message in a given language, with its parameters filled in — for code that has a locale but no LocaleState. */
import { interpolate, type MessageParams } from './interpolate';
import { MESSAGES, type Locale, type MessageKey } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	return interpolate(locale, MESSAGES[locale][key], params);
}

/** Whether `key` is a message (for keys built from a code, such as `data.error.${code}`). */
export function isMessageKey(key: string): key is MessageKey {
	return key in MESSAGES.en;
}

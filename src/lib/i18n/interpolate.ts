/**
 * The one message formatter: named parameters (`{name}`) and plural forms chosen by Intl.PluralRules
 * (`{count, plural, one {# row} other {# rows}}`, a subset of ICU MessageFormat; `=0` exact cases too).
 * Numbers are written in the locale's digits and separators. Pure: the locale is an argument.
 */
import type { Locale } from './messages';
import { numberFormat, plurals } from './intl-cache';

export type MessageParams = Readonly<Record<string, string | number>>;

const PLURAL_START = /\{(\w+),\s*plural,/g;

/** `template` with its plural blocks resolved and its `{name}` parameters filled in. */
export function interpolate(locale: Locale, template: string, params: MessageParams = {}): string {
	const text = (value: string | number) =>
		typeof value === 'number' ? numberFormat(locale).format(value) : value;
	return resolvePlurals(locale, template, params, text).replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? text(params[name]!) : whole
	);
}

function resolvePlurals(
	locale: Locale,
	template: string,
	params: MessageParams,
	text: (value: string | number) => string
): string {
	let out = '';
	let at = 0;
	PLURAL_START.lastIndex = 0;
	for (let match = PLURAL_START.exec(template); match; match = PLURAL_START.exec(template)) {
		const { cases, end } = pluralCases(template, PLURAL_START.lastIndex);
		const count = Number(params[match[1]!]);
		const chosen =
			cases.get(`=${count}`) ?? cases.get(plurals(locale).select(count)) ?? cases.get('other') ?? '';
		out += template.slice(at, match.index) + chosen.replaceAll('#', text(count));
		at = end;
		PLURAL_START.lastIndex = end;
	}
	return out + template.slice(at);
}

/** The `key {text}` cases of a plural block starting at `from`, and the index just past its closing brace. */
function pluralCases(template: string, from: number): { cases: Map<string, string>; end: number } {
	const cases = new Map<string, string>();
	let i = from;
	for (;;) {
		while (/\s/.test(template[i] ?? '')) i++;
		if (template[i] === '}' || i >= template.length) return { cases, end: i + 1 };
		const open = template.indexOf('{', i);
		if (open < 0) throw new Error(`Unclosed plural in message: ${template}`);
		const key = template.slice(i, open).trim();
		let depth = 1;
		let close = open + 1;
		for (; close < template.length && depth > 0; close++) {
			if (template[close] === '{') depth++;
			if (template[close] === '}') depth--;
		}
		cases.set(key, template.slice(open + 1, close - 1));
		i = close;
	}
}

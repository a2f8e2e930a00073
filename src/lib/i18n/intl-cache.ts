/**
 * Intl formatters, made once per locale and options and reused. Constructing an Intl.NumberFormat or
 * DateTimeFormat costs far more than formatting with one (the drill-down formats hundreds of values and
 * dates per render; profiled in tests/bench/profile.ts); the formatters are immutable, so sharing is safe.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

const keyOf = (locale: string, options: object) => `${locale}\u0000${JSON.stringify(options)}`;

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = keyOf(locale, options);
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
	return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = keyOf(locale, options);
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

export function plurals(locale: string): Intl.PluralRules {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	return rules;
}

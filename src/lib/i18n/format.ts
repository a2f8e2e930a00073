/** Locale-aware formatting of metric values, changes and dates, with Intl. Pure: the locale is an argument. */
import type { ValueFormat } from '../metrics/types';
import type { Locale } from './messages';
import { dateFormat, numberFormat, plurals } from './intl-cache';

const NO_VALUE = '—';

function number(locale: Locale, digits: number, options: Intl.NumberFormatOptions = {}) {
	return numberFormat(locale, {
		maximumFractionDigits: digits,
		minimumFractionDigits: digits,
		...options
	});
}

const UNIT: Record<Locale, { points: string }> = {
	en: { points: 'pp' },
	ko: { points: '%p' }
};

/** Duration units, one decimal: minutes below an hour, hours below a day, then days (“2,383.2 min” reads as 1.7 days). */
const DURATION: Record<Locale, { minutes: string; hours: string; days: string; space: string }> = {
	en: { minutes: 'min', hours: 'h', days: 'days', space: ' ' },
	ko: { minutes: '분', hours: '시간', days: '일', space: '' }
};

/** A duration given in minutes or hours, in the unit that suits its size: 4.5 min, 18.2 h, 1.7 days. */
export function formatDuration(value: number, unit: 'minutes' | 'hours', locale: Locale): string {
	const minutes = unit === 'hours' ? value * 60 : value;
	const words = DURATION[locale];
	const abs = Math.abs(minutes);
	const [amount, word] =
		abs < 60
			? [minutes, words.minutes]
			: abs < 24 * 60
				? [minutes / 60, words.hours]
				: [minutes / (24 * 60), words.days];
	const text = number(locale, 1).format(amount);
	// English “1.0 day” but “1.7 days”: the plural rule of the number as written
	const label =
		word === 'days' && plurals(locale).select(Number(text.replaceAll(',', ''))) === 'one' ? 'day' : word;
	return `${text}${words.space}${label}`;
}

/** A metric value in its format: 8.21, 1,234, 85.3%, 4.5 min, 18.2 h, 1.7 days. Null (no value) shows as an em dash. */
export function formatValue(value: number | null, format: ValueFormat, locale: Locale): string {
	if (value === null || !Number.isFinite(value)) return NO_VALUE;
	switch (format) {
		case 'count':
			return number(locale, Number.isInteger(value) ? 0 : 1).format(value);
		case 'percent':
			return `${number(locale, 1).format(value)}%`;
		case 'minutes':
		case 'hours':
			return formatDuration(value, format, locale);
		case 'ratio':
			return number(locale, 2).format(value);
		case 'currency':
			return number(locale, 0, {
				notation: 'compact',
				maximumFractionDigits: 1,
				minimumFractionDigits: 0
			}).format(value);
	}
}

/** An absolute change with its sign: +1.2 pp for percentages (points, not percent), +3.1 min, −12. */
export function formatDelta(delta: number | null, format: ValueFormat, locale: Locale): string {
	if (delta === null || !Number.isFinite(delta)) return NO_VALUE;
	const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
	const magnitude = Math.abs(delta);
	if (format === 'percent') return `${sign}${number(locale, 1).format(magnitude)} ${UNIT[locale].points}`;
	return `${sign}${formatValue(magnitude, format, locale)}`;
}

/** A relative change: +12.3%. */
export function formatRelative(relative: number | null, locale: Locale): string {
	if (relative === null || !Number.isFinite(relative)) return NO_VALUE;
	const sign = relative > 0 ? '+' : relative < 0 ? '−' : '±';
	return `${sign}${number(locale, 1).format(Math.abs(relative) * 100)}%`;
}

/** A date from epoch ms of a naive timestamp: always formatted in UTC, so it reads as written. */
export function formatDate(ms: number, locale: Locale, style: 'short' | 'medium' = 'medium'): string {
	return dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(ms);
}

/** A moment of the person's own day (when something was saved): date and time in their time zone. */
export function formatMoment(ms: number, locale: Locale, timeZone?: string): string {
	return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(ms);
}

/** An inclusive ISO-date range: “Sep 8 – 14, 2025”. */
export function formatDateRange(from: string, to: string, locale: Locale): string {
	const format = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
	return format.formatRange(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`));
}

export function formatCount(value: number, locale: Locale): string {
	return numberFormat(locale).format(value);
}

const COUNTED: Record<Locale, Record<'row' | 'byte', { one: string; other: string }>> = {
	en: { row: { one: 'row', other: 'rows' }, byte: { one: 'byte', other: 'bytes' } },
	ko: { row: { one: '행', other: '행' }, byte: { one: '바이트', other: '바이트' } }
};

/** A count with its noun in the right plural form (Intl.PluralRules): 1 row, 0 rows, 1,234 rows; 1행. */
export function formatCounted(value: number, noun: 'row' | 'byte', locale: Locale): string {
	const form = plurals(locale).select(value) === 'one' ? 'one' : 'other';
	return `${formatCount(value, locale)}${locale === 'ko' ? '' : ' '}${COUNTED[locale][noun][form]}`;
}

/** The noun alone, in the plural form for `value` (for a number shown apart from its noun). */
export function countedNoun(value: number, noun: 'row' | 'byte', locale: Locale): string {
	return COUNTED[locale][noun][plurals(locale).select(value) === 'one' ? 'one' : 'other'];
}

/** A file size: bytes below 1 kB (“0 bytes” for an empty file), then kB and MB with one decimal. */
export function formatFileSize(bytes: number, locale: Locale): string {
	if (bytes < 1024) return formatCounted(bytes, 'byte', locale);
	const [amount, unit] =
		bytes < 1024 * 1024
			? [bytes / 1024, 'kB']
			: bytes < 1024 ** 3
				? [bytes / 1024 ** 2, 'MB']
				: [bytes / 1024 ** 3, 'GB'];
	return `${number(locale, 1).format(amount)} ${unit}`;
}

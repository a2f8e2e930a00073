/** Locale-aware formatting of metric values, changes and dates, with Intl. Pure: the locale is an argument. */
import type { ValueFormat } from '../metrics/types';
import type { Locale } from './messages';

const NO_VALUE = '—';

function number(locale: Locale, digits: number, options: Intl.NumberFormatOptions = {}) {
	return new Intl.NumberFormat(locale, {
		maximumFractionDigits: digits,
		minimumFractionDigits: digits,
		...options
	});
}

const UNIT: Record<Locale, { minutes: string; hours: string; points: string }> = {
	en: { minutes: 'min', hours: 'h', points: 'pp' },
	ko: { minutes: '분', hours: '시간', points: '%p' }
};

/** A metric value in its format: 8.21, 1,234, 85.3%, 4.5 min, 18.2 h. Null (no value) shows as an em dash. */
export function formatValue(value: number | null, format: ValueFormat, locale: Locale): string {
	if (value === null || !Number.isFinite(value)) return NO_VALUE;
	switch (format) {
		case 'count':
			return number(locale, Number.isInteger(value) ? 0 : 1).format(value);
		case 'percent':
			return `${number(locale, 1).format(value)}%`;
		case 'minutes':
			return `${number(locale, 1).format(value)}${locale === 'en' ? ' ' : ''}${UNIT[locale].minutes}`;
		case 'hours':
			return `${number(locale, 1).format(value)}${locale === 'en' ? ' ' : ''}${UNIT[locale].hours}`;
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
	return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(ms);
}

/** An inclusive ISO-date range: “Sep 8 – 14, 2025”. */
export function formatDateRange(from: string, to: string, locale: Locale): string {
	const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
	return format.formatRange(Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`));
}

export function formatCount(value: number, locale: Locale): string {
	return new Intl.NumberFormat(locale).format(value);
}

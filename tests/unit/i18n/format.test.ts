import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDelta, formatRelative, formatValue } from '../../../src/lib/i18n/format';
import { MESSAGES, pickLocale } from '../../../src/lib/i18n/messages';

describe('formatting metric values for the locale', () => {
	it('shows no value as an em dash, never 0 or NaN', () => {
		expect(formatValue(null, 'percent', 'en')).toBe('—');
		expect(formatValue(Number.NaN, 'count', 'ko')).toBe('—');
		expect(formatDelta(null, 'count', 'en')).toBe('—');
	});

	it('formats each unit in English and Korean', () => {
		expect(formatValue(1234, 'count', 'en')).toBe('1,234');
		expect(formatValue(85.26, 'percent', 'en')).toBe('85.3%');
		expect(formatValue(4.54, 'minutes', 'en')).toBe('4.5 min');
		expect(formatValue(4.54, 'minutes', 'ko')).toBe('4.5분');
		expect(formatValue(18.25, 'hours', 'ko')).toBe('18.3시간');
		expect(formatValue(1.234, 'ratio', 'en')).toBe('1.23');
	});

	it('shows percentage changes in points and signs every change', () => {
		expect(formatDelta(1.25, 'percent', 'en')).toBe('+1.3 pp');
		expect(formatDelta(-1.25, 'percent', 'ko')).toBe('−1.3 %p');
		expect(formatDelta(-12, 'count', 'en')).toBe('−12');
		expect(formatDelta(0, 'minutes', 'en')).toBe('±0.0 min');
		expect(formatRelative(0.123, 'en')).toBe('+12.3%');
	});

	it('formats an inclusive date range without shifting time zones', () => {
		// Intl puts thin spaces around the dash; compare with plain spaces
		expect(formatDateRange('2025-09-08', '2025-09-14', 'en').replace(/\s/g, ' ')).toBe('Sep 8 – 14, 2025');
	});
});

describe('messages', () => {
	it('has every English message in Korean', () => {
		expect(Object.keys(MESSAGES.ko).sort()).toEqual(Object.keys(MESSAGES.en).sort());
	});
	it('picks Korean for ko-KR and English otherwise', () => {
		expect(pickLocale(['ko-KR', 'en'])).toBe('ko');
		expect(pickLocale(['de-DE', 'en-GB'])).toBe('en');
		expect(pickLocale(['fr'])).toBe('en');
	});
});

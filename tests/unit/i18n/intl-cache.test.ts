import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat, plurals } from '../../../src/lib/i18n/intl-cache';
import { formatDate, formatValue } from '../../../src/lib/i18n/format';

describe('Intl formatters made once per locale and options', () => {
	it('hands out the same formatter for the same locale and options, another for others', () => {
		expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(
			numberFormat('en', { maximumFractionDigits: 1 })
		);
		expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(
			numberFormat('en', { maximumFractionDigits: 2 })
		);
		expect(numberFormat('en')).not.toBe(numberFormat('ko'));
		expect(dateFormat('ko', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(
			dateFormat('ko', { dateStyle: 'medium', timeZone: 'UTC' })
		);
		expect(plurals('en')).toBe(plurals('en'));
	});

	it('formats exactly as a fresh formatter does', () => {
		// 1234.5 with one decimal: "1,234.5" in English and Korean alike.
		expect(numberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(1234.5)).toBe(
			new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(1234.5)
		);
		// A reused formatter does not keep state between calls: 2 digits, then 0, then 2 again.
		expect(formatValue(8.214, 'ratio', 'en')).toBe('8.21');
		expect(formatValue(1234, 'count', 'en')).toBe('1,234');
		expect(formatValue(8.214, 'ratio', 'en')).toBe('8.21');
		// 2025-09-08 00:00 UTC = 1757289600000 ms.
		expect(formatDate(1757289600000, 'en')).toBe('Sep 8, 2025');
		expect(formatDate(1757289600000, 'ko')).toBe(
			new Intl.DateTimeFormat('ko', { dateStyle: 'medium', timeZone: 'UTC' }).format(1757289600000)
		);
	});
});

/** Readable numbers (issue 10): durations scale with their size, counts pluralise, file sizes show bytes. */
import { describe, expect, it } from 'vitest';
import {
	countedNoun,
	formatCounted,
	formatDelta,
	formatDuration,
	formatFileSize,
	formatValue
} from '../../../src/lib/i18n/format';

describe('durations scale minutes → hours → days, one decimal, unit in the text', () => {
	it('in English', () => {
		expect(formatDuration(45.25, 'minutes', 'en')).toBe('45.3 min');
		// 90 min = 1.5 h; 2,383.2 min ÷ 1,440 = 1.655 → 1.7 days (the example)
		expect(formatDuration(90, 'minutes', 'en')).toBe('1.5 h');
		expect(formatDuration(2383.2, 'minutes', 'en')).toBe('1.7 days');
		// 23.9 h stays in hours; 24 h = 1.0 day (singular as written); 60 h = 2.5 days
		expect(formatDuration(23.9, 'hours', 'en')).toBe('23.9 h');
		expect(formatDuration(24, 'hours', 'en')).toBe('1.0 day');
		expect(formatDuration(60, 'hours', 'en')).toBe('2.5 days');
		// 0.5 h = 30 min
		expect(formatDuration(0.5, 'hours', 'en')).toBe('30.0 min');
		expect(formatValue(2383.2, 'minutes', 'en')).toBe('1.7 days');
		expect(formatDelta(-90, 'minutes', 'en')).toBe('−1.5 h');
	});
	it('in Korean', () => {
		expect(formatDuration(45.25, 'minutes', 'ko')).toBe('45.3분');
		expect(formatDuration(90, 'minutes', 'ko')).toBe('1.5시간');
		expect(formatDuration(2383.2, 'minutes', 'ko')).toBe('1.7일');
		expect(formatDuration(24, 'hours', 'ko')).toBe('1.0일');
		expect(formatValue(60, 'hours', 'ko')).toBe('2.5일');
	});
});

describe('counts pluralise with Intl.PluralRules', () => {
	it('in English: 1 row, 0 rows, 2 rows, 1,234 rows', () => {
		expect(formatCounted(1, 'row', 'en')).toBe('1 row');
		expect(formatCounted(0, 'row', 'en')).toBe('0 rows');
		expect(formatCounted(2, 'row', 'en')).toBe('2 rows');
		expect(formatCounted(1234, 'row', 'en')).toBe('1,234 rows');
		expect(countedNoun(1, 'row', 'en')).toBe('row');
	});
	it('in Korean: no plural form, no space', () => {
		expect(formatCounted(1, 'row', 'ko')).toBe('1행');
		expect(formatCounted(1234, 'row', 'ko')).toBe('1,234행');
	});
});

describe('file sizes show bytes for small files', () => {
	it('in English', () => {
		expect(formatFileSize(0, 'en')).toBe('0 bytes');
		expect(formatFileSize(1, 'en')).toBe('1 byte');
		expect(formatFileSize(1023, 'en')).toBe('1,023 bytes');
		// 1,536 B ÷ 1,024 = 1.5 kB; 5 × 1,024² B = 5.0 MB
		expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
		expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5.0 MB');
	});
	it('in Korean', () => {
		expect(formatFileSize(0, 'ko')).toBe('0바이트');
		expect(formatFileSize(1536, 'ko')).toBe('1.5 kB');
	});
});

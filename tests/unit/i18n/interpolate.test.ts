import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../src/lib/i18n/interpolate';

describe('interpolate', () => {
	it('fills named parameters, numbers in the locale’s format, and leaves unknown ones as written', () => {
		expect(
			interpolate('en', '{loaded} of {read} rows into {table}', {
				loaded: 1234,
				read: 2000,
				table: 'tickets'
			})
		).toBe('1,234 of 2,000 rows into tickets');
		expect(interpolate('en', 'Hello {name}, {missing}', { name: 'Ada' })).toBe('Hello Ada, {missing}');
		expect(interpolate('en', '{a}{a}', { a: 'x' })).toBe('xx');
	});

	it('picks the plural form with Intl.PluralRules, # being the count', () => {
		const rows = '{count, plural, =0 {no rows} one {# row} other {# rows}} read';
		expect(interpolate('en', rows, { count: 0 })).toBe('no rows read');
		expect(interpolate('en', rows, { count: 1 })).toBe('1 row read');
		expect(interpolate('en', rows, { count: 2 })).toBe('2 rows read');
		expect(interpolate('en', rows, { count: 1500 })).toBe('1,500 rows read');
		// Korean has one form ("other") for every count
		expect(interpolate('ko', '{count, plural, other {#개 행}}', { count: 1 })).toBe('1개 행');
	});

	it('resolves several plural blocks and parameters inside a case', () => {
		const template =
			'{n, plural, one {# file} other {# files}} for {table}, {m, plural, one {# error} other {# errors}}';
		expect(interpolate('en', template, { n: 1, m: 3, table: 'events' })).toBe('1 file for events, 3 errors');
	});
});

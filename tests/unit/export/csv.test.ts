import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/ui/export/csv';

const body = (csv: string) => csv.replace(/^\uFEFF/, '');

describe('CSV export', () => {
	it('starts with a BOM and ends rows with CRLF', () => {
		const csv = toCsv(['a', 'b'], [[1, 'x']]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(body(csv)).toBe('a,b\r\n1,x\r\n');
	});

	it('quotes commas, quotes and line breaks, and writes missing values as empty cells', () => {
		expect(body(toCsv(['v'], [['a,b'], ['say "hi"'], ['two\nlines'], [null], [Number.NaN]]))).toBe(
			'v\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n\r\n\r\n'
		);
	});

	it('keeps numbers unrounded and negative numbers as numbers', () => {
		expect(body(toCsv(['n'], [[0.1 + 0.2], [-3.5]]))).toBe('n\r\n0.30000000000000004\r\n-3.5\r\n');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(body(toCsv(['v'], [['=HYPERLINK("x")'], ['-1+2'], ['@SUM(A1)'], ['한국어']]))).toBe(
			'v\r\n"\'=HYPERLINK(""x"")"\r\n\'-1+2\r\n\'@SUM(A1)\r\n한국어\r\n'
		);
	});
});

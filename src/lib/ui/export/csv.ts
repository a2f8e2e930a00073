/** CSV for spreadsheets (RFC 4180), safe to open in Excel: UTF-8 with a BOM, no formula injection. */

export type CsvCell = string | number | boolean | null | undefined;

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)") is prefixed with an apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	let text = String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of a header and rows; numbers are written unrounded, missing values as empty cells. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	// The BOM makes Excel read UTF-8 (Korean metric names) instead of the system code page.
	return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function csvBlob(text: string): Blob {
	return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

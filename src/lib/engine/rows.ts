/** Arrow → plain rows, with numbers the metric code can use directly. */
import type { Table } from 'apache-arrow';
import type { Row } from './types';

/** BIGINT counts become numbers (they are far below 2^53); timestamps become epoch milliseconds. */
export function normaliseValue(value: unknown): unknown {
	if (typeof value === 'bigint') {
		return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
			? Number(value)
			: value;
	}
	if (value instanceof Date) return value.getTime();
	return value;
}

export function tableToRows(table: Table): Row[] {
	const names = table.schema.fields.map((field) => field.name);
	const columns = names.map((name) => table.getChild(name));
	const rows: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (let c = 0; c < names.length; c++) {
			row[names[c]!] = normaliseValue(columns[c]?.get(i) ?? null);
		}
		rows[i] = row;
	}
	return rows;
}

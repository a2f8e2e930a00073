/** SQL that turns a staged (raw) table into a canonical one, with explicit casts. */
import { quoteIdent } from '../sql/quote';
import { TABLES, type TableId } from './schema';

/** `CREATE OR REPLACE TABLE <table> AS SELECT CAST(...) ... FROM <staging>`; absent optional columns become typed NULLs. */
export function canonicalTableSql(
	table: TableId,
	staging: string,
	present: ReadonlySet<string>,
	target: string = table
): string {
	const select = TABLES[table].columns.map((column) => {
		const source = present.has(column.name) ? quoteIdent(column.name) : 'NULL';
		return `CAST(${source} AS ${column.type}) AS ${quoteIdent(column.name)}`;
	});
	return `CREATE OR REPLACE TABLE ${quoteIdent(target)} AS SELECT\n\t${select.join(',\n\t')}\nFROM ${quoteIdent(staging)}`;
}

/**
 * Whether a staged table already is canonical: the same columns, in the same order, of the same
 * types. Then it can be renamed into place instead of copied through casts (the built-in sample is).
 */
export function isCanonicalShape(
	table: TableId,
	columns: readonly { name: string; type: string }[]
): boolean {
	const spec = TABLES[table].columns;
	return (
		columns.length === spec.length &&
		spec.every((c, i) => columns[i]?.name === c.name && columns[i]?.type.toUpperCase() === c.type)
	);
}

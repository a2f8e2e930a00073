/**
 * One upload into a canonical table: stage the mapped columns, convert, check, clean, then swap.
 * Every step before the swap works on scratch tables, so any failure leaves the loaded table untouched.
 */
import { swapIn } from './swap';
import type { Engine, FileSource, Row } from '../engine/types';
import { EngineError } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import type { ImportIssue, ImportReport, IssueExample } from './import-report';
import {
	duplicateCountSql,
	duplicateExamplesSql,
	extraDistinctSql,
	mappedColumns,
	MAX_EXTRA_VALUES,
	nextTableSql,
	readabilitySql,
	ruleCountsSql,
	presentColumns,
	ruleExamplesSql,
	typedTableSql,
	unreadableExamplesSql,
	type MappedColumn
} from './import-sql';
import { ambiguousColumns, missingRequired, type ColumnMapping } from './mapping';
import { rulesFor, UNIQUE_KEY } from './rules';
import { TABLES, type TableId } from './schema';
import { usableExtraName } from '../metrics/dimensions';

export interface ImportRequest {
	table: TableId;
	source: FileSource;
	mapping: ColumnMapping;
	mode: 'replace' | 'append';
	/** File columns to keep as extra dimensions of the table (SPEC §3), under their own names. */
	extras?: readonly string[];
	/** Fraction in [0, 1] and the step: reading the file (Parquet reports each row group), then checking. */
	onProgress?: (fraction: number, step: ImportStep) => void;
}

export type ImportStep = 'reading' | 'checking' | 'saving';

/** Reading the file is most of the work; converting and checking the rest. */
const READ_SHARE = 0.7;

const TYPE_WORD: Record<string, string> = {
	TIMESTAMP: 'a timestamp',
	INTEGER: 'a whole number',
	DOUBLE: 'a number',
	BOOLEAN: 'yes/no',
	VARCHAR: 'text'
};

/** Load an uploaded file into `table` (replacing or appending) and report what was found and done. */
export async function importTable(engine: Engine, request: ImportRequest): Promise<ImportReport> {
	const { table, mapping, mode } = request;
	const progress = (fraction: number, step: ImportStep) => request.onProgress?.(fraction, step);
	const missing = missingRequired(table, mapping);
	if (missing.length > 0) {
		throw new EngineError(
			`The ${table} table needs the columns ${missing.join(', ')}, but no column of the file is mapped there. Choose one for each in the mapping, or check that this is a ${table} file.`,
			`missing required: ${missing.join(', ')}`,
			undefined,
			'missing_required',
			{ table, columns: missing.join(', ') }
		);
	}
	const ambiguous = ambiguousColumns(mapping);
	if (ambiguous.length > 0) {
		throw new EngineError(
			`The dates in ${ambiguous.join(', ')} read both as month first and as day first (no part is above 12). Choose how they are written in the mapping.`,
			`ambiguous date order: ${ambiguous.join(', ')}`,
			undefined,
			'ambiguous_dates',
			{ columns: ambiguous.join(', ') }
		);
	}
	const scratch = {
		staging: `__import_staging_${table}`,
		typed: `__import_typed_${table}`,
		next: `__import_next_${table}`
	};
	try {
		const mapped = Object.values(mapping).flatMap((c) => (c.source ? [c.source] : []));
		const wanted = (request.extras ?? []).filter(
			(name) => usableExtraName(table, name) && !mapped.includes(name)
		);
		const sources = [...new Set([...mapped, ...wanted])];
		await engine.loadTable(scratch.staging, request.source, {
			columns: sources,
			onProgress: (f) => progress(f * READ_SHARE, 'reading'),
			// Text in, explicit TRY_CAST conversions out: an odd value is counted and reported, not fatal.
			allText: true
		});
		const types = Object.fromEntries((await engine.describe(scratch.staging)).map((c) => [c.name, c.type]));
		const dimensions = await extraDimensions(
			engine,
			scratch.staging,
			wanted.filter((name) => name in types)
		);
		const columns = mappedColumns(table, mapping, types, dimensions.kept);
		const issues = await readabilityIssues(engine, table, scratch.staging, columns);
		progress(READ_SHARE, 'checking');
		await engine.exec(typedTableSql(scratch.staging, scratch.typed, columns));
		const present = presentColumns(columns);
		await engine.exec(`DROP TABLE ${quoteIdent(scratch.staging)}`);
		const found = await ruleIssues(engine, table, scratch.typed, mode === 'append' ? table : null, present);
		issues.push(...withoutDoubleCounting(found, issues));
		progress(0.9, 'saving');
		await engine.exec(nextTableSql(table, scratch.next, scratch.typed, mode, present, dimensions.kept));
		const rowsRead = await count(engine, scratch.typed);
		const tableRows = await count(engine, scratch.next);
		const before = mode === 'append' ? await count(engine, table) : 0;
		if (tableRows - before === 0) {
			throw new EngineError(
				`No row of the file could be used: ${describeWorst(issues)}. Nothing was loaded.`,
				JSON.stringify(issues.map((i) => [i.id, i.count])),
				undefined,
				'nothing_usable'
			);
		}
		await swapIn(engine, table, scratch.next);
		progress(1, 'saving');
		return { table, mode, rowsRead, rowsLoaded: tableRows - before, tableRows, issues, dimensions };
	} finally {
		for (const name of Object.values(scratch)) await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
	}
}

/** The extra columns to load: those with at most MAX_EXTRA_VALUES distinct values in the whole file. */
async function extraDimensions(
	engine: Engine,
	staging: string,
	names: readonly string[]
): Promise<ImportReport['dimensions']> {
	if (names.length === 0) return { kept: [], tooMany: [] };
	const [row = {}] = await engine.rows(extraDistinctSql(staging, names));
	const values = names.map((name, i) => ({ name, values: Number(row[`d${i}`] ?? 0) }));
	return {
		kept: values.filter((v) => v.values <= MAX_EXTRA_VALUES).map((v) => v.name),
		tooMany: values.filter((v) => v.values > MAX_EXTRA_VALUES)
	};
}

async function count(engine: Engine, table: string): Promise<number> {
	const [row] = await engine.rows(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
	return Number(row?.n ?? 0);
}

function examples(rows: Row[]): IssueExample[] {
	return rows.map((r) => ({ row: Number(r.row), value: String(r.value ?? '') }));
}

/** Unreadable values per column; a required column with no readable value at all blocks the load. */
async function readabilityIssues(
	engine: Engine,
	table: TableId,
	staging: string,
	columns: readonly MappedColumn[]
): Promise<ImportIssue[]> {
	const [stats = {}] = await engine.rows(readabilitySql(staging, columns));
	const rows = Number(stats.rows ?? 0);
	if (rows === 0) {
		throw new EngineError(
			'The file has no rows: there is nothing to load.',
			'zero rows',
			undefined,
			'no_rows'
		);
	}
	const issues: ImportIssue[] = [];
	for (const [i, column] of columns.entries()) {
		if (column.source === null) continue;
		const present = Number(stats[`present_${i}`] ?? 0);
		const unreadable = Number(stats[`unreadable_${i}`] ?? 0);
		const label = `“${column.source}” (mapped to ${column.spec.name})`;
		if (column.spec.required && present === 0) {
			throw new EngineError(
				`Column ${label} is empty in all ${rows} rows, so no row has a ${column.spec.name}. Map another column to ${column.spec.name}, or fix the file.`,
				`all NULL: ${column.source}`,
				undefined,
				'all_null',
				{ source: column.source, column: column.spec.name, rows: String(rows) }
			);
		}
		if (unreadable === 0) continue;
		const found = examples(await engine.rows(unreadableExamplesSql(staging, column)));
		if (column.spec.required && unreadable === present) {
			const shown = found.map((e) => `“${e.value}”`).join(', ');
			throw new EngineError(
				`None of the values in column ${label} can be read as ${TYPE_WORD[column.spec.type]} (for example ${shown}). Check the column mapping and how the values are written.`,
				`unreadable: ${column.source} ${column.spec.type}`,
				undefined,
				'all_unreadable',
				{ source: column.source, column: column.spec.name, type: column.spec.type, examples: shown }
			);
		}
		issues.push({
			kind: 'unreadable',
			id: column.spec.name,
			column: column.spec.name,
			source: column.source,
			count: unreadable,
			action: column.spec.required ? 'excluded' : 'set_null',
			examples: found
		});
	}
	return issues;
}

async function ruleIssues(
	engine: Engine,
	table: TableId,
	typed: string,
	existing: string | null,
	present: ReadonlySet<string>
): Promise<ImportIssue[]> {
	const [counts = {}] = await engine.rows(ruleCountsSql(table, typed, present));
	const issues: ImportIssue[] = [];
	for (const spec of TABLES[table].columns.filter((c) => c.required)) {
		const n = Number(counts[`missing:${spec.name}`] ?? 0);
		if (n > 0) {
			issues.push({
				kind: 'missing',
				id: spec.name,
				column: spec.name,
				count: n,
				action: 'excluded',
				examples: []
			});
		}
	}
	for (const rule of rulesFor(table, present)) {
		const n = Number(counts[`rule:${rule.id}`] ?? 0);
		if (n === 0) continue;
		const found = examples(await engine.rows(ruleExamplesSql(typed, rule)));
		issues.push({
			kind: 'rule',
			id: rule.id,
			column: rule.column,
			count: n,
			action: rule.action,
			examples: found
		});
	}
	const duplicates = duplicateCountSql(table, typed, existing, present);
	const key = UNIQUE_KEY[table];
	if (duplicates && key) {
		const [row] = await engine.rows(duplicates);
		const n = Number(row?.n ?? 0);
		if (n > 0) {
			const found = examples(await engine.rows(duplicateExamplesSql(table, typed, existing, present)!));
			issues.push({
				kind: 'duplicate',
				id: 'duplicate_key',
				column: key,
				count: n,
				action: 'excluded',
				examples: found
			});
		}
	}
	return issues;
}

/** A required value that was present but unreadable is reported once, as unreadable, not again as missing. */
function withoutDoubleCounting(found: ImportIssue[], unreadable: readonly ImportIssue[]): ImportIssue[] {
	return found
		.map((issue) => {
			if (issue.kind !== 'missing') return issue;
			const already = unreadable.find((u) => u.column === issue.column)?.count ?? 0;
			return { ...issue, count: issue.count - already };
		})
		.filter((issue) => issue.count > 0);
}

function describeWorst(issues: readonly ImportIssue[]): string {
	const worst = issues.filter((i) => i.action === 'excluded').sort((a, b) => b.count - a.count)[0];
	if (!worst) return 'every row was excluded';
	return `${worst.count} rows were excluded because of ${worst.kind === 'rule' ? worst.id.replaceAll('_', ' ') : `${worst.kind} ${worst.column}`}`;
}

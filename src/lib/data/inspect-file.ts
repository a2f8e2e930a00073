/** A first look at an uploaded file: its kind, columns, types and first rows — without loading it. */
import type { Engine, FileFormat, Row } from '../engine/types';
import { EngineError } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import { detectFileKind, fileKindMessage } from './file-kind';
import type { SourceColumn } from './mapping';
import { samplesFromRows, type ColumnSamples } from './profile';

export interface FileInspection {
	format: FileFormat;
	/**
	 * The columns with the types the import will see: a CSV is read as text (VARCHAR) there, so it is here
	 * too — the preview and the import read each value the same way.
	 */
	columns: SourceColumn[];
	/** The first rows shown in the preview. */
	preview: Row[];
	/** The first values of each column (more rows than the preview), for the mapping's guesses. */
	samples: ColumnSamples;
}

const PREVIEW_ROWS = 20;
const SAMPLE_ROWS = 500;
const PROBE_BYTES = 4096;

/** Read the ends of the file (a few kB), sniff its kind, then load its first rows into a scratch table. */
/** Rows of a query on an inspected file's scratch table (e.g. how its timestamps will read). */
export function readScratch(engine: Engine, sql: string): Promise<Row[]> {
	return engine.rows(sql);
}

export async function inspectFile(
	engine: Engine,
	file: File,
	scratch = '__inspect'
): Promise<FileInspection> {
	const head = new Uint8Array(await file.slice(0, PROBE_BYTES).arrayBuffer());
	const tail = new Uint8Array(await file.slice(Math.max(0, file.size - PROBE_BYTES)).arrayBuffer());
	const kind = detectFileKind(file.name, file.size, head, tail);
	if (!kind.ok) {
		throw new EngineError(fileKindMessage(file.name, kind.problem), kind.problem, undefined, kind.problem, {
			name: file.name
		});
	}
	try {
		await engine.loadTable(
			scratch,
			{ kind: 'file', file, format: kind.format },
			{ limit: SAMPLE_ROWS, allText: kind.format === 'csv' }
		);
		const columns = await engine.describe(scratch);
		const rows = await engine.rows(`SELECT * FROM ${quoteIdent(scratch)} LIMIT ${SAMPLE_ROWS}`);
		if (rows.length === 0) {
			throw new EngineError(
				`“${file.name}” has column names but no rows: there is nothing to load.`,
				'zero rows',
				undefined,
				'header_only',
				{ name: file.name }
			);
		}
		return {
			format: kind.format,
			columns,
			preview: rows.slice(0, PREVIEW_ROWS),
			samples: samplesFromRows(rows)
		};
	} finally {
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(scratch)}`);
	}
}

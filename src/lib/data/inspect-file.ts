/** A first look at an uploaded file: its kind, columns, types and first rows — without loading it. */
import type { Engine, FileFormat, Row } from '../engine/types';
import { EngineError } from '../engine/types';
import { quoteIdent } from '../sql/quote';
import { detectFileKind, fileKindMessage } from './file-kind';
import type { SourceColumn } from './mapping';

export interface FileInspection {
	format: FileFormat;
	columns: SourceColumn[];
	preview: Row[];
}

const PREVIEW_ROWS = 20;
const PROBE_BYTES = 4096;

/** Read the ends of the file (a few kB), sniff its kind, then load a preview into a scratch table. */
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
		await engine.loadTable(scratch, { kind: 'file', file, format: kind.format }, { limit: PREVIEW_ROWS });
		const columns = await engine.describe(scratch);
		const preview = await engine.rows(`SELECT * FROM ${quoteIdent(scratch)} LIMIT ${PREVIEW_ROWS}`);
		if (preview.length === 0) {
			throw new EngineError(
				`“${file.name}” has column names but no rows: there is nothing to load.`,
				'zero rows',
				undefined,
				'header_only',
				{ name: file.name }
			);
		}
		return { format: kind.format, columns, preview };
	} finally {
		await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(scratch)}`);
	}
}

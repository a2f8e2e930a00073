/** Turns DuckDB's error text into an EngineError a person can act on. */
import { EngineError } from './types';

const KNOWN: [RegExp, string, string][] = [
	[
		/sniffing file|CSV Error|Invalid unicode|not utf-8|maximum line size/i,
		'The file could not be read as CSV: it should be UTF-8 text with a header row and one delimiter.',
		'csv_unreadable'
	],
	[
		/magic bytes|not a parquet file|parquet.*(corrupt|invalid)|invalid parquet|EOF|out of range.*footer/i,
		'The file is not a readable Parquet file (it may be truncated or corrupt). Export it again and retry.',
		'parquet_unreadable'
	],
	[
		/could not convert|conversion error|invalid input syntax/i,
		'A value could not be converted to the expected type. Check the column mapping and the values in the file.',
		'conversion'
	],
	[
		/no such file|cannot open file|not found: file/i,
		'The file could not be opened. Pick it again and retry.',
		'file_open'
	],
	[
		/out of memory|memory limit/i,
		'The browser ran out of memory for this file. Try a smaller file or fewer columns.',
		'out_of_memory'
	],
	[
		/parser error|syntax error/i,
		'The query could not be understood by the database. This is a bug in Northstar: please report it.',
		'bug'
	],
	[
		/catalog error|does not exist|not found/i,
		'A table or column the query needs is missing. Load the data again or check the column mapping.',
		'missing_object'
	]
];

export function toEngineError(error: unknown, context: string, sql?: string): EngineError {
	if (error instanceof EngineError) return error;
	const detail = error instanceof Error ? error.message : String(error);
	const known = KNOWN.find(([pattern]) => pattern.test(detail));
	return new EngineError(
		`${context}: ${known ? known[1] : 'the database reported an error.'}`,
		detail,
		sql,
		known?.[2]
	);
}

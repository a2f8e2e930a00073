/** What kind of file an upload is, from its name and its first and last bytes — before DuckDB sees it. Pure. */
import type { FileFormat } from '../engine/types';

export type FileKindProblem = 'empty' | 'truncated_parquet' | 'not_parquet' | 'binary' | 'unsupported';

export type FileKind = { ok: true; format: FileFormat } | { ok: false; problem: FileKindProblem };

const PAR1 = [0x50, 0x41, 0x52, 0x31];
const TEXT_EXTENSIONS = ['csv', 'tsv', 'txt'];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function extension(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Text looks like CSV when it has no NUL bytes and decodes as UTF-8 (a cut last character is allowed). */
function looksLikeText(head: Uint8Array): boolean {
	if (head.includes(0)) return false;
	try {
		// `stream`: a character cut at the end of the probe is kept for a next chunk, not an error. (Cutting
		// a fixed 4 bytes instead cut a small file's last Korean character in half and called it binary.)
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/** `head` and `tail` are the file's first and last few kilobytes (the same bytes when the file is small). */
export function detectFileKind(name: string, size: number, head: Uint8Array, tail: Uint8Array): FileKind {
	if (size === 0) return { ok: false, problem: 'empty' };
	const ext = extension(name);
	if (startsWith(head, PAR1)) {
		// A Parquet file ends with its footer and the same magic; without it the file was cut short.
		const end = tail.subarray(tail.length - 4);
		return size >= 12 && startsWith(end, PAR1)
			? { ok: true, format: 'parquet' }
			: { ok: false, problem: 'truncated_parquet' };
	}
	if (ext === 'parquet' || ext === 'parq') return { ok: false, problem: 'not_parquet' };
	if (!looksLikeText(head)) return { ok: false, problem: 'binary' };
	if (ext === '' || TEXT_EXTENSIONS.includes(ext)) return { ok: true, format: 'csv' };
	return { ok: false, problem: 'unsupported' };
}

/** The message for a file that cannot be read, naming it. */
export function fileKindMessage(name: string, problem: FileKindProblem): string {
	switch (problem) {
		case 'empty':
			return `“${name}” is empty (0 bytes): there is nothing to load.`;
		case 'truncated_parquet':
			return `“${name}” is not a complete Parquet file: its end is missing (the file may be truncated). Export or copy it again and retry.`;
		case 'not_parquet':
			return `“${name}” is named .parquet but is not a Parquet file (it does not start with the Parquet marker). Check that it was exported as Parquet.`;
		case 'binary':
			return `“${name}” is neither Parquet nor CSV: it is a binary file. Northstar reads Parquet files and CSV text files.`;
		case 'unsupported':
			return `“${name}” is not a Parquet or CSV file. Northstar reads .parquet and .csv (or .tsv, .txt) files.`;
	}
}

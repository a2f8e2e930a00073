import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../../src/lib/data/file-kind';

const bytes = (text: string) => new TextEncoder().encode(text);
const PAR1 = [0x50, 0x41, 0x52, 0x31];

describe('file kind', () => {
	it('recognises Parquet by its magic at both ends, whatever the name', () => {
		const file = new Uint8Array([...PAR1, 1, 2, 3, 4, 5, 6, 7, 8, ...PAR1]);
		expect(detectFileKind('export.bin', file.length, file, file)).toEqual({ ok: true, format: 'parquet' });
	});
	it('calls a Parquet file without its closing magic truncated', () => {
		const file = new Uint8Array([...PAR1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(detectFileKind('t.parquet', file.length, file, file)).toEqual({
			ok: false,
			problem: 'truncated_parquet'
		});
	});
	it('refuses random bytes named .parquet, empty files, binaries and other text formats', () => {
		const random = new Uint8Array([7, 0, 255, 3]);
		expect(detectFileKind('t.parquet', 4, random, random)).toEqual({ ok: false, problem: 'not_parquet' });
		expect(detectFileKind('t.csv', 0, new Uint8Array(), new Uint8Array())).toEqual({
			ok: false,
			problem: 'empty'
		});
		expect(detectFileKind('t.xlsx', 4, random, random)).toEqual({ ok: false, problem: 'binary' });
		expect(detectFileKind('t.json', 2, bytes('{}'), bytes('{}'))).toEqual({
			ok: false,
			problem: 'unsupported'
		});
	});
	it('accepts UTF-8 text as CSV, with a BOM and Korean headers', () => {
		const text = bytes('\uFEFF티켓번호;접수일시\n1;2025-01-01\n');
		expect(detectFileKind('t.csv', text.length, text, text)).toEqual({ ok: true, format: 'csv' });
	});
	it('accepts a small CSV that ends in Korean text, and a probe that cuts a character in half', () => {
		// The whole file is the probe: its last bytes are the 6 of "서울" (3 each), no newline after.
		const small = bytes('id,지역\nc1,서울');
		expect(detectFileKind('t.csv', small.length, small, small)).toEqual({ ok: true, format: 'csv' });
		// A 4 kB probe of a longer file may end 1 or 2 bytes into a 3-byte character.
		for (const cut of [1, 2]) {
			const probe = small.subarray(0, small.length - 3 + cut);
			expect(detectFileKind('t.csv', 5000, probe, probe)).toEqual({ ok: true, format: 'csv' });
		}
		// Not UTF-8 at all (a lone 0xFF byte) is still binary.
		const latin = new Uint8Array([0x61, 0xff, 0x62, 0x0a]);
		expect(detectFileKind('t.csv', 4, latin, latin)).toEqual({ ok: false, problem: 'binary' });
	});
});

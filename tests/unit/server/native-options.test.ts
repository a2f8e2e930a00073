/** `serve --data`'s placement options and the rule that picks memory or the files. */
import { describe, expect, it } from 'vitest';
import { byteSize, parseServeArgs } from '../../../src/server/cli-args';
import { fitsInMemory } from '../../../src/server/native-duckdb';

const native = (args: string[]) => {
	const parsed = parseServeArgs(['--data', 'd', ...args], {}, 'b');
	return 'error' in parsed ? parsed : parsed.options.native;
};

describe('serve --data: --in-memory, --in-place, --memory-limit', () => {
	it('chooses by size unless told; either flag forces its placement', () => {
		expect(native([])).toEqual({ placement: 'auto', memoryLimit: undefined });
		expect(native(['--in-memory'])).toEqual({ placement: 'memory', memoryLimit: undefined });
		expect(native(['--in-place', '--memory-limit', '8GB'])).toEqual({ placement: 'views', memoryLimit: 8e9 });
		expect(native(['--in-memory', '--in-place'])).toEqual({
			error: 'Give --in-memory or --in-place, not both.'
		});
		expect(parseServeArgs(['--clickhouse', 'http://h', '--in-memory'], {}, 'b')).toEqual({
			error: '--in-memory, --in-place and --memory-limit go with --data.'
		});
	});

	it('reads sizes in decimal and binary units', () => {
		expect(byteSize('8GB')).toBe(8_000_000_000);
		expect(byteSize('2.5 gb')).toBe(2_500_000_000);
		expect(byteSize('512MiB')).toBe(536_870_912);
		expect(byteSize('3000000')).toBe(3_000_000);
		expect(byteSize('1TiB')).toBe(1_099_511_627_776);
		for (const bad of ['8 GBs', 'lots', '-1GB', '100KB', '']) {
			expect(() => byteSize(bad), bad).toThrow(/--memory-limit must be a size/);
		}
		expect(native(['--memory-limit', 'x'])).toEqual({
			error: '--memory-limit must be a size such as 8GB or 512MB (at least 1MB), got “x”.'
		});
	});

	it('loads into memory what fits in half the limit and 80% of the free memory', () => {
		// 16 GB limit, 20 GB free: half the limit (8 GB) is the smaller budget.
		expect(fitsInMemory(8e9, 16e9, 20e9)).toEqual({
			fits: true,
			budget: 8e9,
			why: 'half of the 16.0 GB memory limit'
		});
		expect(fitsInMemory(8.1e9, 16e9, 20e9).fits).toBe(false);
		// 16 GB limit, 5 GB free: 80% of the free memory (4 GB) is.
		expect(fitsInMemory(3.9e9, 16e9, 5e9)).toEqual({
			fits: true,
			budget: 4e9,
			why: '80% of the 5.0 GB free now'
		});
		expect(fitsInMemory(4.1e9, 16e9, 5e9).fits).toBe(false);
		expect(fitsInMemory(0.3e9, 0.5e9, 5e9)).toEqual({
			fits: false,
			budget: 0.25e9,
			why: 'half of the 500 MB memory limit'
		});
	});
});

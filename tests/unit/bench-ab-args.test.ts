/** tests/bench/ab-args.ts: the A/B benches' shared `--scale` / `--rounds` options. */
import { describe, expect, it } from 'vitest';
import { parseAbArgs } from '../bench/ab-args';

describe('the A/B benches’ command line', () => {
	it('gives each bench its own defaults when nothing is passed', () => {
		expect(parseAbArgs({ scale: 10, rounds: 5 }, [])).toEqual({ scale: 10, rounds: 5 });
		expect(parseAbArgs({ scale: 1, rounds: 7 }, [])).toEqual({ scale: 1, rounds: 7 });
	});

	it('reads --scale and --rounds, in either spelling', () => {
		expect(parseAbArgs({ scale: 1, rounds: 7 }, ['--scale', '10', '--rounds=3'])).toEqual({
			scale: 10,
			rounds: 3
		});
		expect(parseAbArgs({ scale: 10, rounds: 5 }, ['--rounds', '2'])).toEqual({ scale: 10, rounds: 2 });
	});

	it('refuses an option it does not know, and a value it cannot read is NaN as before', () => {
		expect(() => parseAbArgs({ scale: 1, rounds: 7 }, ['--help'])).toThrow(/Unknown option '--help'/);
		expect(parseAbArgs({ scale: 1, rounds: 7 }, ['--scale', 'ten']).scale).toBeNaN();
	});
});

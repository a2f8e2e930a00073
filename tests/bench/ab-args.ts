/** The A/B benches' command line (extras-ab.ts, sql-ab.ts): `--scale N` and `--rounds N`, each bench with its own defaults. */
import { parseArgs } from 'node:util';

export interface AbArgs {
	/** The sample's scale (1 = the shipped sample, 10 = ten times the rows). */
	scale: number;
	/** Timed rounds after the warm-up round. */
	rounds: number;
}

/** `--scale` and `--rounds` from `args` (the process's own by default); an unknown option throws. */
export function parseAbArgs(defaults: AbArgs, args?: string[]): AbArgs {
	const { values } = parseArgs({
		...(args ? { args } : {}),
		options: {
			scale: { type: 'string', default: String(defaults.scale) },
			rounds: { type: 'string', default: String(defaults.rounds) }
		}
	});
	return { scale: Number(values.scale), rounds: Number(values.rounds) };
}

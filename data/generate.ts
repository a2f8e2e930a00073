/**
 * Writes the deterministic sample data (SPEC §6): same seed and scale → byte-identical Parquet files.
 *
 *   npx tsx data/generate.ts [--scale N] [--seed S] [--out DIR]
 *
 * --scale  size relative to the built-in sample (1 ≈ 1M events; 10 ≈ 10M; fractions allowed), default 1
 * --seed   any integer, default 42
 * --out    output folder, default data/sample
 * --no-story  the same year without the self-service launch, the incident or any other planned
 *             event, nor seasons (weekly cycles kept): data on which every anomaly is a false alarm
 */
import { parseArgs } from 'node:util';
import { generateSample } from './generator/sample';

function parseOptions(argv: string[]) {
	const { values } = parseArgs({
		args: argv,
		options: {
			scale: { type: 'string', default: '1' },
			seed: { type: 'string', default: '42' },
			out: { type: 'string', default: 'data/sample' },
			'no-story': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	const scale = Number(values.scale);
	const seed = Number(values.seed);
	if (!(scale > 0) || !Number.isFinite(scale))
		throw new Error(`--scale must be a positive number, got "${values.scale}"`);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
	return { scale, seed, outDir: values.out, story: !values['no-story'], help: values.help };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	if (options.help) {
		console.log('usage: npx tsx data/generate.ts [--scale N] [--seed S] [--out DIR] [--no-story]');
		return;
	}
	const report = await generateSample(options);
	const quiet = options.story ? '' : ', no story';
	console.log(`sample: scale ${options.scale}, seed ${options.seed}${quiet} → ${options.outDir}`);
	for (const table of report.tables) {
		console.log(
			`  ${table.table.padEnd(8)} ${String(table.rows).padStart(11)} rows  ${megabytes(table.bytes).padStart(10)}  ${table.path}`
		);
	}
	const total = report.tables.reduce((sum, table) => sum + table.bytes, 0);
	console.log(
		`  total    ${megabytes(total)}; simulated in ${report.simulateSeconds.toFixed(1)} s, written in ${report.writeSeconds.toFixed(1)} s`
	);
	console.log(`  peak memory (RSS) ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});

import { sveltekit } from '@sveltejs/kit/vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { defineConfig } from 'vitest/config';

/**
 * Writes data/sample/sample.duckdb from the sample's Parquet files (data/sample-database.ts) when it
 * is missing or older than one of them. Run as its own process: the script uses native DuckDB and the
 * app's schema, which Vite's config loader should not bundle.
 */
function sampleDatabase(): Plugin {
	const stamp = 'data/sample/sample.duckdb.stamp';
	const sources = [
		'data/sample-database.ts',
		...['events', 'tickets', 'surveys'].map((t) => `data/sample/${t}.parquet`)
	];
	const stale = () =>
		!existsSync(stamp) || sources.some((file) => statSync(file).mtimeMs > statSync(stamp).mtimeMs);
	return {
		name: 'northstar-sample-database',
		buildStart() {
			if (stale()) execFileSync('npx', ['tsx', 'data/sample-database.ts'], { stdio: 'inherit' });
		}
	};
}

/**
 * `import tree from 'file.yaml?data'`: the YAML parsed at build time, so the app's start validates the
 * default tree without running the YAML parser (cold code, ~0.1 s before DuckDB's worker is asked to start).
 * The parse is yaml's `parse`, i.e. what `loadTree` does at run time (`parseDocument(text).toJS()`); a YAML
 * error fails the build.
 */
function yamlAsData(): Plugin {
	return {
		name: 'northstar-yaml-as-data',
		enforce: 'pre',
		load(id) {
			const [file, query] = id.split('?');
			if (query !== 'data' || !file!.endsWith('.yaml')) return null;
			this.addWatchFile(file!);
			return `export default ${JSON.stringify(parse(readFileSync(file!, 'utf8')))};`;
		}
	};
}

export default defineConfig({
	plugins: [sampleDatabase(), yamlAsData(), sveltekit()],
	// duckdb-wasm and parquet-wasm ship their own workers and .wasm files; pre-bundling them breaks the asset URLs.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	build: { chunkSizeWarningLimit: 2048 },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					// A browser flow visits several views, each waiting on DuckDB-WASM: ~30–50 s on a busy
					// 2-core machine. The waits inside each test stay tight; this only bounds the whole.
					testTimeout: 120_000,
					hookTimeout: 120_000,
					// expect.poll waits for the page to recompute: 1 s (vitest's default) is not enough on a busy
					// machine, where a comparison still showed the previous period's value after it.
					expect: { poll: { timeout: 20_000, interval: 100 } },
					fileParallelism: false
				}
			}
		]
	}
});

// @ts-check
/**
 * Mutation testing of the pure layer with the unit tests alone (`vitest.mutation.config.ts`).
 * `npm run test:mutation` runs every directory below (slow: see README "Tests"); one directory at a time:
 * `npm run test:mutation -- --mutate 'src/lib/metrics/*.ts'`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: { configFile: 'vitest.mutation.config.ts' },
	mutate: [
		'src/lib/metrics/**/*.ts',
		'src/lib/sql/**/*.ts',
		'src/lib/state/**/*.ts',
		// type-only modules: nothing to mutate
		'!src/lib/metrics/types.ts'
	],
	coverageAnalysis: 'perTest',
	concurrency: 1,
	incremental: true,
	incrementalFile: 'reports/stryker-incremental.json',
	ignorePatterns: [
		'.stryker-tmp*',
		'build',
		'build-*',
		'screenshots',
		'tests/e2e/artifacts',
		'tests/bench/cache',
		'reports'
	],
	reporters: ['clear-text', 'progress', 'html', 'json'],
	clearTextReporter: { logTests: false },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	thresholds: { high: 90, low: 80, break: null },
	timeoutMS: 10_000,
	tempDirName: '.stryker-tmp'
};

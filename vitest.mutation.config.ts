import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests alone, for `npm run test:mutation` (StrykerJS): the integration tests reach the pure modules through
 * DuckDB and would make a mutation run take hours on two cores; the browser tests need a build.
 */
export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts']
	}
});

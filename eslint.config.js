import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'node_modules/',
			'data/sample/',
			'tests/bench/cache/',
			'.stryker-tmp*/',
			'reports/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				// The service worker is excluded from the page's tsconfig (SvelteKit); tsconfig.sw.json types it.
				projectService: {
					allowDefaultProject: ['src/service-worker.ts'],
					defaultProject: 'tsconfig.sw.json'
				},
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			// Promise bugs are real bugs in a query-heavy app.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Every in-app link carries the view's query string: `resolve(path) + query`, or a bare `?query`
			// for the current page. The rule cannot see through the concatenation, so it would flag them all.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig }
		}
	},
	{ files: ['**/*.js', '**/*.mjs'], ...ts.configs.disableTypeChecked }
);

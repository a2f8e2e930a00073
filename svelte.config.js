import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A pure client-side app: no server ever sees the analyst's data.
		adapter: adapter({ fallback: '200.html' }),
		files: { assets: 'static' },
		// src/service-worker.ts is registered by the app itself once its first data is on screen
		// (src/lib/offline/register.ts), so that its downloads never compete with the first visit's start.
		serviceWorker: { register: false },
		// SPEC §4: the page talks to its own origin only. SvelteKit hashes its inline start-up script
		// into script-src and writes the policy as a <meta> tag in every page it renders, 200.html too.
		// 'wasm-unsafe-eval' lets DuckDB-WASM and parquet-wasm compile their modules; workers come from
		// the app's own files; styles allow inline attributes, which Svelte sets at run time.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

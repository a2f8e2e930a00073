import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A pure client-side app: no server ever sees the analyst's data.
		adapter: adapter({ fallback: '200.html' }),
		files: { assets: 'static' }
	}
};

export default config;

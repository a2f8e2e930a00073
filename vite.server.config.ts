/** Builds the `northstar` command (src/server/cli.ts) for Node into build-server/; dependencies stay external. */
import { defineConfig } from 'vite';

export default defineConfig({
	build: {
		ssr: 'src/server/cli.ts',
		outDir: 'build-server',
		emptyOutDir: true,
		target: 'node20',
		sourcemap: true,
		rollupOptions: { output: { entryFileNames: 'northstar.js' } }
	}
});

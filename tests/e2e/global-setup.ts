/** Serves the production build for the browser tests; fails early, in one line, when Chromium or the build is missing. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium';
import { serveStatic } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	assertChromium();
	if (!existsSync('build/200.html')) {
		throw new Error('No production build in build/: run "npm run build" first (npm test does this).');
	}
	const server = await serveStatic('build');
	project.provide('baseUrl', server.url);
	return () => server.close();
}

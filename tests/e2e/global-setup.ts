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
	// NORTHSTAR_BUILD_DIR lets several people (or agents) test their own copy of a build side by side.
	const dir = process.env.NORTHSTAR_BUILD_DIR ?? 'build';
	if (!existsSync(`${dir}/200.html`)) {
		throw new Error(`No production build in ${dir}/: run "npm run build" first (npm test does this).`);
	}
	const server = await serveStatic(dir);
	project.provide('baseUrl', server.url);
	return () => server.close();
}

#!/usr/bin/env node
// The `northstar` command. Its code is built with the app (`npm run build` writes build-server/).
import { existsSync } from 'node:fs';

const entry = new URL('../build-server/northstar.js', import.meta.url);
if (!existsSync(entry)) {
	console.error('Northstar is not built yet: run "npm run build" in the northstar folder first.');
	process.exit(1);
}
await import(entry.href);

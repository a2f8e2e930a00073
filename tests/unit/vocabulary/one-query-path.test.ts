/** Components and UI modules never run SQL on the engine themselves: every query goes through metric-service.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI = 'src/lib/ui';
const QUERY_SERVICE = 'metric-service.ts';

describe('one query path', () => {
	it('no .query( or .rows( in src/lib/ui outside the query service', () => {
		const files = readdirSync(UI, { recursive: true, encoding: 'utf8' }).filter(
			(f) => /\.(ts|svelte)$/.test(f) && f !== QUERY_SERVICE
		);
		expect(files.length).toBeGreaterThan(20);
		const offenders = files.filter((f) => /\.(query|rows)\(/.test(readFileSync(join(UI, f), 'utf8')));
		expect(offenders).toEqual([]);
	});
});

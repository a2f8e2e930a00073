/** The metric layer is pure TypeScript: it loads under plain Node + tsx, without Vite or SvelteKit's `$lib`. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('src/lib/metrics under plain Node', () => {
	it('imports every module and loads the default tree with no bundler', () => {
		const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/fixtures/load-metrics.ts'], {
			encoding: 'utf8'
		});
		const files = readdirSync('src/lib/metrics', { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.ts')
		);
		expect(JSON.parse(out)).toEqual({ modules: files.length, root: 'contact_rate' });
	}, 30_000);
});

/**
 * Where a step's time goes on the page: Chromium's sampling profiler (CDP) around one step of the bench,
 * self time summed per function and per script. Not part of `npm run bench`; for finding what to cut.
 *
 *   npx tsx tests/bench/profile.ts [--build-dir build] [--step start|period|filter|drilldown] [--runs 3]
 *     [--data tests/bench/cache/10x]   (the sample served from another scale's directory)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchBenchBrowser, VIEWS } from './browser';
import { installProbe, navigateAndSettle } from './probe';
import { serveBench } from './server';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const { values } = parseArgs({
	options: {
		'build-dir': { type: 'string', default: 'build' },
		step: { type: 'string', default: 'drilldown' },
		runs: { type: 'string', default: '3' },
		data: { type: 'string' }
	}
});
const target = VIEWS[values.step as keyof typeof VIEWS];
if (!target && values.step !== 'start')
	throw new Error(`--step is start or one of ${Object.keys(VIEWS).join(', ')}`);

async function main() {
	const server = await serveBench(values['build-dir']);
	if (values.data) server.useData(values.data);
	const browser = await launchBenchBrowser();
	const byFunction = new Map<string, number>();
	const byScript = new Map<string, number>();
	let total = 0;
	try {
		for (let run = 0; run < Number(values.runs); run++) {
			const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			const page: Page = await context.newPage();
			await page.addInitScript('window.__name = (f) => f;');
			await page.addInitScript(installProbe, 'contact_rate');
			const cdp = await context.newCDPSession(page);
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			let seen = { requests: 0, sql: 0 };
			let step: { ms: number; dbMs: number | null; sql: string[] };
			if (values.step === 'start') {
				// The cold start itself: from the navigation until the north-star value shows.
				await cdp.send('Profiler.start');
				await page.goto(server.url + '/');
				await page.waitForFunction(() => window.__nsBench.northStarAt !== null, undefined, {
					timeout: 300_000
				});
				step = await page.evaluate(() => ({
					ms: window.__nsBench.northStarAt!,
					dbMs: null,
					sql: window.__nsBench.sql.map((s) => s.sql)
				}));
			} else {
				await page.goto(server.url + '/');
				await page.waitForFunction(() => window.__nsBench.northStarAt !== null, undefined, {
					timeout: 300_000
				});
				// The steps before this one, as in the bench (its caches hold what they asked).
				const order = Object.keys(VIEWS) as (keyof typeof VIEWS)[];
				for (const before of order.slice(0, order.indexOf(values.step as keyof typeof VIEWS))) {
					await page.evaluate(navigateAndSettle, {
						ready: 'main [data-ready]',
						target: VIEWS[before],
						quietMs: 250,
						timeoutMs: 300_000
					});
				}
				seen = await page.evaluate(() => ({
					requests: window.__nsBench.requests.length,
					sql: window.__nsBench.sql.length
				}));
				await cdp.send('Profiler.start');
				step = await page.evaluate(navigateAndSettle, {
					ready: 'main [data-ready]',
					target,
					quietMs: 250,
					timeoutMs: 300_000
				});
			}
			const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
			console.log(
				`run ${run + 1}: ${values.step} ${step.ms.toFixed(0)} ms${step.dbMs === null ? '' : ` (DuckDB ${step.dbMs.toFixed(0)} ms)`}, ${step.sql.length} statements`
			);
			// The worker's requests of the step, from the first one sent (ms), with the statement each one ran.
			const timeline = await page.evaluate((from) => {
				const probe = window.__nsBench;
				const requests = probe.requests.slice(from.requests);
				// A start is timed from the navigation, a step from its first request.
				const zero = from.requests === 0 ? 0 : (requests[0]?.at ?? 0);
				const sql = probe.sql.slice(from.sql);
				return requests.map((r) => {
					const statement = sql.find((s) => Math.abs(s.at - r.at) < 1);
					const text = statement ? statement.sql.replace(/\s+/g, ' ').slice(0, 50) : '';
					return `${(r.at - zero).toFixed(0).padStart(6)} → ${((r.done ?? r.at) - zero).toFixed(0).padStart(6)} ms  ${r.type} ${text}`;
				});
			}, seen);
			for (const line of timeline) console.log(`  ${line}`);
			if (process.env.PROFILE_SQL) {
				writeFileSync(`${process.env.PROFILE_SQL}-${run + 1}.sql`, step.sql.join('\n-- next --\n'));
			}
			const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
			profile.samples.forEach((id, i) => {
				const node = nodes.get(id)!;
				const ms = (profile.timeDeltas[i] ?? 0) / 1000;
				const { functionName, url, lineNumber } = node.callFrame;
				const script = url.replace(/^.*\//, '') || '(native)';
				if (functionName === '(idle)' || functionName === '(program)') return;
				total += ms;
				const key = `${functionName || '(anonymous)'} ${script}:${lineNumber}`;
				byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
				byScript.set(script, (byScript.get(script) ?? 0) + ms);
			});
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const runs = Number(values.runs);
	const top = (map: Map<string, number>, n: number) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, ms]) => `${(ms / runs).toFixed(1).padStart(7)} ms  ${k}`);
	console.log(`\nbusy on the page (not idle), per run: ${(total / runs).toFixed(0)} ms\n\nby script:`);
	for (const line of top(byScript, 12)) console.log(line);
	console.log('\nby function (self time):');
	for (const line of top(byFunction, 40)) console.log(line);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});

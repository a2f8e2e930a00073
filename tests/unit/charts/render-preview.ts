/**
 * Not a test: renders every chart with sample props (server-side, no measuring) into standalone HTML pages,
 * one at desktop card width and one at phone width, then screenshots them with Chromium (whole page, and
 * each chart at 2× as screenshots/charts-<width>-<n>.png) for a look.
 *   npx tsx tests/unit/charts/render-preview.ts
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chartSamples } from './chart-samples';

const root = new URL('../../../', import.meta.url).pathname;

// Injected CSS puts each component's <style> into the rendered head, so the page is self-contained.
const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false },
	appType: 'custom',
	plugins: [svelte({ compilerOptions: { css: 'injected' } })]
});

try {
	const { render } = (await vite.ssrLoadModule('svelte/server')) as typeof import('svelte/server');
	const load = async (name: string) =>
		((await vite.ssrLoadModule(`/src/lib/charts/${name}.svelte`)) as { default: never }).default;
	const components = {
		Sparkline: await load('Sparkline'),
		TimeSeriesChart: await load('TimeSeriesChart'),
		BarChart: await load('BarChart'),
		Waterfall: await load('Waterfall')
	};
	const appCss = await readFile(`${root}src/app.css`, 'utf8');
	await mkdir(`${root}screenshots`, { recursive: true });
	for (const [name, width] of [
		['charts', 540],
		['charts-phone', 358]
	] as const) {
		const heads = new Set<string>();
		const sections = chartSamples(width).map(({ title, component, props }) => {
			const { head, body } = render(components[component], { props: props as never });
			heads.add(head);
			return `<section><h2>${title}</h2>${body}</section>`;
		});
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Northstar charts</title>
<style>${appCss}
main { display: grid; grid-template-columns: repeat(auto-fill, ${width + 32}px); gap: 16px; padding: 16px; }
section { background: var(--ns-surface); border: 1px solid var(--ns-border); border-radius: var(--ns-radius); padding: 16px; }
h2 { font-size: 14px; margin: 0 0 8px; }
</style>${[...heads].join('')}</head><body><main>${sections.join('\n')}</main></body></html>`;
		await writeFile(`${root}screenshots/${name}-preview.html`, html);
		await screenshot(name, width);
	}
} finally {
	await vite.close();
}

async function screenshot(name: string, width: number) {
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
	try {
		const viewport = { width: width === 358 ? 390 : 1200, height: 900 };
		const page = await browser.newPage({ viewport, deviceScaleFactor: 2 });
		await page.goto(`file://${root}screenshots/${name}-preview.html`);
		await page.screenshot({ path: `${root}screenshots/${name}.png`, fullPage: true, scale: 'css' });
		const sections = await page.locator('section').all();
		for (const [i, section] of sections.entries()) {
			await section.screenshot({ path: `${root}screenshots/${name}-${i + 1}.png` });
		}
		console.log(`screenshots/${name}.png and ${sections.length} charts`);
	} finally {
		await browser.close();
	}
}

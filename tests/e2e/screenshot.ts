/**
 * Screenshots for looking at what we build: `npx tsx tests/e2e/screenshot.ts [path ...]`
 * serves build/, opens each path at desktop and phone width, and writes PNGs to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, openPage } from './chromium';
import { serveStatic } from './server';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const widths = [
	{ name: 'desktop', width: 1440, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
];

const server = await serveStatic(process.env.NORTHSTAR_BUILD_DIR ?? 'build');
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
	for (const path of paths) {
		for (const size of widths) {
			const { page, errors } = await openPage(browser, server.url, size);
			await page.goto(server.url + path);
			await page.waitForSelector('[data-ready="true"], [role="alert"]', { timeout: 60_000 });
			const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${size.name}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file, errors.length > 0 ? `errors: ${errors.join(' | ')}` : '');
			await page.context().close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}

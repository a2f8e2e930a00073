/** Debian's Chromium, driven by playwright-core (never `playwright install`: there is no network). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function assertChromium(): void {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH).`
		);
	}
}

/** Without these Chromium phones home at start; this machine has no network and must not try. */
export const CHROMIUM_ARGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
	assertChromium();
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [...CHROMIUM_ARGS, ...extraArgs]
	});
}

export interface WatchedPage {
	page: Page;
	/** Every request the page made to another origin than the app's. */
	offOrigin: string[];
	/** Uncaught page errors and console errors. */
	errors: string[];
}

/** A fresh page that records requests leaving `origin` and any page errors. */
export async function openPage(
	browser: Browser,
	origin: string,
	viewport = { width: 1440, height: 900 },
	/** The browser's language (the app picks its UI language from it): 'en-US', 'ko-KR'. */
	locale = 'en-US',
	/** A phone's touch screen and mobile viewport (`{ hasTouch: true, isMobile: true }`). */
	device: { hasTouch?: boolean; isMobile?: boolean } = {}
): Promise<WatchedPage> {
	// The app's service worker installs (copying ~45 MB into Cache Storage) once the first data is shown;
	// these fresh, one-visit contexts never return, so they skip it. tests/e2e/offline.test.ts tests it.
	const context = await browser.newContext({ viewport, locale, serviceWorkers: 'block', ...device });
	const page = await context.newPage();
	const offOrigin: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return { page, offOrigin, errors };
}

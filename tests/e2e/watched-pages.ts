/**
 * The browser and pages of one describe block, every page watched (requests leaving the origin, page and
 * console errors) and checked at the end — the set-up the browser tests repeated by hand:
 *
 *   const pages = watchedPages(baseUrl, (page) => waitForOverview(page));
 *   beforeAll(() => pages.launch());
 *   afterAll(() => pages.close()); // asserts no page left the origin or logged an error
 *   const page = await pages.open('/?from=…', { width: 390, height: 844 }, 'ko-KR');
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium, openPage, type WatchedPage } from './chromium';

export type Viewport = { width: number; height: number };

export interface WatchedPages {
	launch(): Promise<void>;
	/** A fresh watched page, not yet navigated (a phone: `{ hasTouch: true, isMobile: true }`). */
	blank(
		viewport?: Viewport,
		locale?: string,
		device?: { hasTouch?: boolean; isMobile?: boolean }
	): Promise<Page>;
	/** A fresh watched page at `path`, once `ready` says it is. */
	open(path: string, viewport?: Viewport, locale?: string): Promise<Page>;
	/** Assert that no page left the origin or logged an error, then close the browser. */
	close(): Promise<void>;
}

export function watchedPages(origin: string, ready: (page: Page) => Promise<unknown>): WatchedPages {
	let browser: Browser | null = null;
	const pages: WatchedPage[] = [];
	const blank: WatchedPages['blank'] = async (viewport, locale, device) => {
		if (!browser) throw new Error('watchedPages: launch() first (in beforeAll)');
		const watched = await openPage(browser, origin, viewport, locale, device);
		pages.push(watched);
		return watched.page;
	};
	return {
		async launch() {
			browser = await launchChromium();
		},
		blank,
		async open(path, viewport, locale) {
			const page = await blank(viewport, locale);
			await page.goto(origin + path);
			await ready(page);
			return page;
		},
		async close() {
			try {
				expect(pages.flatMap((p) => p.offOrigin)).toEqual([]);
				expect(pages.flatMap((p) => p.errors)).toEqual([]);
			} finally {
				await browser?.close();
			}
		}
	};
}

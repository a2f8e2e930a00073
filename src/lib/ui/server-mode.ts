/** Whether a Northstar server served this page (it adds a meta tag), and the access token this tab holds. */
import { SERVER_META, type ServerEngine } from '$lib/api/protocol';

const TOKEN_KEY = 'northstar-token';

/** The server's engine, or null when the app runs on its own (static files, DuckDB-WASM). */
export function serverEngine(doc: Document): ServerEngine | null {
	const content = doc.querySelector(`meta[name="${SERVER_META}"]`)?.getAttribute('content');
	return content === 'duckdb' || content === 'clickhouse' ? content : null;
}

/**
 * The token from `#token=…` in the address (taken out of it at once, so it is not shared by copying
 * the URL), else the one this tab stored. Kept in sessionStorage: it ends with the tab.
 */
export function takeToken(location: Location, history: History, storage: Storage | null): string | null {
	const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
	if (match) {
		const token = decodeURIComponent(match[1]!);
		storage?.setItem(TOKEN_KEY, token);
		history.replaceState(history.state, '', location.pathname + location.search);
		return token;
	}
	return storage?.getItem(TOKEN_KEY) ?? null;
}

export function keepToken(storage: Storage | null, token: string): void {
	storage?.setItem(TOKEN_KEY, token);
}

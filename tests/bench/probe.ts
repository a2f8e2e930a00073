/**
 * Code that runs inside the benchmarked page (installed with `addInitScript`, before the app's own
 * scripts), so the app needs no timing hooks: it watches the DOM and the DuckDB worker's messages
 * and keeps every timestamp in the page's own `performance.now()` clock.
 *
 * Each function here is serialised by Playwright, so it must not use anything outside its body.
 */

/** What the probe records; read back with `page.evaluate(() => window.__nsBench)`. */
export interface ProbeState {
	/** Requests posted to the DuckDB worker and not answered yet. */
	inflight: number;
	/** Last DOM mutation or worker message (performance.now()). */
	lastActivity: number;
	/** SQL text sent to the worker (RUN_QUERY / CREATE_PREPARED), with when it was sent. */
	sql: { at: number; sql: string }[];
	/** Every request posted to the worker: its type, when it was sent and when it was answered. */
	requests: { type: string; at: number; done: number | null }[];
	/**
	 * First time the north-star node showed its value from the engine (the overview's period values in,
	 * `data-values-ready`; in a build before those, a ready overview); null until then.
	 */
	northStarAt: number | null;
	/** First time the overview was complete with that value (its trends and anomalies in too). */
	completeAt: number | null;
	/** First time the last visit's north-star value showed (while the engine starts); null if it never did. */
	lastVisitAt: number | null;
	/** Peak `performance.memory.usedJSHeapSize` seen, in bytes. */
	peakJsHeap: number;
	/** WebAssembly memories instantiated in this realm (parquet-wasm on the page). */
	memories: WebAssembly.Memory[];
}

declare global {
	interface Window {
		__nsBench: ProbeState;
	}
}

/** Installed before any app script: wraps Worker and WebAssembly.instantiate, observes the DOM. */
export function installProbe(northStarId: string): void {
	const probe: ProbeState = {
		inflight: 0,
		lastActivity: 0,
		sql: [],
		requests: [],
		northStarAt: null,
		completeAt: null,
		lastVisitAt: null,
		peakJsHeap: 0,
		memories: []
	};
	window.__nsBench = probe;
	const touch = () => {
		probe.lastActivity = performance.now();
	};

	// DuckDB-WASM's AsyncDuckDB posts {messageId, type, data} and gets {requestId, type, data} back;
	// LOG and progress messages are not answers.
	const notAnswers = new Set(['LOG', 'PROGRESS_UPDATE', 'INSTANTIATE_PROGRESS']);
	const NativeWorker = window.Worker;
	const pending = new Map<number, ProbeState['requests'][number]>();
	class ProbedWorker extends NativeWorker {
		constructor(url: string | URL, options?: WorkerOptions) {
			super(url, options);
			this.addEventListener('message', (event: MessageEvent) => {
				const data = event.data as { requestId?: number; type?: string } | null;
				if (data && typeof data.requestId === 'number' && !notAnswers.has(String(data.type))) {
					probe.inflight = Math.max(0, probe.inflight - 1);
					const request = pending.get(data.requestId);
					if (request) request.done = performance.now();
					pending.delete(data.requestId);
				}
				touch();
			});
		}
		override postMessage(message: unknown, transfer?: unknown): void {
			const m = message as { messageId?: number; type?: string; data?: unknown[] } | null;
			if (m && typeof m.messageId === 'number') {
				probe.inflight++;
				const request = { type: String(m.type), at: performance.now(), done: null };
				probe.requests.push(request);
				pending.set(m.messageId, request);
				if ((m.type === 'RUN_QUERY' || m.type === 'CREATE_PREPARED') && Array.isArray(m.data)) {
					probe.sql.push({ at: performance.now(), sql: String(m.data[1]) });
				}
			}
			touch();
			super.postMessage(message, transfer as Transferable[]);
		}
	}
	window.Worker = ProbedWorker;

	// parquet-wasm runs on the page: keep its memory (exported, or imported by the module) to report it.
	const keepMemories = (imports: unknown) => (result: unknown) => {
		const instance = (result as { instance?: WebAssembly.Instance }).instance ?? result;
		const env = (imports as { env?: Record<string, unknown> } | undefined)?.env ?? {};
		const candidates = [
			...Object.values((instance as WebAssembly.Instance).exports ?? {}),
			...Object.values(env)
		];
		for (const value of candidates) {
			if (value instanceof WebAssembly.Memory && !probe.memories.includes(value)) probe.memories.push(value);
		}
		return result;
	};
	const instantiate = WebAssembly.instantiate.bind(WebAssembly);
	WebAssembly.instantiate = ((source: BufferSource, imports?: WebAssembly.Imports) =>
		instantiate(source, imports).then(keepMemories(imports))) as typeof WebAssembly.instantiate;
	const streaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
	WebAssembly.instantiateStreaming = ((
		source: Response | PromiseLike<Response>,
		imports?: WebAssembly.Imports
	) => streaming(source, imports).then(keepMemories(imports))) as typeof WebAssembly.instantiateStreaming;

	setInterval(() => {
		// Chromium's performance.memory is a snapshot: read it anew each time.
		const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
		if (memory) probe.peakJsHeap = Math.max(probe.peakJsHeap, memory.usedJSHeapSize);
	}, 25);

	const value = `[data-metric-id="${northStarId}"][data-value]:not([data-value=""])`;
	new MutationObserver(() => {
		touch();
		if (probe.northStarAt === null && document.querySelector(`[data-values-ready="true"] ${value}`))
			probe.northStarAt = performance.now();
		if (probe.completeAt === null && document.querySelector(`[data-ready="true"] ${value}`)) {
			probe.completeAt = performance.now();
			probe.northStarAt ??= probe.completeAt;
		}
		if (probe.lastVisitAt === null && document.querySelector(`[data-last-visit] ${value}`))
			probe.lastVisitAt = performance.now();
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Prepended to DuckDB's worker script by the bench server: keeps the worker's WASM memory reachable. */
export const WORKER_PRELUDE = `(() => {
	const keep = (imports) => (result) => {
		const instance = result && result.instance ? result.instance : result;
		const env = (imports && imports.env) || {};
		for (const value of [...Object.values((instance && instance.exports) || {}), ...Object.values(env)])
			if (value instanceof WebAssembly.Memory) self.__nsWasmMemory = value;
		return result;
	};
	const instantiate = WebAssembly.instantiate.bind(WebAssembly);
	WebAssembly.instantiate = (source, imports) => instantiate(source, imports).then(keep(imports));
	const streaming = WebAssembly.instantiateStreaming && WebAssembly.instantiateStreaming.bind(WebAssembly);
	if (streaming) WebAssembly.instantiateStreaming = (source, imports) => streaming(source, imports).then(keep(imports));
})();
`;

export interface SettleOptions {
	/** CSS selector of the element whose `data-ready` must be "true". */
	ready: string;
	/** Path and query of the link to follow (pathname must match, every parameter be present). */
	target: string;
	/** No DOM change and no worker message for this long means done. */
	quietMs: number;
	timeoutMs: number;
}

/**
 * Click a same-origin link to `target` (SvelteKit routes it client-side, as it would a user's click),
 * then wait until the page is ready, the worker idle and the DOM quiet. Returns the time from the
 * click to the last DOM change or worker answer, and the SQL sent meanwhile.
 */
export async function navigateAndSettle(
	options: SettleOptions
): Promise<{ ms: number; dbMs: number; sql: string[] }> {
	const probe = window.__nsBench;
	const link = document.createElement('a');
	link.href = options.target;
	link.setAttribute('data-sveltekit-noscroll', '');
	link.setAttribute('data-sveltekit-keepfocus', '');
	(document.querySelector('main') ?? document.body).appendChild(link);
	const wanted = new URL(options.target, location.href);
	// The app may add or reorder parameters; every one of the link's must be there.
	const arrived = () =>
		location.pathname === wanted.pathname &&
		[...wanted.searchParams].every(([k, v]) => new URLSearchParams(location.search).getAll(k).includes(v));
	const firstSql = probe.sql.length;
	const firstRequest = probe.requests.length;
	const start = performance.now();
	probe.lastActivity = start;
	link.click();
	link.remove();
	for (;;) {
		await new Promise((done) => setTimeout(done, 10));
		const now = performance.now();
		if (now - start > options.timeoutMs) throw new Error(`timeout waiting for ${options.target}`);
		const ready = document.querySelector(options.ready)?.getAttribute('data-ready') === 'true';
		if (arrived() && ready && probe.inflight === 0 && now - probe.lastActivity >= options.quietMs) {
			// The worker answers one request at a time: first sent to last answered is the database's share.
			// Every statement is prepared since the engine lockdown: prepare, run and close all count.
			const kinds = ['RUN_QUERY', 'CREATE_PREPARED', 'RUN_PREPARED', 'CLOSE_PREPARED'];
			const queries = probe.requests.slice(firstRequest).filter((r) => kinds.includes(r.type));
			const dbMs = queries.length === 0 ? 0 : Math.max(...queries.map((r) => r.done ?? now)) - queries[0]!.at;
			return { ms: probe.lastActivity - start, dbMs, sql: probe.sql.slice(firstSql).map((s) => s.sql) };
		}
	}
}

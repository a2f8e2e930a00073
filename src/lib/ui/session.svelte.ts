/** The app session: the engine, what is loaded, and the loading progress — reactive in one place. */
import { getContext, setContext } from 'svelte';
import type { AttachedDatabase, Engine, Row } from '../engine/types';
import { EngineError } from '../engine/types';
import { loadCanonicalTable, READ_AHEAD_ROWS, readAheadSql } from '../data/load';
import { importTable, type ImportRequest } from '../data/import-table';
import type { ImportReport } from '../data/import-report';
import { TABLE_IDS, type TableId } from '../data/schema';
import * as uploadStore from '../data/upload-store';
import { withUpload, type StoredUpload } from '../data/upload-store';
import { toIsoDate, type IsoDate } from '../state/dates';
import { inspectFile, readScratch, type FileInspection } from '../data/inspect-file';
import { emptyColumns, summariseTables, type TableSummary } from '../data/summary';
import { loadedExtraDimensions } from '../data/extra-columns';
import { canonicalCatalog, dimensionCatalog, type DimensionCatalog } from '../metrics/dimensions';
import type { MessageParams } from '../i18n/interpolate';
import type { MessageKey } from '../i18n/messages';
import { isMessageKey } from '../i18n/translate';
import { ApiFailure, type ServerClient } from '../api/client';
import { restoreSnapshot, saveSnapshot, snapshotKey, type SnapshotStore } from '../data/snapshot';
import { opfsSnapshotStore } from '../data/snapshot-store';
import type { ServerEngine } from '../api/protocol';
import { dataKey } from './last-answers';

/** Where the loaded data comes from: the built-in sample, or the analyst's files (kept across reloads). */
export type DataOrigin =
	| { kind: 'sample' }
	| { kind: 'uploaded'; since: number; tables: TableId[] }
	| { kind: 'server'; engine: ServerEngine };

/** Which engine answers: DuckDB-WASM in this tab, or the Northstar server that served the page. */
export type EngineKind = 'browser' | ServerEngine;

/** Persistence of uploads; the IndexedDB store in the app, a fake in tests. */
export type UploadStore = Pick<typeof uploadStore, 'listUploads' | 'saveUpload' | 'clearUploads'>;

/** `locked`: the server needs an access token the page does not have (or has wrong). */
export type SessionPhase = 'starting' | 'loading' | 'ready' | 'failed' | 'locked';

/** What went wrong, for people as a message key (translated where it is shown), for developers as detail. */
export interface SessionError {
	key: MessageKey;
	params?: MessageParams;
	detail: string;
}

function engineFailure(error: unknown): SessionError {
	if (!(error instanceof EngineError)) return { key: 'error.unknown', detail: String(error) };
	const key = `data.error.${error.code ?? ''}`;
	return {
		key: error.code && isMessageKey(key) ? key : 'error.engine',
		params: error.params,
		detail: `${error.userMessage}\n${error.detail}`
	};
}

export class Session {
	phase = $state<SessionPhase>('starting');
	/** 0–1 across the whole start: wasm download, then each table's row groups. */
	progress = $state(0);
	step = $state('');
	error = $state<SessionError | null>(null);
	summaries = $state<TableSummary[]>([]);
	origin = $state<DataOrigin>({ kind: 'sample' });
	/** Set when stored uploads could not be restored at start (the sample is used instead). */
	restoreError = $state<SessionError | null>(null);
	/** True when an upload is loaded but the browser refused to store it for the next visit. */
	notKept = $state(false);
	/** How each uploaded table came back at start: from its saved copy, or by importing its files again. */
	restoredFrom = $state<Partial<Record<TableId, 'copy' | 'files'>>>({});
	/** What happened to the saved copies (missing, unreadable, not saved): the uploads themselves are safe. */
	copyNotices = $state<SessionError[]>([]);
	/** Per table, canonical columns empty in every loaded row (a metric reading one says what it needs). */
	emptyColumns = $state<Record<string, string[]>>({});
	/** The dimensions of the loaded tables: the canonical ones and the extra columns kept from uploads. */
	dimensions = $state.raw<DimensionCatalog>(canonicalCatalog());
	/** Bumped whenever the loaded data changes, so cached answers can be dropped. */
	dataVersion = $state(0);
	/**
	 * What the loaded data is (the sample's file and the uploads behind it, `dataKey`): the key of the
	 * answers kept for a returning visit. `expectedData` is known at once, from the stored uploads, while
	 * the engine starts; `loadedData` once they loaded (they differ when an upload failed to come back).
	 * Both null on a server.
	 */
	expectedData = $state<string | null>(null);
	loadedData = $state<string | null>(null);
	/** First and last day with data in any table (ISO dates); null before the data is loaded. */
	firstDay = $derived(dayOf(this.summaries, 'first'));
	lastDay = $derived(dayOf(this.summaries, 'last'));
	#engine: Promise<Engine> | null = null;
	/** The uploads behind the loaded data now (what `origin` describes), stored or not. */
	#live: StoredUpload[] = [];
	#keepToken: (token: string) => void = () => {};
	/** Per table, bumped whenever its data changes: a copy being saved of an older version is dropped. */
	#generation: Record<TableId, number> = { events: 0, tickets: 0, surveys: 0 };
	/** Saving copies runs after the data is on screen, one table at a time. */
	#saving: Promise<void> = Promise.resolve();
	/**
	 * The sample's database file, attached once: the tables that come from it are views over it, read in
	 * place (nothing copied), so it stays attached while one of them does (a reset attaches it again).
	 */
	#sample: SampleDatabase | null = null;
	/** The tables that are views over the sample's file now; when none is, the file is let go. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping for the session, never rendered
	#inPlace = new Set<TableId>();

	engineKind = $state<EngineKind>('browser');

	constructor(
		private readonly startEngine: (onProgress: (fraction: number, step: string) => void) => Promise<Engine>,
		/** The built-in sample: a DuckDB database file holding the three canonical tables. */
		private readonly sampleUrl: string,
		private readonly store: UploadStore | null = typeof indexedDB === 'undefined' ? null : uploadStore,
		/** Set in server mode: the data and the queries are the server's; there is no engine in this tab. */
		readonly server: ServerClient | null = null,
		/** Saved copies of uploaded tables (OPFS), so a reload needs no replay; null where unavailable. */
		private readonly snapshots: SnapshotStore | null = opfsSnapshotStore()
	) {}

	/** A session on a Northstar server (`northstar serve`). */
	static onServer(
		server: ServerClient,
		engine: ServerEngine,
		keepToken: (token: string) => void = () => {}
	): Session {
		const noEngine = () =>
			Promise.reject(
				new EngineError(
					'Uploads work only when Northstar runs in your browser, not on a server.',
					'server mode',
					undefined,
					'server_mode'
				)
			);
		const session = new Session(noEngine, '', null, server, null);
		session.engineKind = engine;
		session.origin = { kind: 'server', engine };
		session.#keepToken = keepToken;
		return session;
	}

	/** The engine, started once; every caller shares the same promise, so there is never a second worker. */
	engine(): Promise<Engine> {
		this.#engine ??= this.startEngine((fraction, step) => {
			this.progress = fraction * 0.5;
			this.step = step;
		});
		return this.#engine;
	}

	/** Start the engine and load the data: the analyst's stored uploads if any, else the sample. */
	async open(): Promise<void> {
		if (this.server) return this.openServer(this.server);
		const sample = (this.#sample ??= new SampleDatabase(this.sampleUrl));
		try {
			const starting = this.engine();
			const stored = await this.storedUploads();
			this.expectedData = this.#dataKey(stored);
			// Fetch the sample while DuckDB's wasm compiles, when a table will start from it.
			const fromSample = TABLE_IDS.some((table) => stored.find((u) => u.table === table)?.mode !== 'replace');
			if (fromSample) sample.prefetch();
			const engine = await starting;
			this.phase = 'loading';
			const replayed: TableId[] = [];
			for (const [index, table] of TABLE_IDS.entries()) {
				this.step = table;
				const onProgress = (f: number) => {
					this.progress = 0.5 + (0.5 * (index + f)) / TABLE_IDS.length;
				};
				const uploads = stored.filter((u) => u.table === table);
				if (uploads.length > 0 && (await this.restoreCopy(engine, table, uploads, onProgress))) {
					this.#inPlace.delete(table);
					this.#live.push(...uploads);
					this.restoredFrom[table] = 'copy';
					continue;
				}
				if (uploads.length > 0 && (await this.restore(engine, table, uploads, sample, onProgress))) {
					this.#inPlace.delete(table);
					this.#live.push(...uploads);
					this.restoredFrom[table] = 'files';
					replayed.push(table);
					continue;
				}
				await this.loadSample(engine, table, sample, onProgress);
			}
			await this.releaseUnusedSample();
			await this.refresh(engine);
			this.progress = 1;
			this.phase = 'ready';
			this.readAhead(engine);
			for (const table of replayed) this.saveCopy(engine, table);
		} catch (error) {
			// The failure is what counts; a detach failing after it must not hide it.
			await sample.release().catch(() => undefined);
			this.#sample = null;
			this.phase = 'failed';
			this.error = engineFailure(error);
		}
	}

	/** Server mode: the data is the server's; what is needed here is its tables' summaries. */
	private async openServer(server: ServerClient): Promise<void> {
		this.phase = 'loading';
		this.error = null;
		try {
			const info = await server.info();
			this.summaries = info.summaries;
			this.engineKind = info.engine;
			this.origin = { kind: 'server', engine: info.engine };
			this.dataVersion++;
			this.progress = 1;
			this.phase = 'ready';
		} catch (error) {
			if (error instanceof ApiFailure && error.code === 'unauthorized') {
				this.phase = 'locked';
				this.error = server.token ? { key: 'token.wrong', detail: error.message } : null;
				return;
			}
			this.phase = 'failed';
			this.error = { key: 'session.serverUnreachable', detail: String(error) };
		}
	}

	/** Server mode: try again with an access token. */
	async unlock(token: string): Promise<void> {
		if (!this.server) return;
		this.server.token = token;
		await this.openServer(this.server);
		if (this.phase === 'ready') this.#keepToken(token);
	}

	/** Import an uploaded file into a table; on success remember it (with its mapping) for the next visit. */
	async importUpload(request: ImportRequest & { name: string; file: File }): Promise<ImportReport> {
		const engine = await this.engine();
		const report = await importTable(engine, request);
		// Replaced, or read into a table of its own and appended to: no longer a view over the sample.
		this.#inPlace.delete(request.table);
		await this.releaseUnusedSample();
		const upload: StoredUpload = {
			table: request.table,
			mode: request.mode,
			name: request.name,
			format: request.source.format,
			file: request.file,
			mapping: $state.snapshot(request.mapping),
			extras: report.dimensions.kept,
			at: Date.now()
		};
		this.#live = withUpload(this.#live, upload);
		this.#generation[request.table]++;
		let kept = this.store !== null;
		try {
			await this.store?.saveUpload(upload);
		} catch {
			// Storage refused (private mode, quota): the data is loaded but will not survive a reload.
			this.notKept = true;
			kept = false;
		}
		await this.refresh(engine);
		if (kept) this.saveCopy(engine, request.table);
		return report;
	}

	/** Forget the stored uploads and load the sample into every table again. */
	async resetToSample(): Promise<void> {
		const engine = await this.engine();
		for (const table of TABLE_IDS) this.#generation[table]++;
		await this.store?.clearUploads();
		await this.#saving;
		await this.snapshots?.remove().catch(() => undefined);
		const sample = (this.#sample ??= new SampleDatabase(this.sampleUrl));
		for (const table of TABLE_IDS) await this.loadSample(engine, table, sample);
		this.#live = [];
		this.notKept = false;
		this.restoredFrom = {};
		this.copyNotices = [];
		await this.refresh(engine);
		this.readAhead(engine);
	}

	/**
	 * The tables read in place are read from the sample's file as queries first need each block: read them
	 * all once while nothing else runs (after the first tree), when they are small enough (`READ_AHEAD_ROWS`).
	 */
	private readAhead(engine: Engine): void {
		const tables = TABLE_IDS.filter((table) => this.#inPlace.has(table));
		const rows = this.summaries.filter((s) => tables.includes(s.table)).reduce((n, s) => n + s.rows, 0);
		if (tables.length === 0 || rows > READ_AHEAD_ROWS) return;
		void engine.whenIdle([readAheadSql(tables)]);
	}

	/** Resolves once the saved copies started so far are written (or given up). */
	copiesSaved(): Promise<void> {
		return this.#saving;
	}

	/** Rows of a query on an inspected upload's scratch table (the mapping's previews of how values read). */
	async readUpload(sql: string): Promise<Row[]> {
		return readScratch(await this.engine(), sql);
	}

	/** A first look at an uploaded file (columns, types, first rows) in a scratch table, without loading it. */
	async inspectUpload(file: File, scratch: string): Promise<FileInspection> {
		return inspectFile(await this.engine(), file, scratch);
	}

	private async loadSample(
		engine: Engine,
		table: TableId,
		sample: SampleDatabase,
		onProgress?: (f: number) => void
	) {
		const database = await sample.attach(engine);
		const rows = await loadCanonicalTable(engine, table, { kind: 'attached', database, table }, onProgress, {
			inPlace: true
		});
		this.#inPlace.add(table);
		return rows;
	}

	/** Detach the sample's file once no table reads it (every table uploaded): its memory goes back to DuckDB. */
	private async releaseUnusedSample(): Promise<void> {
		const sample = this.#sample;
		if (!sample || this.#inPlace.size > 0) return;
		this.#sample = null;
		await sample.release().catch(() => undefined);
	}

	/**
	 * Load a table from the copy saved after its uploads last loaded. False when there is none made from
	 * these uploads, or it does not load (a notice says which; the caller replays the files).
	 */
	private async restoreCopy(
		engine: Engine,
		table: TableId,
		uploads: StoredUpload[],
		onProgress: (f: number) => void
	): Promise<boolean> {
		if (!this.snapshots) return false;
		try {
			if (await restoreSnapshot(engine, this.snapshots, table, snapshotKey(uploads), onProgress)) return true;
			this.notice({
				key: 'session.copyMissing',
				params: { table },
				detail: 'no saved copy of these uploads'
			});
		} catch (error) {
			this.notice({ key: 'session.copyUnreadable', params: { table }, detail: String(error) });
			await this.snapshots.remove(table).catch(() => undefined);
		}
		return false;
	}

	/** Save `table`'s copy in the background, after what is already being saved. */
	private saveCopy(engine: Engine, table: TableId): void {
		const store = this.snapshots;
		const uploads = this.#live.filter((u) => u.table === table);
		if (!store || uploads.length === 0) return;
		const generation = this.#generation[table];
		const current = () => this.#generation[table] === generation;
		this.#saving = this.#saving.then(async () => {
			try {
				await saveSnapshot(engine, store, table, snapshotKey(uploads), current);
			} catch (error) {
				// A table replaced while it was read is not a failure: its own copy follows.
				if (current()) this.notice({ key: 'session.copyNotSaved', params: { table }, detail: String(error) });
			}
		});
	}

	private notice(notice: SessionError): void {
		const table = notice.params?.table;
		this.copyNotices = [...this.copyNotices.filter((n) => n.params?.table !== table), notice];
	}

	/** Replay a table's stored uploads; false (with `restoreError` set) when they no longer load. */
	private async restore(
		engine: Engine,
		table: TableId,
		uploads: StoredUpload[],
		sample: SampleDatabase,
		onProgress: (f: number) => void
	): Promise<boolean> {
		try {
			if (uploads[0]?.mode === 'append') await this.loadSample(engine, table, sample);
			for (const upload of uploads) {
				const source = { kind: 'file' as const, file: upload.file, format: upload.format };
				await importTable(engine, {
					table,
					source,
					mapping: upload.mapping,
					mode: upload.mode,
					extras: upload.extras ?? [],
					onProgress
				});
			}
			return true;
		} catch (error) {
			this.restoreError = {
				key: 'session.restoreFailed',
				params: { table },
				detail: error instanceof EngineError ? error.userMessage : String(error)
			};
			return false;
		}
	}

	#dataKey(uploads: readonly StoredUpload[]): string {
		return dataKey({
			sampleUrl: this.sampleUrl,
			uploads: uploads.map((u) => ({
				table: u.table,
				name: u.name,
				at: u.at,
				mode: u.mode,
				size: u.file.size
			}))
		});
	}

	private async storedUploads(): Promise<StoredUpload[]> {
		try {
			return (await this.store?.listUploads()) ?? [];
		} catch {
			return []; // IndexedDB unavailable: start from the sample
		}
	}

	private async refresh(engine: Engine): Promise<void> {
		const stored = this.#live;
		// Read everything first, then change the state at once: the row counts, the empty columns and
		// the origin line describe the same data in every render.
		const summaries = await summariseTables(engine);
		const empty = await emptyColumns(engine);
		const extra = await loadedExtraDimensions(engine);
		this.summaries = summaries;
		this.emptyColumns = empty;
		this.dimensions = dimensionCatalog(extra);
		this.loadedData = this.#dataKey(stored);
		const tables = TABLE_IDS.filter((table) => stored.some((u) => u.table === table));
		this.origin =
			stored.length === 0
				? { kind: 'sample' }
				: { kind: 'uploaded', since: Math.min(...stored.map((u) => u.at)), tables };
		this.dataVersion++;
	}
}

/**
 * The sample database: fetched at most once (possibly before the engine is up) and attached at most
 * once, then kept attached (its tables are read in place), or let go after a failed start or once no
 * table reads it.
 */
class SampleDatabase {
	#file: Promise<Blob> | null = null;
	#attached: Promise<AttachedDatabase> | null = null;

	constructor(private readonly url: string) {}

	prefetch(): void {
		this.#file ??= fetchBlob(this.url);
		// Awaited by attach(); a failure must not count as unhandled before then.
		this.#file.catch(() => {});
	}

	attach(engine: Engine): Promise<AttachedDatabase> {
		this.prefetch();
		const file = this.#file!;
		// Handed to DuckDB whole: its blocks are read as queries need them, and from memory that is a copy,
		// not a read of the Blob per block (1×, each against main in alternating runs: the tree after a filter
		// 0.89× as fast read from the Blob, 1.00× from the bytes).
		this.#attached ??= file.then(async (blob) =>
			engine.attachDatabase({ kind: 'bytes', bytes: new Uint8Array(await blob.arrayBuffer()) })
		);
		return this.#attached;
	}

	async release(): Promise<void> {
		const attached = this.#attached;
		this.#attached = null;
		this.#file = null;
		// A failed attach has nothing to let go (its error was already reported where it was awaited).
		const database = await attached?.catch(() => null);
		await database?.detach();
	}
}

async function fetchBlob(url: string): Promise<Blob> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
	return response.blob();
}

function dayOf(summaries: TableSummary[], end: 'first' | 'last'): IsoDate | null {
	const times = summaries.map((s) => s[end]).filter((t): t is number => t !== null);
	if (times.length === 0) return null;
	return toIsoDate(end === 'first' ? Math.min(...times) : Math.max(...times));
}

const KEY = Symbol('session');

export function setSession(session: Session): Session {
	return setContext(KEY, session);
}

/** The session of the current app; throws when used outside the layout that provides it. */
export function getSession(): Session {
	const session = getContext<Session | undefined>(KEY);
	if (!session) throw new Error('getSession() called outside the app layout');
	return session;
}

/** The app session: the engine, what is loaded, and the loading progress — reactive in one place. */
import { getContext, setContext } from 'svelte';
import type { Engine } from '../engine/types';
import { EngineError } from '../engine/types';
import { loadCanonicalTable } from '../data/load';
import { TABLE_IDS, type TableId } from '../data/schema';
import { toIsoDate } from '../state/dates';
import { tableSummarySql, toTableSummary, type TableSummary } from '../data/summary';

export type SessionPhase = 'starting' | 'loading' | 'ready' | 'failed';

export interface SessionError {
	message: string;
	detail: string;
}

export class Session {
	phase = $state<SessionPhase>('starting');
	/** 0–1 across the whole start: wasm download, then each table's row groups. */
	progress = $state(0);
	step = $state('');
	error = $state<SessionError | null>(null);
	summaries = $state<TableSummary[]>([]);
	/** First and last day with data in any table (ISO dates); null before the data is loaded. */
	firstDay = $derived(dayOf(this.summaries, 'first'));
	lastDay = $derived(dayOf(this.summaries, 'last'));
	#engine: Promise<Engine> | null = null;

	constructor(
		private readonly startEngine: (onProgress: (fraction: number, step: string) => void) => Promise<Engine>,
		private readonly sampleUrls: Record<TableId, string>
	) {}

	/** The engine, started once; every caller shares the same promise, so there is never a second worker. */
	engine(): Promise<Engine> {
		this.#engine ??= this.startEngine((fraction, step) => {
			this.progress = fraction * 0.5;
			this.step = step;
		});
		return this.#engine;
	}

	/** Start the engine and load the sample tables. */
	async open(): Promise<void> {
		try {
			const engine = await this.engine();
			this.phase = 'loading';
			for (const [index, table] of TABLE_IDS.entries()) {
				this.step = table;
				await loadCanonicalTable(
					engine,
					table,
					{ kind: 'url', url: this.sampleUrls[table], format: 'parquet' },
					(f) => {
						this.progress = 0.5 + (0.5 * (index + f)) / TABLE_IDS.length;
					}
				);
			}
			this.summaries = await summarise(engine);
			this.progress = 1;
			this.phase = 'ready';
		} catch (error) {
			this.phase = 'failed';
			this.error =
				error instanceof EngineError
					? { message: error.userMessage, detail: error.detail }
					: { message: 'Northstar could not start.', detail: String(error) };
		}
	}
}

async function summarise(engine: Engine): Promise<TableSummary[]> {
	return Promise.all(
		TABLE_IDS.map(async (table) => toTableSummary(table, (await engine.rows(tableSummarySql(table)))[0]))
	);
}

function dayOf(summaries: TableSummary[], end: 'first' | 'last'): string | null {
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

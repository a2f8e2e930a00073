/** The files the analyst added on the data page: inspect, map, import — one at a time, reactive in one place. */
import type { Row } from '$lib/engine/types';
import { EngineError } from '$lib/engine/types';
import type { ImportReport } from '$lib/data/import-report';
import type { ImportStep } from '$lib/data/import-table';
import {
	ambiguousColumns,
	autoMap,
	browserZone,
	extraDimensionCandidates,
	guessTable,
	mappingFits,
	missingRequired,
	shapeKey,
	withReading,
	type ColumnMapping,
	type ColumnSamples,
	type SourceColumn,
	type TimestampReading
} from '$lib/data/mapping';
import { readingPreviewSql } from '$lib/data/import-sql';
import { TABLES, type TableId } from '$lib/data/schema';
import { rememberedMapping, rememberMapping } from '$lib/data/upload-store';
import type { FileFormat } from '$lib/engine/types';
import type { Session } from '../session.svelte';

export type UploadStatus = 'inspecting' | 'ready' | 'loading' | 'loaded' | 'failed';

export interface UploadError {
	/** English, as made where it failed; the card shows `code` translated when it can. */
	message: string;
	detail: string;
	code?: string;
	params?: Readonly<Record<string, string>>;
}

export class Upload {
	status = $state<UploadStatus>('inspecting');
	table = $state<TableId>('tickets');
	mode = $state<'replace' | 'append'>('replace');
	mapping = $state<ColumnMapping>({});
	columns = $state<SourceColumn[]>([]);
	preview = $state<Row[]>([]);
	format = $state<FileFormat>('csv');
	progress = $state(0);
	step = $state<ImportStep>('reading');
	error = $state<UploadError | null>(null);
	report = $state<ImportReport | null>(null);
	/** Whether the table was guessed (true) or no table matched and the analyst must choose. */
	guessed = $state(true);
	/** The first values of each column (more rows than the preview), for the guesses. */
	samples = $state.raw<ColumnSamples>({});
	/** Canonical timestamp column → its first values as the import will read them (same SQL). */
	readsAs = $state<Record<string, string[]>>({});
	/** For a column whose day/month order is ambiguous: its first values read month first and day first. */
	bothWays = $state<Record<string, { mdy: string[]; dmy: string[] }>>({});
	/** The zone offset times are converted to by default: the browser's, in minutes east of UTC. */
	zone = browserZone();
	/** Extra dimension candidates (SPEC §3) the analyst switched off; every other candidate is kept. */
	dropped = $state<string[]>([]);
	/** The file's columns that can be kept as extra dimensions of the table: not mapped, short repeating text. */
	candidates = $derived(extraDimensionCandidates(this.table, this.columns, this.samples, this.mapping));
	/** The candidates that will be kept. */
	extras = $derived(this.candidates.filter((name) => !this.dropped.includes(name)));
	missing = $derived(missingRequired(this.table, this.mapping));
	ambiguous = $derived(ambiguousColumns(this.mapping));

	constructor(
		readonly id: number,
		readonly file: File,
		private readonly read: (sql: string) => Promise<Row[]> = async () => []
	) {}

	/** Switch the target table and map the file onto it afresh. */
	setTable(table: TableId): void {
		this.table = table;
		this.mapping = autoMap(table, this.columns, this.samples, this.zone);
		void this.refreshReadings();
	}

	/** Keep (or drop) file column `name` as an extra dimension. */
	keepExtra(name: string, keep: boolean): void {
		const others = this.dropped.filter((n) => n !== name);
		this.dropped = keep ? others : [...others, name];
	}

	/** Point canonical `column` at file column `source` (or none), with a fitting timestamp reading. */
	setSource(column: string, source: string | null): void {
		const spec = TABLES[this.table].columns.find((c) => c.name === column);
		if (!spec) return;
		this.mapping[column] = withReading(spec, this.columns, source, this.samples, this.zone);
		void this.refreshReadings();
	}

	/** The analyst's reading of a timestamp column (this also settles an ambiguous day/month order). */
	setReading(column: string, reading: TimestampReading): void {
		const choice = this.mapping[column];
		if (!choice) return;
		const next = { ...choice, reading };
		delete next.ambiguous;
		this.mapping[column] = next;
		void this.refreshReadings();
	}

	/** The zone times with a UTC offset are converted to, for one column. */
	setZone(column: string, zone: number): void {
		const choice = this.mapping[column];
		if (choice?.zone === undefined) return;
		this.mapping[column] = { ...choice, zone };
		void this.refreshReadings();
	}

	/** Read the first values of every mapped timestamp column with the import's own expression. */
	async refreshReadings(): Promise<void> {
		const readsAs: Record<string, string[]> = {};
		const bothWays: Record<string, { mdy: string[]; dmy: string[] }> = {};
		const types: Record<string, string> = Object.fromEntries(this.columns.map((c) => [c.name, c.type]));
		const values = async (sql: string | null) =>
			sql ? (await this.read(sql)).map((r) => (r.value === null ? '' : String(r.value))) : [];
		try {
			for (const spec of TABLES[this.table].columns) {
				const choice = this.mapping[spec.name];
				if (spec.type !== 'TIMESTAMP' || !choice?.source || types[choice.source] === undefined) continue;
				const first = (this.samples[choice.source] ?? []).slice(0, 3);
				const type = types[choice.source]!;
				const shown = await values(readingPreviewSql(choice.source, type, first, spec, choice));
				if (shown.length > 0) readsAs[spec.name] = shown;
				if (choice.ambiguous) {
					bothWays[spec.name] = {
						mdy: await values(
							readingPreviewSql(choice.source, type, first, spec, { ...choice, reading: 'text_mdy' })
						),
						dmy: await values(
							readingPreviewSql(choice.source, type, first, spec, { ...choice, reading: 'text_dmy' })
						)
					};
				}
			}
		} catch {
			return; // a preview only: the import reports any problem with the values itself
		}
		this.readsAs = readsAs;
		this.bothWays = bothWays;
	}
}

function toError(error: unknown): UploadError {
	return error instanceof EngineError
		? { message: error.userMessage, detail: error.detail, code: error.code, params: error.params }
		: { message: 'Something went wrong while reading the file.', detail: String(error), code: 'unknown' };
}

export class Uploads {
	items = $state<Upload[]>([]);
	/** A refusal or hint shown above the list (e.g. "wait until … has loaded"). */
	notice = $state<string | null>(null);
	busy = $derived(this.items.some((u) => u.status === 'inspecting' || u.status === 'loading'));
	#next = 0;

	constructor(
		private readonly session: Session,
		private readonly storage: Storage | null,
		private readonly busyMessage: (name: string) => string
	) {}

	/** Add files to the list and inspect them one after another; refused while another file is being read. */
	async add(files: readonly File[]): Promise<void> {
		const working = this.items.find((u) => u.status === 'inspecting' || u.status === 'loading');
		if (working) {
			this.notice = this.busyMessage(working.file.name);
			return;
		}
		this.notice = null;
		const read = (sql: string) => this.session.readUpload(sql);
		const added = files.map((file) => new Upload(++this.#next, file, read));
		this.items.push(...added);
		for (const upload of added) await this.inspect(upload);
	}

	remove(upload: Upload): void {
		if (upload.status === 'inspecting' || upload.status === 'loading') return;
		this.items = this.items.filter((u) => u !== upload);
	}

	/** Import one file with its confirmed mapping; the mapping is remembered for files of the same shape. */
	async load(upload: Upload): Promise<void> {
		const working = this.items.find(
			(u) => u !== upload && (u.status === 'inspecting' || u.status === 'loading')
		);
		if (working) {
			this.notice = this.busyMessage(working.file.name);
			return;
		}
		this.notice = null;
		upload.status = 'loading';
		upload.progress = 0;
		upload.error = null;
		try {
			const mapping = $state.snapshot(upload.mapping);
			upload.report = await this.session.importUpload({
				table: upload.table,
				mode: upload.mode,
				mapping,
				extras: [...upload.extras],
				name: upload.file.name,
				file: upload.file,
				source: { kind: 'file', file: upload.file, format: upload.format },
				onProgress: (f, step) => {
					upload.progress = f;
					upload.step = step;
				}
			});
			rememberMapping(this.storage, shapeKey(upload.columns), {
				table: upload.table,
				mapping,
				dropped: [...upload.dropped]
			});
			upload.status = 'loaded';
		} catch (error) {
			upload.error = toError(error);
			upload.status = 'failed';
		}
	}

	private async inspect(upload: Upload): Promise<void> {
		try {
			const inspection = await this.session.inspectUpload(upload.file, `__inspect_${upload.id}`);
			upload.columns = inspection.columns;
			upload.preview = inspection.preview;
			upload.samples = inspection.samples;
			upload.format = inspection.format;
			const remembered = rememberedMapping(this.storage, shapeKey(inspection.columns));
			if (remembered && mappingFits(remembered.mapping, remembered.table, inspection.columns)) {
				upload.table = remembered.table;
				upload.mapping = remembered.mapping;
				upload.dropped = remembered.dropped ?? [];
				void upload.refreshReadings();
			} else {
				const table = guessTable(inspection.columns, inspection.samples);
				upload.guessed = table !== null;
				upload.setTable(table ?? 'tickets');
			}
			upload.status = 'ready';
		} catch (error) {
			upload.error = toError(error);
			upload.status = 'failed';
		}
	}
}

/** The files the analyst added on the data page: inspect, map, import — one at a time, reactive in one place. */
import type { Row } from '$lib/engine/types';
import { EngineError } from '$lib/engine/types';
import type { ImportReport } from '$lib/data/import-report';
import type { ImportStep } from '$lib/data/import-table';
import {
	autoMap,
	guessTable,
	mappingFits,
	missingRequired,
	shapeKey,
	withReading,
	type ColumnMapping,
	type SourceColumn
} from '$lib/data/mapping';
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
	missing = $derived(missingRequired(this.table, this.mapping));

	constructor(
		readonly id: number,
		readonly file: File
	) {}

	/** Switch the target table and map the file onto it afresh. */
	setTable(table: TableId): void {
		this.table = table;
		this.mapping = autoMap(table, this.columns, this.preview[0] ?? {});
	}

	/** Point canonical `column` at file column `source` (or none), with a fitting timestamp reading. */
	setSource(column: string, source: string | null): void {
		const spec = TABLES[this.table].columns.find((c) => c.name === column);
		if (!spec) return;
		this.mapping[column] = withReading(spec, this.columns, source, this.preview[0] ?? {});
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
		const added = files.map((file) => new Upload(++this.#next, file));
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
				name: upload.file.name,
				file: upload.file,
				source: { kind: 'file', file: upload.file, format: upload.format },
				onProgress: (f, step) => {
					upload.progress = f;
					upload.step = step;
				}
			});
			rememberMapping(this.storage, shapeKey(upload.columns), { table: upload.table, mapping });
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
			upload.format = inspection.format;
			const remembered = rememberedMapping(this.storage, shapeKey(inspection.columns));
			if (remembered && mappingFits(remembered.mapping, remembered.table, inspection.columns)) {
				upload.table = remembered.table;
				upload.mapping = remembered.mapping;
			} else {
				const table = guessTable(inspection.columns);
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

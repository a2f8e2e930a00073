/**
 * The analyst's notes, reactive in one place and shared by the Notes page, the overview and the
 * drill-down (set in the layout). Kept in IndexedDB; until the analyst saves any, the sample's notes
 * (data/annotations/sample.json) are shown.
 */
import { getContext, setContext } from 'svelte';
import {
	byDate,
	parseAnnotationFile,
	withAnnotation,
	withoutAnnotation,
	type Annotation,
	type AnnotationError
} from '$lib/metrics/annotations';
import type { Result } from '$lib/metrics/types';

/** Where the notes are kept: IndexedDB in the app (annotation-store.ts), a fake in tests. */
export interface NotesStore {
	loadAnnotations(): Promise<Annotation[] | null>;
	saveAnnotations(annotations: readonly Annotation[]): Promise<void>;
}

export class Notes {
	list = $state<Annotation[]>([]);
	/** True while the sample's notes are shown because none were saved yet. */
	fromSample = $state(true);
	ready = $state(false);
	/** The last save's failure (the list stays as edited in this tab). */
	saveError = $state<string | null>(null);
	/** Oldest first. */
	sorted = $derived([...this.list].sort(byDate));

	constructor(
		private readonly store: NotesStore,
		private readonly sample: readonly Annotation[]
	) {
		this.list = [...sample];
	}

	async open(): Promise<void> {
		try {
			const stored = await this.store.loadAnnotations();
			if (stored) {
				this.list = stored;
				this.fromSample = false;
			}
		} catch {
			// IndexedDB unavailable (private mode, disabled): the sample's notes, not kept
		} finally {
			this.ready = true;
		}
	}

	/** Add `annotation`, or replace the note with its id. */
	save(annotation: Annotation): Promise<void> {
		return this.#keep(withAnnotation(this.list, annotation));
	}

	remove(id: string): Promise<void> {
		return this.#keep(withoutAnnotation(this.list, id));
	}

	/** Replace every note with a file's; an invalid file changes nothing and says why. */
	async importFile(text: string): Promise<Result<Annotation[], AnnotationError[]>> {
		const parsed = parseAnnotationFile(text);
		if (parsed.ok) await this.#keep(parsed.value);
		return parsed;
	}

	async #keep(next: Annotation[]): Promise<void> {
		this.list = next;
		this.fromSample = false;
		try {
			await this.store.saveAnnotations(next);
			this.saveError = null;
		} catch (error) {
			this.saveError = error instanceof Error ? error.message : String(error);
		}
	}
}

/** The sample's notes from the shipped file's text; the file is covered by tests, so invalid = a broken build. */
export function sampleAnnotations(text: string): Annotation[] {
	const parsed = parseAnnotationFile(text);
	if (!parsed.ok) throw new Error(`data/annotations/sample.json is invalid: ${parsed.error[0]!.message}`);
	return parsed.value;
}

const KEY = Symbol('notes');

export function setNotes(notes: Notes): Notes {
	return setContext(KEY, notes);
}

export function getNotes(): Notes {
	const notes = getContext<Notes | undefined>(KEY);
	if (!notes) throw new Error('getNotes() called outside the app layout');
	return notes;
}

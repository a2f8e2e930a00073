/**
 * The analyst's notes (annotations and hypotheses), kept in the app's IndexedDB database beside the
 * uploads. One record holds the whole list in the file format, and it is read back through the same
 * schema as an imported file: an entry that does not validate (another version, a hand edit) is left out.
 */
import { validateAnnotations, type Annotation } from '../metrics/annotations';
import { ANNOTATION_FILE_VERSION } from '../metrics/annotations';
import { ANNOTATIONS_STORE, inStore } from './northstar-db';

const KEY = 'notes';

/** The stored notes, or null when the analyst has never saved any (the app then shows the sample's). */
export async function loadAnnotations(): Promise<Annotation[] | null> {
	return storedAnnotations(await inStore<unknown>(ANNOTATIONS_STORE, 'readonly', (store) => store.get(KEY)));
}

/** Keep the list (an empty list is kept too: the analyst deleted the sample's notes). */
export async function saveAnnotations(annotations: readonly Annotation[]): Promise<void> {
	// A plain copy: a reactive list (Svelte proxies) cannot be structured-cloned.
	const record = JSON.parse(JSON.stringify({ version: ANNOTATION_FILE_VERSION, annotations })) as unknown;
	await inStore(ANNOTATIONS_STORE, 'readwrite', (store) => store.put(record, KEY));
}

/** The valid entries of a stored record; null when there is no record or it is not one this version reads. */
export function storedAnnotations(record: unknown): Annotation[] | null {
	if (typeof record !== 'object' || record === null || !('annotations' in record)) return null;
	if (!('version' in record) || record.version !== ANNOTATION_FILE_VERSION) return null;
	if (!Array.isArray(record.annotations)) return null;
	return record.annotations.flatMap((entry: unknown) => {
		const checked = validateAnnotations([entry]);
		return checked.ok ? checked.value : [];
	});
}

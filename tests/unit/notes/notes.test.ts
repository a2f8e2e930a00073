import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storedAnnotations } from '../../../src/lib/data/annotation-store';
import { annotationFileText, type Annotation } from '../../../src/lib/metrics/annotations';
import { Notes, sampleAnnotations, type NotesStore } from '../../../src/lib/ui/notes/notes.svelte';
import { annotationErrorText } from '../../../src/lib/i18n/notes-messages';

const SAMPLE = sampleAnnotations(readFileSync('data/annotations/sample.json', 'utf8'));
const NOTE: Annotation = { id: 'outage', start: '2025-10-02', label: 'Carrier outage' };

/** An in-memory store that records what was saved. */
function fakeStore(initial: Annotation[] | null, fail = false): NotesStore & { saved: Annotation[][] } {
	let kept = initial;
	const saved: Annotation[][] = [];
	return {
		saved,
		loadAnnotations: () => Promise.resolve(kept),
		saveAnnotations: (list) => {
			if (fail) return Promise.reject(new Error('QuotaExceededError'));
			kept = [...list];
			saved.push(kept);
			return Promise.resolve();
		}
	};
}

describe('the notes the app shows', () => {
	it('are the sample’s until the analyst saves any', async () => {
		const notes = new Notes(fakeStore(null), SAMPLE);
		await notes.open();
		expect(notes.list.map((a) => a.id)).toEqual(['self-service-launch', 'delivery-incident']);
		expect(notes.fromSample).toBe(true);
	});

	it('are the stored ones once saved, even an empty list', async () => {
		const notes = new Notes(fakeStore([]), SAMPLE);
		await notes.open();
		expect([notes.list, notes.fromSample]).toEqual([[], false]);
	});

	it('are added, edited and deleted, each change kept', async () => {
		const store = fakeStore(null);
		const notes = new Notes(store, SAMPLE);
		await notes.open();
		await notes.save(NOTE);
		await notes.save({ ...NOTE, label: 'Carrier outage (north)' });
		await notes.remove('self-service-launch');
		expect(store.saved.map((list) => list.map((a) => `${a.id}:${a.label}`))).toEqual([
			[
				'self-service-launch:Self-service launch',
				'delivery-incident:Delivery incident',
				'outage:Carrier outage'
			],
			[
				'self-service-launch:Self-service launch',
				'delivery-incident:Delivery incident',
				'outage:Carrier outage (north)'
			],
			['delivery-incident:Delivery incident', 'outage:Carrier outage (north)']
		]);
		expect(notes.sorted.map((a) => a.id)).toEqual(['delivery-incident', 'outage']);
	});

	it('are replaced by a valid file and untouched by an invalid one', async () => {
		const store = fakeStore(null);
		const notes = new Notes(store, SAMPLE);
		await notes.open();
		const bad = await notes.importFile(
			'{"version": 1, "annotations": [{"id": "x", "start": "soon", "label": "x"}]}'
		);
		expect(bad.ok).toBe(false);
		expect(notes.list).toEqual(SAMPLE);
		expect(store.saved).toEqual([]);
		if (!bad.ok) {
			expect(annotationErrorText(bad.error[0]!, 'ko')).toBe(
				'항목 1 (“x”), 필드 “start”: YYYY-MM-DD 형식의 날짜여야 합니다'
			);
			expect(annotationErrorText(bad.error[0]!, 'en')).toBe(
				'entry 1 (“x”), field “start”: expected a date as YYYY-MM-DD'
			);
		}
		const good = await notes.importFile(annotationFileText([NOTE]));
		expect(good.ok).toBe(true);
		expect(notes.list).toEqual([NOTE]);
		expect(store.saved).toEqual([[NOTE]]);
	});

	it('stay edited in the tab when the browser refuses to keep them, and say so', async () => {
		const notes = new Notes(fakeStore(null, true), SAMPLE);
		await notes.open();
		await notes.save(NOTE);
		expect(notes.list).toContainEqual(NOTE);
		expect(notes.saveError).toBe('QuotaExceededError');
	});
});

describe('what the browser kept', () => {
	it('is read back through the schema: invalid entries left out, other versions ignored', () => {
		const record = {
			version: 1,
			annotations: [NOTE, { id: 'bad', start: '2025-13-01', label: 'x' }, 'junk']
		};
		expect(storedAnnotations(record)).toEqual([NOTE]);
		expect(storedAnnotations({ version: 2, annotations: [NOTE] })).toBeNull();
		expect(storedAnnotations(undefined)).toBeNull();
	});
});

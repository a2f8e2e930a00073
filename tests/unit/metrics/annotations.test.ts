import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	annotationFileText,
	annotationsIn,
	newAnnotationId,
	parseAnnotationFile,
	validateAnnotationFile,
	withAnnotation,
	withoutAnnotation,
	type Annotation
} from '../../../src/lib/metrics/annotations';

const LAUNCH: Annotation = {
	id: 'launch',
	start: '2025-06-01',
	label: 'Self-service launch',
	hypothesis: { metric: 'contact_rate', expect: 'down', days: 28 }
};
const INCIDENT: Annotation = { id: 'incident', start: '2025-09-08', end: '2025-09-14', label: 'Incident' };

const file = (annotations: unknown[], version: unknown = 1) => ({ version, annotations });

describe('the annotation file', () => {
	it('reads the shipped sample: the launch with its hypothesis and the incident week', () => {
		const result = parseAnnotationFile(readFileSync('data/annotations/sample.json', 'utf8'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.map((a) => [a.start, a.end ?? null, a.hypothesis ?? null])).toEqual([
			['2025-06-01', null, { metric: 'contact_rate', expect: 'down', days: 28 }],
			['2025-09-08', '2025-09-14', null]
		]);
	});

	it('round-trips through its text', () => {
		const text = annotationFileText([LAUNCH, INCIDENT]);
		expect(parseAnnotationFile(text)).toEqual({ ok: true, value: [LAUNCH, INCIDENT] });
	});

	it('defaults a hypothesis to N = 28 days and drops empty optional fields', () => {
		const result = validateAnnotationFile(
			file([
				{
					id: 'a',
					start: '2025-01-01',
					end: '2025-01-01',
					label: ' A ',
					metrics: [],
					hypothesis: { metric: 'csat', expect: 'up' }
				}
			])
		);
		expect(result).toEqual({
			ok: true,
			value: [
				{ id: 'a', start: '2025-01-01', label: 'A', hypothesis: { metric: 'csat', expect: 'up', days: 28 } }
			]
		});
	});

	it('names the entry (number and id) and the field of every problem', () => {
		const result = validateAnnotationFile(
			file([
				LAUNCH,
				{ id: 'bad-dates', start: '2025-02-30', label: 'x' },
				{ id: 'backwards', start: '2025-03-10', end: '2025-03-01', label: 'x' },
				{ start: '2025-03-10', label: '' },
				{
					id: 'h',
					start: '2025-03-10',
					label: 'x',
					hypothesis: { metric: 'csat', expect: 'sideways', days: 0 }
				},
				{ ...INCIDENT, id: 'launch' }
			])
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.map((e) => [e.entry, e.id, e.field, e.problem])).toEqual([
			[1, 'bad-dates', 'start', 'not_date'],
			[2, 'backwards', 'end', 'end_before_start'],
			[3, undefined, 'id', 'missing'],
			[3, undefined, 'label', 'empty'],
			[4, 'h', 'hypothesis.expect', 'not_direction'],
			[4, 'h', 'hypothesis.days', 'not_days'],
			[5, 'launch', 'id', 'duplicate_id']
		]);
		// entries counted from 1 for people
		expect(result.error[0]!.message).toBe(
			'entry 2 (“bad-dates”), field “start”: expected a date as YYYY-MM-DD'
		);
	});

	it('refuses text that is not JSON, a wrong version and a missing list', () => {
		const problems = (text: string) => {
			const r = parseAnnotationFile(text);
			return r.ok ? [] : r.error.map((e) => [e.field, e.problem]);
		};
		expect(problems('{"version": 1, "annotations": [')).toEqual([[undefined, 'json']]);
		expect(problems('{"version": 2, "annotations": []}')).toEqual([['version', 'version']]);
		expect(problems('{"version": 1}')).toEqual([['annotations', 'missing']]);
		expect(problems('[]')).toEqual([[undefined, 'not_object']]);
	});
});

describe('editing the list', () => {
	it('adds, replaces by id and deletes', () => {
		const edited = { ...LAUNCH, label: 'Launch (edited)' };
		expect(withAnnotation([LAUNCH], INCIDENT)).toEqual([LAUNCH, INCIDENT]);
		expect(withAnnotation([LAUNCH, INCIDENT], edited)).toEqual([edited, INCIDENT]);
		expect(withoutAnnotation([LAUNCH, INCIDENT], 'launch')).toEqual([INCIDENT]);
	});

	it('makes a readable id not used yet', () => {
		expect(newAnnotationId([], 'Carrier outage!')).toBe('carrier-outage');
		expect(newAnnotationId([{ ...INCIDENT, id: 'carrier-outage' }], 'Carrier outage')).toBe(
			'carrier-outage-2'
		);
		expect(newAnnotationId([], '배송 장애')).toBe('배송-장애');
		expect(newAnnotationId([], '!!!')).toBe('note');
		// cut at 40 characters, never ending on the separator the cut fell after
		const long = 'Carrier outage in the northern region warehouse';
		expect(newAnnotationId([], long)).toBe('carrier-outage-in-the-northern-region-wa');
		expect(newAnnotationId([], `${'a'.repeat(39)} b`)).toBe('a'.repeat(39));
	});

	it('finds the notes that fall in a half-open period, oldest first', () => {
		// [09-14, 09-21) holds the incident's last day; [09-15, 09-22) does not; the launch is before both
		expect(annotationsIn([INCIDENT, LAUNCH], { start: '2025-09-14', end: '2025-09-21' })).toEqual([INCIDENT]);
		expect(annotationsIn([INCIDENT, LAUNCH], { start: '2025-09-15', end: '2025-09-22' })).toEqual([]);
		expect(annotationsIn([INCIDENT, LAUNCH], { start: '2025-05-01', end: '2025-10-01' })).toEqual([
			LAUNCH,
			INCIDENT
		]);
	});
});

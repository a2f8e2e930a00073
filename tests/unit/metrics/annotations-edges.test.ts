/** annotations.ts at its edges: each error's message, ids as written, dates with a time, the file's text, order, new ids. */
import { describe, expect, it } from 'vitest';
import {
	annotationError,
	annotationFileText,
	byDate,
	newAnnotationId,
	validateAnnotationFile,
	validateAnnotations,
	type Annotation
} from '../../../src/lib/metrics/annotations';

const errorsOf = (entries: unknown[]) => {
	const result = validateAnnotations(entries);
	return result.ok ? [] : result.error;
};

describe('error messages', () => {
	it('start with where: the entry (from 1, with its id) and the field, or nothing for the file itself', () => {
		expect(annotationError('json').message).toBe('the file is not valid JSON');
		expect(annotationError('empty', { entry: 2, id: 'x', field: 'label' }).message).toBe(
			'entry 3 (“x”), field “label”: must not be empty'
		);
		expect(annotationError('not_object', { entry: 0 }).message).toBe('entry 1: expected an object');
		expect(annotationError('version', { field: 'version' }).message).toBe(
			'field “version”: expected version 1'
		);
	});

	it('name no field for a problem with the whole file', () => {
		expect(validateAnnotationFile('notes')).toEqual({
			ok: false,
			error: [{ problem: 'not_object', field: undefined, message: 'expected an object' }]
		});
	});
});

describe('entries', () => {
	it('refuse a list where an entry should be', () => {
		expect(errorsOf([['2025-03-01', 'x']])).toEqual([
			{ problem: 'not_object', entry: 0, message: 'entry 1: expected an object' }
		]);
	});

	it('name an entry by its id without the spaces around it, and not by a blank or non-text id', () => {
		expect(errorsOf([{ id: '  launch ', start: '2025-03-01', label: '' }])[0]!.message).toBe(
			'entry 1 (“launch”), field “label”: must not be empty'
		);
		expect(errorsOf([{ id: '   ', start: '2025-03-01', label: 'x' }])[0]!.message).toBe(
			'entry 1, field “id”: must not be empty'
		);
		expect(errorsOf([{ id: 7, start: '2025-03-01', label: 'x' }])[0]!.message).toBe(
			'entry 1, field “id”: expected text'
		);
		expect(errorsOf([5])[0]!.message).toBe('entry 1: expected an object');
	});

	it('refuse null and a bare text where an entry should be, without naming an id', () => {
		expect(errorsOf([null, 'launch']).map((e) => e.message)).toEqual([
			'entry 1: expected an object',
			'entry 2: expected an object'
		]);
	});

	it('leave out the end of a single-day note rather than writing it as undefined', () => {
		const result = validateAnnotations([{ id: 'a', start: '2025-03-01', label: 'x' }]);
		expect(result.ok && Object.keys(result.value[0]!)).toEqual(['id', 'start', 'label']);
	});

	it('take a date alone, not a date with a time', () => {
		expect(errorsOf([{ id: 'a', start: '2025-03-01T10:00', label: 'x' }]).map((e) => e.message)).toEqual([
			'entry 1 (“a”), field “start”: expected a date as YYYY-MM-DD'
		]);
	});

	it('keep an end after the start and the metrics each once', () => {
		expect(
			validateAnnotations([
				{ id: 'a', start: '2025-03-01', end: '2025-03-03', label: 'x', metrics: ['csat', 'nps', 'csat'] }
			])
		).toEqual({
			ok: true,
			value: [{ id: 'a', start: '2025-03-01', end: '2025-03-03', label: 'x', metrics: ['csat', 'nps'] }]
		});
	});
});

describe('the file, the order and new ids', () => {
	it('writes the file as tab-indented JSON ending with a newline', () => {
		expect(annotationFileText([{ id: 'a', start: '2025-03-01', label: 'x' }])).toBe(
			'{\n\t"version": 1,\n\t"annotations": [\n\t\t{\n\t\t\t"id": "a",\n\t\t\t"start": "2025-03-01",\n\t\t\t"label": "x"\n\t\t}\n\t]\n}\n'
		);
	});

	it('orders notes of the same start by their last day, then by label', () => {
		const long: Annotation = { id: 'l', start: '2025-03-01', end: '2025-03-05', label: 'a' };
		const short: Annotation = { id: 's', start: '2025-03-01', end: '2025-03-02', label: 'b' };
		const other: Annotation = { id: 'o', start: '2025-03-01', end: '2025-03-02', label: 'a' };
		expect([long, short, other].sort(byDate).map((a) => a.id)).toEqual(['o', 's', 'l']);
	});

	it('makes an id in lower case, runs of other characters one dash, and counts past every used one', () => {
		expect(newAnnotationId([], 'New  App -- Launch')).toBe('new-app-launch');
		const used = ['launch', 'launch-2'].map((id): Annotation => ({ id, start: '2025-03-01', label: 'x' }));
		expect(newAnnotationId(used, 'Launch')).toBe('launch-3');
		// 40 characters at most: "self-service-launch-returns-portal-for-" is 4+1+7+1+6+1+7+1+6+1+3+1 = 39, then the "e" of "every"
		expect(newAnnotationId([], 'Self-service launch: returns portal for every region')).toBe(
			'self-service-launch-returns-portal-for-e'
		);
	});
});

/** The period's notes as chart marks, and as the words a tree node's name carries for them. */
import { describe, expect, it } from 'vitest';
import { chartAnnotations, marksText } from '../../../src/lib/ui/notes/chart-annotations';
import { toEpochMs } from '../../../src/lib/metrics/period';
import type { Annotation } from '../../../src/lib/metrics/annotations';

const notes: Annotation[] = [
	{ id: 'launch', start: '2025-06-01', label: 'Self-service launch', metrics: [] },
	{ id: 'incident', start: '2025-09-08', end: '2025-09-14', label: 'Delivery incident', metrics: [] }
];

describe('notes on a chart', () => {
	it('keeps the notes that fall in the period, a range to its last day', () => {
		const marks = chartAnnotations(notes, { start: '2025-09-01', end: '2025-10-01' });
		expect(marks).toEqual([
			{
				id: 'incident',
				label: 'Delivery incident',
				start: toEpochMs('2025-09-08'),
				end: toEpochMs('2025-09-14')
			}
		]);
	});

	it('says them in the node’s name, in both languages, and nothing when there are none', () => {
		const marks = chartAnnotations(notes, { start: '2025-05-01', end: '2025-10-01' });
		// Intl puts thin spaces around the range's dash: compared with plain spaces
		const plain = (text: string) => text.replace(/\s/g, ' ');
		expect(plain(marksText(marks, 'en'))).toBe(
			'notes: 6/1/25 Self-service launch; Sep 8 – 14, 2025 Delivery incident'
		);
		expect(plain(marksText(marks, 'ko'))).toMatch(
			/^메모: 25\. 6\. 1\. Self-service launch; 2025\. 9\. 8\..*14\. Delivery incident$/
		);
		expect(marksText([], 'en')).toBe('');
	});
});

import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../../../src/lib/charts/text-width';

describe('text width estimate', () => {
	it('counts Latin characters as 0.6 em and Hangul as 1 em', () => {
		expect(estimateTextWidth('abcde', 10)).toBe(30);
		expect(estimateTextWidth('배송', 10)).toBe(20);
		expect(estimateTextWidth('배송 delay', 10)).toBe(20 + 6 * 6);
	});

	it('truncates with an ellipsis only when the text does not fit', () => {
		expect(truncateToWidth('Chat', 100, 10)).toBe('Chat');
		// 30 px at 6 px a character: 4 characters and "…"
		expect(truncateToWidth('Payment', 30, 10)).toBe('Paym…');
	});

	it('wraps on spaces, breaks a word longer than a line, and cuts after the last allowed line', () => {
		// 60 px = 10 Latin characters at 10 px
		expect(wrapToWidth('Orders denominator effect', 60, 10, 3)).toEqual(['Orders', 'denominato', 'r effect']);
		expect(wrapToWidth('one two three four five', 60, 10, 2)).toEqual(['one two', 'three fou…']);
		// Hangul: 5 syllables × 10 px + 2 spaces × 6 px = 62 px ≤ 64
		expect(wrapToWidth('배송 지연 및 분실 문의', 64, 10, 2)).toEqual(['배송 지연 및', '분실 문의']);
	});
});

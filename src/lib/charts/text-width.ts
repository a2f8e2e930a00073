/**
 * Text measurement without a DOM, so layouts stay pure and run in Node and during SSR.
 * The widths are estimates for a system sans-serif: they only need to be good enough to reserve room.
 */

// Hangul, CJK ideographs, kana and full-width forms are about one em wide.
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Estimated rendered width in px: wide (CJK, Hangul) characters ≈ 1 em, others ≈ 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += WIDE.test(char) ? 1 : 0.6;
	return ems * fontSize;
}

/** The text, cut and ended with "…" if it would be wider than maxWidth. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
	const chars = Array.from(text);
	while (chars.length > 0 && estimateTextWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
	return chars.join('').trimEnd() + '…';
}

/** Word-wrap into at most maxLines lines; words longer than a line are broken; the last line is truncated. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
	const fits = (s: string) => estimateTextWidth(s, fontSize) <= maxWidth;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		// A word wider than the whole line is broken by characters.
		for (const char of word) {
			if (!fits(line + char) && line) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = truncateToWidth(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize);
	return kept;
}

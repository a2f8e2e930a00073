/**
 * Hygiene checks on the SQL snippets of a tree file. Snippets are trusted like code, but a typo that
 * escapes its parentheses or quotes would break the whole query for every node of the table, so we
 * catch the structural mistakes here, where the message can name the node and field.
 */

/** A problem with the snippet, or null when it looks like one well-formed SQL expression. */
export function snippetProblem(sql: string): string | null {
	let depth = 0;
	for (let i = 0; i < sql.length; i++) {
		const char = sql[i]!;
		if (char === "'" || char === '"') {
			const close = closingQuote(sql, i);
			if (close < 0)
				return `has an unterminated ${char === "'" ? 'string' : 'quoted name'} starting at character ${i + 1}`;
			i = close;
		} else if (char === '(') depth++;
		else if (char === ')') {
			if (--depth < 0) return `has a “)” without a matching “(” at character ${i + 1}`;
		} else if (char === ';') return 'must be a single expression: remove the “;”';
		else if (sql.startsWith('--', i) || sql.startsWith('/*', i)) return 'must not contain SQL comments';
	}
	return depth === 0 ? null : 'has a “(” that is never closed';
}

/** Index of the quote closing the one at `start` (a doubled quote is an escaped one), or −1. */
function closingQuote(sql: string, start: number): number {
	const quote = sql[start];
	for (let i = start + 1; i < sql.length; i++) {
		if (sql[i] !== quote) continue;
		if (sql[i + 1] === quote) i++;
		else return i;
	}
	return -1;
}

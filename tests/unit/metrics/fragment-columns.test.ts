import { describe, expect, it } from 'vitest';
import { fragmentColumns } from '../../../src/lib/metrics/fragment/columns';
import { parseFragment } from '../../../src/lib/metrics/fragment/parse';

const scope = { table: 't', columns: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] };
const columns = (source: string) => {
	const parsed = parseFragment(source, scope);
	if (!parsed.ok) throw new Error(parsed.error.message);
	return [...fragmentColumns(parsed.value)].sort();
};

describe('fragmentColumns: the columns a fragment reads, from its tree', () => {
	it('finds a column under every kind of node, and none in literals', () => {
		expect(columns("'a' = 1 OR true OR NULL IS NULL")).toEqual([]);
		expect(columns('a')).toEqual(['a']);
		expect(columns('NOT a')).toEqual(['a']);
		expect(columns('-a + b')).toEqual(['a', 'b']);
		expect(columns('a IS NULL')).toEqual(['a']);
		expect(columns('CAST(a AS INT)')).toEqual(['a']);
		expect(columns('INTERVAL (a) DAY')).toEqual(['a']);
		expect(columns('a IN (1, b, c)')).toEqual(['a', 'b', 'c']);
		expect(columns('a BETWEEN b AND c')).toEqual(['a', 'b', 'c']);
		expect(columns('a LIKE b')).toEqual(['a', 'b']);
		expect(columns('CASE a WHEN b THEN c WHEN d THEN e ELSE f END')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
		expect(columns('CASE WHEN b THEN 1 END')).toEqual(['b']);
		expect(columns('coalesce(a, b, g) + h')).toEqual(['a', 'b', 'g', 'h']);
		expect(columns('a = a AND a > 1')).toEqual(['a']);
	});
});

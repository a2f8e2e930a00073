import { describe, expect, it } from 'vitest';
import type { FragmentExpr } from '../../../src/lib/metrics/fragment/ast';
import { castTypeSql, emitDuckdb } from '../../../src/lib/metrics/fragment/emit-duckdb';

const a: FragmentExpr = { kind: 'column', name: 'a' };
const b: FragmentExpr = { kind: 'column', name: 'b' };
const c: FragmentExpr = { kind: 'column', name: 'c' };
const n = (text: string): FragmentExpr => ({ kind: 'number', text });
const bin = (op: string, left: FragmentExpr, right: FragmentExpr) =>
	({ kind: 'binary', op, left, right }) as FragmentExpr;
const not = (operand: FragmentExpr): FragmentExpr => ({ kind: 'unary', op: 'NOT', operand });
const neg = (operand: FragmentExpr): FragmentExpr => ({ kind: 'unary', op: '-', operand });
const isNull = (operand: FragmentExpr, negated = false): FragmentExpr => ({
	kind: 'is_null',
	operand,
	negated
});

describe('emitDuckdb: a tree as DuckDB SQL, parenthesised by binding strength', () => {
	it('emits leaves: quoted names and strings, numbers as written, booleans, NULL, intervals', () => {
		expect(emitDuckdb({ kind: 'column', name: 'a"b' })).toBe('"a""b"');
		expect(emitDuckdb({ kind: 'string', value: "it's" })).toBe("'it''s'");
		expect(emitDuckdb(n('0.5e1'))).toBe('0.5e1');
		expect(emitDuckdb({ kind: 'boolean', value: true })).toBe('true');
		expect(emitDuckdb({ kind: 'boolean', value: false })).toBe('false');
		expect(emitDuckdb({ kind: 'null' })).toBe('NULL');
		expect(emitDuckdb({ kind: 'interval', amount: n('7'), unit: 'day' })).toBe('INTERVAL 7 DAY');
		expect(emitDuckdb({ kind: 'interval', amount: bin('+', a, n('1')), unit: 'hour' })).toBe(
			'INTERVAL ("a" + 1) HOUR'
		);
		expect(emitDuckdb({ kind: 'interval', amount: a, unit: 'minute' })).toBe('INTERVAL ("a") MINUTE');
	});

	it('parenthesises AND under OR only where the tree has it, and OR under AND always', () => {
		expect(emitDuckdb(bin('OR', bin('OR', a, b), c))).toBe('"a" OR "b" OR "c"');
		expect(emitDuckdb(bin('OR', a, bin('OR', b, c)))).toBe('"a" OR "b" OR "c"');
		expect(emitDuckdb(bin('AND', bin('AND', a, b), c))).toBe('"a" AND "b" AND "c"');
		expect(emitDuckdb(bin('AND', a, bin('AND', b, c)))).toBe('"a" AND "b" AND "c"');
		expect(emitDuckdb(bin('OR', bin('AND', a, b), bin('AND', b, c)))).toBe('"a" AND "b" OR "b" AND "c"');
		expect(emitDuckdb(bin('AND', bin('OR', a, b), bin('OR', b, c)))).toBe('("a" OR "b") AND ("b" OR "c")');
	});

	it('parenthesises under NOT what binds more loosely than NOT', () => {
		expect(emitDuckdb(not(bin('AND', a, b)))).toBe('NOT ("a" AND "b")');
		expect(emitDuckdb(not(bin('OR', a, b)))).toBe('NOT ("a" OR "b")');
		expect(emitDuckdb(not(not(a)))).toBe('NOT NOT "a"');
		expect(emitDuckdb(not(isNull(a)))).toBe('NOT "a" IS NULL');
		expect(emitDuckdb(not(bin('=', a, b)))).toBe('NOT "a" = "b"');
		expect(emitDuckdb(bin('AND', not(a), not(b)))).toBe('NOT "a" AND NOT "b"');
		expect(emitDuckdb(isNull(not(a)))).toBe('(NOT "a") IS NULL');
	});

	it('keeps left-associative arithmetic and concatenation readable, and the right operand grouped', () => {
		expect(emitDuckdb(bin('-', bin('-', a, b), c))).toBe('"a" - "b" - "c"');
		expect(emitDuckdb(bin('-', a, bin('-', b, c)))).toBe('"a" - ("b" - "c")');
		expect(emitDuckdb(bin('+', a, bin('+', b, c)))).toBe('"a" + ("b" + "c")');
		expect(emitDuckdb(bin('+', a, bin('-', b, c)))).toBe('"a" + ("b" - "c")');
		expect(emitDuckdb(bin('-', a, bin('*', b, c)))).toBe('"a" - "b" * "c"');
		// A unary minus binds tighter than ×: no parentheses on either side.
		expect(emitDuckdb(bin('*', a, neg(b)))).toBe('"a" * -"b"');
		expect(emitDuckdb(bin('/', neg(a), neg(b)))).toBe('-"a" / -"b"');
		expect(emitDuckdb(bin('/', a, bin('*', b, c)))).toBe('"a" / ("b" * "c")');
		expect(emitDuckdb(bin('%', bin('*', a, b), c))).toBe('"a" * "b" % "c"');
		expect(emitDuckdb(bin('*', bin('+', a, b), c))).toBe('("a" + "b") * "c"');
		expect(emitDuckdb(bin('+', bin('*', a, b), bin('/', b, c)))).toBe('"a" * "b" + "b" / "c"');
		expect(emitDuckdb(bin('||', bin('||', a, b), c))).toBe('"a" || "b" || "c"');
		expect(emitDuckdb(bin('||', a, bin('+', b, c)))).toBe('"a" || "b" + "c"');
		expect(emitDuckdb(bin('+', bin('||', a, b), c))).toBe('("a" || "b") + "c"');
		expect(emitDuckdb(bin('=', bin('||', a, b), bin('-', b, c)))).toBe('"a" || "b" = "b" - "c"');
	});

	it('never chains comparisons, and groups a weaker operand of one', () => {
		expect(emitDuckdb(bin('=', bin('>', a, b), c))).toBe('("a" > "b") = "c"');
		expect(emitDuckdb(bin('<>', a, bin('<=', b, c)))).toBe('"a" <> ("b" <= "c")');
		expect(emitDuckdb(bin('=', bin('<>', a, b), c))).toBe('("a" <> "b") = "c"');
		expect(emitDuckdb(bin('=', bin('<', a, b), c))).toBe('("a" < "b") = "c"');
		expect(emitDuckdb(bin('<', bin('>=', a, b), bin('<', b, c)))).toBe('("a" >= "b") < ("b" < "c")');
		expect(emitDuckdb(bin('=', bin('AND', a, b), c))).toBe('("a" AND "b") = "c"');
		expect(emitDuckdb(bin('=', isNull(a), c))).toBe('("a" IS NULL) = "c"');
		expect(emitDuckdb(bin('=', a, { kind: 'in', operand: b, list: [c], negated: false }))).toBe(
			'"a" = "b" IN ("c")'
		);
		expect(emitDuckdb(bin('AND', bin('=', a, b), bin('>', b, c)))).toBe('"a" = "b" AND "b" > "c"');
	});

	it('emits the unary minus, grouping all but a primary', () => {
		expect(emitDuckdb(neg(a))).toBe('-"a"');
		expect(emitDuckdb(neg(neg(a)))).toBe('-(-"a")');
		expect(emitDuckdb(neg(bin('*', a, b)))).toBe('-("a" * "b")');
		expect(emitDuckdb(bin('*', neg(a), b))).toBe('-"a" * "b"');
		expect(emitDuckdb(neg({ kind: 'cast', operand: a, type: 'DOUBLE', try: false }))).toBe(
			'-CAST("a" AS DOUBLE)'
		);
	});

	it('emits IS [NOT] NULL, IN, BETWEEN and LIKE with their operands grouped when weaker', () => {
		expect(emitDuckdb(isNull(bin('=', a, b)))).toBe('"a" = "b" IS NULL');
		expect(emitDuckdb(isNull(isNull(a), true))).toBe('("a" IS NULL) IS NOT NULL');
		expect(
			emitDuckdb({ kind: 'in', operand: bin('=', a, b), list: [bin('AND', a, b), c], negated: true })
		).toBe('("a" = "b") NOT IN ("a" AND "b", "c")');
		expect(emitDuckdb({ kind: 'in', operand: bin('||', a, b), list: [c], negated: false })).toBe(
			'"a" || "b" IN ("c")'
		);
		expect(
			emitDuckdb({ kind: 'between', operand: a, low: bin('AND', b, c), high: bin('+', b, c), negated: false })
		).toBe('"a" BETWEEN ("b" AND "c") AND "b" + "c"');
		expect(
			emitDuckdb({
				kind: 'between',
				operand: { kind: 'between', operand: a, low: b, high: c, negated: false },
				low: b,
				high: { kind: 'like', operand: a, pattern: b, negated: false, caseInsensitive: false },
				negated: true
			})
		).toBe('("a" BETWEEN "b" AND "c") NOT BETWEEN "b" AND ("a" LIKE "b")');
		expect(
			emitDuckdb({
				kind: 'like',
				operand: a,
				pattern: bin('||', b, c),
				negated: false,
				caseInsensitive: false
			})
		).toBe('"a" LIKE "b" || "c"');
		expect(
			emitDuckdb({ kind: 'like', operand: bin('=', a, b), pattern: c, negated: true, caseInsensitive: true })
		).toBe('("a" = "b") NOT ILIKE "c"');
		expect(
			emitDuckdb({
				kind: 'like',
				operand: a,
				pattern: { kind: 'in', operand: b, list: [c], negated: false },
				negated: false,
				caseInsensitive: true
			})
		).toBe('"a" ILIKE ("b" IN ("c"))');
	});

	it('emits CASE, CAST and calls with their parts unparenthesised', () => {
		expect(
			emitDuckdb({
				kind: 'case',
				operand: bin('+', a, b),
				branches: [
					{ when: n('1'), then: bin('OR', a, b) },
					{ when: n('2'), then: c }
				],
				otherwise: { kind: 'null' }
			})
		).toBe('CASE "a" + "b" WHEN 1 THEN "a" OR "b" WHEN 2 THEN "c" ELSE NULL END');
		expect(emitDuckdb({ kind: 'case', branches: [{ when: a, then: n('1') }] })).toBe(
			'CASE WHEN "a" THEN 1 END'
		);
		expect(emitDuckdb(bin('*', { kind: 'case', branches: [{ when: a, then: n('1') }] }, n('2')))).toBe(
			'CASE WHEN "a" THEN 1 END * 2'
		);
		expect(emitDuckdb({ kind: 'cast', operand: bin('OR', a, b), type: 'BOOLEAN', try: true })).toBe(
			'TRY_CAST("a" OR "b" AS BOOLEAN)'
		);
		expect(emitDuckdb({ kind: 'cast', operand: a, type: { decimal: [10, 2] }, try: false })).toBe(
			'CAST("a" AS DECIMAL(10, 2))'
		);
		expect(emitDuckdb({ kind: 'call', name: 'coalesce', args: [bin('+', a, b), c, n('0')] })).toBe(
			'coalesce("a" + "b", "c", 0)'
		);
		expect(emitDuckdb(bin('+', { kind: 'call', name: 'abs', args: [a] }, n('1')))).toBe('abs("a") + 1');
		expect(castTypeSql('VARCHAR')).toBe('VARCHAR');
		expect(castTypeSql({ decimal: [18, 3] })).toBe('DECIMAL(18, 3)');
	});
});

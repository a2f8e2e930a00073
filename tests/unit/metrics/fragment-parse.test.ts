import { describe, expect, it } from 'vitest';
import type { FragmentExpr } from '../../../src/lib/metrics/fragment/ast';
import { parseFragment } from '../../../src/lib/metrics/fragment/parse';

/** A made-up table: `a`, `b` and a mixed-case `Mixed`. */
const scope = { table: 't', columns: ['a', 'b', 'Mixed'] };
const tree = (source: string): FragmentExpr => {
	const parsed = parseFragment(source, scope);
	if (!parsed.ok) throw new Error(parsed.error.message);
	return parsed.value;
};
/** The refusal's code and params (or 'accepted'). */
const refusal = (source: string) => {
	const parsed = parseFragment(source, scope);
	return parsed.ok ? 'accepted' : { code: parsed.error.code, params: parsed.error.params };
};
const code = (source: string) => {
	const parsed = parseFragment(source, scope);
	return parsed.ok ? 'accepted' : parsed.error.code;
};

const a: FragmentExpr = { kind: 'column', name: 'a' };
const b: FragmentExpr = { kind: 'column', name: 'b' };
const n = (text: string): FragmentExpr => ({ kind: 'number', text });
const s = (value: string): FragmentExpr => ({ kind: 'string', value });
const bin = (op: string, left: FragmentExpr, right: FragmentExpr) =>
	({ kind: 'binary', op, left, right }) as FragmentExpr;
const isNull = (operand: FragmentExpr, negated = false): FragmentExpr => ({
	kind: 'is_null',
	operand,
	negated
});
const same = (x: FragmentExpr, y: FragmentExpr): FragmentExpr => ({
	kind: 'case',
	branches: [
		{ when: isNull(x), then: isNull(y) },
		{ when: isNull(y), then: { kind: 'boolean', value: false } }
	],
	otherwise: { kind: 'binary', op: '=', left: x, right: y }
});

describe('parseFragment: the tree of what was written', () => {
	it('refuses an empty or blank fragment, and passes the lexer’s refusal on', () => {
		expect(refusal('')).toEqual({ code: 'empty', params: {} });
		expect(refusal(' \t\n')).toEqual({ code: 'empty', params: {} });
		expect(code('a = 1; b')).toBe('statement');
	});

	it('reads literals, columns (case-insensitively, canonical name) and quoted names', () => {
		expect(tree('12.5')).toEqual(n('12.5'));
		expect(tree("'x'")).toEqual(s('x'));
		expect(tree('TRUE')).toEqual({ kind: 'boolean', value: true });
		expect(tree('false')).toEqual({ kind: 'boolean', value: false });
		expect(tree('Null')).toEqual({ kind: 'null' });
		expect(tree('mixed')).toEqual({ kind: 'column', name: 'Mixed' });
		expect(tree('"MIXED"')).toEqual({ kind: 'column', name: 'Mixed' });
		expect(refusal('c')).toEqual({
			code: 'column',
			params: { name: 'c', table: 't', columns: 'a, b, Mixed' }
		});
	});

	it('builds the operators by precedence and left to right', () => {
		expect(tree('a OR b AND a')).toEqual(bin('OR', a, bin('AND', b, a)));
		expect(tree('a AND b OR a')).toEqual(bin('OR', bin('AND', a, b), a));
		expect(tree('a OR b OR a')).toEqual(bin('OR', bin('OR', a, b), a));
		expect(tree('a AND b AND a')).toEqual(bin('AND', bin('AND', a, b), a));
		expect(tree('NOT a AND b')).toEqual(bin('AND', { kind: 'unary', op: 'NOT', operand: a }, b));
		expect(tree('NOT NOT a')).toEqual({
			kind: 'unary',
			op: 'NOT',
			operand: { kind: 'unary', op: 'NOT', operand: a }
		});
		expect(tree('a - b - 1')).toEqual(bin('-', bin('-', a, b), n('1')));
		expect(tree('a + b * 2')).toEqual(bin('+', a, bin('*', b, n('2'))));
		expect(tree('a / b % 2')).toEqual(bin('%', bin('/', a, b), n('2')));
		expect(tree('a * b / 2')).toEqual(bin('/', bin('*', a, b), n('2')));
		expect(tree('a * b * 2')).toEqual(bin('*', bin('*', a, b), n('2')));
		expect(tree('a + b + 2')).toEqual(bin('+', bin('+', a, b), n('2')));
		expect(tree('a % b % 2')).toEqual(bin('%', bin('%', a, b), n('2')));
		expect(tree('a || b || a')).toEqual(bin('||', bin('||', a, b), a));
		expect(tree('a || b + 1')).toEqual(bin('||', a, bin('+', b, n('1'))));
		expect(tree('-a * 2')).toEqual(bin('*', { kind: 'unary', op: '-', operand: a }, n('2')));
		expect(tree('+a')).toEqual(a);
		expect(tree('- + a')).toEqual({ kind: 'unary', op: '-', operand: a });
		expect(tree('(a + b) * 2')).toEqual(bin('*', bin('+', a, b), n('2')));
	});

	it('reads every comparison operator, its two spellings, and no chain', () => {
		for (const [written, op] of [
			['=', '='],
			['==', '='],
			['<>', '<>'],
			['!=', '<>'],
			['<', '<'],
			['<=', '<='],
			['>', '>'],
			['>=', '>=']
		])
			expect(tree(`a ${written} b + 1`)).toEqual(bin(op!, a, bin('+', b, n('1'))));
		expect(refusal('a = b = 1')).toEqual({
			code: 'syntax',
			params: { token: '=', at: '7', expected: 'operator_or_end' }
		});
		expect(tree('a = 1 AND b')).toEqual(bin('AND', bin('=', a, n('1')), b));
	});

	it('reads IS as looser than a comparison, and chains it', () => {
		expect(tree('a = 1 IS NULL')).toEqual(isNull(bin('=', a, n('1'))));
		expect(tree('a IS NOT NULL')).toEqual(isNull(a, true));
		expect(tree('a IS NULL IS NOT NULL')).toEqual(isNull(isNull(a), true));
		expect(tree('a IS NOT DISTINCT FROM b')).toEqual(same(a, b));
		expect(tree('a IS DISTINCT FROM b')).toEqual({ kind: 'unary', op: 'NOT', operand: same(a, b) });
		expect(tree('a IS TRUE')).toEqual(same(a, { kind: 'boolean', value: true }));
		expect(tree('a IS NOT FALSE')).toEqual({
			kind: 'unary',
			op: 'NOT',
			operand: same(a, { kind: 'boolean', value: false })
		});
		expect(tree('a IS TRUE IS NULL')).toEqual(isNull(same(a, { kind: 'boolean', value: true })));
		expect(refusal('a IS')).toEqual({ code: 'syntax', params: { token: '', at: '5', expected: 'after_is' } });
	});

	it('reads BETWEEN, IN and LIKE, negated or not, and puts back a NOT that starts none of them', () => {
		expect(tree('a BETWEEN 1 AND b + 1')).toEqual({
			kind: 'between',
			operand: a,
			low: n('1'),
			high: bin('+', b, n('1')),
			negated: false
		});
		expect(tree('a NOT BETWEEN 1 AND 2 AND b')).toEqual(
			bin('AND', { kind: 'between', operand: a, low: n('1'), high: n('2'), negated: true }, b)
		);
		expect(tree('a IN (1, b, 3)')).toEqual({
			kind: 'in',
			operand: a,
			list: [n('1'), b, n('3')],
			negated: false
		});
		expect(tree('a NOT IN (1)')).toEqual({ kind: 'in', operand: a, list: [n('1')], negated: true });
		expect(tree("a LIKE 'x%'")).toEqual({
			kind: 'like',
			operand: a,
			pattern: s('x%'),
			negated: false,
			caseInsensitive: false
		});
		expect(tree("a NOT ILIKE 'x' || b")).toEqual({
			kind: 'like',
			operand: a,
			pattern: bin('||', s('x'), b),
			negated: true,
			caseInsensitive: true
		});
		expect(refusal('a NOT = 1')).toEqual({
			code: 'syntax',
			params: { token: 'NOT', at: '3', expected: 'operator_or_end' }
		});
		expect(refusal('a IN 1')).toEqual({ code: 'syntax', params: { token: '1', at: '6', expected: '(' } });
		expect(refusal('a IN (1, 2')).toEqual({ code: 'syntax', params: { token: '', at: '11', expected: ')' } });
		expect(code('a IN (SELECT 1)')).toBe('subquery');
		expect(refusal('a BETWEEN 1 OR 2')).toEqual({
			code: 'syntax',
			params: { token: 'OR', at: '13', expected: 'AND' }
		});
	});

	it('reads :: casts, chained, and refuses a type it does not know', () => {
		expect(tree('a::INT::VARCHAR')).toEqual({
			kind: 'cast',
			operand: { kind: 'cast', operand: a, type: 'INTEGER', try: false },
			type: 'VARCHAR',
			try: false
		});
		expect(tree('CAST(a AS text)')).toEqual({ kind: 'cast', operand: a, type: 'VARCHAR', try: false });
		expect(tree('TRY_CAST(a AS datetime)')).toEqual({
			kind: 'cast',
			operand: a,
			type: 'TIMESTAMP',
			try: true
		});
		expect(tree('a::time')).toEqual({ kind: 'cast', operand: a, type: 'TIME', try: false });
		expect(tree('a::DECIMAL')).toEqual({ kind: 'cast', operand: a, type: { decimal: [18, 3] }, try: false });
		expect(tree('a::NUMERIC(10)')).toEqual({
			kind: 'cast',
			operand: a,
			type: { decimal: [10, 0] },
			try: false
		});
		expect(tree('a::DECIMAL(1, 1)')).toEqual({
			kind: 'cast',
			operand: a,
			type: { decimal: [1, 1] },
			try: false
		});
		expect(tree('a::DECIMAL(38, 0)')).toEqual({
			kind: 'cast',
			operand: a,
			type: { decimal: [38, 0] },
			try: false
		});
		expect(refusal('a::DECIMAL(0)')).toEqual({ code: 'cast_type', params: { type: 'DECIMAL(0)' } });
		expect(refusal('a::DECIMAL(39)')).toEqual({ code: 'cast_type', params: { type: 'DECIMAL(39)' } });
		expect(refusal('a::DECIMAL(4, 5)')).toEqual({ code: 'cast_type', params: { type: 'DECIMAL(5)' } });
		expect(refusal('a::DECIMAL(4.5)')).toEqual({ code: 'cast_type', params: { type: 'DECIMAL(4.5)' } });
		expect(refusal('a::DECIMAL(x)')).toEqual({ code: 'cast_type', params: { type: 'DECIMAL(x)' } });
		expect(refusal("a::DECIMAL('5')")).toEqual({ code: 'cast_type', params: { type: 'DECIMAL(5)' } });
		expect(refusal('a::DECIMAL(4')).toEqual({
			code: 'syntax',
			params: { token: '', at: '13', expected: ')' }
		});
		expect(refusal('a::blob')).toEqual({ code: 'cast_type', params: { type: 'blob' } });
		expect(refusal('a::"int"')).toEqual({ code: 'cast_type', params: { type: 'int' } });
		expect(refusal('a::VARCHAR(10)')).toEqual({ code: 'cast_type', params: { type: 'VARCHAR(' } });
		expect(refusal('a::INT[]')).toEqual({ code: 'character', params: { char: '[', at: '7' } });
		expect(refusal('CAST(a, INT)')).toEqual({
			code: 'syntax',
			params: { token: ',', at: '7', expected: 'AS' }
		});
		expect(refusal('CAST(a AS INT')).toEqual({
			code: 'syntax',
			params: { token: '', at: '14', expected: ')' }
		});
		expect(refusal('CAST a AS INT')).toEqual({
			code: 'syntax',
			params: { token: 'a', at: '6', expected: '(' }
		});
	});

	it('reads typed literals, and date or timestamp alone as a name', () => {
		expect(tree("DATE '2025-06-01'")).toEqual({
			kind: 'cast',
			operand: s('2025-06-01'),
			type: 'DATE',
			try: false
		});
		expect(tree("timestamp '2025-06-01 10:00'")).toEqual({
			kind: 'cast',
			operand: s('2025-06-01 10:00'),
			type: 'TIMESTAMP',
			try: false
		});
		expect(refusal('date')).toEqual({
			code: 'column',
			params: { name: 'date', table: 't', columns: 'a, b, Mixed' }
		});
		expect(refusal('timestamp + 1')).toMatchObject({ code: 'column', params: { name: 'timestamp' } });
	});

	it('reads intervals written three ways', () => {
		const interval = (amount: FragmentExpr, unit: string) => ({ kind: 'interval', amount, unit });
		expect(tree('INTERVAL 7 DAY')).toEqual(interval(n('7'), 'day'));
		expect(tree('INTERVAL 2 hours')).toEqual(interval(n('2'), 'hour'));
		expect(tree('INTERVAL (a + 1) MINUTE')).toEqual(interval(bin('+', a, n('1')), 'minute'));
		expect(tree("INTERVAL '7 days'")).toEqual(interval(n('7'), 'day'));
		expect(tree("INTERVAL ' 1.5 Weeks '")).toEqual(interval(n('1.5'), 'week'));
		expect(tree("INTERVAL '3month'")).toEqual(interval(n('3'), 'month'));
		expect(tree("INTERVAL '1 seconds'")).toEqual(interval(n('1'), 'second'));
		expect(tree("INTERVAL '10 days'")).toEqual(interval(n('10'), 'day'));
		expect(tree("INTERVAL '1.25 hours'")).toEqual(interval(n('1.25'), 'hour'));
		// Only a trailing s is dropped: a unit with another letter after it is no unit.
		expect(refusal('INTERVAL 1 dayx')).toEqual({ code: 'interval', params: { text: 'INTERVAL … dayx' } });
		expect(refusal('INTERVAL 1 sday')).toEqual({ code: 'interval', params: { text: 'INTERVAL … sday' } });
		expect(refusal("INTERVAL 'soon'")).toEqual({ code: 'interval', params: { text: 'soon' } });
		expect(refusal("INTERVAL '7 fortnights'")).toEqual({
			code: 'interval',
			params: { text: '7 fortnights' }
		});
		expect(refusal("INTERVAL '7 days ago'")).toEqual({ code: 'interval', params: { text: '7 days ago' } });
		expect(refusal("INTERVAL 'x7 days'")).toEqual({ code: 'interval', params: { text: 'x7 days' } });
		expect(refusal('INTERVAL a DAY')).toEqual({ code: 'interval', params: { text: 'a' } });
		expect(refusal('INTERVAL')).toEqual({ code: 'interval', params: { text: 'INTERVAL' } });
		expect(refusal('INTERVAL -1 DAY')).toEqual({ code: 'interval', params: { text: '-' } });
		expect(refusal('INTERVAL "(" DAY')).toEqual({ code: 'interval', params: { text: '(' } });
		expect(refusal('INTERVAL 7 fortnights')).toEqual({
			code: 'interval',
			params: { text: 'INTERVAL … fortnights' }
		});
		expect(refusal("INTERVAL 7 'day'")).toEqual({ code: 'interval', params: { text: 'INTERVAL … day' } });
		expect(refusal('INTERVAL 7 s')).toEqual({ code: 'interval', params: { text: 'INTERVAL … s' } });
		expect(refusal('INTERVAL (1 DAY')).toEqual({
			code: 'syntax',
			params: { token: 'DAY', at: '13', expected: ')' }
		});
	});

	it('reads CASE with and without an operand, ELSE optional', () => {
		expect(tree("CASE WHEN a = 1 THEN 'x' END")).toEqual({
			kind: 'case',
			branches: [{ when: bin('=', a, n('1')), then: s('x') }]
		});
		expect(tree('CASE a WHEN 1 THEN 2 WHEN 3 THEN 4 ELSE 5 END')).toEqual({
			kind: 'case',
			operand: a,
			branches: [
				{ when: n('1'), then: n('2') },
				{ when: n('3'), then: n('4') }
			],
			otherwise: n('5')
		});
		expect(refusal('CASE a END')).toEqual({
			code: 'syntax',
			params: { token: 'END', at: '8', expected: 'WHEN' }
		});
		expect(refusal('CASE WHEN a 1 END')).toEqual({
			code: 'syntax',
			params: { token: '1', at: '13', expected: 'THEN' }
		});
		expect(refusal('CASE WHEN a THEN 1')).toEqual({
			code: 'syntax',
			params: { token: '', at: '19', expected: 'END' }
		});
	});

	it('reads EXTRACT, with the part as a word, a name or a string', () => {
		const extract = (part: string) => ({ kind: 'call', name: 'date_part', args: [s(part), a] });
		expect(tree('EXTRACT(Hour FROM a)')).toEqual(extract('hour'));
		expect(tree('EXTRACT("DOW" FROM a)')).toEqual(extract('dow'));
		expect(tree("EXTRACT('Year' FROM a)")).toEqual(extract('year'));
		expect(refusal('EXTRACT(hour FROM a')).toEqual({
			code: 'syntax',
			params: { token: '', at: '20', expected: ')' }
		});
	});

	it('reads calls of allowed functions by their canonical name, and checks the arguments', () => {
		expect(tree('abs(a)')).toEqual({ kind: 'call', name: 'abs', args: [a] });
		expect(tree('POW(a, 2)')).toEqual({ kind: 'call', name: 'power', args: [a, n('2')] });
		expect(tree('coalesce(a, b, 0)')).toEqual({ kind: 'call', name: 'coalesce', args: [a, b, n('0')] });
		expect(tree('substr(a, 1)')).toEqual({ kind: 'call', name: 'substr', args: [a, n('1')] });
		expect(tree('substr(a, 1, 2)')).toEqual({ kind: 'call', name: 'substr', args: [a, n('1'), n('2')] });
		// An argument may start with an operator or a word; a call may be followed by a word.
		expect(tree('abs((a))')).toEqual({ kind: 'call', name: 'abs', args: [a] });
		expect(tree('abs(-a)')).toEqual({
			kind: 'call',
			name: 'abs',
			args: [{ kind: 'unary', op: '-', operand: a }]
		});
		expect(tree('abs(NOT a)')).toEqual({
			kind: 'call',
			name: 'abs',
			args: [{ kind: 'unary', op: 'NOT', operand: a }]
		});
		expect(tree('abs(a) IS NULL')).toEqual(isNull({ kind: 'call', name: 'abs', args: [a] }));
		expect(tree("abs('*')")).toEqual({ kind: 'call', name: 'abs', args: [s('*')] });
		// Quoted, those words are names: columns, never DISTINCT, ALL, OVER or WHEN.
		expect(refusal('abs("all")')).toMatchObject({ code: 'column', params: { name: 'all' } });
		expect(refusal('abs(a) "over"')).toEqual({
			code: 'syntax',
			params: { token: '"over"', at: '8', expected: 'operator_or_end' }
		});
		expect(refusal('CASE "when" WHEN 1 THEN 2 END')).toMatchObject({
			code: 'column',
			params: { name: 'when' }
		});
		expect(refusal('1 "select"')).toEqual({
			code: 'syntax',
			params: { token: '"select"', at: '3', expected: 'operator_or_end' }
		});
		expect(refusal('abs()')).toEqual({ code: 'arity', params: { name: 'abs', expected: '1', got: '0' } });
		expect(refusal('abs(a, b)')).toEqual({ code: 'arity', params: { name: 'abs', expected: '1', got: '2' } });
		expect(refusal('coalesce()')).toEqual({
			code: 'arity',
			params: { name: 'coalesce', expected: '1 or more', got: '0' }
		});
		expect(refusal('substring(a)')).toEqual({
			code: 'arity',
			params: { name: 'substring', expected: '2 to 3', got: '1' }
		});
		expect(refusal('substr(a, 1, 2, 3)')).toEqual({
			code: 'arity',
			params: { name: 'substr', expected: '2 to 3', got: '4' }
		});
		expect(refusal('abs(a')).toEqual({ code: 'syntax', params: { token: '', at: '6', expected: ')' } });
		expect(refusal('abs(a b)')).toEqual({ code: 'syntax', params: { token: 'b', at: '7', expected: ')' } });
	});

	it('refuses table functions, settings, aggregates and functions not on the list, by name', () => {
		expect(refusal('read_json(a)')).toEqual({ code: 'table_function', params: { name: 'read_json' } });
		expect(refusal('READ_anything(a)')).toEqual({
			code: 'table_function',
			params: { name: 'read_anything' }
		});
		expect(refusal('getvariable(a)')).toEqual({ code: 'settings', params: { name: 'getvariable' } });
		expect(refusal('SUM(a)')).toEqual({ code: 'aggregate', params: { name: 'sum' } });
		expect(refusal('md5(a)')).toEqual({ code: 'function', params: { name: 'md5' } });
		expect(refusal('abs(DISTINCT a)')).toEqual({ code: 'aggregate', params: { name: 'abs' } });
		expect(refusal('abs(ALL a)')).toEqual({ code: 'aggregate', params: { name: 'abs' } });
		expect(refusal('abs(*)')).toEqual({ code: 'aggregate', params: { name: 'abs' } });
		expect(refusal('abs(a) OVER ()')).toEqual({ code: 'aggregate', params: { name: 'abs' } });
		expect(refusal('abs(a) filter (where a)')).toEqual({ code: 'aggregate', params: { name: 'abs' } });
		expect(refusal('abs(a) WITHIN GROUP (ORDER BY a)')).toEqual({
			code: 'aggregate',
			params: { name: 'abs' }
		});
		expect(refusal('abs(SELECT 1)')).toEqual({ code: 'subquery', params: {} });
		expect(refusal('"abs"(a)')).toEqual({ code: 'function', params: { name: 'abs' } });
		expect(refusal('a(1)')).toEqual({ code: 'function', params: { name: 'a' } });
		// A word that is a function only when called: the keyword alone is refused.
		expect(refusal('a = where')).toEqual({ code: 'keyword', params: { word: 'WHERE', at: '5' } });
	});

	it('refuses what would leave the expression: statements, subqueries, qualified names, lambdas', () => {
		expect(refusal('drop')).toEqual({ code: 'statement', params: { word: 'DROP' } });
		expect(refusal('a = 1 Drop b')).toEqual({ code: 'statement', params: { word: 'DROP' } });
		expect(refusal('select')).toEqual({ code: 'subquery', params: {} });
		expect(refusal('a = 1 from b')).toEqual({ code: 'subquery', params: {} });
		expect(refusal('(select 1)')).toEqual({ code: 'subquery', params: {} });
		expect(refusal('a.b')).toEqual({ code: 'qualified', params: { name: 'a' } });
		expect(refusal('"a".b')).toEqual({ code: 'qualified', params: { name: 'a' } });
		expect(refusal('a -> 1')).toEqual({ code: 'lambda', params: {} });
		expect(refusal('zz -> 1')).toEqual({ code: 'lambda', params: {} });
		expect(refusal('1 -> 1')).toEqual({ code: 'lambda', params: {} });
		expect(refusal('lambda')).toEqual({ code: 'lambda', params: {} });
		expect(refusal("x'00'")).toEqual({
			code: 'syntax',
			params: { token: "'00'", at: '2', expected: 'operator_or_end' }
		});
		// Only operators count: a string written '.', '->' or '(' after a name is just a stray string.
		expect(refusal("a '.'")).toEqual({
			code: 'syntax',
			params: { token: "'.'", at: '3', expected: 'operator_or_end' }
		});
		expect(refusal("a '->'")).toEqual({
			code: 'syntax',
			params: { token: "'->'", at: '3', expected: 'operator_or_end' }
		});
		expect(refusal(`"a" '('`)).toEqual({
			code: 'syntax',
			params: { token: "'('", at: '5', expected: 'operator_or_end' }
		});
		// A quoted name is a column even when it spells a keyword.
		expect(refusal('a IN ("select")')).toMatchObject({ code: 'column', params: { name: 'select' } });
		expect(refusal('abs("select")')).toMatchObject({ code: 'column', params: { name: 'select' } });
		expect(refusal('("select")')).toMatchObject({ code: 'column', params: { name: 'select' } });
		// Nor is a name an operator because an object has a property by that name.
		expect(refusal('a "toString"')).toEqual({
			code: 'syntax',
			params: { token: '"toString"', at: '3', expected: 'operator_or_end' }
		});
		expect(refusal('a constructor')).toEqual({
			code: 'syntax',
			params: { token: 'constructor', at: '3', expected: 'operator_or_end' }
		});
	});

	it('names the unexpected token as written, and where', () => {
		expect(refusal('a b')).toEqual({
			code: 'syntax',
			params: { token: 'b', at: '3', expected: 'operator_or_end' }
		});
		expect(refusal('1 "b"')).toEqual({
			code: 'syntax',
			params: { token: '"b"', at: '3', expected: 'operator_or_end' }
		});
		expect(refusal("1 'b'")).toEqual({
			code: 'syntax',
			params: { token: "'b'", at: '3', expected: 'operator_or_end' }
		});
		expect(refusal('* 1')).toEqual({ code: 'syntax', params: { token: '*', at: '1', expected: 'value' } });
		expect(refusal('a =')).toEqual({ code: 'syntax', params: { token: '', at: '4', expected: 'value' } });
		expect(refusal('(a, b)')).toEqual({ code: 'syntax', params: { token: ',', at: '3', expected: ')' } });
		expect(refusal('(a')).toEqual({ code: 'syntax', params: { token: '', at: '3', expected: ')' } });
		expect(refusal('a)')).toEqual({
			code: 'syntax',
			params: { token: ')', at: '2', expected: 'operator_or_end' }
		});
	});

	it('reads a text after a word as a stray text, never as the parenthesis or arrow it spells', () => {
		// `a '('` once read as a call of a(); the text is refused where it stands, at character 3.
		expect(refusal("a '('")).toEqual({
			code: 'syntax',
			params: { token: "'('", at: '3', expected: 'operator_or_end' }
		});
		expect(refusal("abs '('")).toEqual({
			code: 'syntax',
			params: { token: "'('", at: '5', expected: 'operator_or_end' }
		});
		expect(refusal("a::INT '('")).toEqual({
			code: 'syntax',
			params: { token: "'('", at: '8', expected: 'operator_or_end' }
		});
		// EXTRACT without its parenthesis is the keyword; a text ',' is not the comma of a row.
		expect(refusal("extract '('")).toEqual({ code: 'keyword', params: { word: 'EXTRACT', at: '1' } });
		expect(refusal("(1 ',')")).toEqual({ code: 'syntax', params: { token: "','", at: '4', expected: ')' } });
		expect(refusal("1 '->'")).toEqual({
			code: 'syntax',
			params: { token: "'->'", at: '3', expected: 'operator_or_end' }
		});
	});

	it('says what was found, where, and what was expected, in words', () => {
		const message = (source: string) => {
			const parsed = parseFragment(source, scope);
			return parsed.ok ? 'accepted' : parsed.error.message;
		};
		expect(message("a '('")).toBe(
			"at character 3, expected an operator (such as =, + or AND) or the end of the expression, but found the text '('"
		);
		expect(message('a "b"')).toBe(
			'at character 3, expected an operator (such as =, + or AND) or the end of the expression, but found the quoted name "b"'
		);
		expect(message('(a')).toBe('at character 3, expected “)”, but found the end of the expression');
		expect(message('a + *')).toBe(
			"at character 5, expected a value (a column, a number, a 'text', a function call or a parenthesis), but found “*”"
		);
		expect(message('CASE WHEN a 1 END')).toBe('at character 13, expected “THEN”, but found “1”');
		expect(message('a IS 5')).toBe(
			'at character 6, expected NULL, TRUE, FALSE or DISTINCT FROM after IS (each may follow NOT), but found “5”'
		);
		expect(message('EXTRACT(1 FROM a)')).toBe(
			'at character 9, expected a date part such as year or month, but found “1”'
		);
	});

	it('nests 64 levels deep and no deeper', () => {
		// The whole fragment is one level; each parenthesis, NOT, unary minus, CASE, CAST or call is one more.
		expect(tree(`${'('.repeat(63)}a${')'.repeat(63)}`)).toEqual(a);
		expect(code(`${'('.repeat(64)}a${')'.repeat(64)}`)).toBe('too_deep');
		expect(code(`${'NOT '.repeat(63)}a`)).toBe('accepted');
		expect(code(`${'NOT '.repeat(64)}a`)).toBe('too_deep');
		expect(code(`${'- '.repeat(63)}a`)).toBe('accepted');
		expect(code(`${'- '.repeat(64)}a`)).toBe('too_deep');
		expect(code(`${'abs('.repeat(31)}a${')'.repeat(31)}`)).toBe('accepted');
		expect(code(`${'abs('.repeat(32)}a${')'.repeat(32)}`)).toBe('too_deep');
		// The depth is given back on the way out: siblings do not add up.
		expect(code(Array.from({ length: 70 }, () => '(a)').join(' + '))).toBe('accepted');
		expect(code(Array.from({ length: 70 }, () => 'abs(a)').join(' + '))).toBe('accepted');
	});
});

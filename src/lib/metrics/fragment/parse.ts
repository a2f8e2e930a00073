/**
 * A fragment's text → its expression tree, by PostgreSQL's (and so DuckDB's) operator precedence:
 * OR < AND < NOT < IS < comparison < BETWEEN/IN/LIKE < || < + − < × ÷ % < unary − < ::.
 * The grammar is the allow-list: a construct it has no rule for (a subquery, a table function, a
 * second statement, a lambda, a window) cannot be written, and each is refused with a message.
 */
import {
	CAST_TYPES,
	INTERVAL_UNITS,
	type BinaryOp,
	type CastType,
	type ComparisonOp,
	type FragmentExpr,
	type FragmentProblem,
	type IntervalUnit
} from './ast';
import {
	AGGREGATE_FUNCTIONS,
	FUNCTION_ALIASES,
	SCALAR_FUNCTIONS,
	SESSION_FUNCTIONS,
	TABLE_FUNCTIONS
} from './functions';
import { tokenize, type Token } from './lexer';
import { isFailure, problem, type Failure } from './problems';

export interface FragmentScope {
	/** The node's table, named in messages. */
	table: string;
	/** Its columns, canonical spelling; references match them case-insensitively, like DuckDB. */
	columns: readonly string[];
}

export type ParseResult = { ok: true; value: FragmentExpr } | { ok: false; error: FragmentProblem };

const MAX_DEPTH = 64;

/** Words that start a statement or clause: named in the refusal rather than read as a column. */
const STATEMENT_WORDS = new Set([
	'attach',
	'detach',
	'copy',
	'pragma',
	'set',
	'reset',
	'insert',
	'update',
	'delete',
	'drop',
	'create',
	'alter',
	'call',
	'export',
	'import',
	'install',
	'load',
	'use',
	'begin',
	'commit',
	'rollback',
	'checkpoint',
	'vacuum',
	'execute',
	'prepare',
	'deallocate',
	'explain',
	'summarize',
	'describe',
	'show'
]);
const SUBQUERY_WORDS = new Set(['select', 'with', 'from', 'values', 'exists', 'table']);
const CLAUSE_WORDS = new Set([
	'where',
	'group',
	'having',
	'order',
	'limit',
	'offset',
	'union',
	'except',
	'intersect',
	'join',
	'on',
	'using',
	'window',
	'over',
	'filter',
	'within',
	'qualify',
	'returning',
	'as',
	'distinct',
	'all',
	'any',
	'some',
	'array',
	'struct',
	'map',
	'list',
	'columns',
	'collate',
	'escape',
	'similar',
	'glob',
	'lambda',
	'macro',
	'function',
	'then',
	'when',
	'else',
	'end',
	'and',
	'or',
	'not',
	'is',
	'in',
	'between',
	'like',
	'ilike',
	'case',
	'cast',
	'try_cast',
	'interval',
	'null',
	'true',
	'false',
	'extract'
]);

export function parseFragment(source: string, scope: FragmentScope): ParseResult {
	if (source.trim() === '') return fail(problem('empty', {}));
	const tokens = tokenize(source);
	if (isFailure(tokens)) return fail(tokens);
	try {
		const parser = new Parser(tokens, scope);
		const value = parser.expression();
		parser.expectEnd();
		return { ok: true, value };
	} catch (error) {
		if (isFailure(error)) return fail(error);
		throw error;
	}
}

/**
 * `a IS NOT DISTINCT FROM b` (or, `negated`, `IS DISTINCT FROM`) in the tree's own terms, so every
 * dialect emits it exactly: equal, a NULL equal only to a NULL, and never NULL itself.
 */
function sameAs(a: FragmentExpr, b: FragmentExpr, negated: boolean): FragmentExpr {
	const same: FragmentExpr = {
		kind: 'case',
		branches: [
			{
				when: { kind: 'is_null', operand: a, negated: false },
				then: { kind: 'is_null', operand: b, negated: false }
			},
			{ when: { kind: 'is_null', operand: b, negated: false }, then: { kind: 'boolean', value: false } }
		],
		otherwise: { kind: 'binary', op: '=', left: a, right: b }
	};
	return negated ? { kind: 'unary', op: 'NOT', operand: same } : same;
}

function fail(failure: Failure): ParseResult {
	return { ok: false, error: failure.failure };
}

const COMPARISONS: Record<string, ComparisonOp> = {
	'=': '=',
	'==': '=',
	'<>': '<>',
	'!=': '<>',
	'<': '<',
	'<=': '<=',
	'>': '>',
	'>=': '>='
};

class Parser {
	private index = 0;
	private depth = 0;

	constructor(
		private readonly tokens: readonly Token[],
		private readonly scope: FragmentScope
	) {}

	expression(): FragmentExpr {
		if (++this.depth > MAX_DEPTH) throw problem('too_deep', {});
		try {
			return this.or();
		} finally {
			this.depth--;
		}
	}

	expectEnd(): void {
		const token = this.peek();
		if (token.type !== 'end') throw this.unexpected(token, 'operator_or_end');
	}

	private or(): FragmentExpr {
		let left = this.and();
		while (this.acceptWord('or')) left = { kind: 'binary', op: 'OR', left, right: this.and() };
		return left;
	}

	private and(): FragmentExpr {
		let left = this.not();
		while (this.acceptWord('and')) left = { kind: 'binary', op: 'AND', left, right: this.not() };
		return left;
	}

	private not(): FragmentExpr {
		if (this.acceptWord('not')) return this.nested(() => ({ kind: 'unary', op: 'NOT', operand: this.not() }));
		return this.is();
	}

	/** `IS [NOT] NULL`, `IS [NOT] DISTINCT FROM x`, `IS [NOT] TRUE` / `FALSE`. */
	private is(): FragmentExpr {
		let operand = this.comparison();
		while (this.acceptWord('is')) {
			const negated = this.acceptWord('not');
			let other: FragmentExpr;
			if (this.acceptWord('null')) {
				operand = { kind: 'is_null', operand, negated };
				continue;
			} else if (this.acceptWord('distinct')) {
				this.expectWord('from');
				other = this.comparison();
				// `IS DISTINCT FROM` is the negated form: `IS NOT DISTINCT FROM` means "the same".
				operand = sameAs(operand, other, !negated);
				continue;
			} else if (this.acceptWord('true')) other = { kind: 'boolean', value: true };
			else if (this.acceptWord('false')) other = { kind: 'boolean', value: false };
			else throw this.unexpected(this.peek(), 'after_is');
			operand = sameAs(operand, other, negated);
		}
		return operand;
	}

	private comparison(): FragmentExpr {
		const left = this.predicate();
		const token = this.peek();
		const op = token.type === 'op' ? COMPARISONS[token.text] : undefined;
		if (!op) return left;
		this.index++;
		return { kind: 'binary', op, left, right: this.predicate() };
	}

	/** BETWEEN, IN and LIKE, each optionally negated by a NOT before it. */
	private predicate(): FragmentExpr {
		const operand = this.concat();
		const start = this.index;
		const negated = this.acceptWord('not');
		if (this.acceptWord('between')) {
			const low = this.concat();
			this.expectWord('and');
			return { kind: 'between', operand, low, high: this.concat(), negated };
		}
		if (this.acceptWord('in')) {
			this.expectOp('(');
			if (this.isSubqueryStart()) throw problem('subquery', {});
			const list = [this.expression()];
			while (this.acceptOp(',')) list.push(this.expression());
			this.expectOp(')');
			return { kind: 'in', operand, list, negated };
		}
		const like = this.acceptWord('like') ? 'like' : this.acceptWord('ilike') ? 'ilike' : null;
		if (like)
			return { kind: 'like', operand, pattern: this.concat(), negated, caseInsensitive: like === 'ilike' };
		this.index = start;
		return operand;
	}

	private concat(): FragmentExpr {
		let left = this.additive();
		while (this.acceptOp('||')) left = { kind: 'binary', op: '||', left, right: this.additive() };
		return left;
	}

	private additive(): FragmentExpr {
		let left = this.multiplicative();
		for (let op = this.acceptOps('+', '-'); op; op = this.acceptOps('+', '-'))
			left = { kind: 'binary', op: op as BinaryOp, left, right: this.multiplicative() };
		return left;
	}

	private multiplicative(): FragmentExpr {
		let left = this.unary();
		for (let op = this.acceptOps('*', '/', '%'); op; op = this.acceptOps('*', '/', '%'))
			left = { kind: 'binary', op: op as BinaryOp, left, right: this.unary() };
		return left;
	}

	private unary(): FragmentExpr {
		if (this.acceptOp('-')) return this.nested(() => ({ kind: 'unary', op: '-', operand: this.unary() }));
		if (this.acceptOp('+')) return this.nested(() => this.unary());
		let operand = this.primary();
		while (this.acceptOp('::')) operand = { kind: 'cast', operand, type: this.castType(), try: false };
		return operand;
	}

	private primary(): FragmentExpr {
		const token = this.next();
		switch (token.type) {
			case 'number':
				return { kind: 'number', text: token.text };
			case 'string':
				return { kind: 'string', value: token.text };
			case 'name':
				return this.reference(token);
			case 'op':
				if (token.text === '(') {
					if (this.isSubqueryStart()) throw problem('subquery', {});
					const inner = this.expression();
					// Stryker disable next-line StringLiteral: only the end token has empty text, and expectOp(')') refuses it with the same message
					if (this.peek().text === ',') throw this.unexpected(this.peek(), ')');
					this.expectOp(')');
					return inner;
				}
				throw this.unexpected(token, 'value');
			case 'end':
				throw this.unexpected(token, 'value');
			case 'word':
				return this.word(token);
		}
	}

	private word(token: Token): FragmentExpr {
		const word = token.text.toLowerCase();
		switch (word) {
			case 'true':
			case 'false':
				return { kind: 'boolean', value: word === 'true' };
			case 'null':
				return { kind: 'null' };
			case 'case':
				return this.nested(() => this.caseExpression());
			case 'cast':
			case 'try_cast':
				return this.nested(() => this.castExpression(word === 'try_cast'));
			case 'interval':
				return this.interval();
			case 'extract':
				if (this.isOpNext('(')) return this.nested(() => this.extract());
				break;
			case 'date':
			case 'timestamp':
				// A typed literal, `DATE '2025-06-01'`: read as a cast of the text.
				if (this.peek().type === 'string') {
					const text = this.next().text;
					return {
						kind: 'cast',
						operand: { kind: 'string', value: text },
						type: word === 'date' ? 'DATE' : 'TIMESTAMP',
						try: false
					};
				}
				break;
			case 'lambda':
				throw problem('lambda', {});
		}
		if (SUBQUERY_WORDS.has(word)) throw problem('subquery', {});
		if (STATEMENT_WORDS.has(word)) throw problem('statement', { word: token.text.toUpperCase() });
		// Only the operator: `a '('` is a column and a stray text, not a call of a().
		if (this.isOpNext('(')) return this.nested(() => this.call(token));
		if (CLAUSE_WORDS.has(word))
			throw problem('keyword', { word: token.text.toUpperCase(), at: String(token.at) });
		return this.reference(token);
	}

	/** A column of the node's table (`name` or `"name"`). */
	private reference(token: Token): FragmentExpr {
		const after = this.peek();
		if (after.text === '.' && after.type === 'op') throw problem('qualified', { name: token.text });
		if (after.text === '->' && after.type === 'op') throw problem('lambda', {});
		if (after.text === '(' && after.type === 'op') throw problem('function', { name: token.text });
		// A text right after a name: `E'…'` (an escape string), `x'…'` or `a 'x'` — a prefix DuckDB would read specially.
		if (after.type === 'string') throw this.unexpected(after, 'operator_or_end');
		const name = this.scope.columns.find((c) => c.toLowerCase() === token.text.toLowerCase());
		if (name === undefined) {
			throw problem('column', {
				name: token.text,
				table: this.scope.table,
				columns: this.scope.columns.join(', ')
			});
		}
		return { kind: 'column', name };
	}

	private call(token: Token): FragmentExpr {
		const written = token.text.toLowerCase();
		if (TABLE_FUNCTIONS.has(written) || written.startsWith('read_'))
			throw problem('table_function', { name: written });
		if (SESSION_FUNCTIONS.has(written)) throw problem('settings', { name: written });
		if (AGGREGATE_FUNCTIONS.has(written)) throw problem('aggregate', { name: written });
		const name = FUNCTION_ALIASES[written] ?? written;
		const arity = SCALAR_FUNCTIONS[name];
		if (!arity) throw problem('function', { name: written });
		this.expectOp('(');
		const args: FragmentExpr[] = [];
		if (!this.acceptOp(')')) {
			if (this.isSubqueryStart()) throw problem('subquery', {});
			const next = this.peek();
			if (next.type === 'word' && ['distinct', 'all'].includes(next.text.toLowerCase()))
				throw problem('aggregate', { name: written });
			if (next.text === '*' && next.type === 'op') throw problem('aggregate', { name: written });
			args.push(this.expression());
			while (this.acceptOp(',')) args.push(this.expression());
			this.expectOp(')');
		}
		const [fewest, most] = arity;
		if (args.length < fewest || args.length > most) {
			const expected =
				fewest === most ? String(fewest) : most === Infinity ? `${fewest} or more` : `${fewest} to ${most}`;
			throw problem('arity', { name: written, expected, got: String(args.length) });
		}
		const after = this.peek();
		if (after.type === 'word' && ['over', 'filter', 'within'].includes(after.text.toLowerCase()))
			throw problem('aggregate', { name: written });
		return { kind: 'call', name, args };
	}

	private caseExpression(): FragmentExpr {
		const operand =
			this.peek().type === 'word' && this.peek().text.toLowerCase() === 'when'
				? undefined
				: this.expression();
		const branches: { when: FragmentExpr; then: FragmentExpr }[] = [];
		while (this.acceptWord('when')) {
			const when = this.expression();
			this.expectWord('then');
			branches.push({ when, then: this.expression() });
		}
		if (branches.length === 0) throw this.unexpected(this.peek(), 'WHEN');
		const otherwise = this.acceptWord('else') ? this.expression() : undefined;
		this.expectWord('end');
		return {
			kind: 'case',
			...(operand ? { operand } : {}),
			branches,
			...(otherwise ? { otherwise } : {})
		};
	}

	/** `EXTRACT(part FROM x)`: DuckDB's `date_part('part', x)`, and emitted as that. */
	private extract(): FragmentExpr {
		this.expectOp('(');
		const part = this.next();
		if (part.type !== 'word' && part.type !== 'name' && part.type !== 'string')
			throw this.unexpected(part, 'date_part');
		this.expectWord('from');
		const operand = this.expression();
		this.expectOp(')');
		return {
			kind: 'call',
			name: 'date_part',
			args: [{ kind: 'string', value: part.text.toLowerCase() }, operand]
		};
	}

	private castExpression(isTry: boolean): FragmentExpr {
		this.expectOp('(');
		const operand = this.expression();
		this.expectWord('as');
		const type = this.castType();
		this.expectOp(')');
		return { kind: 'cast', operand, type, try: isTry };
	}

	private castType(): CastType {
		const token = this.next();
		const written = token.text.toUpperCase();
		if (token.type !== 'word') throw problem('cast_type', { type: token.text });
		if (written === 'DECIMAL' || written === 'NUMERIC') {
			if (!this.acceptOp('(')) return { decimal: [18, 3] };
			const width = this.integer(1, 38);
			const scale = this.acceptOp(',') ? this.integer(0, width) : 0;
			this.expectOp(')');
			return { decimal: [width, scale] };
		}
		const type = TYPE_ALIASES[written] ?? written;
		if (!(CAST_TYPES as readonly string[]).includes(type)) throw problem('cast_type', { type: token.text });
		// `INTEGER[]` stops the lexer at “[”; `VARCHAR(10)` is refused here, `INTEGER '('` as a stray text later.
		if (this.isOpNext('(')) throw problem('cast_type', { type: `${token.text}(` });
		return type as CastType;
	}

	private integer(min: number, max: number): number {
		const token = this.next();
		const value = Number(token.text);
		if (token.type !== 'number' || !Number.isInteger(value) || value < min || value > max)
			throw problem('cast_type', { type: `DECIMAL(${token.text})` });
		return value;
	}

	/** `INTERVAL 7 DAY`, `INTERVAL (expr) HOUR`, `INTERVAL '7 days'`. */
	private interval(): FragmentExpr {
		const token = this.peek();
		if (token.type === 'string') {
			this.index++;
			const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+?)s?\s*$/i.exec(token.text);
			const unit = match ? unitOf(match[2]!) : undefined;
			if (!match || !unit) throw problem('interval', { text: token.text });
			return { kind: 'interval', amount: { kind: 'number', text: match[1]! }, unit };
		}
		let amount: FragmentExpr;
		if (token.type === 'number') {
			this.index++;
			amount = { kind: 'number', text: token.text };
		} else if (token.text === '(' && token.type === 'op') {
			this.index++;
			amount = this.expression();
			this.expectOp(')');
		} else throw problem('interval', { text: token.text || 'INTERVAL' });
		const unitToken = this.next();
		const unit = unitToken.type === 'word' ? unitOf(unitToken.text) : undefined;
		if (!unit) throw problem('interval', { text: `INTERVAL … ${unitToken.text}` });
		return { kind: 'interval', amount, unit };
	}

	// Stryker disable next-line BlockStatement: a subquery word is refused by word() as well, with the same code
	private isSubqueryStart(): boolean {
		const token = this.peek();
		// Stryker disable next-line StringLiteral,MethodExpression: as above: answering false here only lets word() refuse it
		return token.type === 'word' && SUBQUERY_WORDS.has(token.text.toLowerCase());
	}

	private nested<T>(read: () => T): T {
		if (++this.depth > MAX_DEPTH) throw problem('too_deep', {});
		try {
			return read();
		} finally {
			this.depth--;
		}
	}

	private peek(): Token {
		return this.tokens[this.index]!;
	}

	private next(): Token {
		const token = this.tokens[this.index]!;
		// Stryker disable next-line StringLiteral: stepping past the end token is harmless, every caller given it throws at once
		if (token.type !== 'end') this.index++;
		return token;
	}

	private acceptWord(word: string): boolean {
		const token = this.peek();
		if (token.type !== 'word' || token.text.toLowerCase() !== word) return false;
		this.index++;
		return true;
	}

	private expectWord(word: string): void {
		if (!this.acceptWord(word)) throw this.unexpected(this.peek(), word.toUpperCase());
	}

	private acceptOp(op: string): boolean {
		const token = this.peek();
		if (token.type !== 'op' || token.text !== op) return false;
		this.index++;
		return true;
	}

	private acceptOps(...ops: string[]): string | null {
		const token = this.peek();
		if (token.type !== 'op' || !ops.includes(token.text)) return null;
		this.index++;
		return token.text;
	}

	private expectOp(op: string): void {
		if (!this.acceptOp(op)) throw this.unexpected(this.peek(), op);
	}

	private isOpNext(op: string): boolean {
		const token = this.peek();
		return token.type === 'op' && token.text === op;
	}

	/** `token` where the grammar wanted `expected`: a token as written, or an `ExpectedKind`. */
	private unexpected(token: Token, expected: string): Failure {
		if (token.type === 'word') {
			const word = token.text.toLowerCase();
			if (SUBQUERY_WORDS.has(word)) return problem('subquery', {});
			if (STATEMENT_WORDS.has(word)) return problem('statement', { word: token.text.toUpperCase() });
		}
		if (token.type === 'op' && token.text === '->') return problem('lambda', {});
		const text =
			token.type === 'string' ? `'${token.text}'` : token.type === 'name' ? `"${token.text}"` : token.text;
		return problem('syntax', { token: text, at: String(token.at), expected });
	}
}

const TYPE_ALIASES: Readonly<Record<string, string>> = {
	BOOL: 'BOOLEAN',
	LOGICAL: 'BOOLEAN',
	INT2: 'SMALLINT',
	SHORT: 'SMALLINT',
	INT: 'INTEGER',
	INT4: 'INTEGER',
	SIGNED: 'INTEGER',
	INT8: 'BIGINT',
	LONG: 'BIGINT',
	FLOAT8: 'DOUBLE',
	FLOAT4: 'FLOAT',
	REAL: 'FLOAT',
	TEXT: 'VARCHAR',
	STRING: 'VARCHAR',
	CHAR: 'VARCHAR',
	BPCHAR: 'VARCHAR',
	DATETIME: 'TIMESTAMP'
};

function unitOf(word: string): IntervalUnit | undefined {
	const lower = word.toLowerCase();
	const singular = lower.endsWith('s') && lower !== 's' ? lower.slice(0, -1) : lower;
	return (INTERVAL_UNITS as readonly string[]).find((u) => u === lower || u === singular) as
		IntervalUnit | undefined;
}

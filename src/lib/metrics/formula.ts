/**
 * The formula language of formula nodes: numbers, node ids, + − × ÷ and parentheses.
 * Parsed by hand (no eval): a formula is data from a file and must never run as code.
 */
import { interpolate } from '../i18n/interpolate';
import type { NodeId } from './types';

export type BinaryOperator = '+' | '-' | '*' | '/';

export type Expr =
	| { kind: 'number'; value: number }
	| { kind: 'ref'; id: NodeId }
	| { kind: 'negate'; operand: Expr }
	| { kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr };

/**
 * Why a formula is refused: `operator_or_end`, `close_paren` and `operand` name what the grammar
 * wanted where it stopped; `character` is a character no formula may hold.
 */
export type FormulaProblemCode = 'operator_or_end' | 'close_paren' | 'operand' | 'character';

/** How the token a refusal found is told: its kind decides the words around it. */
export type FoundKind = 'number' | 'name' | 'symbol' | 'end';

export interface FormulaSyntaxError {
	/** In English, for people; the UI tells other languages from `code` and `params`. */
	message: string;
	/** 1-based position in the expression text. */
	column: number;
	code: FormulaProblemCode;
	/**
	 * `at`: the column. For `character`: `char`, the character. Otherwise `found` (a `FoundKind`) and
	 * `token`, the token found (a number as read, a node id, an operator or parenthesis; empty at the end).
	 */
	params: Record<string, string>;
}

const FORMULA_PROBLEM_TEXT: Readonly<Record<FormulaProblemCode, string>> = {
	operator_or_end: 'expected an operator (+, -, * or /) or the end of the formula but found {found}',
	close_paren: 'expected “)” but found {found}',
	operand: 'expected a number, a node id or “(” but found {found}',
	character: 'found the character “{char}”: a formula has numbers, node ids, + - * / and parentheses only'
};

/** The found token in English words, by its kind; each but `end` takes `{token}`. */
const FOUND_WORDS_EN: Readonly<Record<FoundKind, string>> = {
	number: 'the number {token}',
	name: '“{token}”',
	symbol: '“{token}”',
	end: 'the end of the formula'
};

type Token =
	| { kind: 'number'; value: number; column: number }
	| { kind: 'ident'; name: string; column: number }
	| { kind: 'op'; op: BinaryOperator | '(' | ')'; column: number }
	| { kind: 'end'; column: number };

// Unicode minus, times and division signs are accepted because analysts copy formulas from documents.
const OPERATORS: Record<string, BinaryOperator | '(' | ')'> = {
	'+': '+',
	'-': '-',
	'\u2212': '-',
	'*': '*',
	'\u00d7': '*',
	'/': '/',
	'\u00f7': '/',
	'(': '(',
	')': ')'
};

/** A refusal in English, from its code and params (the found token put in words by its kind). */
export function formulaProblemEnglish(
	code: FormulaProblemCode,
	params: Readonly<Record<string, string>>
): string {
	const found = FOUND_WORDS_EN[params.found as FoundKind] as string | undefined;
	// Stryker disable next-line StringLiteral: the locale only formats numbers, and the params are all text
	const shown = found === undefined ? params : { ...params, found: interpolate('en', found, params) };
	return interpolate('en', FORMULA_PROBLEM_TEXT[code], shown);
}

class SyntaxFailure extends Error {
	readonly detail: FormulaSyntaxError;
	constructor(code: FormulaProblemCode, column: number, values: Record<string, string>) {
		const params = { at: String(column), ...values };
		const message = formulaProblemEnglish(code, params);
		super(message);
		this.detail = { message, column, code, params };
	}
}

function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const pattern = /\s+|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.)/gu;
	for (const match of text.matchAll(pattern)) {
		const column = match.index + 1;
		const [, number, ident, other] = match;
		if (number !== undefined) tokens.push({ kind: 'number', value: Number(number), column });
		else if (ident !== undefined) tokens.push({ kind: 'ident', name: ident, column });
		else if (other !== undefined) {
			const op = OPERATORS[other];
			if (op === undefined) throw new SyntaxFailure('character', column, { char: other });
			tokens.push({ kind: 'op', op, column });
		}
	}
	tokens.push({ kind: 'end', column: text.length + 1 });
	return tokens;
}

/** The found token as params: its kind and its text (a number as read: `1.50` is 1.5). */
function describe(token: Token): { found: FoundKind; token: string } {
	switch (token.kind) {
		case 'number':
			return { found: 'number', token: String(token.value) };
		case 'ident':
			return { found: 'name', token: token.name };
		case 'op':
			return { found: 'symbol', token: token.op };
		case 'end':
			return { found: 'end', token: '' };
	}
}

/** Recursive descent: sum := product (± product)*, product := unary (×÷ unary)*, unary := −unary | atom. */
class Parser {
	private position = 0;
	constructor(private readonly tokens: Token[]) {}

	parse(): Expr {
		const expr = this.sum();
		const rest = this.peek();
		if (rest.kind !== 'end') this.fail('operator_or_end', rest);
		return expr;
	}

	private peek(): Token {
		// Stryker disable next-line ObjectLiteral,StringLiteral: the end token is always last and whoever takes it fails at once, so nothing reads past it
		return this.tokens[this.position] ?? { kind: 'end', column: 0 };
	}

	private next(): Token {
		const token = this.peek();
		this.position++;
		return token;
	}

	private fail(code: FormulaProblemCode, token: Token): never {
		throw new SyntaxFailure(code, token.column, describe(token));
	}

	private isOp(...ops: string[]): boolean {
		const token = this.peek();
		return token.kind === 'op' && ops.includes(token.op);
	}

	private sum(): Expr {
		let left = this.product();
		while (this.isOp('+', '-')) {
			const op = (this.next() as { op: BinaryOperator }).op;
			left = { kind: 'binary', op, left, right: this.product() };
		}
		return left;
	}

	private product(): Expr {
		let left = this.unary();
		while (this.isOp('*', '/')) {
			const op = (this.next() as { op: BinaryOperator }).op;
			left = { kind: 'binary', op, left, right: this.unary() };
		}
		return left;
	}

	private unary(): Expr {
		if (this.isOp('-')) {
			this.next();
			return { kind: 'negate', operand: this.unary() };
		}
		return this.atom();
	}

	private atom(): Expr {
		const token = this.next();
		if (token.kind === 'number') return { kind: 'number', value: token.value };
		if (token.kind === 'ident') return { kind: 'ref', id: token.name as NodeId };
		if (token.kind === 'op' && token.op === '(') {
			const inner = this.sum();
			const close = this.next();
			if (close.kind !== 'op' || close.op !== ')') this.fail('close_paren', close);
			return inner;
		}
		return this.fail('operand', token);
	}
}

/** Parse a formula such as `100 * tickets / orders`. */
export function parseFormula(
	text: string
): { ok: true; value: Expr } | { ok: false; error: FormulaSyntaxError } {
	try {
		return { ok: true, value: new Parser(tokenize(text)).parse() };
	} catch (error) {
		if (error instanceof SyntaxFailure) return { ok: false, error: error.detail };
		throw error;
	}
}

/** The node ids a formula reads, each once, in order of appearance. */
export function formulaRefs(expr: Expr): NodeId[] {
	const refs = new Set<NodeId>();
	const visit = (e: Expr): void => {
		switch (e.kind) {
			// Stryker disable next-line StringLiteral: unmatched, a number falls out of the switch and returns all the same
			case 'number':
				return;
			case 'ref':
				refs.add(e.id);
				return;
			case 'negate':
				return visit(e.operand);
			case 'binary':
				visit(e.left);
				visit(e.right);
				return;
		}
	};
	visit(expr);
	return [...refs];
}

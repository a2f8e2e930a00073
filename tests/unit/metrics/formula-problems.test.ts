/**
 * A formula's syntax refusal in the user's language: the parser gives a code and values (what it
 * found, where), and the tree-file panel tells them in Korean as exactly as in English.
 */
import { describe, expect, it } from 'vitest';
import { formulaProblemText } from '../../../src/lib/i18n/tree-errors';
import { parseFormula } from '../../../src/lib/metrics/formula';
import { loadTree } from '../../../src/lib/metrics/load-tree';
import { treeErrorText } from '../../../src/lib/ui/data/tree-file';

const refusal = (text: string) => {
	const result = parseFormula(text);
	if (result.ok) throw new Error(`expected “${text}” to be refused`);
	return result.error;
};
const ko = (text: string) => formulaProblemText(refusal(text), 'ko');

/** rate = orders ÷ visits, with `expression` as rate's formula and `filter` as orders'. */
function treeFile(expression: string, filter = "event_type = 'order'", visitsId = 'visits'): string {
	return `version: 1
nodes:
  - id: rate
    name: { en: Rate, ko: 비율 }
    description: { en: Orders per visit, ko: 방문당 주문 }
    tier: north_star
    format: ratio
    direction: up
    definition: { kind: formula, expression: "${expression}" }
  - id: orders
    name: { en: Orders, ko: 주문 }
    description: { en: Orders, ko: 주문 }
    tier: operational
    format: count
    direction: up
    table: events
    definition: { kind: count, filter: "${filter}" }
  - id: ${visitsId}
    name: { en: Visits, ko: 방문 }
    description: { en: Visits, ko: 방문 }
    tier: operational
    format: count
    direction: up
    table: events
    definition: { kind: count }
edges:
  - { parent: rate, child: orders, type: formula, role: numerator }
  - { parent: rate, child: visits, type: formula, role: denominator }
`;
}

function errorTexts(text: string, locale: 'en' | 'ko'): string[] {
	const loaded = loadTree(text);
	if (loaded.ok) throw new Error('expected the tree file to be rejected');
	return loaded.error.map((e) => treeErrorText(e, locale));
}

describe('a formula’s syntax refusal', () => {
	it('carries a code, the column and what it found: a number as read, a name, a symbol or the end', () => {
		expect(refusal('a 1.50')).toEqual({
			message: 'expected an operator (+, -, * or /) or the end of the formula but found the number 1.5',
			column: 3,
			code: 'operator_or_end',
			params: { at: '3', found: 'number', token: '1.5' }
		});
		expect(refusal('(a b')).toEqual({
			message: 'expected “)” but found “b”',
			column: 4,
			code: 'close_paren',
			params: { at: '4', found: 'name', token: 'b' }
		});
		// A Unicode times sign is found as the operator it stands for.
		expect(refusal('a × × b')).toEqual({
			message: 'expected a number, a node id or “(” but found “*”',
			column: 5,
			code: 'operand',
			params: { at: '5', found: 'symbol', token: '*' }
		});
		expect(refusal('a +')).toEqual({
			message: 'expected a number, a node id or “(” but found the end of the formula',
			column: 4,
			code: 'operand',
			params: { at: '4', found: 'end', token: '' }
		});
		expect(refusal('a % b')).toEqual({
			message: 'found the character “%”: a formula has numbers, node ids, + - * / and parentheses only',
			column: 3,
			code: 'character',
			params: { at: '3', char: '%' }
		});
	});

	it('says in English what the parser says, from the code and values alone', () => {
		for (const text of ['a 1.50', '(a b', 'a × × b', 'a +', 'a % b', '(a']) {
			const { code, params, message } = refusal(text);
			expect(formulaProblemText({ code, params }, 'en')).toBe(message);
		}
	});

	it('says in Korean where, what was wanted and what was found instead', () => {
		expect(ko('a b')).toBe('3번째 문자에 연산자(+, -, *, /) 또는 수식의 끝이 와야 하는데 “b”이(가) 있습니다');
		expect(ko('(a 12')).toBe('4번째 문자에 닫는 괄호 “)”가 와야 하는데 숫자 12가 있습니다');
		expect(ko('(a')).toBe('3번째 문자에 닫는 괄호 “)”가 와야 하는데 수식이 끝났습니다');
		expect(ko('a + )')).toBe('5번째 문자에 숫자, 노드 ID 또는 여는 괄호 “(”가 와야 하는데 “)”가 있습니다');
		expect(ko('a $ b')).toBe(
			'수식에 쓸 수 없는 문자가 있습니다: 3번째 문자 “$”. 수식에는 숫자, 노드 ID, + - * /, 괄호만 쓸 수 있습니다'
		);
	});

	it('puts after a number the particle its last digit takes when read in Korean', () => {
		// 영, 일, 삼, 육, 칠, 팔 end in a consonant (이); 이, 사, 오, 구 do not (가).
		const particles = [...'0123456789'].map((digit) => /숫자 \d(.) 있습니다$/.exec(ko(`a ${digit}`))?.[1]);
		expect(particles.join('')).toBe('이이가이가가이이이가');
		expect(ko('a 2.5')).toBe(
			'3번째 문자에 연산자(+, -, *, /) 또는 수식의 끝이 와야 하는데 숫자 2.5가 있습니다'
		);
	});
});

describe('a tree file with a bad formula', () => {
	it('is told in Korean with the node, the field, the position and the token found', () => {
		expect(errorTexts(treeFile('orders visits'), 'ko')).toEqual([
			'노드 “rate”, 필드 “definition.expression”: 8번째 문자에 연산자(+, -, *, /) 또는 수식의 끝이 와야 하는데 “visits”이(가) 있습니다.'
		]);
		expect(errorTexts(treeFile('orders /'), 'ko')).toEqual([
			'노드 “rate”, 필드 “definition.expression”: 9번째 문자에 숫자, 노드 ID 또는 여는 괄호 “(”가 와야 하는데 수식이 끝났습니다.'
		]);
	});

	it('is told in English as the validator says it, as a sentence', () => {
		expect(errorTexts(treeFile('orders visits'), 'en')).toEqual([
			'node “rate”, field “definition.expression”: expected an operator (+, -, * or /) or the end of the formula but found “visits” (at character 8).'
		]);
	});

	it('ends every error with one full stop, whatever its text came from', () => {
		// A fragment's refusal has no stop of its own; a generic Korean text has one already.
		expect(errorTexts(treeFile('orders / visits', "event_type = 'order')"), 'ko')).toEqual([
			'노드 “orders”, 필드 “definition.filter”: 21번째 문자에 연산자(=, +, AND 등) 또는 식의 끝이 와야 하는데 “)”가 있습니다.'
		]);
		expect(errorTexts(treeFile('orders / visits', "event_type = 'order'", 'orders'), 'ko')).toContain(
			'노드 “orders”, 필드 “id”: 두 노드의 ID가 같습니다.'
		);
	});
});

/**
 * SQL-fragment refusals (SPEC §4 "The tree is data") in Korean: each carries a code and the values it
 * found, so the Korean text says exactly what the English one does.
 */
import { formulaProblemEnglish, type FormulaProblemCode, type FormulaSyntaxError } from '../metrics/formula';
import type { FragmentProblem, FragmentProblemCode } from '../metrics/fragment/ast';
import { PROBLEM_TEXT, SYNTAX_WORDS_EN, shownParams, type SyntaxWords } from '../metrics/fragment/problems';
import { interpolate } from './interpolate';
import type { Locale } from './messages';

const KO: Readonly<Record<FragmentProblemCode, string>> = {
	empty: '비어 있습니다: SQL 식을 쓰세요',
	character: '여기에 쓸 수 없는 문자가 있습니다: {at}번째 문자 “{char}”',
	dollar: "달러 따옴표 문자열($$…$$)과 $ 매개변수는 쓸 수 없습니다({at}번째 문자): 텍스트는 '…'로 쓰세요",
	unterminated: '{at}번째 문자에서 시작한 {kind}이(가) 닫히지 않았습니다',
	statement: '식 하나여야 합니다: “{word}”(으)로 다른 SQL 문이 시작됩니다',
	comment: 'SQL 주석(-- 또는 /* */)은 쓸 수 없습니다',
	subquery: '하위 쿼리는 여기에 쓸 수 없습니다: 조각은 자기 행의 열만 읽습니다',
	keyword: '지표 식에는 “{word}”을(를) 쓸 수 없습니다({at}번째 문자)',
	table_function:
		'{name}()은 테이블 함수라서 쓸 수 없습니다: 조각은 자기 테이블의 열만 읽으며 파일, 호스트, 다른 테이블은 읽지 않습니다',
	settings: '{name}()은 데이터베이스의 설정·변수·상태를 읽으므로 쓸 수 없습니다',
	aggregate: '{name}()은 집계 함수 또는 윈도 함수라서 쓸 수 없습니다: 집계는 노드의 kind가 합니다',
	function: '{name}()은 조각에 쓸 수 있는 함수 목록에 없습니다(README의 “Tree file reference” 참고)',
	arity: '{name}()의 인수는 {expected}개여야 합니다({got}개를 받음)',
	column: '“{name}”은 {table} 테이블의 열이 아닙니다({columns})',
	qualified:
		'테이블을 붙인 이름(“{name}.…”)은 쓸 수 없습니다: 열 이름만 쓰세요. 조각은 자기 테이블만 읽습니다',
	lambda: '람다 함수는 쓸 수 없습니다',
	cast_type:
		'“{type}”(으)로는 변환할 수 없습니다: BOOLEAN, SMALLINT, INTEGER, BIGINT, DOUBLE, FLOAT, DECIMAL(w, s), VARCHAR, DATE, TIMESTAMP, TIME, INTERVAL 중 하나를 쓰세요',
	interval: "“{text}”은 기간이 아닙니다: 예) INTERVAL 7 DAY 또는 INTERVAL '7 days'",
	syntax: '{at}번째 문자에 {expected} 와야 하는데 {found}',
	too_deep: '중첩이 너무 깊어 지표 식이 될 수 없습니다'
};

const KO_KIND: Readonly<Record<string, string>> = { string: '문자열', name: '따옴표 이름' };

const SYNTAX_WORDS_KO: SyntaxWords = {
	expected: {
		value: "값(열, 숫자, '텍스트', 함수 호출 또는 괄호)",
		operator_or_end: '연산자(=, +, AND 등) 또는 식의 끝',
		after_is: 'IS 뒤의 NULL, TRUE, FALSE 또는 DISTINCT FROM(앞에 NOT을 쓸 수 있음)',
		date_part: 'year, month 같은 날짜 부분',
		after_number: '숫자 뒤의 공백이나 연산자',
		quoted_name: '큰따옴표 안의 열 이름'
	},
	text: '텍스트 {token}',
	name: '따옴표 이름 {token}',
	token: '“{token}”',
	end: '식의 끝'
};

/** A fragment refusal in the UI language, from its code and the values it found. */
export function fragmentProblemText(
	problem: Pick<FragmentProblem, 'code' | 'params'>,
	locale: Locale
): string {
	const { code, params } = problem;
	if (locale === 'en')
		return interpolate(locale, PROBLEM_TEXT[code], shownParams(code, params, SYNTAX_WORDS_EN));
	const shown = shownParams(code, params, SYNTAX_WORDS_KO);
	if (code === 'syntax') {
		// What was expected and what stands there instead, each with the particle its last sound takes.
		const token = params.token ?? '';
		const found = token === '' ? '식이 끝났습니다' : `${shown.found}${subjectParticle(token)} 있습니다`;
		const expected = `${shown.expected}${subjectParticle(shown.expected ?? '')}`;
		return interpolate(locale, KO.syntax, { ...shown, expected, found });
	}
	return interpolate(locale, KO[code], { ...shown, kind: KO_KIND[params.kind ?? ''] ?? params.kind ?? '' });
}

/** A formula's syntax refusals in Korean: `{found}` is a whole clause (what stands there instead). */
const FORMULA_KO: Readonly<Record<FormulaProblemCode, string>> = {
	operator_or_end: '{at}번째 문자에 연산자(+, -, *, /) 또는 수식의 끝이 와야 하는데 {found}',
	close_paren: '{at}번째 문자에 닫는 괄호 “)”가 와야 하는데 {found}',
	operand: '{at}번째 문자에 숫자, 노드 ID 또는 여는 괄호 “(”가 와야 하는데 {found}',
	character:
		'수식에 쓸 수 없는 문자가 있습니다: {at}번째 문자 “{char}”. 수식에는 숫자, 노드 ID, + - * /, 괄호만 쓸 수 있습니다'
};

/**
 * The subject particle (이 or 가) after `text` as Koreans read it: a Hangul syllable by its final
 * consonant (받침), a digit by its Korean name (일, 이, 삼…), an operator or parenthesis by its name
 * (더하기, 괄호…: no 받침); quotes and a closing parenthetical (“값(…)”) are looked through. An English
 * word's sound the spelling does not tell, so both are shown.
 */
export function subjectParticle(text: string): string {
	const word = text
		.replace(/\([^()]*\)$/, '')
		.replace(/^['"“]+|['"”]+$/g, '')
		.trimEnd();
	const last = word.at(-1) ?? '';
	const code = last.charCodeAt(0);
	if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 === 0 ? '가' : '이';
	if (/\d/.test(last)) return '013678'.includes(last) ? '이' : '가';
	if (/[-+*/()=<>]/.test(last)) return '가';
	return '이(가)';
}

function foundClauseKo(params: Readonly<Record<string, string>>): string {
	const token = params.token ?? '';
	switch (params.found) {
		case 'end':
			return '수식이 끝났습니다';
		case 'number':
			return `숫자 ${token}${subjectParticle(token)} 있습니다`;
		default:
			return `“${token}”${subjectParticle(token)} 있습니다`;
	}
}

/** A formula's syntax refusal in the UI language, from its code and the values it found. */
export function formulaProblemText(
	problem: Pick<FormulaSyntaxError, 'code' | 'params'>,
	locale: Locale
): string {
	const { code, params } = problem;
	if (locale === 'en') return formulaProblemEnglish(code, params);
	return interpolate(locale, FORMULA_KO[code], { ...params, found: foundClauseKo(params) });
}

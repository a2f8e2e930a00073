/**
 * emitClickhouse on parsed trees, with a plain spelling (`name`, 'text') and two timestamp columns
 * `t` and `u`: each expected string written by hand from the rules in emit-clickhouse.ts.
 */
import { describe, expect, it } from 'vitest';
import type { FragmentExpr } from '../../../src/lib/metrics/fragment/ast';
import { DialectError, emitClickhouse } from '../../../src/lib/metrics/fragment/emit-clickhouse';
import { parseFragment } from '../../../src/lib/metrics/fragment/parse';

const scope = { table: 'x', columns: ['t', 'u', 'x', 'y', 's'] };
const spelling = {
	ident: (name: string) => `\`${name}\``,
	string: (value: string) => `'${value}'`,
	timestampColumns: new Set(['t', 'u'])
};
const tree = (source: string): FragmentExpr => {
	const parsed = parseFragment(source, scope);
	if (!parsed.ok) throw new Error(parsed.error.message);
	return parsed.value;
};
const ch = (source: string) => emitClickhouse(tree(source), spelling);
/** The DialectError's message, or 'emitted'. */
const refusal = (source: string) => {
	try {
		ch(source);
		return 'emitted';
	} catch (error) {
		expect(error).toBeInstanceOf(DialectError);
		return (error as Error).message;
	}
};
const diff = '(toUnixTimestamp64Micro(`t`) - toUnixTimestamp64Micro(`u`))';

describe('emitClickhouse', () => {
	it('emits leaves and the logical operators, every operation in parentheses', () => {
		expect(ch('t')).toBe('`t`');
		expect(ch('x')).toBe('`x`');
		expect(ch('1.5')).toBe('1.5');
		expect(ch("'a'")).toBe("'a'");
		expect(ch('true OR false')).toBe('(true OR false)');
		expect(ch('NULL')).toBe('NULL');
		expect(ch('NOT x AND y')).toBe('((NOT `x`) AND `y`)');
		expect(ch('x IS NULL')).toBe('(`x` IS NULL)');
		expect(ch('x IS NOT NULL')).toBe('(`x` IS NOT NULL)');
		expect(ch('t - u IS NULL')).toBe(`(${diff} IS NULL)`);
		expect(ch('x NOT IN (1, y)')).toBe('(`x` NOT IN (1, `y`))');
		expect(ch('x IN (1)')).toBe('(`x` IN (1))');
		expect(ch("s LIKE 'a%'")).toBe("(`s` LIKE 'a%')");
		expect(ch("s NOT ILIKE 'a'")).toBe("(`s` NOT ILIKE 'a')");
		expect(ch('x || y')).toBe('concat(`x`, `y`)');
		expect(ch('x BETWEEN 1 AND y')).toBe('(`x` BETWEEN 1 AND `y`)');
		expect(ch('x NOT BETWEEN 1 AND 2')).toBe('(`x` NOT BETWEEN 1 AND 2)');
		expect(ch("CASE x WHEN 1 THEN 'a' ELSE 'b' END")).toBe("(CASE `x` WHEN 1 THEN 'a' ELSE 'b' END)");
		expect(ch('CASE WHEN x THEN 1 WHEN y THEN 2 END')).toBe('(CASE WHEN `x` THEN 1 WHEN `y` THEN 2 END)');
		for (const op of ['=', '<>', '<', '<=', '>', '>=']) expect(ch(`x ${op} y`)).toBe(`(\`x\` ${op} \`y\`)`);
	});

	it('refuses with a DialectError', () => {
		expect(new DialectError('x').name).toBe('DialectError');
	});

	it('refuses an INTERVAL that is not beside a time', () => {
		expect(refusal('INTERVAL 1 DAY')).toBe('an INTERVAL on its own has no ClickHouse value');
		expect(refusal('NOT INTERVAL 1 DAY')).toBe('an INTERVAL is only allowed beside a time');
		expect(refusal('x = 1 AND INTERVAL 1 DAY')).toBe('an INTERVAL is only allowed beside a time');
		expect(refusal('x IN (INTERVAL 1 DAY)')).toBe('an INTERVAL is only allowed beside a time');
		expect(ch('INTERVAL 1 DAY IS NULL')).toBe('(toIntervalDay(1) IS NULL)');
	});

	it('spells time arithmetic out: differences as microseconds, calendar steps as intervals', () => {
		expect(ch('t - u')).toBe(diff);
		expect(ch('t - INTERVAL 1 DAY')).toBe('(`t` - toIntervalDay(1))');
		expect(ch('t + INTERVAL (x) MONTH')).toBe('(`t` + toIntervalMonth(`x`))');
		expect(ch('INTERVAL 2 YEAR + t')).toBe('(`t` + toIntervalYear(2))');
		expect(ch('t - (t - u)')).toBe(`(\`t\` - toIntervalMicrosecond(${diff}))`);
		expect(ch('(t - u) + t')).toBe(`(\`t\` + toIntervalMicrosecond(${diff}))`);
		expect(ch('t + -INTERVAL 1 DAY')).toBe('(`t` + toIntervalDay((-1)))');
		expect(ch('(t - u) + INTERVAL 1 DAY')).toBe(`(${diff} + (1 * 86400000000))`);
		expect(ch('INTERVAL 1 DAY - INTERVAL 1 HOUR')).toBe('((1 * 86400000000) - (1 * 3600000000))');
		expect(ch('-(t - u)')).toBe(`(-${diff})`);
		expect(ch('-(t - u) < INTERVAL 1 WEEK')).toBe(`((-${diff}) < (1 * 604800000000))`);
		expect(ch('-x')).toBe('(-`x`)');
		// Only an INTERVAL literal takes the minus into its amount; a negated negation stays one.
		expect(ch('t + -(-INTERVAL 1 DAY)')).toBe('(`t` + (-toIntervalDay((-1))))');
		// A timestamp moved by a span is still a timestamp: another one subtracted gives a duration.
		expect(ch('(t - INTERVAL 1 DAY) - u')).toBe(
			'(toUnixTimestamp64Micro((`t` - toIntervalDay(1))) - toUnixTimestamp64Micro(`u`))'
		);
		expect(ch('(INTERVAL 1 DAY + t) - u')).toBe(
			'(toUnixTimestamp64Micro((`t` + toIntervalDay(1))) - toUnixTimestamp64Micro(`u`))'
		);
		expect(ch('x + y')).toBe('(`x` + `y`)');
		expect(ch('x - y')).toBe('(`x` - `y`)');
		expect(ch('t > u')).toBe('(`t` > `u`)');
		expect(ch('t - u NOT BETWEEN INTERVAL 1 MINUTE AND INTERVAL 2 SECOND')).toBe(
			`(${diff} NOT BETWEEN (1 * 60000000) AND (2 * 1000000))`
		);
		expect(ch('t - u >= INTERVAL 3 MILLISECOND + INTERVAL 4 MICROSECOND')).toBe(
			`(${diff} >= ((3 * 1000) + (4 * 1)))`
		);
		expect(ch('(t - u) / 60')).toBe(`(${diff} / 60)`);
		expect(ch('2 * INTERVAL 1 HOUR > t - u')).toBe(`((2 * (1 * 3600000000)) > ${diff})`);
		expect(ch('x * y')).toBe('(`x` * `y`)');
		expect(ch('x / y')).toBe('(`x` / `y`)');
		expect(ch('x % y')).toBe('(`x` % nullIf(`y`, 0))');
	});

	it('refuses time arithmetic without an exact meaning', () => {
		expect(refusal('-t')).toBe('a timestamp cannot be negated');
		expect(refusal('INTERVAL 1 DAY - t')).toBe('“-” between a time and a number has no meaning here');
		expect(refusal('(t - u) + 1')).toBe('“+” between a time and a number has no meaning here');
		expect(refusal('t + 1')).toBe('“+” between a time and a number has no meaning here');
		expect(refusal('1 + t')).toBe('“+” between a time and a number has no meaning here');
		expect(refusal('t - 1')).toBe('“-” between a time and a number has no meaning here');
		expect(refusal('t + u')).toBe('“+” between a time and a number has no meaning here');
		expect(refusal('(t - u) * (t - u)')).toBe('two time spans cannot be multiplied or divided');
		expect(refusal('INTERVAL 1 DAY / INTERVAL 1 HOUR')).toBe(
			'two time spans cannot be multiplied or divided'
		);
		expect(refusal('t - u > 5')).toBe('a time span is compared with something that is not one');
		expect(refusal('t > INTERVAL 1 DAY')).toBe('a time span is compared with something that is not one');
		expect(refusal('x = INTERVAL 1 DAY')).toBe('a time span is compared with something that is not one');
		expect(refusal('t - u > INTERVAL 1 MONTH')).toBe(
			'INTERVAL … MONTH has no fixed length, so it cannot be compared with a duration on ClickHouse'
		);
		expect(refusal('(t - u) + INTERVAL 1 YEAR')).toBe(
			'INTERVAL … YEAR has no fixed length, so it cannot be compared with a duration on ClickHouse'
		);
	});

	it('casts to Nullable types, TRY_CAST to accurateCastOrNull, and refuses TIME and INTERVAL', () => {
		const types: [string, string][] = [
			['BOOLEAN', 'Bool'],
			['SMALLINT', 'Int16'],
			['INTEGER', 'Int32'],
			['BIGINT', 'Int64'],
			['DOUBLE', 'Float64'],
			['FLOAT', 'Float32'],
			['VARCHAR', 'String'],
			['DATE', 'Date32'],
			['TIMESTAMP', 'DateTime64(6)'],
			['DECIMAL(10, 2)', 'Decimal(10, 2)']
		];
		for (const [duckdb, type] of types) {
			expect(ch(`CAST(x AS ${duckdb})`)).toBe(`CAST(\`x\` AS Nullable(${type}))`);
			expect(ch(`TRY_CAST(x AS ${duckdb})`)).toBe(`accurateCastOrNull(\`x\`, '${type}')`);
		}
		// A cast to TIMESTAMP is a time: subtracting another gives a duration.
		expect(ch('CAST(s AS TIMESTAMP) - t')).toBe(
			'(toUnixTimestamp64Micro(CAST(`s` AS Nullable(DateTime64(6)))) - toUnixTimestamp64Micro(`t`))'
		);
		expect(refusal('CAST(t AS DATE) - t')).toBe('“-” between a time and a number has no meaning here');
		expect(refusal('CAST(x AS TIME)')).toBe('CAST to TIME has no ClickHouse counterpart');
		expect(refusal('CAST(x AS INTERVAL)')).toBe('CAST to INTERVAL has no ClickHouse counterpart');
		expect(refusal('CAST(INTERVAL 1 DAY AS VARCHAR)')).toBe('an INTERVAL is only allowed beside a time');
	});

	it('turns every interval unit into its step and, where fixed, its microseconds', () => {
		const units: [string, string][] = [
			['YEAR', 'toIntervalYear'],
			['MONTH', 'toIntervalMonth'],
			['WEEK', 'toIntervalWeek'],
			['DAY', 'toIntervalDay'],
			['HOUR', 'toIntervalHour'],
			['MINUTE', 'toIntervalMinute'],
			['SECOND', 'toIntervalSecond'],
			['MILLISECOND', 'toIntervalMillisecond'],
			['MICROSECOND', 'toIntervalMicrosecond']
		];
		for (const [unit, fn] of units) expect(ch(`t + INTERVAL 2 ${unit}`)).toBe(`(\`t\` + ${fn}(2))`);
		// 1 week = 7 × 86 400 s; 1 s = 10⁶ µs
		const micros: [string, string][] = [
			['WEEK', '604800000000'],
			['DAY', '86400000000'],
			['HOUR', '3600000000'],
			['MINUTE', '60000000'],
			['SECOND', '1000000'],
			['MILLISECOND', '1000'],
			['MICROSECOND', '1']
		];
		for (const [unit, us] of micros) expect(ch(`t - u = INTERVAL 2 ${unit}`)).toBe(`(${diff} = (2 * ${us}))`);
	});

	it('renames the functions that mean the same, argument for argument', () => {
		const renamed: [string, string][] = [
			['coalesce(x, y)', 'coalesce(`x`, `y`)'],
			['nullif(x, y)', 'nullIf(`x`, `y`)'],
			['ifnull(x, y)', 'ifNull(`x`, `y`)'],
			['abs(x)', 'abs(`x`)'],
			['floor(x)', 'floor(`x`)'],
			['ceil(x)', 'ceil(`x`)'],
			['sqrt(x)', 'sqrt(`x`)'],
			['ln(x)', 'log(`x`)'],
			['log10(x)', 'log10(`x`)'],
			['exp(x)', 'exp(`x`)'],
			['power(x, 2)', 'pow(`x`, 2)'],
			['sign(x)', 'sign(`x`)'],
			['lower(s)', 'lowerUTF8(`s`)'],
			['upper(s)', 'upperUTF8(`s`)'],
			['trim(s)', 'trimBoth(`s`)'],
			['length(s)', 'lengthUTF8(`s`)'],
			['substr(s, 1, 2)', 'substringUTF8(`s`, 1, 2)'],
			["starts_with(s, 'a')", "startsWith(`s`, 'a')"],
			["ends_with(s, 'a')", "endsWith(`s`, 'a')"],
			["replace(s, 'a', 'b')", "replaceAll(`s`, 'a', 'b')"],
			["regexp_matches(s, 'a')", "match(`s`, 'a')"]
		];
		for (const [source, sql] of renamed) expect(ch(source)).toBe(sql);
	});

	it('spells out the functions that differ', () => {
		expect(ch('to_seconds(x) < t - u')).toBe(`((\`x\` * 1000000) < ${diff})`);
		expect(ch('to_minutes(x) = t - u')).toBe(`((\`x\` * 60000000) = ${diff})`);
		expect(ch('to_hours(x) = t - u')).toBe(`((\`x\` * 3600000000) = ${diff})`);
		expect(ch('to_days(x) = t - u')).toBe(`((\`x\` * 86400000000) = ${diff})`);
		expect(ch('t + to_weeks(x)')).toBe('(`t` + toIntervalMicrosecond((`x` * 604800000000)))');
		expect(ch('year(t)')).toBe('toYear(`t`)');
		expect(ch('month(t)')).toBe('toMonth(`t`)');
		expect(ch('day(t)')).toBe('toDayOfMonth(`t`)');
		expect(ch('hour(t)')).toBe('toHour(`t`)');
		expect(ch('minute(t)')).toBe('toMinute(`t`)');
		expect(ch('isodow(t)')).toBe('toDayOfWeek(`t`)');
		expect(ch('dayofweek(t)')).toBe('(toDayOfWeek(`t`) % 7)');
		expect(ch('greatest(x)')).toBe('`x`');
		expect(ch('greatest(x, y)')).toBe('greatest(`x`, `y`)');
		expect(ch('least(x)')).toBe('`x`');
		expect(ch('least(x, y, 1)')).toBe('least(`x`, `y`, 1)');
		expect(ch('round(x)')).toBe('(sign(`x`) * floor(abs(`x`) * 1 + 0.5) / 1)');
		expect(ch('round(x, 2)')).toBe('(sign(`x`) * floor(abs(`x`) * pow(10, 2) + 0.5) / pow(10, 2))');
		expect(ch('epoch(t)')).toBe('(toUnixTimestamp64Micro(`t`) / 1e6)');
		expect(ch('epoch(t - u)')).toBe(`(${diff} / 1e6)`);
		expect(ch('epoch(INTERVAL 2 HOUR)')).toBe('((2 * 3600000000) / 1e6)');
		expect(ch('epoch_ms(t)')).toBe('toUnixTimestamp64Milli(`t`)');
		expect(refusal('epoch_ms(x)')).toBe('epoch_ms() of a number has no ClickHouse counterpart here');
		expect(ch("contains(s, 'a')")).toBe("(position(`s`, 'a') > 0)");
		expect(ch("concat(s, 'a', x)")).toBe(
			"concat(ifNull(toString(`s`), ''), ifNull(toString('a'), ''), ifNull(toString(`x`), ''))"
		);
		expect(() => emitClickhouse({ kind: 'call', name: 'md5', args: [] }, spelling)).toThrow(
			new DialectError('md5() has no ClickHouse counterpart here')
		);
	});

	it('reads date parts and units only as literal text, and only those it can spell', () => {
		const parts: [string, string][] = [
			['year', 'toYear(`t`)'],
			['quarter', 'toQuarter(`t`)'],
			['month', 'toMonth(`t`)'],
			['day', 'toDayOfMonth(`t`)'],
			['hour', 'toHour(`t`)'],
			['minute', 'toMinute(`t`)'],
			['second', 'toSecond(`t`)'],
			['week', 'toISOWeek(`t`)'],
			['doy', 'toDayOfYear(`t`)'],
			['dow', '(toDayOfWeek(`t`) % 7)'],
			['isodow', 'toDayOfWeek(`t`)'],
			['epoch', '(toUnixTimestamp64Micro(`t`) / 1e6)']
		];
		for (const [part, sql] of parts) expect(ch(`date_part('${part.toUpperCase()}', t)`)).toBe(sql);
		expect(ch('EXTRACT(dow FROM t)')).toBe('(toDayOfWeek(`t`) % 7)');
		expect(refusal("date_part('century', t)")).toBe(
			"date_part('century', …) has no ClickHouse counterpart here"
		);
		expect(refusal('date_part(s, t)')).toBe(
			'date_part() needs the date part as a literal text on ClickHouse'
		);
		const truncations: [string, string][] = [
			['year', 'toStartOfYear'],
			['quarter', 'toStartOfQuarter'],
			['month', 'toStartOfMonth'],
			['week', 'toMonday'],
			['day', 'toStartOfDay'],
			['hour', 'toStartOfHour'],
			['minute', 'toStartOfMinute']
		];
		for (const [unit, fn] of truncations) {
			expect(ch(`date_trunc('${unit}', t)`)).toBe(`toDateTime64(${fn}(\`t\`), 6)`);
			expect(ch(`date_diff('${unit}', t, u)`)).toBe(`dateDiff('${unit}', \`t\`, \`u\`)`);
		}
		// A truncated timestamp is a time.
		expect(ch("t - date_trunc('Day', t)")).toBe(
			'(toUnixTimestamp64Micro(`t`) - toUnixTimestamp64Micro(toDateTime64(toStartOfDay(`t`), 6)))'
		);
		expect(refusal("date_trunc('second', t)")).toBe(
			"date_trunc('second', …) has no ClickHouse counterpart here"
		);
		expect(refusal('date_trunc(s, t)')).toBe('date_trunc() needs the unit as a literal text on ClickHouse');
		expect(ch("date_diff('SECOND', t, u)")).toBe("dateDiff('second', `t`, `u`)");
		expect(refusal("date_diff('millisecond', t, u)")).toBe(
			"date_diff('millisecond', …) has no ClickHouse counterpart here"
		);
		expect(refusal('date_diff(1, t, u)')).toBe('date_diff() needs the unit as a literal text on ClickHouse');
	});
});

/**
 * A fragment's tree as ClickHouse SQL, meaning what the DuckDB emission means (issue #15: the tree's
 * fragments are re-emitted per dialect, never pasted as text). Where the engines differ it spells
 * DuckDB's behaviour out:
 * - a timestamp minus a timestamp is an INTERVAL in DuckDB; here it is a duration in microseconds
 *   (Int64), and INTERVAL literals compared with or added to a duration become microseconds too;
 * - `x % 0` is NULL in DuckDB (ClickHouse would fail the query), `round` rounds half away from zero,
 *   `concat` skips NULLs, `dayofweek` counts Sunday as 0;
 * - casts go to Nullable types (a NULL must stay NULL, as in DuckDB), TRY_CAST to accurateCastOrNull.
 * What has no exact counterpart (calendar intervals of months or years as a duration, TIME, INTERVAL
 * casts, a date part or unit that is not a literal) is refused with a DialectError naming it.
 */
import type { CastType, FragmentExpr, IntervalUnit } from './ast';

/** A fragment that has no exact ClickHouse counterpart: refused, never approximated. */
export class DialectError extends Error {
	override readonly name = 'DialectError';
}

type Kind = 'timestamp' | 'duration' | 'interval' | 'value';

interface Emitted {
	sql: string;
	kind: Kind;
}

export interface ClickhouseSpelling {
	ident(name: string): string;
	string(value: string): string;
	/** Column names whose type is TIMESTAMP (read as DateTime64(6)). */
	timestampColumns: ReadonlySet<string>;
}

const MICROS: Partial<Record<IntervalUnit, number>> = {
	week: 604_800_000_000,
	day: 86_400_000_000,
	hour: 3_600_000_000,
	minute: 60_000_000,
	second: 1_000_000,
	millisecond: 1_000,
	microsecond: 1
};

const TO_INTERVAL: Record<IntervalUnit, string> = {
	year: 'toIntervalYear',
	month: 'toIntervalMonth',
	week: 'toIntervalWeek',
	day: 'toIntervalDay',
	hour: 'toIntervalHour',
	minute: 'toIntervalMinute',
	second: 'toIntervalSecond',
	millisecond: 'toIntervalMillisecond',
	microsecond: 'toIntervalMicrosecond'
};

/** DuckDB's `to_seconds(n)` … `to_weeks(n)`: a number of units as a duration. */
const TO_DURATION: Readonly<Record<string, IntervalUnit>> = {
	to_seconds: 'second',
	to_minutes: 'minute',
	to_hours: 'hour',
	to_days: 'day',
	to_weeks: 'week'
};

const CAST: Readonly<Record<Exclude<CastType, { decimal: unknown }>, string | null>> = {
	BOOLEAN: 'Bool',
	SMALLINT: 'Int16',
	INTEGER: 'Int32',
	BIGINT: 'Int64',
	DOUBLE: 'Float64',
	FLOAT: 'Float32',
	VARCHAR: 'String',
	DATE: 'Date32',
	TIMESTAMP: 'DateTime64(6)',
	TIME: null,
	INTERVAL: null
};

/** Functions spelled differently but meaning the same, argument for argument. */
const RENAMED: Readonly<Record<string, string>> = {
	coalesce: 'coalesce',
	nullif: 'nullIf',
	ifnull: 'ifNull',
	abs: 'abs',
	floor: 'floor',
	ceil: 'ceil',
	sqrt: 'sqrt',
	ln: 'log',
	log10: 'log10',
	exp: 'exp',
	power: 'pow',
	sign: 'sign',
	lower: 'lowerUTF8',
	upper: 'upperUTF8',
	trim: 'trimBoth',
	length: 'lengthUTF8',
	substr: 'substringUTF8',
	starts_with: 'startsWith',
	ends_with: 'endsWith',
	replace: 'replaceAll',
	regexp_matches: 'match'
};

/** A date part (date_part's literal, or the one-part functions) of a timestamp. */
const DATE_PART: Readonly<Record<string, (t: string) => string>> = {
	year: (t) => `toYear(${t})`,
	quarter: (t) => `toQuarter(${t})`,
	month: (t) => `toMonth(${t})`,
	day: (t) => `toDayOfMonth(${t})`,
	hour: (t) => `toHour(${t})`,
	minute: (t) => `toMinute(${t})`,
	second: (t) => `toSecond(${t})`,
	week: (t) => `toISOWeek(${t})`,
	doy: (t) => `toDayOfYear(${t})`,
	dow: (t) => `(toDayOfWeek(${t}) % 7)`,
	isodow: (t) => `toDayOfWeek(${t})`,
	epoch: (t) => `(toUnixTimestamp64Micro(${t}) / 1e6)`
};

/** The one-part functions (year(t) = date_part('year', t)…). */
const ONE_PART = new Set(['year', 'month', 'day', 'hour', 'minute', 'isodow']);

const TRUNCATE: Readonly<Record<string, string>> = {
	year: 'toStartOfYear',
	quarter: 'toStartOfQuarter',
	month: 'toStartOfMonth',
	week: 'toMonday',
	day: 'toStartOfDay',
	hour: 'toStartOfHour',
	minute: 'toStartOfMinute'
};

export function emitClickhouse(expr: FragmentExpr, spelling: ClickhouseSpelling): string {
	const e = new Emitter(spelling).emit(expr);
	if (e.kind === 'interval') throw new DialectError('an INTERVAL on its own has no ClickHouse value');
	return e.sql;
}

class Emitter {
	constructor(private readonly spelling: ClickhouseSpelling) {}

	emit(expr: FragmentExpr): Emitted {
		// Stryker disable next-line StringLiteral: no code reads the kind 'value' (only 'timestamp', 'duration' and 'interval' are asked for)
		const value = (sql: string): Emitted => ({ sql, kind: 'value' });
		switch (expr.kind) {
			case 'column':
				return {
					sql: this.spelling.ident(expr.name),
					kind: this.spelling.timestampColumns.has(expr.name) ? 'timestamp' : 'value'
				};
			case 'number':
				return value(expr.text);
			case 'string':
				return value(this.spelling.string(expr.value));
			case 'boolean':
				return value(expr.value ? 'true' : 'false');
			case 'null':
				return value('NULL');
			case 'interval':
				// Kept as (amount, unit) until its use decides: a calendar step or a duration.
				return { sql: `${TO_INTERVAL[expr.unit]}(${this.plain(expr.amount)})`, kind: 'interval' };
			case 'unary':
				if (expr.op === 'NOT') return value(`(NOT ${this.plain(expr.operand)})`);
				return this.negate(expr.operand);
			case 'binary':
				return this.binary(expr);
			case 'is_null':
				return value(`(${this.any(expr.operand)} IS ${expr.negated ? 'NOT ' : ''}NULL)`);
			case 'in':
				return value(
					`(${this.plain(expr.operand)} ${expr.negated ? 'NOT ' : ''}IN (${expr.list.map((x) => this.plain(x)).join(', ')}))`
				);
			case 'between': {
				const [operand, low, high] = this.comparable([expr.operand, expr.low, expr.high]);
				return value(`(${operand} ${expr.negated ? 'NOT ' : ''}BETWEEN ${low} AND ${high})`);
			}
			case 'like':
				return value(
					`(${this.plain(expr.operand)} ${expr.negated ? 'NOT ' : ''}${expr.caseInsensitive ? 'ILIKE' : 'LIKE'} ${this.plain(expr.pattern)})`
				);
			case 'case': {
				const parts = ['CASE'];
				if (expr.operand) parts.push(this.plain(expr.operand));
				for (const branch of expr.branches)
					parts.push(`WHEN ${this.plain(branch.when)} THEN ${this.plain(branch.then)}`);
				if (expr.otherwise) parts.push(`ELSE ${this.plain(expr.otherwise)}`);
				parts.push('END');
				return value(`(${parts.join(' ')})`);
			}
			case 'cast':
				return this.cast(expr);
			case 'call':
				return this.call(expr.name, expr.args);
		}
	}

	/** A value that is neither a duration nor an interval (those need their context). */
	private plain(expr: FragmentExpr): string {
		const e = this.emit(expr);
		if (e.kind === 'interval') throw new DialectError('an INTERVAL is only allowed beside a time');
		return e.sql;
	}

	private any(expr: FragmentExpr): string {
		return this.emit(expr).sql;
	}

	/** An interval or duration as microseconds (a fixed-length unit only: months and years vary). */
	private micros(expr: FragmentExpr, e: Emitted): string {
		if (e.kind === 'duration') return e.sql;
		if (expr.kind === 'interval') {
			const unit = MICROS[expr.unit];
			if (unit === undefined)
				throw new DialectError(
					`INTERVAL … ${expr.unit.toUpperCase()} has no fixed length, so it cannot be compared with a duration on ClickHouse`
				);
			return `(${this.plain(expr.amount)} * ${unit})`;
		}
		throw new DialectError('a time span is compared with something that is not one');
	}

	/** Operands compared together: durations and intervals as microseconds, the rest as they are. */
	private comparable(exprs: FragmentExpr[]): string[] {
		const emitted = exprs.map((x) => this.emit(x));
		const span = emitted.some((e) => e.kind === 'duration' || e.kind === 'interval');
		return emitted.map((e, i) => (span ? this.micros(exprs[i]!, e) : e.sql));
	}

	private negate(operand: FragmentExpr): Emitted {
		const e = this.emit(operand);
		if (e.kind === 'interval' && operand.kind === 'interval')
			return this.emit({ ...operand, amount: { kind: 'unary', op: '-', operand: operand.amount } });
		if (e.kind === 'timestamp') throw new DialectError('a timestamp cannot be negated');
		return { sql: `(-${e.sql})`, kind: e.kind };
	}

	private binary(expr: Extract<FragmentExpr, { kind: 'binary' }>): Emitted {
		// Stryker disable next-line StringLiteral: no code reads the kind 'value' (only 'timestamp', 'duration' and 'interval' are asked for)
		const value = (sql: string): Emitted => ({ sql, kind: 'value' });
		const left = this.emit(expr.left);
		const right = this.emit(expr.right);
		const kinds = `${left.kind},${right.kind}`;
		switch (expr.op) {
			case 'AND':
			case 'OR':
				return value(`(${this.plain(expr.left)} ${expr.op} ${this.plain(expr.right)})`);
			case '=':
			case '<>':
			case '<':
			case '<=':
			case '>':
			case '>=': {
				const [l, r] = this.comparable([expr.left, expr.right]);
				return value(`(${l} ${expr.op} ${r})`);
			}
			case '||':
				// DuckDB's `||` is NULL when either side is; ClickHouse's concat of a Nullable is too.
				return value(`concat(${this.plain(expr.left)}, ${this.plain(expr.right)})`);
			case '-':
				if (kinds === 'timestamp,timestamp')
					return {
						sql: `(toUnixTimestamp64Micro(${left.sql}) - toUnixTimestamp64Micro(${right.sql}))`,
						kind: 'duration'
					};
			// falls through: a timestamp minus a span is a timestamp, as for +
			case '+': {
				if (left.kind === 'timestamp' && (right.kind === 'interval' || right.kind === 'duration')) {
					const step = right.kind === 'interval' ? right.sql : `toIntervalMicrosecond(${right.sql})`;
					return { sql: `(${left.sql} ${expr.op} ${step})`, kind: 'timestamp' };
				}
				if (
					expr.op === '+' &&
					right.kind === 'timestamp' &&
					(left.kind === 'interval' || left.kind === 'duration')
				) {
					const step = left.kind === 'interval' ? left.sql : `toIntervalMicrosecond(${left.sql})`;
					return { sql: `(${right.sql} + ${step})`, kind: 'timestamp' };
				}
				const spans = [left, right].filter((x) => x.kind === 'duration' || x.kind === 'interval').length;
				if (spans === 2)
					return {
						sql: `(${this.micros(expr.left, left)} ${expr.op} ${this.micros(expr.right, right)})`,
						kind: 'duration'
					};
				if (spans === 1 || left.kind === 'timestamp' || right.kind === 'timestamp')
					throw new DialectError(`“${expr.op}” between a time and a number has no meaning here`);
				return value(`(${left.sql} ${expr.op} ${right.sql})`);
			}
			case '*':
			case '/': {
				// A duration scaled by a number stays a duration; everything else is a number.
				const durationLeft = left.kind === 'duration' || left.kind === 'interval';
				const durationRight = right.kind === 'duration' || right.kind === 'interval';
				if (durationLeft && durationRight)
					throw new DialectError('two time spans cannot be multiplied or divided');
				const l = durationLeft ? this.micros(expr.left, left) : this.plain(expr.left);
				const r = durationRight ? this.micros(expr.right, right) : this.plain(expr.right);
				const kind: Kind = durationLeft || durationRight ? 'duration' : 'value';
				// Both divide as floating point (x / 0 is ±inf, 0 / 0 NaN, as in DuckDB).
				return { sql: `(${l} ${expr.op} ${r})`, kind };
			}
			case '%':
				// DuckDB: x % 0 is NULL; ClickHouse refuses the whole query.
				return value(`(${this.plain(expr.left)} % nullIf(${this.plain(expr.right)}, 0))`);
		}
	}

	private cast(expr: Extract<FragmentExpr, { kind: 'cast' }>): Emitted {
		const type =
			typeof expr.type === 'string'
				? CAST[expr.type]
				: `Decimal(${expr.type.decimal[0]}, ${expr.type.decimal[1]})`;
		if (type === null) throw new DialectError(`CAST to ${String(expr.type)} has no ClickHouse counterpart`);
		const operand = this.plain(expr.operand);
		const sql = expr.try
			? `accurateCastOrNull(${operand}, ${this.spelling.string(type)})`
			: `CAST(${operand} AS Nullable(${type}))`;
		return { sql, kind: type.startsWith('DateTime64') ? 'timestamp' : 'value' };
	}

	private call(name: string, args: FragmentExpr[]): Emitted {
		// Stryker disable next-line StringLiteral: no code reads the kind 'value' (only 'timestamp', 'duration' and 'interval' are asked for)
		const value = (sql: string): Emitted => ({ sql, kind: 'value' });
		const plain = () => args.map((a) => this.plain(a));
		const literal = (a: FragmentExpr | undefined, what: string): string => {
			// Stryker disable next-line OptionalChaining: the parser's arity check gives date_part, date_trunc and date_diff every argument
			if (a?.kind !== 'string')
				throw new DialectError(`${name}() needs the ${what} as a literal text on ClickHouse`);
			return a.value.toLowerCase();
		};
		if (name in RENAMED) return value(`${RENAMED[name]}(${plain().join(', ')})`);
		if (name in TO_DURATION) {
			const unit = MICROS[TO_DURATION[name]!]!;
			return { sql: `(${this.plain(args[0]!)} * ${unit})`, kind: 'duration' };
		}
		if (ONE_PART.has(name)) return value(DATE_PART[name]!(this.plain(args[0]!)));
		switch (name) {
			case 'greatest':
			case 'least': {
				const values = plain();
				return value(values.length === 1 ? values[0]! : `${name}(${values.join(', ')})`);
			}
			case 'round': {
				// DuckDB rounds half away from zero; ClickHouse's round on a Float64 rounds half to even.
				const [x, digits] = plain();
				const scale = digits === undefined ? '1' : `pow(10, ${digits})`;
				return value(`(sign(${x}) * floor(abs(${x}) * ${scale} + 0.5) / ${scale})`);
			}
			case 'epoch': {
				const e = this.emit(args[0]!);
				if (e.kind === 'duration' || e.kind === 'interval')
					return value(`(${this.micros(args[0]!, e)} / 1e6)`);
				return value(`(toUnixTimestamp64Micro(${e.sql}) / 1e6)`);
			}
			case 'epoch_ms': {
				const e = this.emit(args[0]!);
				if (e.kind !== 'timestamp')
					throw new DialectError('epoch_ms() of a number has no ClickHouse counterpart here');
				return value(`toUnixTimestamp64Milli(${e.sql})`);
			}
			case 'dayofweek':
				return value(DATE_PART.dow!(this.plain(args[0]!)));
			case 'date_part': {
				const part = DATE_PART[literal(args[0], 'date part')];
				if (!part)
					throw new DialectError(
						`date_part('${literal(args[0], 'date part')}', …) has no ClickHouse counterpart here`
					);
				return value(part(this.plain(args[1]!)));
			}
			case 'date_trunc': {
				const unit = literal(args[0], 'unit');
				const fn = TRUNCATE[unit];
				if (!fn) throw new DialectError(`date_trunc('${unit}', …) has no ClickHouse counterpart here`);
				return { sql: `toDateTime64(${fn}(${this.plain(args[1]!)}), 6)`, kind: 'timestamp' };
			}
			case 'date_diff': {
				const unit = literal(args[0], 'unit');
				if (!(unit in TRUNCATE || unit === 'second'))
					throw new DialectError(`date_diff('${unit}', …) has no ClickHouse counterpart here`);
				return value(
					`dateDiff(${this.spelling.string(unit)}, ${this.plain(args[1]!)}, ${this.plain(args[2]!)})`
				);
			}
			case 'contains':
				return value(`(position(${this.plain(args[0]!)}, ${this.plain(args[1]!)}) > 0)`);
			case 'concat':
				// DuckDB's concat skips NULLs (unlike `||`).
				return value(
					`concat(${plain()
						.map((a) => `ifNull(toString(${a}), '')`)
						.join(', ')})`
				);
		}
		throw new DialectError(`${name}() has no ClickHouse counterpart here`);
	}
}

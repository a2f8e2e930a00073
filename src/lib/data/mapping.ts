/**
 * Column mapping: which uploaded column feeds each canonical column, and how timestamps are read. Pure.
 * A guess looks at the header's words (column-names.ts) and at the first values (profile.ts).
 */
import { coreTokens, hasIdWord, nameTokens, normaliseName, SYNONYMS, TYPE_WORDS } from './column-names';
import {
	looksLikeDimension,
	looksTemporal,
	looksUnique,
	profileColumn,
	type ColumnProfile,
	type ColumnSamples
} from './profile';
import { TABLE_IDS, TABLES, type ColumnSpec, type ColumnType, type TableId } from './schema';
import { usableExtraName } from '../metrics/dimensions';

export type { ColumnSamples } from './profile';

/** A column of an uploaded file as DuckDB typed it (a CSV is read as text: VARCHAR). */
export interface SourceColumn {
	name: string;
	type: string;
}

/**
 * How a timestamp column is written in the file: a date type (`native`), text year first (ISO and
 * `2025/01/31`), text month first (`05/31/2025 6:15 PM`), text day first (`31.05.2025 18:15`), or epoch numbers.
 */
export type TimestampReading =
	'native' | 'text' | 'text_mdy' | 'text_dmy' | 'epoch_s' | 'epoch_ms' | 'epoch_us' | 'epoch_ns';
export const TIMESTAMP_READINGS: readonly TimestampReading[] = [
	'native',
	'text',
	'text_mdy',
	'text_dmy',
	'epoch_s',
	'epoch_ms',
	'epoch_us',
	'epoch_ns'
];

export interface ColumnChoice {
	/** The file's column, or null when the file has none for it. */
	source: string | null;
	/** Only for TIMESTAMP columns. */
	reading?: TimestampReading;
	/** Times written with a UTC offset (`Z`, `+09:00`) are converted to this zone: minutes east of UTC. */
	zone?: number;
	/** The values read both as month-first and day-first: the analyst must choose (never guessed). */
	ambiguous?: boolean;
	/** No file column: every row gets this value (an order export's `event_type` is `order`). */
	constant?: string;
}

/** Canonical column name → choice, for every column of the table. */
export type ColumnMapping = Record<string, ColumnChoice>;

type SourceKind = 'temporal' | 'integer' | 'float' | 'boolean' | 'text' | 'other';

/** What family a DuckDB type belongs to. */
export function sourceKind(type: string): SourceKind {
	const t = type.toUpperCase();
	if (t.startsWith('TIMESTAMP') || t === 'DATE') return 'temporal';
	if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
		return 'integer';
	if (t === 'FLOAT' || t === 'DOUBLE' || t.startsWith('DECIMAL')) return 'float';
	if (t === 'BOOLEAN') return 'boolean';
	if (t === 'VARCHAR') return 'text';
	return 'other';
}

/** Whether a source type can be converted to the canonical type at all. */
export function canConvert(type: string, target: ColumnType): boolean {
	const kind = sourceKind(type);
	switch (target) {
		case 'VARCHAR':
			return kind !== 'other';
		case 'TIMESTAMP':
			return kind === 'temporal' || kind === 'text' || kind === 'integer' || kind === 'float';
		case 'BOOLEAN':
			return kind === 'boolean' || kind === 'integer' || kind === 'text';
		case 'INTEGER':
		case 'DOUBLE':
			return kind === 'integer' || kind === 'float' || kind === 'text' || kind === 'boolean';
	}
}

/** The epoch unit that makes a number a plausible date (1973–2286): seconds are ~1e9, milliseconds ~1e12. */
export function guessEpochUnit(sample: number | null | undefined): TimestampReading {
	const v = Math.abs(sample ?? 0);
	if (v >= 1e17) return 'epoch_ns';
	if (v >= 1e14) return 'epoch_us';
	if (v >= 1e11) return 'epoch_ms';
	return 'epoch_s';
}

/** The analyst's browser time zone now, in minutes east of UTC (the default zone for offset times). */
export function browserZone(): number {
	return -new Date().getTimezoneOffset() || 0;
}

/** `UTC+09:00`, `UTC−05:00`, `UTC`. */
export function zoneLabel(minutes: number): string {
	if (minutes === 0) return 'UTC';
	const sign = minutes > 0 ? '+' : '−';
	const m = Math.abs(minutes);
	return `UTC${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Zones offered for offset times: every whole and half hour from UTC−12 to UTC+14, plus the given ones. */
export function zoneChoices(...extra: number[]): number[] {
	const zones = new Set<number>(extra);
	for (let m = -12 * 60; m <= 14 * 60; m += 30) zones.add(m);
	return [...zones].sort((a, b) => a - b);
}

/** The default reading of a file column feeding a timestamp, from its profile. */
export function readingFor(
	type: string,
	profile: ColumnProfile,
	samples: readonly unknown[] = [],
	zone = 0
): Omit<ColumnChoice, 'source'> {
	const kind = sourceKind(type);
	if (kind === 'temporal') return { reading: 'native' };
	if (profile.kind === 'number' || kind === 'integer' || kind === 'float') {
		const first = samples.find((v) => v !== null && v !== undefined && v !== '');
		return { reading: guessEpochUnit(first === undefined ? null : Number(first)) };
	}
	if (profile.kind === 'text_time') {
		const { order, offset } = profile.time;
		const reading: TimestampReading =
			order === 'mdy' ? 'text_mdy' : order === 'dmy' ? 'text_dmy' : order === 'ymd' ? 'text' : 'text_mdy';
		return {
			reading,
			...(order === null ? { ambiguous: true } : {}),
			...(offset ? { zone } : {})
		};
	}
	return { reading: 'text' };
}

/** Name-match score of a file column for a canonical column: 100 exact, ~90 synonym, ≤ 60 partial, 0 none. */
export function nameScore(table: TableId, canonical: string, sourceName: string): number {
	const full = normaliseName(sourceName);
	if (full === canonical) return 100;
	if (full.replaceAll('_', '') === canonical.replaceAll('_', '')) return 98;
	const all = nameTokens(sourceName);
	const meaningful = all.filter((t) => !TYPE_WORDS.has(t));
	const core = coreTokens(sourceName);
	const forms = new Set([core.join(' '), meaningful.join(' '), all.join(' ')]);
	const synonyms = [coreTokens(canonical).join(' '), ...(SYNONYMS[table][canonical] ?? [])];
	let best = 0;
	for (const [i, synonym] of synonyms.entries()) {
		const rank = i === 0 ? 95 : 90 - i * 0.5;
		if (forms.has(synonym)) best = Math.max(best, rank);
		const words = synonym.split(' ');
		// A header holding all the synonym's words, with at most two more: a weaker match.
		for (const tokens of [core, meaningful]) {
			const extra = tokens.length - words.length;
			if (extra > 0 && extra <= 2 && words.every((w) => tokens.includes(w))) {
				best = Math.max(best, 60 - extra * 8 - i * 0.5);
			}
		}
	}
	// `Requester` and `Requester id` both say requester: the one marked as an identifier feeds an `_id` column.
	if (best > 0 && canonical.endsWith('_id') && hasIdWord(sourceName)) best += 2;
	return best;
}

/** Values of a contact channel (Help Scout's conversation `Type` is one): email, chat, phone, web, … */
const CHANNEL_WORDS = new Set([
	'email',
	'e-mail',
	'mail',
	'chat',
	'live chat',
	'phone',
	'voice',
	'call',
	'web',
	'webform',
	'web form',
	'portal',
	'app',
	'mobile',
	'mobile app',
	'social',
	'twitter',
	'facebook',
	'instagram',
	'sms',
	'whatsapp',
	'messenger',
	'store',
	'pos',
	'online',
	'api'
]);

export function looksLikeChannel(values: readonly unknown[]): boolean {
	const distinct = [
		...new Set(
			values
				.filter((v) => v !== null && v !== undefined && v !== '')
				.map((v) => String(v).trim().toLowerCase())
		)
	];
	return distinct.length > 0 && distinct.filter((v) => CHANNEL_WORDS.has(v)).length >= distinct.length * 0.6;
}

const DIMENSION_COLUMNS = new Set([
	'channel',
	'category',
	'priority',
	'team',
	'segment',
	'touchpoint',
	'event_type'
]);
const NPS_WORDS = ['nps', 'recommend', 'likelihood', 'likely', '추천'];

/** Whether a column's first values fit canonical column `spec` (a name match alone is not enough). */
export function valuesFit(table: TableId, spec: ColumnSpec, name: string, profile: ColumnProfile): boolean {
	if (profile.kind === 'empty') return true;
	switch (spec.type) {
		case 'TIMESTAMP':
			return looksTemporal(profile);
		case 'INTEGER': {
			if (profile.kind === 'boolean' && profile.numeric) return spec.name !== 'csat' && spec.name !== 'score';
			if (profile.kind !== 'number' || !profile.integer) return false;
			// most values in range: the few outside are reported (and set to NULL) by the import
			if (spec.name === 'csat') return profile.share(1, 5) >= 0.7;
			if (spec.name === 'score') {
				// 0–10, and a 1–5 column is a rating (CSAT), not a likelihood to recommend, unless its name says NPS
				const nps = nameTokens(name).some((t) => NPS_WORDS.some((w) => t.includes(w)));
				return profile.share(0, 10) >= 0.7 && (profile.share(6, 10) > 0 || nps);
			}
			return profile.min >= 0;
		}
		case 'DOUBLE':
			return profile.kind === 'number';
		case 'BOOLEAN':
			return profile.kind === 'boolean';
		case 'VARCHAR':
			if (profile.kind === 'temporal' || profile.kind === 'text_time') return false;
			if (DIMENSION_COLUMNS.has(spec.name)) return profile.kind !== 'number' || profile.integer;
			return true;
	}
}

/** Words that mark a file of orders: its rows are `order` events even without an event-type column. */
const ORDER_WORDS = new Set([
	'order',
	'orders',
	'purchase',
	'purchased',
	'lineitem',
	'fulfillment',
	'fulfilled',
	'checkout',
	'subtotal',
	'paid',
	'주문'
]);

export function looksLikeOrders(columns: readonly SourceColumn[]): boolean {
	return columns.some((c) => nameTokens(c.name).some((t) => ORDER_WORDS.has(t)));
}

/** Profiles of every file column from its type and samples. */
export function profiles(
	columns: readonly SourceColumn[],
	samples: ColumnSamples
): Map<string, ColumnProfile> {
	return new Map(columns.map((c) => [c.name, profileColumn(c.type, samples[c.name] ?? [])]));
}

interface Guess {
	mapping: ColumnMapping;
	/** Canonical columns filled from the name (true) or from the values only (false). */
	byName: Map<string, boolean>;
	scores: Map<string, number>;
}

/** Guess the mapping of `columns` onto `table`; each file column is used at most once, best matches first. */
export function autoMap(
	table: TableId,
	columns: readonly SourceColumn[],
	samples: ColumnSamples = {},
	zone = 0
): ColumnMapping {
	return guess(table, columns, samples, zone).mapping;
}

function guess(
	table: TableId,
	columns: readonly SourceColumn[],
	samples: ColumnSamples,
	zone: number
): Guess {
	const spec = TABLES[table];
	const profileOf = profiles(columns, samples);
	const candidates: { canonical: ColumnSpec; source: SourceColumn; score: number }[] = [];
	for (const canonical of spec.columns) {
		for (const source of columns) {
			const score = nameScore(table, canonical.name, source.name);
			if (score <= 0 || !canConvert(source.type, canonical.type)) continue;
			// the canonical name itself is trusted: a bad value is then reported by the import, not hidden
			if (score < 98 && !valuesFit(table, canonical, source.name, profileOf.get(source.name)!)) continue;
			// a column of channel names is the channel even when its header says `type`
			if (
				(canonical.name === 'category' || canonical.name === 'event_type') &&
				looksLikeChannel(samples[source.name] ?? [])
			)
				continue;
			candidates.push({ canonical, source, score });
		}
	}
	// Best score first; on a tie the earlier file column (exports put the creation time before later ones).
	candidates.sort(
		(a, b) =>
			b.score - a.score ||
			Number(b.canonical.required) - Number(a.canonical.required) ||
			columns.indexOf(a.source) - columns.indexOf(b.source)
	);
	const used = new Set<string>();
	const chosen = new Map<string, string>();
	const byName = new Map<string, boolean>();
	const scores = new Map<string, number>();
	for (const { canonical, source, score } of candidates) {
		if (chosen.has(canonical.name) || used.has(source.name)) continue;
		// Several timestamps tie on the time column's name: the one that comes first row by row wins.
		const take =
			canonical.name === spec.timeColumn
				? (earliest(
						candidates
							.filter((c) => c.canonical === canonical && c.score === score && !used.has(c.source.name))
							.map((c) => c.source.name),
						samples,
						profileOf
					) ?? source.name)
				: source.name;
		chosen.set(canonical.name, take);
		used.add(take);
		byName.set(canonical.name, true);
		scores.set(canonical.name, score);
	}
	const unused = (predicate: (c: SourceColumn, p: ColumnProfile) => boolean) =>
		columns.filter((c) => !used.has(c.name) && predicate(c, profileOf.get(c.name)!));
	const fill = (canonical: string, source: string | undefined) => {
		if (!source || chosen.has(canonical)) return;
		chosen.set(canonical, source);
		used.add(source);
		byName.set(canonical, false);
	};
	// By values: the time column takes the earliest-in-lifecycle unused timestamp column.
	if (!chosen.has(spec.timeColumn)) {
		const temporal = unused(
			(c, p) => p.kind !== 'empty' && looksTemporal(p) && canConvert(c.type, 'TIMESTAMP')
		);
		fill(
			spec.timeColumn,
			earliest(
				temporal.map((c) => c.name),
				samples,
				profileOf
			)
		);
	}
	if (table !== 'surveys') {
		fill('channel', unused((c) => looksLikeChannel(samples[c.name] ?? []))[0]?.name);
	}
	if (table === 'tickets') {
		// unique values → the id (one named like an id first); integers 1–5 → CSAT
		const unique = unused((_, p) => looksUnique(p));
		fill('ticket_id', (unique.find((c) => hasIdWord(c.name)) ?? unique[0])?.name);
		// integers 1–5 (several of them, up to 4 or 5) → CSAT, unless the name says it counts something
		const counting = (name: string) =>
			nameTokens(name).some((t) =>
				/^(count|num|total|qty|quantity|items|interactions|replies|reopens)$/.test(t)
			);
		fill(
			'csat',
			unused(
				(c, p) =>
					!hasIdWord(c.name) &&
					!counting(c.name) &&
					p.kind === 'number' &&
					p.integer &&
					p.min >= 1 &&
					p.max <= 5 &&
					p.max >= 4 &&
					p.distinct >= 3
			)[0]?.name
		);
	}
	if (table === 'surveys') {
		fill(
			'score',
			unused(
				(c, p) =>
					!hasIdWord(c.name) && p.kind === 'number' && p.integer && p.min >= 0 && p.max <= 10 && p.max > 5
			)[0]?.name
		);
	}
	const mapping: ColumnMapping = {};
	for (const canonical of spec.columns) {
		const source = chosen.get(canonical.name) ?? null;
		mapping[canonical.name] = withReading(canonical, columns, source, samples, zone);
	}
	if (table === 'events' && !mapping.event_type?.source && looksLikeOrders(columns)) {
		mapping.event_type = { source: null, constant: 'order' };
		byName.set('event_type', true);
	}
	return { mapping, byName, scores };
}

/** Of several timestamp columns, the one whose values come first row by row (ties: the first listed). */
export function earliest(
	names: readonly string[],
	samples: ColumnSamples,
	profileOf: ReadonlyMap<string, ColumnProfile>
): string | undefined {
	if (names.length <= 1) return names[0];
	const times = new Map(
		names.map((n) => [n, (samples[n] ?? []).map((v) => sampleTime(v, profileOf.get(n)))])
	);
	const rows = Math.max(...[...times.values()].map((t) => t.length));
	let best = names[0];
	let bestWins = -1;
	for (const a of names) {
		// how many (row, other column) pairs this column is strictly before
		let wins = 0;
		for (const b of names) {
			if (a === b) continue;
			for (let r = 0; r < rows; r++) {
				const x = times.get(a)![r];
				const y = times.get(b)![r];
				if (x !== null && x !== undefined && y !== null && y !== undefined && x < y) wins++;
			}
		}
		if (wins > bestWins) {
			best = a;
			bestWins = wins;
		}
	}
	return best;
}

/** A sample value as epoch ms, for ordering only (null when it cannot be read). */
function sampleTime(value: unknown, profile: ColumnProfile | undefined): number | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'number' || typeof value === 'bigint') {
		const n = Number(value);
		// Parquet timestamps arrive as epoch ms; numeric columns are epochs of their unit
		if (profile?.kind === 'temporal') return n;
		const unit = guessEpochUnit(n);
		return (
			n / ({ epoch_s: 1e-3, epoch_ms: 1, epoch_us: 1e3, epoch_ns: 1e6 } as Record<string, number>)[unit]!
		);
	}
	const text = String(value).trim();
	const part =
		/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/.exec(text);
	if (part) {
		const order = profile?.kind === 'text_time' ? profile.time.order : null;
		const [a, b] = [Number(part[1]), Number(part[2])];
		const [month, day] = order === 'dmy' ? [b, a] : [a, b];
		let hour = Number(part[4] ?? 0) % (part[7] ? 12 : 24);
		if (part[7]?.toLowerCase() === 'pm') hour += 12;
		return Date.UTC(Number(part[3]), month - 1, day, hour, Number(part[5] ?? 0), Number(part[6] ?? 0));
	}
	const iso = Date.parse(text.replace(' ', 'T').replace(/^(\d{4})[/.](\d{2})[/.](\d{2})/, '$1-$2-$3'));
	return Number.isNaN(iso) ? null : iso;
}

/** The choice for `canonical` when the analyst picks `source`, with a fitting timestamp reading. */
export function withReading(
	canonical: ColumnSpec,
	columns: readonly SourceColumn[],
	source: string | null,
	samples: ColumnSamples = {},
	zone = 0
): ColumnChoice {
	if (canonical.type !== 'TIMESTAMP') return { source };
	const column = columns.find((c) => c.name === source);
	if (!column) return { source, reading: 'native' };
	const values = samples[column.name] ?? [];
	return { source, ...readingFor(column.type, profileColumn(column.type, values), values, zone) };
}

/**
 * How well a guess fills a table: a complete table first; then how well its required columns match (by name
 * beats by values; the mean, so a table with more required columns is not favoured), then the share of its
 * optional columns filled.
 */
function fitScore(table: TableId, g: Guess): number {
	const required = TABLES[table].columns.filter((c) => c.required);
	const optional = TABLES[table].columns.filter((c) => !c.required);
	const filled = (name: string) =>
		Boolean(g.mapping[name]?.source) || g.mapping[name]?.constant !== undefined;
	const named = (name: string) => g.byName.get(name) === true;
	const requiredScore = required.map((c) =>
		!filled(c.name) ? 0 : named(c.name) ? 10 + (g.scores.get(c.name) ?? 90) / 20 : 4
	);
	const optionalShare =
		optional.reduce((sum, c) => sum + (!filled(c.name) ? 0 : named(c.name) ? 1 : 0.5), 0) / optional.length;
	const complete = missingRequired(table, g.mapping).length === 0 ? 100 : 0;
	return complete + requiredScore.reduce((a, b) => a + b, 0) / required.length + 10 * optionalShare;
}

/** The table a file most likely feeds: the one whose required columns it fills best; null if it fills none by name. */
export function guessTable(columns: readonly SourceColumn[], samples: ColumnSamples = {}): TableId | null {
	let best: TableId | null = null;
	let bestScore = 0;
	for (const table of TABLE_IDS) {
		const g = guess(table, columns, samples, 0);
		const anyNamed = TABLES[table].columns.some((c) => c.required && g.byName.get(c.name) === true);
		if (!anyNamed) continue;
		const score = fitScore(table, g);
		if (score > bestScore) {
			best = table;
			bestScore = score;
		}
	}
	return best;
}

/** Required canonical columns the mapping leaves without a source (or a constant). */
export function missingRequired(table: TableId, mapping: ColumnMapping): string[] {
	return TABLES[table].columns
		.filter((c) => c.required && !mapping[c.name]?.source && mapping[c.name]?.constant === undefined)
		.map((c) => c.name);
}

/** Timestamp columns whose day-or-month order the analyst still has to choose. */
export function ambiguousColumns(mapping: ColumnMapping): string[] {
	return Object.entries(mapping)
		.filter(([, c]) => c.source && c.ambiguous)
		.map(([name]) => name);
}

/**
 * Extra dimensions (SPEC §3): file columns not mapped to a canonical column whose first values are short text
 * that repeats. The import keeps them when they have at most 1,000 distinct values in the whole file.
 */
export function extraDimensionCandidates(
	table: TableId,
	columns: readonly SourceColumn[],
	samples: ColumnSamples,
	mapping: ColumnMapping
): string[] {
	const mapped = new Set(Object.values(mapping).flatMap((c) => (c.source ? [c.source] : [])));
	const profileOf = profiles(columns, samples);
	return columns
		.filter(
			(c) =>
				!mapped.has(c.name) &&
				// Not a canonical column's name, nor one the metric SQL reserves (see dimensions.ts).
				usableExtraName(table, c.name) &&
				!hasIdWord(c.name) &&
				looksLikeDimension(profileOf.get(c.name)!)
		)
		.map((c) => c.name);
}

/** A key for "files of the same shape": the same column names and types in the same order. */
export function shapeKey(columns: readonly SourceColumn[]): string {
	return columns.map((c) => `${c.name}:${c.type}`).join('\u001f');
}

/** A remembered mapping still fits when every source it names exists in the file. */
export function mappingFits(
	mapping: ColumnMapping,
	table: TableId,
	columns: readonly SourceColumn[]
): boolean {
	const names = new Set(columns.map((c) => c.name));
	return TABLES[table].columns.every((c) => {
		const source = mapping[c.name]?.source;
		return source === undefined || source === null || names.has(source);
	});
}

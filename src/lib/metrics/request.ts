/** What a caller asks for, checked once: periods, filters, grain and the tables that are loaded. */
import { GRAINS, toEpochMs, type Grain, type Period } from './period';
import { dimensionCatalog, parseFilterKey, type DimensionCatalog, type ExtraDimensions } from './dimensions';
import { TABLE_IDS } from './tables';
import type { TableId } from './types';

/**
 * Filter key → accepted values; `null` selects rows where the dimension is missing. Empty lists are
 * ignored. A key is a dimension (every table that has it) or `table.dimension` (that table only).
 */
export type Filters = Readonly<Partial<Record<string, readonly (string | null)[]>>>;

export interface EvaluationRequest {
	period: Period;
	/** The comparison period (usually `previousPeriod(period)`). */
	previous: Period;
	filters?: Filters;
	grain: Grain;
	/** Tables that are loaded; nodes of the others get no value with reason `table_not_loaded`. Default: all. */
	tables?: readonly TableId[];
	/** The loaded tables' extra dimensions (SPEC §3), besides the canonical ones. Default: none. */
	dimensions?: ExtraDimensions;
	/**
	 * Evaluate only these nodes and the formula children they are computed from (one metric's check,
	 * such as a hypothesis, needs no other table's statements). Default: the whole tree.
	 */
	nodes?: readonly string[];
	/**
	 * The period values only (value, previous value, sample, interval, significance): no series statement
	 * is sent, so every node's `series` and `anomalies` are empty. For checks that read no trend, such as a
	 * hypothesis's before/after windows. Default: false.
	 */
	periodValuesOnly?: boolean;
}

export type RequestErrorCode =
	| 'invalid_period'
	| 'invalid_grain'
	| 'unknown_dimension'
	| 'unknown_node'
	| 'dimension_not_available'
	| 'table_not_loaded';

/** A request the engine cannot answer; `message` is for people. */
export class RequestError extends Error {
	override readonly name = 'RequestError';
	constructor(
		readonly code: RequestErrorCode,
		message: string
	) {
		super(message);
	}
}

export interface PeriodBounds {
	start: string;
	end: string;
	startMs: number;
	endMs: number;
}

export interface CheckedRequest {
	current: PeriodBounds;
	previous: PeriodBounds;
	/** How far the previous period is moved to overlay the current one (current start − previous start). */
	shiftMs: number;
	grain: Grain;
	/** Filter key (a dimension, or table.dimension) → accepted values. */
	filters: ReadonlyMap<string, readonly (string | null)[]>;
	tables: ReadonlySet<TableId>;
	/** The dimensions filters and breakdowns may name: the canonical ones and the request's extra ones. */
	dimensions: DimensionCatalog;
}

export function checkRequest(request: EvaluationRequest): CheckedRequest {
	const current = checkPeriod(request.period, 'period');
	const previous = checkPeriod(request.previous, 'previous period');
	if (!GRAINS.includes(request.grain)) {
		throw new RequestError(
			'invalid_grain',
			`Unknown grain “${String(request.grain)}”: use day, week or month.`
		);
	}
	const dimensions = dimensionCatalog(request.dimensions);
	const filters = new Map<string, readonly (string | null)[]>();
	for (const [key, values] of Object.entries(request.filters ?? {})) {
		if (parseFilterKey(dimensions, key) === null) {
			const names = [...new Set(Object.values(dimensions.tables).flat())];
			throw new RequestError(
				'unknown_dimension',
				`Unknown filter “${key}”: filter by ${names.join(', ')} (or table.dimension, e.g. tickets.channel).`
			);
		}
		if (values && values.length > 0) filters.set(key, [...new Set(values)]);
	}
	return {
		current,
		previous,
		shiftMs: current.startMs - previous.startMs,
		grain: request.grain,
		filters,
		tables: new Set(request.tables ?? TABLE_IDS),
		dimensions
	};
}

function checkPeriod(period: Period, label: string): PeriodBounds {
	const startMs = toEpochMs(period.start);
	const endMs = toEpochMs(period.end);
	if (Number.isNaN(startMs) || Number.isNaN(endMs)) {
		throw new RequestError(
			'invalid_period',
			`The ${label} needs ISO dates (YYYY-MM-DD), got “${period.start}” – “${period.end}”.`
		);
	}
	if (endMs <= startMs) {
		throw new RequestError(
			'invalid_period',
			`The ${label} ends (${period.end}) before it starts (${period.start}).`
		);
	}
	return { start: period.start, end: period.end, startMs, endMs };
}

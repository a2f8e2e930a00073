/**
 * The same-origin API of `northstar serve`: the browser sends what it would evaluate (a tree id and an
 * evaluation request), never SQL; the server compiles it with the same code the browser uses.
 */
import * as v from 'valibot';
import type { TableSummary } from '../data/summary';
import { dimensionSchema, evaluationRequestSchema, tableIdSchema } from '../metrics/request-schema';

export const API = {
	info: '/api/info',
	evaluate: '/api/evaluate',
	breakdown: '/api/breakdown',
	dimensionBreakdowns: '/api/dimension-breakdowns',
	values: '/api/values'
} as const;

/** The HTML of the app carries this meta tag when a Northstar server serves it (content: the engine). */
export const SERVER_META = 'northstar-engine';

/** Trees a server evaluates: only its own default tree (custom tree files stay in the browser). */
export const treeIdSchema = v.literal('default');

export const evaluateBodySchema = v.strictObject({ tree: treeIdSchema, request: evaluationRequestSchema });

export const breakdownBodySchema = v.strictObject({
	tree: treeIdSchema,
	node: v.pipe(v.string(), v.maxLength(100)),
	dimension: dimensionSchema,
	request: evaluationRequestSchema
});

export const dimensionBreakdownsBodySchema = v.strictObject({
	tree: treeIdSchema,
	targets: v.pipe(
		v.array(
			v.strictObject({
				node: v.pipe(v.string(), v.maxLength(100)),
				table: tableIdSchema,
				dimensions: v.pipe(v.array(dimensionSchema), v.maxLength(50))
			})
		),
		v.maxLength(100)
	),
	request: evaluationRequestSchema
});

export const valuesBodySchema = v.strictObject({
	table: tableIdSchema,
	dimension: dimensionSchema,
	dimensions: evaluationRequestSchema.entries.dimensions
});

/** Which engine a server runs its queries on. */
export type ServerEngine = 'duckdb' | 'clickhouse';

export interface ServerInfo {
	engine: ServerEngine;
	summaries: TableSummary[];
}

/** An API failure: `message` is for people, `code` names the kind of failure. */
export interface ApiError {
	code: 'unauthorized' | 'bad_request' | 'not_found' | 'timeout' | 'too_many_rows' | 'query_failed';
	message: string;
}

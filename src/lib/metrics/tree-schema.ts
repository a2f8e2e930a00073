/** The shape of a tree file (YAML), checked with valibot. Cross-node rules live in tree-checks.ts. */
import * as v from 'valibot';
import { DIRECTIONS, TIERS, VALUE_FORMATS } from './types';

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

const id = v.pipe(
	v.string(),
	v.regex(ID_PATTERN, 'must be lower_snake_case: a–z, 0–9 and _, starting with a letter')
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const localized = v.strictObject({ en: text, ko: text });
/** A DuckDB SQL fragment written by the tree author (see tree-checks.ts for the hygiene checks). */
const snippet = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const column = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const positiveInteger = v.pipe(
	v.number(),
	v.integer('must be a whole number'),
	v.minValue(1, 'must be at least 1')
);

const definition = v.variant('kind', [
	v.strictObject({ kind: v.literal('count'), filter: v.optional(snippet) }),
	v.strictObject({ kind: v.literal('sum'), expr: snippet, filter: v.optional(snippet) }),
	v.strictObject({ kind: v.literal('count_distinct'), expr: snippet, filter: v.optional(snippet) }),
	v.strictObject({ kind: v.literal('share'), numerator: snippet, denominator: v.optional(snippet) }),
	v.strictObject({ kind: v.literal('mean'), expr: snippet, filter: v.optional(snippet) }),
	v.strictObject({
		kind: v.literal('quantile'),
		expr: snippet,
		q: v.pipe(v.number(), v.minValue(0, 'must be between 0 and 1'), v.maxValue(1, 'must be between 0 and 1')),
		filter: v.optional(snippet)
	}),
	v.strictObject({
		kind: v.literal('distinct_share'),
		expr: snippet,
		min_rows: positiveInteger,
		filter: v.optional(snippet)
	}),
	v.strictObject({ kind: v.literal('snapshot'), closed_at: column, filter: v.optional(snippet) }),
	v.strictObject({
		kind: v.literal('repeat'),
		key: column,
		within_days: positiveInteger,
		filter: v.optional(snippet)
	}),
	v.strictObject({ kind: v.literal('formula'), expression: text })
]);

const node = v.strictObject({
	id,
	name: localized,
	description: localized,
	unit: v.optional(localized),
	tier: v.picklist(TIERS),
	format: v.picklist(VALUE_FORMATS),
	direction: v.picklist(DIRECTIONS),
	target: v.optional(finite),
	// Checked against the known tables in tree-checks.ts, for a clearer message than a picklist's.
	table: v.optional(v.string()),
	definition
});

const edge = v.variant('type', [
	v.strictObject({
		parent: id,
		child: id,
		type: v.literal('formula'),
		role: v.picklist(['numerator', 'denominator', 'term', 'factor'])
	}),
	v.strictObject({ parent: id, child: id, type: v.literal('driver') })
]);

export const treeFileSchema = v.strictObject({
	version: v.literal(1),
	nodes: v.pipe(v.array(node), v.minLength(1, 'must list at least one node')),
	edges: v.optional(v.array(edge), [])
});

export type TreeFile = v.InferOutput<typeof treeFileSchema>;
export type TreeFileNode = TreeFile['nodes'][number];

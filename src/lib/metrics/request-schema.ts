/**
 * The shape of an evaluation request as it crosses a wire (JSON from the browser to a Northstar server).
 * `checkRequest` then checks its meaning, on both sides, with the same code.
 */
import * as v from 'valibot';
import { GRAINS } from './period';
import { MAX_DIMENSION_NAME } from './dimensions';
import { TABLE_IDS } from './tables';

const MAX_TEXT = 200;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const period = v.strictObject({ start: text, end: text });

function extraDimensionsSchema() {
	const names = v.optional(
		v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_DIMENSION_NAME))), v.maxLength(200))
	);
	return v.strictObject({ events: names, tickets: names, surveys: names });
}

export const evaluationRequestSchema = v.strictObject({
	period,
	previous: period,
	filters: v.optional(
		v.pipe(
			v.record(text, v.pipe(v.array(v.nullable(text)), v.maxLength(1000))),
			v.check((filters) => Object.keys(filters).length <= 50, 'at most 50 filters')
		)
	),
	grain: v.picklist(GRAINS),
	tables: v.optional(v.pipe(v.array(v.picklist(TABLE_IDS)), v.maxLength(TABLE_IDS.length))),
	dimensions: v.optional(extraDimensionsSchema()),
	nodes: v.optional(v.pipe(v.array(text), v.minLength(1), v.maxLength(500))),
	periodValuesOnly: v.optional(v.boolean())
});

/** A dimension's name as it crosses the wire; whether the data has it is checked against the catalog. */
export const dimensionSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_DIMENSION_NAME));
export const tableIdSchema = v.picklist(TABLE_IDS);

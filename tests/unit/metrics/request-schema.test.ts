/** The evaluation request's wire shape (JSON to a Northstar server): what it lets through and what it refuses. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	dimensionSchema,
	evaluationRequestSchema,
	tableIdSchema
} from '../../../src/lib/metrics/request-schema';

const BASE = {
	period: { start: '2025-09-08', end: '2025-09-15' },
	previous: { start: '2025-09-01', end: '2025-09-08' },
	grain: 'week'
};

const parse = (input: unknown) => v.safeParse(evaluationRequestSchema, input);
/** The messages of a refused request (empty when it passes). */
const problems = (input: unknown) => parse(input).issues?.map((i) => i.message) ?? [];

/** `count` filters named f0, f1, … each with one value. */
function filters(count: number): Record<string, string[]> {
	return Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, ['x']]));
}

describe('the evaluation request on the wire', () => {
	it('takes the smallest request and returns it unchanged', () => {
		const result = parse(BASE);
		expect(result.success).toBe(true);
		expect(result.output).toEqual(BASE);
	});

	it('takes every optional field', () => {
		const full = {
			...BASE,
			filters: { category: ['delivery', null] },
			tables: ['tickets', 'events'],
			dimensions: { tickets: ['Sales Region'], events: [], surveys: ['지역'] },
			nodes: ['contact_rate'],
			periodValuesOnly: true
		};
		expect(parse(full).success).toBe(true);
		expect(parse(full).output).toEqual(full);
	});

	it('takes no filters at all and up to 50 filters', () => {
		expect(problems({ ...BASE, filters: {} })).toEqual([]);
		expect(problems({ ...BASE, filters: filters(1) })).toEqual([]);
		expect(problems({ ...BASE, filters: filters(50) })).toEqual([]);
	});

	it('refuses 51 filters, saying so', () => {
		expect(problems({ ...BASE, filters: filters(51) })).toEqual(['at most 50 filters']);
	});

	it('refuses a grain, a table or a field it does not know', () => {
		expect(parse({ ...BASE, grain: 'hour' }).success).toBe(false);
		expect(parse({ ...BASE, tables: ['orders'] }).success).toBe(false);
		expect(parse({ ...BASE, extra: 1 }).success).toBe(false);
		expect(parse({ ...BASE, period: { start: '2025-09-08' } }).success).toBe(false);
	});

	it('takes extra dimensions per canonical table only, as lists of names', () => {
		expect(problems({ ...BASE, dimensions: {} })).toEqual([]);
		expect(problems({ ...BASE, dimensions: { tickets: ['Region'] } })).toEqual([]);
		expect(parse({ ...BASE, dimensions: { orders: ['Region'] } }).success).toBe(false);
		expect(parse({ ...BASE, dimensions: { tickets: 'Region' } }).success).toBe(false);
		// A name longer than MAX_DIMENSION_NAME (120) is refused.
		expect(parse({ ...BASE, dimensions: { tickets: ['x'.repeat(121)] } }).success).toBe(false);
		expect(parse({ ...BASE, dimensions: { tickets: ['x'.repeat(120)] } }).success).toBe(true);
	});

	it('refuses an empty node list and text over 200 characters', () => {
		expect(parse({ ...BASE, nodes: [] }).success).toBe(false);
		expect(parse({ ...BASE, period: { start: 'x'.repeat(201), end: '2025-09-15' } }).success).toBe(false);
	});
});

describe('a dimension name and a table id on the wire', () => {
	it('takes a name of 1 to 120 characters and the three tables', () => {
		expect(v.is(dimensionSchema, 'category')).toBe(true);
		expect(v.is(dimensionSchema, '')).toBe(false);
		expect(v.is(dimensionSchema, 'x'.repeat(121))).toBe(false);
		expect(['events', 'tickets', 'surveys'].every((t) => v.is(tableIdSchema, t))).toBe(true);
		expect(v.is(tableIdSchema, 'orders')).toBe(false);
	});
});

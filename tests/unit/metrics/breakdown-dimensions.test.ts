import { describe, expect, it } from 'vitest';
import { breakdownSource } from '../../../src/lib/metrics/breakdown-plan';
import { defaultTree } from '../../fixtures/default-tree';
import type { NodeId } from '../../../src/lib/metrics/types';
import {
	canonicalCatalog,
	filterKey,
	parseFilterKey,
	tableDimension
} from '../../../src/lib/metrics/dimensions';

const tree = defaultTree;
const catalog = canonicalCatalog();
const dims = (id: string) => breakdownSource(tree, id as NodeId, catalog)?.dimensions ?? [];
const table = (id: string) => breakdownSource(tree, id as NodeId, catalog)?.table;

describe('which dimensions a metric can be broken down by (SPEC §4 drill-down dimensions)', () => {
	it('gives a ticket metric the ticket dimensions', () => {
		expect(dims('csat')).toEqual(['channel', 'category', 'priority', 'team']);
	});
	it('gives an event metric the event dimensions and a survey metric the touchpoint', () => {
		expect(dims('orders')).toEqual(['channel', 'segment']);
		expect(dims('nps')).toEqual(['touchpoint']);
	});
	it('breaks a ratio down by its numerator’s table: contact rate by the ticket dimensions', () => {
		expect(dims('contact_rate')).toEqual(['channel', 'category', 'priority', 'team']);
		expect(table('contact_rate')).toBe('tickets');
		expect(dims('conversion_rate')).toEqual(['channel', 'segment']);
	});
	it('offers none for an unknown metric', () => {
		expect(breakdownSource(tree, 'nope' as NodeId, catalog)).toBeNull();
	});
});

describe('filter keys', () => {
	it('qualifies a dimension that several tables share, and only that', () => {
		const dim = (t: 'events' | 'tickets', name: string) => tableDimension(catalog, t, name)!;
		expect(filterKey(catalog, 'tickets', dim('tickets', 'channel'))).toBe('tickets.channel');
		expect(filterKey(catalog, 'events', dim('events', 'channel'))).toBe('events.channel');
		expect(filterKey(catalog, 'tickets', dim('tickets', 'category'))).toBe('category');
		expect(parseFilterKey(catalog, 'tickets.channel')).toEqual({ table: 'tickets', dimension: 'channel' });
		expect(parseFilterKey(catalog, 'channel')).toEqual({ table: null, dimension: 'channel' });
		expect(parseFilterKey(catalog, 'surveys.channel')).toBeNull();
		expect(parseFilterKey(catalog, 'tickets.colour')).toBeNull();
	});
});

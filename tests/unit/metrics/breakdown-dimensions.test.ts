import { describe, expect, it } from 'vitest';
import { breakdownSource } from '../../../src/lib/metrics/breakdown-plan';
import { defaultTree } from '../../fixtures/default-tree';
import type { NodeId } from '../../../src/lib/metrics/types';

const tree = defaultTree;
const dims = (id: string) => breakdownSource(tree, id as NodeId)?.dimensions ?? [];
const table = (id: string) => breakdownSource(tree, id as NodeId)?.table;

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
		expect(breakdownSource(tree, 'nope' as NodeId)).toBeNull();
	});
});

describe('filter keys', () => {
	it('qualifies a dimension that several tables share, and only that', async () => {
		const { filterKey, parseFilterKey } = await import('../../../src/lib/metrics/tables');
		expect(filterKey('tickets', 'channel')).toBe('tickets.channel');
		expect(filterKey('events', 'channel')).toBe('events.channel');
		expect(filterKey('tickets', 'category')).toBe('category');
		expect(parseFilterKey('tickets.channel')).toEqual({ table: 'tickets', dimension: 'channel' });
		expect(parseFilterKey('channel')).toEqual({ table: null, dimension: 'channel' });
		expect(parseFilterKey('surveys.channel')).toBeNull();
		expect(parseFilterKey('tickets.colour')).toBeNull();
	});
});

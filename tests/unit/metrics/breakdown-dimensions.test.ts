import { describe, expect, it } from 'vitest';
import { breakdownDimensions } from '../../../src/lib/metrics/breakdown-plan';
import { defaultTree } from '../../../src/lib/metrics/default-tree';
import type { NodeId } from '../../../src/lib/metrics/types';

const tree = defaultTree;
const dims = (id: string) => breakdownDimensions(tree, id as NodeId);

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
		expect(dims('conversion_rate')).toEqual(['channel', 'segment']);
	});
	it('offers none for an unknown metric', () => {
		expect(dims('nope')).toEqual([]);
	});
});

/** The dimension catalog (SPEC §3 extra dimensions, §4 drill-down dimensions): names, filter keys, SQL quoting. */
import { describe, expect, it } from 'vitest';
import {
	dimensionCatalog,
	extraDimensions,
	filterKey,
	filterKeys,
	filterOptions,
	findDimension,
	parseFilterKey,
	tableDimension,
	usableExtraName,
	type Dimension
} from '../../../src/lib/metrics/dimensions';
import { checkRequest, type EvaluationRequest } from '../../../src/lib/metrics/request';
import { planBreakdown } from '../../../src/lib/metrics/breakdown-plan';
import { tableQuery } from '../../../src/lib/metrics/sql/table-query';
import { dimensionValuesSql } from '../../../src/lib/metrics/sql/dimension-values';
import type { NodeId } from '../../../src/lib/metrics/types';
import { defaultTree } from '../../fixtures/default-tree';

/** Odd headers a real export may carry: quotes, a dot, spaces, Korean. */
const ODD = ['Région "Nord"', 'a.b', 'Order Status ', '지역'];
const catalog = dimensionCatalog({ tickets: ['Region', ...ODD], events: ['Region', 'Payment type'] });

const REQUEST: EvaluationRequest = {
	period: { start: '2025-09-08', end: '2025-09-15' },
	previous: { start: '2025-09-01', end: '2025-09-08' },
	grain: 'day'
};

describe('the dimension catalog', () => {
	it('lists each table’s canonical dimensions, then its extra ones in load order', () => {
		expect(catalog.tables.tickets).toEqual(['channel', 'category', 'priority', 'team', 'Region', ...ODD]);
		expect(catalog.tables.events).toEqual(['channel', 'segment', 'Region', 'Payment type']);
		expect(catalog.tables.surveys).toEqual(['touchpoint']);
		expect(catalog.extra.tickets).toEqual(['Region', ...ODD]);
	});

	it('leaves out names that are canonical columns, reserved by the SQL, internal, repeated or empty', () => {
		const odd = dimensionCatalog({
			// `Priority` is a canonical column (DuckDB names ignore case); `period` is a column of the metric
			// SQL; `__row` is the import's; `region` repeats `Region` without case; '' and ' ' are no names.
			tickets: [
				'Priority',
				'csat',
				'period',
				'Dimension_Value',
				'__row',
				'Region',
				'region',
				'',
				' ',
				'x\u0000'
			]
		});
		expect(odd.extra.tickets).toEqual(['Region']);
		expect(usableExtraName('surveys', 'channel')).toBe(true); // a canonical name of another table only
		expect(usableExtraName('tickets', 'x'.repeat(121))).toBe(false);
		expect(usableExtraName('tickets', 'x'.repeat(120))).toBe(true); // MAX_DIMENSION_NAME itself is kept
	});

	it('gives back what a request carries, tables without extra dimensions left out', () => {
		expect(extraDimensions(catalog)).toEqual({
			tickets: ['Region', ...ODD],
			events: ['Region', 'Payment type']
		});
		expect(extraDimensions(dimensionCatalog())).toEqual({});
	});

	it('finds a dimension by its exact name only', () => {
		expect(findDimension(catalog, '지역')).toBe('지역');
		expect(findDimension(catalog, 'region')).toBeNull();
		expect(tableDimension(catalog, 'surveys', 'Region')).toBeNull();
	});
});

describe('filter keys with extra dimensions', () => {
	it('qualifies a name that two tables share and keeps one table’s name plain', () => {
		expect(filterKey(catalog, 'tickets', tableDimension(catalog, 'tickets', 'Region')!)).toBe(
			'tickets.Region'
		);
		expect(filterKey(catalog, 'events', tableDimension(catalog, 'events', 'Payment type')!)).toBe(
			'Payment type'
		);
		expect(filterKey(catalog, 'tickets', tableDimension(catalog, 'tickets', '지역')!)).toBe('지역');
	});

	it('reads `table.name` and the plain name, a dot inside a name included', () => {
		expect(parseFilterKey(catalog, 'tickets.Region')).toEqual({ table: 'tickets', dimension: 'Region' });
		expect(parseFilterKey(catalog, 'Region')).toEqual({ table: null, dimension: 'Region' });
		// `a` is no table, so `a.b` is the plain name of the tickets' column "a.b".
		expect(parseFilterKey(catalog, 'a.b')).toEqual({ table: null, dimension: 'a.b' });
		expect(parseFilterKey(catalog, 'tickets.a.b')).toEqual({ table: 'tickets', dimension: 'a.b' });
		expect(parseFilterKey(catalog, 'surveys.Region')).toBeNull();
		expect(parseFilterKey(catalog, 'Colour')).toBeNull();
	});

	it('qualifies a plain name that would read as another table’s column', () => {
		// events has a column literally named "tickets.x" and tickets has "x": the plain key "tickets.x"
		// reads as tickets' x, so the events column needs its table in front.
		const tricky = dimensionCatalog({ events: ['tickets.x'], tickets: ['x'] });
		const eventsColumn = tableDimension(tricky, 'events', 'tickets.x')!;
		expect(filterKey(tricky, 'events', eventsColumn)).toBe('events.tickets.x');
		expect(parseFilterKey(tricky, 'events.tickets.x')).toEqual({ table: 'events', dimension: 'tickets.x' });
	});

	it('reads a name that starts with a table’s name but has no dot as a plain name', () => {
		// "tickets2" is an extra column of tickets: without a dot there is no table part to read.
		const named = dimensionCatalog({ tickets: ['tickets2'] });
		expect(parseFilterKey(named, 'tickets2')).toEqual({ table: null, dimension: 'tickets2' });
	});

	it('lists a plain key only for the names that read back as plain', () => {
		// events: channel, segment + "tickets.x"; tickets: channel, category, priority, team + x; surveys: touchpoint.
		// The plain "tickets.x" reads as tickets' x, so only the qualified "events.tickets.x" is listed for it.
		const tricky = dimensionCatalog({ events: ['tickets.x'], tickets: ['x'] });
		expect(filterKeys(tricky)).toEqual([
			'channel',
			'segment',
			'category',
			'priority',
			'team',
			'x',
			'touchpoint',
			'events.channel',
			'events.segment',
			'events.tickets.x',
			'tickets.channel',
			'tickets.category',
			'tickets.priority',
			'tickets.team',
			'tickets.x',
			'surveys.touchpoint'
		]);
	});

	it('qualifies a dimension the catalog does not have (one from another catalog) with the table asked for', () => {
		// No table has "Colour": it is not shared, and its plain name reads as nothing.
		expect(filterKey(catalog, 'surveys', 'Colour' as Dimension)).toBe('surveys.Colour');
	});

	it('round-trips every option’s key to its own table and dimension', () => {
		for (const option of filterOptions(catalog)) {
			const target = parseFilterKey(catalog, option.key)!;
			expect(target.dimension).toBe(option.dimension);
			expect(target.table ?? option.table).toBe(option.table);
		}
		expect(filterOptions(catalog).filter((o) => o.extra)).toHaveLength(7); // 5 on tickets + 2 on events
		expect(filterKeys(catalog)).toContain('tickets.Région "Nord"');
	});
});

describe('SQL for odd extra names', () => {
	it('quotes each name through the one quoting helper, in filters and groupings', () => {
		const checked = checkRequest({
			...REQUEST,
			dimensions: { tickets: ODD },
			filters: { 'Région "Nord"': ['Nord-Est', "l'Ouest"], 지역: ['서울'] }
		});
		const plan = planBreakdown(defaultTree, 'tickets' as NodeId, 'a.b', checked);
		expect(plan.grouped.sql).toContain('"tickets"."a.b" AS dimension_value');
		expect(plan.grouped.sql).toContain(`"tickets"."Région ""Nord""" IN ('Nord-Est', 'l''Ouest')`);
		expect(plan.grouped.sql).toContain(`"tickets"."지역" IN ('서울')`);
		const tickets = defaultTree.nodes.filter((n) => n.id === 'tickets');
		const all = tableQuery({
			table: 'tickets',
			nodes: tickets as never,
			request: checked,
			grouping: { kind: 'dimensions', dimensions: checked.dimensions.tables.tickets }
		});
		expect(all).toContain(`WHEN 'Order Status ' THEN "Order Status "`);
		expect(dimensionValuesSql(checked.dimensions, 'tickets', 'Région "Nord"')).toContain(
			'SELECT "Région ""Nord""" AS value'
		);
	});

	it('refuses a filter or a breakdown on a column the request does not name as a dimension', () => {
		expect(() => checkRequest({ ...REQUEST, filters: { Region: ['North'] } })).toThrow(
			/Unknown filter “Region”/
		);
		// customer_id is a column of tickets but no dimension: a breakdown by it would list every customer.
		expect(() =>
			planBreakdown(defaultTree, 'tickets' as NodeId, 'customer_id', checkRequest(REQUEST))
		).toThrow(/Unknown dimension/);
		const surveysOnly = checkRequest({ ...REQUEST, dimensions: { surveys: ['Region'] } });
		expect(() => planBreakdown(defaultTree, 'tickets' as NodeId, 'Region', surveysOnly)).toThrow(
			/can be broken down by channel, category, priority, team — not by Region/
		);
	});
});

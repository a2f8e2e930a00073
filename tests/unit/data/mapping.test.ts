import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../src/lib/data/column-names';
import {
	autoMap,
	guessEpochUnit,
	guessTable,
	mappingFits,
	missingRequired,
	shapeKey,
	type SourceColumn
} from '../../../src/lib/data/mapping';

const cols = (...spec: string[]): SourceColumn[] =>
	spec.map((s) => {
		const [name, type = 'VARCHAR'] = s.split(':');
		return { name: name!, type };
	});

describe('column names', () => {
	it('normalises case, camelCase, spaces and punctuation to snake_case, keeping Korean', () => {
		expect(normaliseName('createdAt')).toBe('created_at');
		expect(normaliseName('Created At')).toBe('created_at');
		expect(normaliseName(' TICKET-ID ')).toBe('ticket_id');
		expect(normaliseName('NPS Score')).toBe('nps_score');
		expect(normaliseName('생성일시')).toBe('생성일시');
	});
});

describe('automatic mapping', () => {
	it('matches exact, camelCase and synonym names onto the tickets table', () => {
		const mapping = autoMap(
			'tickets',
			cols('ID', 'createdAt:TIMESTAMP', 'solved_at:TIMESTAMP', 'Rating:BIGINT', 'via')
		);
		expect(mapping.ticket_id?.source).toBe('ID');
		expect(mapping.created_at).toEqual({ source: 'createdAt', reading: 'native' });
		expect(mapping.resolved_at?.source).toBe('solved_at');
		expect(mapping.csat?.source).toBe('Rating');
		expect(mapping.channel?.source).toBe('via');
		expect(mapping.priority?.source).toBeNull();
	});

	it('reads help-desk export headers such as “CSAT Rating” and “Opened At”', () => {
		const mapping = autoMap('tickets', cols('Ticket ID', 'Opened At:TIMESTAMP', 'CSAT Rating:BIGINT'));
		expect(mapping.ticket_id?.source).toBe('Ticket ID');
		expect(mapping.created_at?.source).toBe('Opened At');
		expect(mapping.csat?.source).toBe('CSAT Rating');
	});

	it('reads a survey’s rating or nps_score as the NPS score, and obvious Korean headers', () => {
		expect(autoMap('surveys', cols('answered_at:TIMESTAMP', 'nps_score:BIGINT')).score?.source).toBe(
			'nps_score'
		);
		expect(autoMap('surveys', cols('ts:TIMESTAMP', 'rating:BIGINT')).score?.source).toBe('rating');
		const korean = autoMap('tickets', cols('티켓번호', '접수일시:TIMESTAMP', '만족도:BIGINT', '채널'));
		expect([
			korean.ticket_id?.source,
			korean.created_at?.source,
			korean.csat?.source,
			korean.channel?.source
		]).toEqual(['티켓번호', '접수일시', '만족도', '채널']);
	});

	it('prefers the exact name over a synonym and uses each file column once', () => {
		const mapping = autoMap('tickets', cols('created:TIMESTAMP', 'created_at:TIMESTAMP', 'ticket_id'));
		expect(mapping.created_at?.source).toBe('created_at');
		const used = Object.values(mapping).flatMap((c) => (c.source ? [c.source] : []));
		expect(new Set(used).size).toBe(used.length);
	});

	it('does not map a column whose type cannot be converted (a boolean is no timestamp)', () => {
		expect(autoMap('tickets', cols('ticket_id', 'created_at:BOOLEAN')).created_at?.source).toBeNull();
	});

	it('takes the only timestamp column as the time column when no name matches', () => {
		expect(
			autoMap('events', cols('when_it_happened:TIMESTAMP', 'customer_id', 'event_type')).ts?.source
		).toBe('when_it_happened');
	});

	it('guesses epoch units from magnitude and text timestamps from VARCHAR', () => {
		expect(guessEpochUnit(1_735_725_600)).toBe('epoch_s');
		expect(guessEpochUnit(1_735_725_600_000)).toBe('epoch_ms');
		expect(guessEpochUnit(1_735_725_600_000_000)).toBe('epoch_us');
		expect(guessEpochUnit(1_735_725_600_000_000_000)).toBe('epoch_ns');
		const mapping = autoMap('tickets', cols('ticket_id', 'created_at:BIGINT', 'resolved_at'), {
			created_at: [1_735_725_600_000]
		});
		expect(mapping.created_at?.reading).toBe('epoch_ms');
		expect(mapping.resolved_at?.reading).toBe('text');
	});

	it('lists required columns left unmapped', () => {
		expect(missingRequired('tickets', autoMap('tickets', cols('ticket_id', 'channel')))).toEqual([
			'created_at'
		]);
	});
});

describe('which table a file feeds', () => {
	it('guesses from the columns', () => {
		expect(guessTable(cols('ts:TIMESTAMP', 'customer_id', 'event_type', 'revenue:DOUBLE'))).toBe('events');
		expect(guessTable(cols('ID', 'Opened:TIMESTAMP', 'csat:BIGINT'))).toBe('tickets');
		expect(guessTable(cols('answered_at:TIMESTAMP', 'nps_score:BIGINT', 'touchpoint'))).toBe('surveys');
		expect(guessTable(cols('foo', 'bar'))).toBeNull();
	});
});

describe('remembered mappings', () => {
	it('keys a file shape by names and types, and checks a remembered mapping still fits', () => {
		expect(shapeKey(cols('a', 'b:BIGINT'))).not.toBe(shapeKey(cols('a', 'b')));
		const mapping = autoMap('surveys', cols('ts:TIMESTAMP', 'score:BIGINT'));
		expect(mappingFits(mapping, 'surveys', cols('ts:TIMESTAMP', 'score:BIGINT'))).toBe(true);
		expect(mappingFits(mapping, 'surveys', cols('ts:TIMESTAMP'))).toBe(false);
	});
});

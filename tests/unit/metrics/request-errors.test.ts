/** request.ts: a request the engine cannot answer is refused with a code and a message naming the period. */
import { describe, expect, it } from 'vitest';
import { checkRequest, RequestError, type EvaluationRequest } from '../../../src/lib/metrics/request';
import { REQUEST } from './helpers';

const refusal = (request: EvaluationRequest) => {
	try {
		checkRequest(request);
	} catch (error) {
		if (error instanceof RequestError) return { name: error.name, code: error.code, message: error.message };
		throw error;
	}
	throw new Error('expected the request to be refused');
};

describe('refused requests', () => {
	it('name the period that is not made of ISO dates', () => {
		expect(refusal({ ...REQUEST, period: { start: '10/03/2025', end: '2025-03-17' } })).toEqual({
			name: 'RequestError',
			code: 'invalid_period',
			message: 'The period needs ISO dates (YYYY-MM-DD), got “10/03/2025” – “2025-03-17”.'
		});
		expect(refusal({ ...REQUEST, previous: { start: '2025-03-03', end: 'soon' } })).toEqual({
			name: 'RequestError',
			code: 'invalid_period',
			message: 'The previous period needs ISO dates (YYYY-MM-DD), got “2025-03-03” – “soon”.'
		});
	});

	it('refuse a period that ends where it starts, or before', () => {
		expect(refusal({ ...REQUEST, period: { start: '2025-03-10', end: '2025-03-10' } })).toEqual({
			name: 'RequestError',
			code: 'invalid_period',
			message: 'The period ends (2025-03-10) before it starts (2025-03-10).'
		});
		expect(refusal({ ...REQUEST, previous: { start: '2025-03-10', end: '2025-03-03' } }).message).toBe(
			'The previous period ends (2025-03-03) before it starts (2025-03-10).'
		);
	});

	it('refuse an unknown grain', () => {
		expect(refusal({ ...REQUEST, grain: 'year' as never })).toEqual({
			name: 'RequestError',
			code: 'invalid_grain',
			message: 'Unknown grain “year”: use day, week or month.'
		});
	});
});

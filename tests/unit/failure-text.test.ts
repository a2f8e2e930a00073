import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/lib/engine/types';
import { RequestError } from '../../src/lib/metrics/request';
import { failureText } from '../../src/lib/ui/failure-text';

describe('error text for people', () => {
	it('shows the engine’s message for people and folds away its detail', () => {
		const error = new EngineError('The query failed: a column is missing.', 'Binder Error: "csat" not found');
		expect(failureText(error)).toEqual({
			message: 'The query failed: a column is missing.',
			detail: 'Binder Error: "csat" not found'
		});
	});
	it('shows a request error’s message, and anything else only as detail', () => {
		expect(failureText(new RequestError('unknown_dimension', 'Unknown filter “x”.')).message).toBe(
			'Unknown filter “x”.'
		);
		expect(failureText(new TypeError('boom'))).toEqual({ message: '', detail: 'TypeError: boom' });
	});
});

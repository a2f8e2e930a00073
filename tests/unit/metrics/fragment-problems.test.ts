import { describe, expect, it } from 'vitest';
import { isFailure, problem } from '../../../src/lib/metrics/fragment/problems';

describe('a fragment’s refusal', () => {
	it('carries its code, its values and the English text with the values in place', () => {
		expect(problem('arity', { name: 'abs', expected: '1', got: '2' })).toEqual({
			failure: {
				code: 'arity',
				params: { name: 'abs', expected: '1', got: '2' },
				message: 'wrong number of arguments to abs(): it takes 1, not 2'
			}
		});
		expect(problem('empty', {}).failure.message).toBe('is empty: write an SQL expression');
	});

	it('is told apart from a token list or anything else', () => {
		expect(isFailure(problem('empty', {}))).toBe(true);
		expect(isFailure({ failure: undefined })).toBe(true);
		expect(isFailure([])).toBe(false);
		expect(isFailure({})).toBe(false);
		expect(isFailure(null)).toBe(false);
		expect(isFailure(undefined)).toBe(false);
		expect(isFailure('failure')).toBe(false);
	});
});

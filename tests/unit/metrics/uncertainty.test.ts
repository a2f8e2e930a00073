/** The interval of a single value (a series bucket) from its measure. */
import { describe, expect, it } from 'vitest';
import { NO_DATA } from '../../../src/lib/metrics/measure';
import { valueInterval } from '../../../src/lib/metrics/uncertainty';

describe('valueInterval', () => {
	const evidence = { kind: 'quantile', n: 3, lo: 1, hi: 2 } as const;

	it('is the evidence’s interval when the measure has a value: a median’s bounds 1 to 2', () => {
		expect(valueInterval({ value: 1.5, sample: 3, reason: null, evidence })).toEqual({ lo: 1, hi: 2 });
	});

	it('is none for a measure without a value, even when its evidence has bounds, and none without evidence', () => {
		expect(valueInterval({ value: null, sample: 3, reason: NO_DATA, evidence })).toBeNull();
		expect(valueInterval({ value: 1.5, sample: 3, reason: null })).toBeNull();
	});
});

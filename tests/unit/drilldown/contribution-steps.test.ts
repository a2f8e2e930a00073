import { describe, expect, it } from 'vitest';
import type { Decomposition } from '../../../src/lib/metrics/contribution';
import type { NodeId } from '../../../src/lib/metrics/types';
import {
	contributionSteps,
	contributionsByValue,
	largestContributor,
	type StepLabels
} from '../../../src/lib/ui/drilldown/contribution-steps';

const labels: StepLabels = {
	node: (id) => id.toUpperCase(),
	value: (value) => value ?? '(not set)',
	denominator: (name) => `Denominator: ${name}`,
	others: (count) => `Other (${count})`
};
const id = (s: string) => s as NodeId;

// Contact rate 7.99 → 13.82: delivery +5.97, refund −0.53, account +0.47, and the orders effect +0.03 (sum 5.94).
const ratio: Decomposition = {
	status: 'exact',
	method: 'ratio',
	change: 5.94,
	contributions: [
		{ kind: 'value', value: 'account', amount: 0.47 },
		{ kind: 'value', value: 'delivery', amount: 5.97 },
		{ kind: 'value', value: 'refund', amount: -0.53 },
		{ kind: 'denominator', node: id('orders'), amount: 0.03 }
	]
};

describe('contribution steps for the waterfall', () => {
	it('orders the steps by the size of their effect, whatever its sign', () => {
		expect(contributionSteps(ratio, labels).map((s) => [s.label, s.delta])).toEqual([
			['delivery', 5.97],
			['refund', -0.53],
			['account', 0.47],
			['Denominator: ORDERS', 0.03]
		]);
	});

	it('folds the smallest into one “other” step that keeps the sum', () => {
		const steps = contributionSteps(ratio, labels, 3);
		expect(steps.map((s) => s.label)).toEqual(['delivery', 'refund', 'Other (2)']);
		// 0.47 + 0.03 folded: the chain still sums to the change.
		expect(steps[2]!.delta).toBeCloseTo(0.5, 12);
		expect(steps.reduce((sum, s) => sum + s.delta, 0)).toBeCloseTo(5.94, 12);
	});

	it('labels formula children by name and a missing dimension value as not set', () => {
		const children: Decomposition = {
			status: 'exact',
			method: 'lmdi',
			change: 1,
			contributions: [
				{ kind: 'child', node: id('active_customers'), role: 'factor', amount: 0.25 },
				{ kind: 'mix_rate', value: null, amount: 0.75, mix: 0.5, rate: 0.25 }
			]
		};
		expect(contributionSteps(children, labels).map((s) => s.label)).toEqual([
			'(not set)',
			'ACTIVE_CUSTOMERS'
		]);
	});

	it('draws nothing for a change that is not decomposed', () => {
		expect(contributionSteps({ status: 'not_decomposed', reason: 'quantile' }, labels)).toEqual([]);
	});

	it('names the largest contributor in the direction of the change', () => {
		expect(largestContributor(ratio)).toEqual({ kind: 'value', value: 'delivery', amount: 5.97 });
		// A fall of 1: refund −1.5 drove it, even though account +0.5 went the other way.
		const fall: Decomposition = {
			status: 'exact',
			method: 'additive',
			change: -1,
			contributions: [
				{ kind: 'value', value: 'account', amount: 0.5 },
				{ kind: 'value', value: 'refund', amount: -1.5 }
			]
		};
		expect(largestContributor(fall)?.amount).toBe(-1.5);
		expect(largestContributor({ ...fall, change: 0 })).toBeNull();
	});

	it('keys each dimension value’s contribution, with mix and rate for a rate', () => {
		const byValue = contributionsByValue({
			status: 'exact',
			method: 'mix_rate',
			change: 2,
			contributions: [{ kind: 'mix_rate', value: 'chat', amount: 2, mix: 0.5, rate: 1.5 }]
		});
		expect(byValue.get('chat')).toEqual({ amount: 2, mix: 0.5, rate: 1.5 });
		expect(contributionsByValue(ratio).get('refund')).toEqual({ amount: -0.53, mix: null, rate: null });
	});
});

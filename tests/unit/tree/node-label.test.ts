import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageKey } from '../../../src/lib/i18n/messages';
import { nodeLabel } from '../../../src/lib/ui/overview/node-label';
import type { NodeId } from '../../../src/lib/metrics/types';
import type { NodeView } from '../../../src/lib/ui/overview/node-view';

/** Tests name nodes by plain strings; the view's id is branded. */
const node = ({ id = 'tickets', ...over }: Partial<Omit<NodeView, 'id'>> & { id?: string }): NodeView => ({
	id: id as NodeId,
	name: 'Tickets',
	description: '',
	tier: 'operational',
	format: 'count',
	direction: 'down',
	target: null,
	value: 236,
	previous: 137,
	delta: 99,
	relative: 99 / 137,
	status: 'none',
	series: [],
	seriesStarts: [],
	anomalies: [],
	sampleSize: null,
	significance: null,
	interval: null,
	parent: null,
	children: [],
	reason: null,
	needs: [],
	...over
});
const en = (key: MessageKey) => MESSAGES.en[key];
const ko = (key: MessageKey) => MESSAGES.ko[key];

describe('a tree node’s accessible name', () => {
	// It contains the card's visible text in DOM order (name, value, change, tier, target), so
	// axe's label-content-name-mismatch (WCAG 2.5.3) holds; see tests/e2e/axe-audit.test.ts.
	it('says the value, the change and whether the change is good news', () => {
		expect(nodeLabel(node({}), 'en', en)).toBe('Tickets: 236, +99 worse, Operational');
		expect(nodeLabel(node({ direction: 'up' }), 'en', en)).toBe('Tickets: 236, +99 better, Operational');
	});

	it('adds the target status in words', () => {
		const csat = node({
			name: 'CSAT',
			format: 'percent',
			direction: 'up',
			value: 64.8,
			delta: -27.7,
			target: 90,
			status: 'missed'
		});
		expect(nodeLabel(csat, 'en', en)).toBe('CSAT: 64.8%, −27.7 pp worse, Operational, ≥ 90.0% (Off target)');
	});

	it('says a change within noise or from too few rows is not news, whatever its sign', () => {
		expect(nodeLabel(node({ significance: 'noise' }), 'en', en)).toBe(
			'Tickets: 236, +99 within noise, Operational'
		);
		expect(nodeLabel(node({ significance: 'too-few' }), 'ko', ko)).toContain('+99 표본이 적어 판단 불가');
		expect(nodeLabel(node({ significance: 'significant' }), 'en', en)).toBe(
			'Tickets: 236, +99 worse, Operational'
		);
	});

	it('names the period’s unusual days last, the latest one’s side and verdict', () => {
		const day = { value: 57, expected: 21, spread: 5, good: false };
		const anomalies = [
			{ ...day, day: '2025-09-08', side: 'high' as const },
			{ ...day, day: '2025-09-09', side: 'low' as const, good: true }
		];
		const csat = node({
			name: 'CSAT',
			format: 'percent',
			value: 64.8,
			delta: -27.7,
			target: 90,
			status: 'missed'
		});
		expect(nodeLabel({ ...csat, direction: 'up', anomalies }, 'en', en)).toBe(
			'CSAT: 64.8%, −27.7 pp worse, Operational, ≥ 90.0% (Off target), Unusual: 2 days, latest low, good'
		);
	});

	it('says “—” and no verdict when there is no value', () => {
		expect(nodeLabel(node({ value: null, delta: null }), 'en', en)).toBe('Tickets: —, —, Operational');
	});

	it('calls a change that rounds to zero on screen unchanged', () => {
		const frt = node({ name: 'FRT', format: 'minutes', value: 3.6, delta: -0.04 });
		expect(nodeLabel(frt, 'en', en)).toBe('FRT: 3.6 min, ±0.0 min unchanged, Operational');
	});

	it('speaks Korean in Korean', () => {
		expect(nodeLabel(node({ name: '문의 수' }), 'ko', ko)).toBe('문의 수: 236, +99 악화, 운영 지표');
	});
});

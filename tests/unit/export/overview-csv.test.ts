import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../../src/lib/metrics/types';
import type { NodeView } from '../../../src/lib/ui/overview/node-view';
import { overviewCsv } from '../../../src/lib/ui/overview/overview-csv';

/** Tests name nodes by plain strings; the view's id is branded. */
const node = ({ id = 'x', ...over }: Partial<Omit<NodeView, 'id'>> & { id?: string }): NodeView => ({
	id: id as NodeId,
	name: 'X',
	description: '',
	tier: 'operational',
	format: 'count',
	direction: 'up',
	target: null,
	value: null,
	previous: null,
	delta: null,
	relative: null,
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

describe('overview CSV', () => {
	it('writes one row per metric, unrounded, with the periods', () => {
		const csv = overviewCsv(
			[
				node({
					id: 'contact_rate',
					name: 'Contact rate',
					tier: 'north_star',
					value: 100 / 3,
					previous: 25,
					delta: 100 / 3 - 25,
					relative: (100 / 3 - 25) / 25,
					target: 8,
					status: 'missed',
					sampleSize: 1708
				}),
				node({ id: 'nps', name: 'NPS, promoters − detractors' })
			],
			{ from: '2025-09-08', to: '2025-09-14', compareFrom: '2025-09-01', compareTo: '2025-09-07' }
		);
		const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
		expect(lines[0]).toBe(
			'metric_id,metric,tier,value,previous,change,relative_change,target,status,sample_size,period_from,period_to,compared_from,compared_to'
		);
		expect(lines[1]).toBe(
			`contact_rate,Contact rate,north_star,${100 / 3},25,${100 / 3 - 25},${(100 / 3 - 25) / 25},8,missed,1708,2025-09-08,2025-09-14,2025-09-01,2025-09-07`
		);
		// No value is an empty cell, never 0; a comma in a name is quoted.
		expect(lines[2]).toBe(
			'nps,"NPS, promoters − detractors",operational,,,,,,none,,2025-09-08,2025-09-14,2025-09-01,2025-09-07'
		);
	});
});

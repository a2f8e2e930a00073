/** Missing inputs (issue 10): a node reading a column that is empty in the loaded data says what it needs. */
import { describe, expect, it } from 'vitest';
import type { TreeResult } from '../../../src/lib/metrics/evaluate';
import type { NodeId } from '../../../src/lib/metrics/types';
import { defaultTree } from '../../../src/lib/ui/default-tree';
import { neededColumns } from '../../../src/lib/ui/overview/missing-inputs';
import { needsText, toNodeViews } from '../../../src/lib/ui/overview/node-views';

const tree = defaultTree();
const node = (id: string) => tree.nodes.find((n) => n.id === id)!;

describe('which nodes need a missing column', () => {
	it('finds the empty columns a leaf definition reads, and none for formulas or other tables', () => {
		const empty = { tickets: ['resolved_at', 'csat'] };
		// resolution_median reads resolved_at; backlog is a snapshot closed by resolved_at; csat reads csat
		expect(neededColumns(node('resolution_median'), empty)).toEqual(['resolved_at']);
		expect(neededColumns(node('backlog'), empty)).toEqual(['resolved_at']);
		expect(neededColumns(node('csat'), empty)).toEqual(['csat']);
		// tickets counts rows: it reads neither; orders is on another table; contact_rate is a formula
		expect(neededColumns(node('tickets'), empty)).toEqual([]);
		expect(neededColumns(node('orders'), empty)).toEqual([]);
		expect(neededColumns(node('contact_rate'), empty)).toEqual([]);
	});

	it('says it in English and Korean', () => {
		expect(needsText(['resolved_at'], 'en')).toBe('Needs resolved_at — map a column to it on the Data page');
		expect(needsText(['resolved_at'], 'ko')).toBe('resolved_at 필요 — 데이터 페이지에서 열을 매핑하세요');
	});

	it('shows the node with no target status and the reason, other nodes unchanged', () => {
		const nodes = Object.fromEntries(
			tree.nodes.map((n) => [
				n.id,
				{
					value: null,
					previous: null,
					change: null,
					relativeChange: null,
					status: 'missed',
					series: [],
					sample: null,
					reason: { code: 'no_data' },
					previousReason: null
				}
			])
		) as unknown as TreeResult['nodes'];
		const result = { nodes, failures: [] } as unknown as TreeResult;
		const views = toNodeViews(tree, result, 'en', { tickets: ['resolved_at'] });
		const resolution = views.get('resolution_median' as NodeId)!;
		expect(resolution.needs).toEqual(['resolved_at']);
		expect(resolution.status).toBe('none');
		expect(resolution.reason).toBe('Needs resolved_at — map a column to it on the Data page');
		const csat = views.get('csat' as NodeId)!;
		expect(csat.needs).toEqual([]);
		expect(csat.status).toBe('missed');
		expect(csat.reason).toBe('No data for this period');
		expect(
			toNodeViews(tree, result, 'ko', { tickets: ['resolved_at'] }).get('resolution_median' as NodeId)!.reason
		).toBe('resolved_at 필요 — 데이터 페이지에서 열을 매핑하세요');
	});
});

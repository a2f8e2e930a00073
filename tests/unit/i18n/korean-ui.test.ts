/**
 * The Korean UI says everything in Korean: key components rendered with the ko locale contain no
 * English word outside the data (metric names come from the tree in Korean; dimension values and
 * ids are data). A string left out of the message files shows up here as an ASCII word.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { ChartExportError } from '../../../src/lib/charts/download';
import type { ImportReport } from '../../../src/lib/data/import-report';
import { LocaleState, localeContext } from '../../../src/lib/i18n/locale.svelte';
import { translate } from '../../../src/lib/i18n/translate';
import type { TreeResult } from '../../../src/lib/metrics/evaluate';
import type { NodeId } from '../../../src/lib/metrics/types';
import ErrorPanel from '../../../src/lib/ui/ErrorPanel.svelte';
import LoadProgress from '../../../src/lib/ui/LoadProgress.svelte';
import ImportReportView from '../../../src/lib/ui/data/ImportReportView.svelte';
import MetricHeader from '../../../src/lib/ui/drilldown/MetricHeader.svelte';
import EmptyPeriod from '../../../src/lib/ui/overview/EmptyPeriod.svelte';
import MetricTree from '../../../src/lib/ui/overview/MetricTree.svelte';
import NorthStarCard from '../../../src/lib/ui/overview/NorthStarCard.svelte';
import { exportFailureText } from '../../../src/lib/ui/export/export-failure';
import QueryFailed from '../../../src/lib/ui/overview/QueryFailed.svelte';
import { toNodeViews } from '../../../src/lib/ui/overview/node-views';
import { defaultTree } from '../../fixtures/default-tree';

/** Words that are the same in Korean UI text: product and format names, metric acronyms. */
const ALLOWED = new Set([
	'Northstar',
	'CSV',
	'SVG',
	'PNG',
	'Parquet',
	'YAML',
	'JSON',
	'ID',
	'NPS',
	'CSAT',
	'SLA',
	'FRT',
	'UTF',
	'p90',
	'p50'
]);

/** Every node has a value except `nps`, which has none (no surveys) — so its reason is shown too. */
function result(): TreeResult {
	const nodes = Object.fromEntries(
		defaultTree.nodes.map((n) => {
			const none = n.id === 'nps';
			const reason = none ? { code: 'table_not_loaded' as const } : null;
			return [
				n.id,
				{
					id: n.id,
					value: none ? null : 12.5,
					previous: none ? null : 10,
					change: none ? null : 2.5,
					relativeChange: none ? null : 0.25,
					status: n.target === undefined || none ? 'none' : 'missed',
					sample: null,
					reason,
					previousReason: reason,
					series: [{ start: '2025-09-08', previousStart: '2025-09-01', value: 12.5, previous: 10 }]
				}
			];
		})
	) as TreeResult['nodes'];
	return { nodes, failures: [], queryCount: 2 };
}

/** The visible text and the text of the attributes people read (labels, titles), markup removed. */
function readableText<Props extends object>(
	component: Component<Props>,
	props: NoInfer<Props>,
	language = 'ko-KR'
): string {
	const locale = new LocaleState(null, [language]);
	const { body } = render(component, { props, context: localeContext(locale) });
	const attributes = [...body.matchAll(/\b(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]);
	const text = body
		.replace(/<style[^]*?<\/style>/g, ' ')
		.replace(/<!--[^]*?-->/g, ' ')
		.replace(/<[^>]*>/g, ' ');
	return `${text} ${attributes.join(' ')}`.replace(/&[a-z]+;|&#\d+;/g, ' ');
}

/** ASCII words of two letters or more, minus allowed names and the given data values. */
function englishWords(text: string, data: readonly string[] = []): string[] {
	const known = new Set([...ALLOWED, ...data]);
	return [...new Set(text.match(/[A-Za-z][A-Za-z0-9_]+/g) ?? [])].filter((w) => !known.has(w));
}

const views = toNodeViews(defaultTree, result(), 'ko');
const root = views.get(defaultTree.root)!;
const ids = defaultTree.nodes.map((n) => n.id as string);

describe('the Korean UI has no English-only strings', () => {
	it('the metric tree, its cards and a node without a value', () => {
		const text = readableText(MetricTree, { nodes: views, rootId: defaultTree.root, onopen: () => {} });
		expect(views.get('nps' as NodeId)!.reason).toBe('테이블이 로드되지 않음');
		expect(englishWords(text, ids)).toEqual([]);
	});

	it('a node that needs a column the data leaves empty says so in Korean', () => {
		const needing = toNodeViews(defaultTree, result(), 'ko', { tickets: ['resolved_at'] });
		expect(needing.get('resolution_median' as NodeId)!.reason).toBe(
			'resolved_at 필요 — 데이터 페이지에서 열을 매핑하세요'
		);
		const text = readableText(MetricTree, { nodes: needing, rootId: defaultTree.root, onopen: () => {} });
		expect(text).toContain('데이터 페이지에서 열을 매핑하세요');
		expect(englishWords(text, [...ids, 'resolved_at'])).toEqual([]);
	});

	it('the north-star card and the drill-down header', () => {
		expect(
			englishWords(readableText(NorthStarCard, { node: root, href: '/metric/contact_rate' }), ids)
		).toEqual([]);
		expect(englishWords(readableText(MetricHeader, { node: root }), ids)).toEqual([]);
	});

	it('the designed states: empty period, failed query, start-up error, loading', () => {
		const empty = { firstDay: '2025-01-01', lastDay: '2025-12-31', onlatest: () => {}, onclear: () => {} };
		expect(englishWords(readableText(EmptyPeriod, { ...empty, outside: true, filtered: false }))).toEqual([]);
		expect(englishWords(readableText(EmptyPeriod, { ...empty, outside: false, filtered: true }))).toEqual([]);
		const failed = {
			title: '지표를 계산할 수 없습니다.',
			message: '문제가 발생했습니다.',
			detail: 'Binder Error'
		};
		expect(
			englishWords(readableText(QueryFailed, { ...failed, onretry: () => {} }), ['Binder', 'Error'])
		).toEqual([]);
		expect(englishWords(readableText(ErrorPanel, failed), ['Binder', 'Error'])).toEqual([]);
		expect(englishWords(readableText(LoadProgress, { progress: 0.5, step: 'tickets' }), ['tickets'])).toEqual(
			[]
		);
	});

	it('an import report', () => {
		const report: ImportReport = {
			table: 'tickets',
			mode: 'replace',
			rowsRead: 3,
			rowsLoaded: 2,
			tableRows: 2,
			issues: [
				{
					kind: 'missing',
					id: 'created_at',
					column: 'created_at',
					count: 1,
					action: 'excluded',
					examples: [{ row: 3, value: '' }]
				}
			],
			// Column names are the file's own (data, not UI text); the sentences around them are Korean.
			dimensions: { kept: ['지역'], tooMany: [{ name: '주문번호', values: 1234 }] }
		};
		expect(englishWords(readableText(ImportReportView, { report }), ['tickets', 'created_at'])).toEqual([]);
	});

	it('a failed download names its cause in Korean and never shows the raw (English) error', () => {
		const ko: Parameters<typeof exportFailureText>[1] = (key, params) => translate('ko', key, params);
		const errors = [
			new ChartExportError('no_chart', 'no chart element'),
			new ChartExportError('no_canvas', 'no 2D canvas'),
			new ChartExportError('no_image', 'canvas.toBlob gave no blob'),
			new DOMException('The source image cannot be decoded.', 'EncodingError'),
			new TypeError('csv is not a function')
		];
		for (const error of errors) expect(englishWords(exportFailureText(error, ko))).toEqual([]);
	});

	it('catches English words: the same tree rendered in English is full of them', () => {
		expect(englishWords('지표 Current 값')).toEqual(['Current']);
		const english = readableText(
			MetricTree,
			{ nodes: views, rootId: defaultTree.root, onopen: () => {} },
			'en-US'
		);
		expect(englishWords(english, ids)).toEqual(
			expect.arrayContaining(['North', 'star', 'Operational', 'worse'])
		);
	});
});

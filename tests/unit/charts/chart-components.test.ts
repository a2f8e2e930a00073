import { describe, expect, it } from 'vitest';
import BarChart from '../../../src/lib/charts/BarChart.svelte';
import TimeSeriesChart from '../../../src/lib/charts/TimeSeriesChart.svelte';
import Waterfall from '../../../src/lib/charts/Waterfall.svelte';
import { serverMarkup } from './server-markup';

const format = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const formatDelta = (v: number | null) =>
	v === null ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(1)}`;
const formatDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('Waterfall component', () => {
	const markup = serverMarkup(Waterfall, {
		start: { label: 'Previous period', value: 7.6 },
		steps: [
			{ key: 'delivery', label: 'Delivery', delta: 1.2 },
			{ key: 'payment', label: 'Payment and refunds', delta: -0.4 }
		],
		end: { label: 'This period', value: 8.4 },
		label: 'Contact rate: contributions to the change',
		format,
		formatDelta,
		goodDirection: 'down',
		width: 360
	});

	it('renders the previous value, each contribution and the current value, with a table alternative', () => {
		expect(markup).toContain('role="img" aria-label="Contact rate: contributions to the change"');
		// colour is not the only signal: ▲/▼ in the label, "better"/"worse" in the table
		expect(markup).toContain('▲ +1.2');
		expect(markup).toContain('▼ −0.4');
		expect(markup).toMatch(/<td>worse<\/td>[^]*<td>better<\/td>/);
		expect(markup).toMatchSnapshot();
	});
});

describe('BarChart component', () => {
	const rows = [
		{ key: 'chat', value: 12, previous: 10 },
		{ key: 'email', value: 4, previous: null }
	];

	it('makes every bar a labelled toggle button when it can select', () => {
		const markup = serverMarkup(BarChart, {
			rows,
			label: 'Tickets by channel',
			format,
			selected: 'chat',
			onselect: () => {}
		});
		expect(markup).toContain('role="group" aria-label="Tickets by channel"');
		expect(markup).toContain(
			'role="button" tabindex="0" aria-pressed="true" aria-label="chat: 12.0 (Previous 10.0)"'
		);
		expect(markup).toContain('aria-pressed="false" aria-label="email: 4.0 (Previous —)"');
	});

	it('is a single image with a table when it cannot select', () => {
		const markup = serverMarkup(BarChart, { rows, label: 'Tickets by channel', format });
		expect(markup).toContain('role="img" aria-label="Tickets by channel"');
		expect(markup).not.toContain('role="button"');
		expect(markup).toContain('<th scope="row">email</th>');
	});
});

describe('TimeSeriesChart component', () => {
	const day = (d: number) => Date.UTC(2025, 8, d);

	it('is focusable, names its date range, and shows the latest values in the read-out', () => {
		const markup = serverMarkup(TimeSeriesChart, {
			current: [
				{ t: day(1), value: 8 },
				{ t: day(2), value: 9 }
			],
			previous: [
				{ t: day(1), value: 7 },
				{ t: day(2), value: null }
			],
			target: 8.5,
			label: 'Contact rate',
			format,
			formatDate,
			labels: { previous: 'Previous' }
		});
		expect(markup).toContain(
			'aria-label="Contact rate. 2025-09-01 – 2025-09-02. Arrow keys move the read-out."'
		);
		expect(markup).toContain('tabindex="0"');
		expect(markup).toMatch(
			/<strong>2025-09-02<\/strong>\s*<span>Current 9.0<\/span>\s*<span class="muted">Previous —<\/span>/
		);
		expect(markup).toContain('Target 8.5');
		expect(markup).toMatch(/<path class="previous" d="M[^"]+"/);
	});

	it('draws the interval as a band, names it in the legend and the table, and hooks each point', () => {
		const markup = serverMarkup(TimeSeriesChart, {
			current: [
				{ t: day(1), value: 80, interval: { lo: 70, hi: 88 }, significance: 'noise' },
				{ t: day(2), value: 60, interval: { lo: 45, hi: 73 } },
				{ t: day(3), value: 50, interval: null }
			],
			previous: [],
			label: 'CSAT',
			format,
			formatDate,
			verdictText: (v: string) => `verdict:${v}`
		});
		expect(markup).toMatch(/<path class="band[^"]*" d="M[^"]+Z"/);
		expect(markup).toContain('95% interval');
		// the table alternative: "lo – hi" per date, a dash where a day has none
		expect(markup).toContain('<td>70.0 – 88.0</td>');
		expect(markup).toMatch(/<td>50\.0<\/td>\s*<td>—<\/td>/);
		expect(markup).toContain(
			'data-start="2025-09-01" data-value="80" data-interval="70,88" data-significance="noise"'
		);
		expect(markup).toMatch(/data-start="2025-09-03" data-value="50"(?! data-interval)/);
	});

	it('has no band, legend entry or interval column without intervals', () => {
		const markup = serverMarkup(TimeSeriesChart, {
			current: [{ t: day(1), value: 8 }],
			previous: [],
			label: 'Tickets',
			format,
			formatDate
		});
		expect(markup).not.toContain('95% interval');
		expect(markup).not.toContain('data-interval');
	});
});

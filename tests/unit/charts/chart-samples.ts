/** Sample props for the chart preview and snapshot tests: a story like the sample data's (SPEC §6). */
import { formatDate, formatDelta, formatValue } from '../../../src/lib/i18n/format';

const DAY = 86_400_000;
const day0 = Date.UTC(2025, 8, 1);
const wave = (i: number, base: number, amp: number) =>
	base + amp * Math.sin(i / 2.2) + (i % 7 === 5 ? amp : 0);

const percent = (v: number | null) => formatValue(v, 'percent', 'en');
const ratio = (v: number | null) => formatValue(v, 'ratio', 'en');
const count = (v: number | null) => formatValue(v, 'count', 'en');
const dateMedium = (ms: number) => formatDate(ms, 'en');
const dateTick = (ms: number) =>
	new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(ms);

/** Contact rate per day for 28 days: the delivery incident (day 7–13) lifts it above the target of 8. */
export const contactRate = Array.from({ length: 28 }, (_, i) => ({
	t: day0 + i * DAY,
	value: i === 20 ? null : Math.round((wave(i, 7.4, 0.6) + (i >= 7 && i <= 13 ? 2.4 : 0)) * 100) / 100
}));
export const contactRatePrevious = contactRate.map((p, i) => ({
	t: p.t,
	value: Math.round(wave(i + 3, 8.1, 0.5) * 100) / 100
}));

export type SampleComponent = 'Sparkline' | 'TimeSeriesChart' | 'BarChart' | 'Waterfall';

export function chartSamples(width: number): { title: string; component: SampleComponent; props: object }[] {
	return [
		{
			title: 'Sparkline (with a gap, and a lone point)',
			component: 'Sparkline',
			props: {
				values: [...contactRate.map((p) => p.value).slice(0, 24), null, 7.2, null, 7.5],
				label: 'Contact rate, 28 days'
			}
		},
		{
			title: 'Time series: contact rate, target 8',
			component: 'TimeSeriesChart',
			props: {
				current: contactRate,
				previous: contactRatePrevious,
				target: 8,
				label: 'Contact rate per 100 orders',
				format: ratio,
				formatDate: dateMedium,
				formatTick: dateTick,
				width
			}
		},
		{
			title: 'Time series: one month only, no target',
			component: 'TimeSeriesChart',
			props: {
				current: [{ t: Date.UTC(2025, 10, 1), value: 87.5 }],
				previous: [{ t: Date.UTC(2025, 10, 1), value: 84.1 }],
				label: 'CSAT',
				format: percent,
				formatDate: dateMedium,
				width
			}
		},
		{
			title: 'Bars: tickets by category (selected: delivery)',
			component: 'BarChart',
			props: {
				rows: [
					{ key: 'Delivery', value: 4210, previous: 1480 },
					{ key: 'Payment and refunds', value: 1320, previous: 1405 },
					{ key: 'Account access and two-factor authentication problems', value: 610, previous: 702 },
					{ key: 'Product question', value: 540, previous: 590 },
					{ key: '배송 지연 및 분실 문의', value: 300, previous: null },
					{ key: 'Other', value: null, previous: 85 }
				],
				label: 'Tickets by category',
				format: count,
				selected: 'Delivery',
				onselect: () => {},
				width
			}
		},
		{
			title: 'Bars: NPS by touchpoint (negative values)',
			component: 'BarChart',
			props: {
				rows: [
					{ key: 'app', value: 42, previous: 38 },
					{ key: 'delivery', value: -12, previous: 15 },
					{ key: 'support', value: 8, previous: -4 }
				],
				label: 'NPS by touchpoint',
				format: count,
				width
			}
		},
		{
			title: 'Waterfall: contact rate change by category (down is good)',
			component: 'Waterfall',
			props: {
				start: { label: 'Previous period', value: 7.61 },
				steps: [
					{ key: 'delivery', label: 'Delivery', delta: 1.12 },
					{ key: 'payment', label: 'Payment and refunds', delta: -0.08 },
					{ key: 'account', label: 'Account access and two-factor authentication problems', delta: -0.21 },
					{ key: 'orders', label: 'Orders (denominator effect)', delta: -0.35 },
					{ key: 'none', label: 'Product question', delta: 0 }
				],
				end: { label: 'This period', value: 8.09 },
				label: 'Contact rate: contributions to the change',
				format: ratio,
				formatDelta: (d: number | null) => formatDelta(d, 'ratio', 'en'),
				goodDirection: 'down',
				width
			}
		},
		{
			title: 'Waterfall: NPS from −5 to 3 (up is good), residual',
			component: 'Waterfall',
			props: {
				start: { label: 'Previous period', value: -5 },
				steps: [
					{ key: 'app', label: 'app', delta: 9 },
					{ key: 'delivery', label: '배송 (택배사 지연 포함)', delta: -3 }
				],
				end: { label: 'This period', value: 3 },
				label: 'NPS: contributions to the change',
				format: count,
				formatDelta: (d: number | null) => formatDelta(d, 'count', 'en'),
				goodDirection: 'up',
				width
			}
		},
		{
			title: 'Waterfall: nothing changed',
			component: 'Waterfall',
			props: {
				start: { label: 'Previous period', value: 92.4 },
				steps: [
					{ key: 'chat', label: 'chat', delta: 0 },
					{ key: 'email', label: 'email', delta: 0 }
				],
				end: { label: 'This period', value: 92.4 },
				label: 'SLA attainment: contributions to the change',
				format: percent,
				formatDelta: (d: number | null) => formatDelta(d, 'percent', 'en'),
				goodDirection: 'up',
				width
			}
		}
	];
}

import { describe, expect, it } from 'vitest';
import { chartFileName, styleDeclaration } from '../../../src/lib/charts/download';

/** A stand-in for getComputedStyle's result. */
const computed = (values: Record<string, string>) => ({
	getPropertyValue: (name: string) => values[name] ?? ''
});

describe('chart export styles', () => {
	it('inlines the computed values of the listed properties', () => {
		const style = styleDeclaration(computed({ fill: 'rgb(31, 78, 140)', 'stroke-width': '2px' }), null, [
			'fill',
			'stroke-width',
			'stroke'
		]);
		expect(style).toBe('fill:rgb(31, 78, 140);stroke-width:2px');
	});

	it("leaves out inherited values equal to the parent's, but not a non-default opacity", () => {
		const parent = computed({ fill: 'red', 'font-size': '12px', opacity: '0.5' });
		const child = computed({ fill: 'red', 'font-size': '11px', opacity: '0.5', display: 'inline' });
		expect(styleDeclaration(child, parent, ['fill', 'font-size', 'opacity', 'display'])).toBe(
			'font-size:11px;opacity:0.5'
		);
	});
});

describe('chart file name', () => {
	it('makes a safe, readable file name from the chart label', () => {
		expect(chartFileName('Contact rate / week: Sep 2025', 'png')).toBe('contact-rate-week-sep-2025.png');
		expect(chartFileName('응답 시간 (분)', 'svg')).toBe('응답-시간-분.svg');
		expect(chartFileName('***', 'svg')).toBe('chart.svg');
	});
});

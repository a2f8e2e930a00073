import { describe, expect, it } from 'vitest';
import Sparkline from '../../../src/lib/charts/Sparkline.svelte';
import { sparklineShape } from '../../../src/lib/charts/sparkline';
import { serverMarkup } from './server-markup';

describe('sparkline shape', () => {
	it('spreads values evenly inside the inset and puts the highest value at the top', () => {
		// width 100, inset 3 → x from 3 to 97, step (97 − 3) ÷ 2 = 47; height 28 → y from 25 (low) to 3 (high)
		const shape = sparklineShape([1, 3, 2], 100, 28);
		expect(shape.path).toBe('M3,25L50,3L97,14');
		expect(shape.last).toEqual({ x: 97, y: 14 });
		expect(shape.isolated).toEqual([]);
	});

	it('breaks the line where a value is missing', () => {
		// x step (97 − 3) ÷ 4 = 23.5 → x = 3, 26.5, 50, 73.5, 97
		const shape = sparklineShape([1, 3, null, 3, 1], 100, 28);
		expect(shape.path).toBe('M3,25L26.5,3M73.5,3L97,25');
	});

	it('marks a point between two gaps so it is still visible', () => {
		const shape = sparklineShape([1, null, 2, null, 3], 100, 28);
		// three one-point segments; each needs its own dot
		expect(shape.isolated.map((p) => p.x)).toEqual([3, 50, 97]);
	});

	it('puts the end dot on the last value that exists', () => {
		const shape = sparklineShape([1, 3, null], 100, 28);
		// x step (97 − 3) ÷ 2 = 47 → the value 3 sits at x = 50, top
		expect(shape.last).toEqual({ x: 50, y: 3 });
	});

	it('draws a flat or single-value series through the middle', () => {
		expect(sparklineShape([5, 5], 100, 28).path).toBe('M3,14L97,14');
		expect(sparklineShape([5], 100, 28).last).toEqual({ x: 50, y: 14 });
	});

	it('draws nothing when every value is missing', () => {
		expect(sparklineShape([null, null], 100, 28)).toEqual({ path: '', last: null, isolated: [] });
		expect(sparklineShape([], 100, 28).path).toBe('');
	});
});

describe('Sparkline component', () => {
	it('renders a labelled SVG on the server', () => {
		const markup = serverMarkup(Sparkline, { values: [1, 3, null, 2], label: 'Contact rate trend' });
		expect(markup).toContain('role="img" aria-label="Contact rate trend"');
		// x step (97 − 3) ÷ 3 = 31.33: a line over the first two values, a gap, a lone last value with its dot
		expect(markup).toMatchInlineSnapshot(`
			"<svg class="sparkline" width="100" height="28" viewBox="0 0 100 28" role="img" aria-label="Contact rate trend">
			<path d="M3,25L34.33,3M97,14Z">
			</path>
			<circle class="isolated" cx="97" cy="14" r="1.5">
			</circle>
			<circle class="last" cx="97" cy="14" r="2.5">
			</circle>
			</svg>"
		`);
	});
});

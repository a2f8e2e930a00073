/**
 * Export a rendered chart: its <svg> as a standalone SVG document, or as a PNG via a canvas.
 * Chart styles live in scoped CSS and custom properties that a lone SVG file does not have, so the
 * computed values of the properties that matter are inlined on every element of a copy.
 */

/** Presentation properties that decide how a chart looks; everything else keeps its SVG default. */
export const EXPORTED_STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity',
	'paint-order',
	'visibility',
	'display',
	'font-family',
	'font-size',
	'font-weight',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Why a chart could not be exported; the UI says it in its language (`export.error.<code>`). */
export type ChartExportCode = 'no_chart' | 'no_canvas' | 'no_image';

export class ChartExportError extends Error {
	constructor(
		readonly code: ChartExportCode,
		message: string
	) {
		super(message);
		this.name = 'ChartExportError';
	}
}

// Not inherited, so written whenever they differ from these initial values.
const NOT_INHERITED: Record<string, string> = { opacity: '1', display: 'inline' };

type ComputedStyle = Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * An inline style attribute from computed values. With the parent's computed style, inherited values equal
 * to the parent's are left out (the parent's own style attribute carries them), which keeps files small.
 */
export function styleDeclaration(
	computed: ComputedStyle,
	parent: ComputedStyle | null = null,
	properties: readonly string[] = EXPORTED_STYLE_PROPERTIES
): string {
	return properties
		.map((name) => [name, computed.getPropertyValue(name).trim()] as const)
		.filter(([name, value]) => {
			if (value === '') return false;
			if (name in NOT_INHERITED) return value !== NOT_INHERITED[name];
			return parent === null || parent.getPropertyValue(name).trim() !== value;
		})
		.map(([name, value]) => `${name}:${value}`)
		.join(';');
}

/** A file name safe on every OS from a chart label: "Contact rate / week" → "contact-rate-week". */
export function chartFileName(label: string, extension: 'svg' | 'png'): string {
	const stem = label
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return `${stem || 'chart'}.${extension}`;
}

/** Width and height of the SVG in CSS px: from its viewBox, else its attributes. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.viewBox?.baseVal;
	if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
	return {
		width: Number(svg.getAttribute('width')) || 300,
		height: Number(svg.getAttribute('height')) || 150
	};
}

/** A standalone SVG document of a rendered chart, with styles inlined and an optional background. */
export function serializeSvg(svg: SVGSVGElement, background: string | null = null): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [copy, ...copy.querySelectorAll('*')];
	const view = svg.ownerDocument.defaultView;
	originals.forEach((element, i) => {
		const target = copies[i];
		if (!target || !view) return;
		const parent =
			element === svg || !element.parentElement ? null : view.getComputedStyle(element.parentElement);
		const style = styleDeclaration(view.getComputedStyle(element), parent);
		if (style) target.setAttribute('style', style);
		// Scoped-style class names and focus state mean nothing outside the page.
		target.removeAttribute('class');
		target.removeAttribute('tabindex');
	});
	const { width, height } = svgSize(svg);
	copy.setAttribute('xmlns', SVG_NS);
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	if (background) {
		const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
		rect.setAttribute('width', '100%');
		rect.setAttribute('height', '100%');
		rect.setAttribute('fill', background);
		copy.insertBefore(rect, copy.firstChild);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The chart as a PNG, drawn at `scale` × its CSS size (2 for sharp text on high-density screens). */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2, background = '#ffffff'): Promise<Blob> {
	const { width, height } = svgSize(svg);
	const url = URL.createObjectURL(new Blob([serializeSvg(svg, background)], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new ChartExportError('no_canvas', 'no 2D canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) =>
					blob ? resolve(blob) : reject(new ChartExportError('no_image', 'canvas.toBlob gave no blob')),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Offer a Blob as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// Revoke later: some browsers start the download asynchronously after click().
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

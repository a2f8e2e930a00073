/** Pixel arithmetic shared by the layouts: rounding for stable SVG output, minimum bar widths. */
/** Round a pixel coordinate to 0.01 px: finer than any screen, and SVG output stays readable and stable. */
export function roundPx(px: number): number {
	return Math.round(px * 100) / 100;
}

/** Width of a bar from x0 to x1, at least 1.5 px so a zero-length bar still shows as a tick. */
export function barWidth(x0: number, x1: number): number {
	return Math.max(roundPx(x1 - x0), 1.5);
}

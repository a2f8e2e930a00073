/** How "is it real?" (SPEC §4) reads and is hooked in the UI: the verdict's words and the data-* attributes. */
import { formatValue } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/messages';
import type { Translate } from '$lib/i18n/translate';
import type { Interval, Verdict } from '$lib/metrics/significance';
import type { ValueFormat } from '$lib/metrics/types';

/** "within noise, 95% interval 61.2% to 73.9%" — the verdict, and the interval when there is one. */
export function significanceText(
	verdict: Verdict | null,
	interval: Interval | null,
	format: ValueFormat,
	locale: Locale,
	t: Translate
): string {
	const parts: string[] = [];
	if (verdict) parts.push(t(`significance.${verdict}`));
	if (interval) {
		parts.push(
			t('significance.interval', {
				lo: formatValue(interval.lo, format, locale),
				hi: formatValue(interval.hi, format, locale)
			})
		);
	}
	return parts.join(', ');
}

/** `data-significance` and `data-interval` ("lo,hi", raw numbers) for an element that has `data-value`. */
export function significanceHooks(
	verdict: Verdict | null,
	interval: Interval | null
): { 'data-significance': string | undefined; 'data-interval': string | undefined } {
	return {
		'data-significance': verdict ?? undefined,
		'data-interval': interval ? `${interval.lo},${interval.hi}` : undefined
	};
}

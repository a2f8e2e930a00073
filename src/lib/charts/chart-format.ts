/** The formatters a chart receives from its caller: the app owns i18n, charts only place the text. */

/** A metric value as text; null (no value) is the caller's "—". */
export type FormatValue = (value: number | null) => string;

/** A date from epoch ms of a naive timestamp; the caller formats it with timeZone 'UTC'. */
export type FormatDate = (ms: number) => string;

/** An interval as "lo – hi" in the chart's format; "—" when there is none. */
export function intervalText(format: FormatValue, band: { lo: number; hi: number } | null): string {
	return band ? `${format(band.lo)} – ${format(band.hi)}` : '—';
}

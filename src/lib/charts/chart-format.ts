/** The formatters a chart receives from its caller: the app owns i18n, charts only place the text. */

/** A metric value as text; null (no value) is the caller's "—". */
export type FormatValue = (value: number | null) => string;

/** A date from epoch ms of a naive timestamp; the caller formats it with timeZone 'UTC'. */
export type FormatDate = (ms: number) => string;

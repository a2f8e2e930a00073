/**
 * What a failed download says, in the UI language. A known cause (`ChartExportError`) is named; anything else
 * (a decode or a CSV error) gets the general sentence — its raw text is English and goes to the console instead.
 */
import { ChartExportError } from '$lib/charts/download';
import type { Translate } from '$lib/i18n/translate';

export function exportFailureText(error: unknown, t: Translate): string {
	if (error instanceof ChartExportError)
		return t('export.failedBecause', { reason: t(`export.error.${error.code}`) });
	return t('export.failed');
}

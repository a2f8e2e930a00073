/** What a failed request shows, in the UI language: what people can act on, and the raw text folded away as detail. */
import { EngineError } from '$lib/engine/types';
import { isMessageKey, type Translate } from '$lib/i18n/translate';
import { RequestError } from '$lib/metrics/request';

export function failureText(error: unknown, t: Translate): { message: string; detail: string } {
	if (error instanceof EngineError) {
		const key = `data.error.${error.code ?? ''}`;
		const message = error.code && isMessageKey(key) ? t(key, error.params) : t('error.engine');
		return { message, detail: `${error.userMessage}\n${error.detail}` };
	}
	if (error instanceof RequestError)
		return { message: t('error.request'), detail: `${error.code}: ${error.message}` };
	return { message: t('error.unknown'), detail: String(error) };
}

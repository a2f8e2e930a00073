/** An upload error in the user's language: its code picks the message, its params fill it in. */
import type { MessageParams } from '$lib/i18n/interpolate';
import { MESSAGES, type MessageKey } from '$lib/i18n/messages';

export interface CodedMessage {
	/** The English message made where the error happened; used when the code has no translation. */
	message: string;
	code?: string;
	params?: Readonly<Record<string, string>>;
}

const isKey = (key: string): key is MessageKey => key in MESSAGES.en;

export function errorText(
	t: (key: MessageKey, params?: MessageParams) => string,
	error: CodedMessage
): string {
	const key = `data.error.${error.code ?? ''}`;
	if (!error.code || !isKey(key)) return error.message;
	const params: Record<string, string> = { ...error.params };
	const typeKey = `data.type.${params.type ?? ''}`;
	if (params.type && isKey(typeKey)) params.type = t(typeKey);
	return t(key, params);
}

/** What a failed request shows: the part people can act on, and the raw text folded away as detail. */
import { EngineError } from '$lib/engine/types';
import { RequestError } from '$lib/metrics/request';

export function failureText(error: unknown): { message: string; detail: string } {
	if (error instanceof EngineError) return { message: error.userMessage, detail: error.detail };
	if (error instanceof RequestError) return { message: error.message, detail: error.code };
	return { message: '', detail: String(error) };
}

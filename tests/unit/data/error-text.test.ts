import { describe, expect, it } from 'vitest';
import type { MessageParams } from '../../../src/lib/i18n/interpolate';
import type { MessageKey } from '../../../src/lib/i18n/messages';
import { translate } from '../../../src/lib/i18n/translate';
import { errorText } from '../../../src/lib/ui/data/error-text';

const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const ko = (key: MessageKey, params?: MessageParams) => translate('ko', key, params);

describe('upload error messages', () => {
	it('fill a coded message with its params, in either language', () => {
		const error = {
			message: 'fallback',
			code: 'all_unreadable',
			params: { source: 'Score', column: 'score', type: 'INTEGER', examples: '“high”' }
		};
		expect(errorText(en, error)).toBe(
			'None of the values in column “Score” (mapped to score) can be read as a whole number (for example “high”). Check the column mapping and how the values are written.'
		);
		expect(errorText(ko, error)).toContain(
			'“Score” 열(score로 매핑)의 값을 하나도 정수(으)로 읽을 수 없습니다'
		);
	});

	it('fall back to the message made where it failed when the code is unknown or absent', () => {
		expect(errorText(ko, { message: 'Something odd', code: 'nope' })).toBe('Something odd');
		expect(errorText(ko, { message: 'Something odd' })).toBe('Something odd');
	});

	it('match the English message the data layer writes for a file-kind problem', async () => {
		const { fileKindMessage } = await import('../../../src/lib/data/file-kind');
		for (const problem of ['empty', 'truncated_parquet', 'not_parquet', 'binary', 'unsupported'] as const) {
			expect(errorText(en, { message: '', code: problem, params: { name: 'x.csv' } })).toBe(
				fileKindMessage('x.csv', problem)
			);
		}
	});
});

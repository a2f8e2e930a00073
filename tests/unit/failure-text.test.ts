import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/lib/engine/types';
import { translate } from '../../src/lib/i18n/translate';
import { RequestError } from '../../src/lib/metrics/request';
import { failureText } from '../../src/lib/ui/failure-text';

const ko = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
	translate('ko', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
	translate('en', key, params);

describe('error text for people, in the UI language', () => {
	it('says what an engine error with a known code means, and folds away the raw text', () => {
		const error = new EngineError(
			'Could not load x: out of memory',
			'OOM at 3 GB',
			undefined,
			'out_of_memory'
		);
		expect(failureText(error, ko)).toEqual({
			message:
				'이 파일을 처리하기에 브라우저 메모리가 부족합니다. 더 작은 파일을 쓰거나 매핑하는 열을 줄이세요.',
			detail: 'Could not load x: out of memory\nOOM at 3 GB'
		});
	});

	it('says the database reported an error when the code is unknown, keeping the engine’s text as detail', () => {
		const error = new EngineError('The query failed: a column is missing.', 'Binder Error: "csat" not found');
		expect(failureText(error, en)).toEqual({
			message: 'The database reported an error.',
			detail: 'The query failed: a column is missing.\nBinder Error: "csat" not found'
		});
	});

	it('shows a request error and anything else in words, the raw error only as detail', () => {
		const request = failureText(new RequestError('unknown_dimension', 'Unknown filter “x”.'), ko);
		expect(request).toEqual({
			message: '주소의 보기를 계산할 수 없습니다. 기간과 필터를 다시 고르세요.',
			detail: 'unknown_dimension: Unknown filter “x”.'
		});
		expect(failureText(new TypeError('boom'), en)).toEqual({
			message: 'Something went wrong.',
			detail: 'TypeError: boom'
		});
	});
});

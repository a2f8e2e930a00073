import { describe, expect, it } from 'vitest';
import { ChartExportError } from '../../../src/lib/charts/download';
import { translate, type Translate } from '../../../src/lib/i18n/translate';
import { exportFailureText } from '../../../src/lib/ui/export/export-failure';

const en: Translate = (key, params) => translate('en', key, params);
const ko: Translate = (key, params) => translate('ko', key, params);

describe('the text of a failed download', () => {
	it('names a known cause in the UI language', () => {
		expect(exportFailureText(new ChartExportError('no_chart', 'x'), en)).toBe(
			'The download could not be made: the chart is not on screen.'
		);
		expect(exportFailureText(new ChartExportError('no_canvas', 'x'), en)).toBe(
			'The download could not be made: this browser cannot draw the chart as an image.'
		);
		expect(exportFailureText(new ChartExportError('no_image', 'x'), ko)).toBe(
			'파일을 만들 수 없습니다: 차트 이미지를 만들 수 없습니다.'
		);
	});

	it('says only that the download failed for any other error, without its raw text', () => {
		expect(exportFailureText(new TypeError('boom'), en)).toBe('The download could not be made.');
		expect(exportFailureText('boom', ko)).toBe('파일을 만들 수 없습니다.');
	});
});

/**
 * Messages of the notes (annotations, hypotheses and their verdicts) in English and Korean — apart from
 * messages.ts, like monitoring-messages.ts, so the feature's strings are found in one place.
 */
import type { AnnotationError, AnnotationProblem } from '$lib/metrics/annotations';
import type { HypothesisVerdict } from '$lib/metrics/hypothesis';
import { interpolate, type MessageParams } from './interpolate';
import type { Locale } from './messages';

const en = {
	'notes.nav': 'Notes',
	'notes.title': 'Notes',
	'notes.intro':
		'Launches, outages and other events, drawn on every chart they fall in. A note with an expected effect is a hypothesis: the metric over the days after it is compared with the days before it (its own days left out).',
	'notes.list': 'Notes',
	'notes.none': 'No notes yet.',
	'notes.sample': 'These are the sample’s notes; your changes are kept in this browser.',
	'notes.add': 'Add a note',
	'notes.edit': 'Edit',
	'notes.editTitle': 'Edit note “{label}”',
	'notes.delete': 'Delete',
	'notes.deleteNamed': 'Delete “{label}”',
	'notes.editNamed': 'Edit “{label}”',
	'notes.save': 'Save note',
	'notes.cancel': 'Cancel',
	'notes.start': 'Date (or first day)',
	'notes.end': 'Last day (for a range)',
	'notes.label': 'Label',
	'notes.metrics': 'Metrics',
	'notes.metricsHint': 'Optional: the metrics it is about.',
	'notes.hypothesis': 'Expected effect (hypothesis)',
	'notes.hypothesisNone': 'None',
	'notes.hypothesisMetric': 'Metric',
	'notes.expect': 'Goes',
	'notes.expect.up': 'up',
	'notes.expect.down': 'down',
	'notes.days': 'Days compared on each side',
	/** {metric} goes {direction} after {day} */
	'notes.hypothesisText': '{metric} goes {direction} after it',
	'notes.export': 'Export notes (JSON)',
	'notes.import': 'Import notes (JSON)',
	'notes.imported': 'Imported {count, plural, one {# note} other {# notes}} from {name}.',
	'notes.importFailed': '{name} was not imported; your notes are unchanged:',
	'notes.saveFailed': 'The notes could not be kept in this browser:',
	'notes.invalid': 'Check the fields marked.',
	'notes.verdict.supported': 'Supported',
	'notes.verdict.contradicted': 'Contradicted',
	'notes.verdict.inconclusive': 'Inconclusive',
	'notes.verdict.loading': 'Checking…',
	'notes.verdict.failed': 'Could not be checked: {detail}',
	'notes.verdict.unknownMetric': 'The metric “{metric}” is not in the tree in use.',
	/** before {before} → after {after}: change {change} (95 % interval {lo} to {hi}) */
	'notes.verdict.values': '{before} in the {days} days before → {after} in the {days} days after',
	'notes.verdict.change': 'change {change} (95 % interval {lo} to {hi})',
	'notes.verdict.changeOnly': 'change {change}',
	'notes.verdict.significant': 'significant',
	'notes.verdict.noise': 'within noise',
	'notes.verdict.too-few': 'too few to tell',
	'notes.hypotheses': 'Hypotheses about this metric',
	'notes.onChart': 'Notes in this period',
	'notes.onNode': 'notes: {notes}',
	'notes.addForPeriod': 'Add note for this period',
	'notes.added': 'Note added.',
	'notes.chartHint': 'Or click a day on the trend, or drag across several days.',
	'notes.chartKeys':
		'Enter adds a note for the day shown, Shift with arrow keys selects several days, Escape cancels',
	'notes.selected': 'Selected',
	'notes.error.entry': 'entry {entry}',
	'notes.error.entryId': 'entry {entry} (“{id}”)',
	'notes.error.field': 'field “{field}”',
	'notes.error.json': 'the file is not valid JSON',
	'notes.error.not_object': 'expected an object',
	'notes.error.version': 'expected version 1',
	'notes.error.not_list': 'expected a list',
	'notes.error.missing': 'this field is required',
	'notes.error.not_text': 'expected text',
	'notes.error.empty': 'must not be empty',
	'notes.error.too_long': 'is too long',
	'notes.error.not_date': 'expected a date as YYYY-MM-DD',
	'notes.error.end_before_start': 'the end is before the start',
	'notes.error.not_direction': 'expected “up” or “down”',
	'notes.error.not_days': 'expected a whole number of days from 1 to 366',
	'notes.error.duplicate_id': 'another entry has the same id',
	'target.edit': 'Edit target',
	'target.editNamed': 'Edit target — {name}',
	'target.value': 'Target',
	'target.valueHint': 'Empty: no target.',
	'target.direction': 'Good when the value is',
	'target.direction.down': '≤ target (lower is better)',
	'target.direction.up': '≥ target (higher is better)',
	'target.save': 'Save target',
	'target.cancel': 'Cancel',
	'target.invalidNumber': 'The target must be a number.',
	'target.saved': 'Target saved into your tree; the statuses are updated.',
	'target.failed': 'The edited tree is not valid:',
	'tree.download': 'Download tree (YAML)'
} as const;

export type NotesKey = keyof typeof en;

const ko: Record<NotesKey, string> = {
	'notes.nav': '메모',
	'notes.title': '메모',
	'notes.intro':
		'출시, 장애 등 사건을 기록하면 해당 기간의 모든 차트에 표시됩니다. 기대 효과가 있는 메모는 가설이 되어, 이후 기간의 지표를 이전 기간과 비교합니다 (메모 자체 기간은 제외).',
	'notes.list': '메모 목록',
	'notes.none': '아직 메모가 없습니다.',
	'notes.sample': '샘플 데이터의 메모입니다. 변경 내용은 이 브라우저에 저장됩니다.',
	'notes.add': '메모 추가',
	'notes.edit': '편집',
	'notes.editTitle': '메모 “{label}” 편집',
	'notes.delete': '삭제',
	'notes.deleteNamed': '“{label}” 삭제',
	'notes.editNamed': '“{label}” 편집',
	'notes.save': '메모 저장',
	'notes.cancel': '취소',
	'notes.start': '날짜 (또는 시작일)',
	'notes.end': '종료일 (기간인 경우)',
	'notes.label': '내용',
	'notes.metrics': '지표',
	'notes.metricsHint': '선택: 관련 지표.',
	'notes.hypothesis': '기대 효과 (가설)',
	'notes.hypothesisNone': '없음',
	'notes.hypothesisMetric': '지표',
	'notes.expect': '방향',
	'notes.expect.up': '상승',
	'notes.expect.down': '하락',
	'notes.days': '양쪽 비교 일수',
	'notes.hypothesisText': '이후 {metric} {direction}',
	'notes.export': '메모 내보내기 (JSON)',
	'notes.import': '메모 가져오기 (JSON)',
	'notes.imported': '{name}에서 메모 {count}개를 가져왔습니다.',
	'notes.importFailed': '{name}을(를) 가져오지 못했습니다. 기존 메모는 그대로입니다:',
	'notes.saveFailed': '메모를 이 브라우저에 저장하지 못했습니다:',
	'notes.invalid': '표시된 항목을 확인하세요.',
	'notes.verdict.supported': '지지됨',
	'notes.verdict.contradicted': '반박됨',
	'notes.verdict.inconclusive': '판단 불가',
	'notes.verdict.loading': '확인 중…',
	'notes.verdict.failed': '확인하지 못했습니다: {detail}',
	'notes.verdict.unknownMetric': '지표 “{metric}”이(가) 현재 트리에 없습니다.',
	'notes.verdict.values': '이전 {days}일 {before} → 이후 {days}일 {after}',
	'notes.verdict.change': '변화 {change} (95% 구간 {lo} ~ {hi})',
	'notes.verdict.changeOnly': '변화 {change}',
	'notes.verdict.significant': '유의함',
	'notes.verdict.noise': '오차 범위 내',
	'notes.verdict.too-few': '표본 부족',
	'notes.hypotheses': '이 지표에 대한 가설',
	'notes.onChart': '이 기간의 메모',
	'notes.onNode': '메모: {notes}',
	'notes.addForPeriod': '이 기간에 메모 추가',
	'notes.added': '메모를 추가했습니다.',
	'notes.chartHint': '또는 추세 차트에서 날짜를 클릭하거나 여러 날을 끌어서 선택하세요.',
	'notes.chartKeys': 'Enter 키는 표시된 날짜에 메모 추가, Shift와 화살표 키는 여러 날 선택, Escape 키는 취소',
	'notes.selected': '선택',
	'notes.error.entry': '항목 {entry}',
	'notes.error.entryId': '항목 {entry} (“{id}”)',
	'notes.error.field': '필드 “{field}”',
	'notes.error.json': '올바른 JSON 파일이 아닙니다',
	'notes.error.not_object': '객체여야 합니다',
	'notes.error.version': '버전 1이어야 합니다',
	'notes.error.not_list': '목록이어야 합니다',
	'notes.error.missing': '필수 항목입니다',
	'notes.error.not_text': '텍스트여야 합니다',
	'notes.error.empty': '비어 있으면 안 됩니다',
	'notes.error.too_long': '너무 깁니다',
	'notes.error.not_date': 'YYYY-MM-DD 형식의 날짜여야 합니다',
	'notes.error.end_before_start': '종료일이 시작일보다 앞섭니다',
	'notes.error.not_direction': '“up” 또는 “down”이어야 합니다',
	'notes.error.not_days': '1에서 366 사이의 정수 일수여야 합니다',
	'notes.error.duplicate_id': '같은 id를 가진 항목이 있습니다',
	'target.edit': '목표 편집',
	'target.editNamed': '목표 편집 — {name}',
	'target.value': '목표',
	'target.valueHint': '비우면 목표 없음.',
	'target.direction': '좋은 방향',
	'target.direction.down': '목표 이하 (낮을수록 좋음)',
	'target.direction.up': '목표 이상 (높을수록 좋음)',
	'target.save': '목표 저장',
	'target.cancel': '취소',
	'target.invalidNumber': '목표는 숫자여야 합니다.',
	'target.saved': '목표를 내 트리에 저장했고 상태를 갱신했습니다.',
	'target.failed': '편집한 트리가 올바르지 않습니다:',
	'tree.download': '트리 다운로드 (YAML)'
};

const MESSAGES: Record<Locale, Record<NotesKey, string>> = { en, ko };

/** The message for `key` in `locale`, parameters filled in (plurals too, see interpolate.ts). */
export function notesText(locale: Locale, key: NotesKey, params: MessageParams = {}): string {
	return interpolate(locale, MESSAGES[locale][key], params);
}

export function verdictText(locale: Locale, verdict: HypothesisVerdict): string {
	return notesText(locale, `notes.verdict.${verdict}`);
}

/** An annotation-file error in `locale`: where (entry counted from 1, its id, the field), then what. */
export function annotationErrorText(error: AnnotationError, locale: Locale): string {
	const where = [
		error.entry === undefined
			? null
			: error.id === undefined
				? notesText(locale, 'notes.error.entry', { entry: String(error.entry + 1) })
				: notesText(locale, 'notes.error.entryId', { entry: String(error.entry + 1), id: error.id }),
		error.field === undefined ? null : notesText(locale, 'notes.error.field', { field: error.field })
	].filter((part) => part !== null);
	const problem = notesText(locale, `notes.error.${error.problem satisfies AnnotationProblem}`);
	return where.length > 0 ? `${where.join(', ')}: ${problem}` : problem;
}

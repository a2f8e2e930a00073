/**
 * Messages of monitoring and notes (anomalies, annotations, hypotheses, target editing) in English
 * and Korean — kept apart from messages.ts so the features' strings are found in one place.
 */
import { interpolate, type MessageParams } from './interpolate';
import type { Locale } from './messages';

const en = {
	'anomaly.title': 'Unusual days',
	'anomaly.none': 'No unusual day in this period.',
	/** While the daily series that anomalies are found in are still being computed. */
	'anomaly.checking': 'Looking for unusual days…',
	'anomaly.intro': 'Days far from the same weekday of the 8 weeks before (newest first).',
	/** {name} {value} on {day} — expected {expected} ({side}, {verdict}) */
	'anomaly.item': '{name} {value} on {day} — expected {expected} ({side}, {verdict})',
	'anomaly.high': 'high',
	'anomaly.low': 'low',
	'anomaly.good': 'good',
	'anomaly.bad': 'bad',
	/** The mark on a tree node, for screen readers: {count} unusual days, latest {side}, {verdict}. */
	'anomaly.mark': 'Unusual: {count, plural, one {# day} other {# days}}, latest {side}, {verdict}',
	'anomaly.more': 'Show all {count}',
	'anomaly.fewer': 'Show fewer',
	'annotation.title': 'Notes',
	'annotation.marker': 'Note'
} as const;

export type MonitoringKey = keyof typeof en;

const ko: Record<MonitoringKey, string> = {
	'anomaly.title': '이상 징후',
	'anomaly.none': '이 기간에는 이상 징후가 없습니다.',
	'anomaly.checking': '이상 징후를 찾는 중…',
	'anomaly.intro': '지난 8주 같은 요일과 크게 다른 날 (최신순).',
	'anomaly.item': '{name} {value} · {day} — 예상 {expected} ({side}, {verdict})',
	'anomaly.high': '높음',
	'anomaly.low': '낮음',
	'anomaly.good': '좋음',
	'anomaly.bad': '나쁨',
	'anomaly.mark': '이상 징후: {count}일, 최근 {side}, {verdict}',
	'anomaly.more': '{count}개 모두 보기',
	'anomaly.fewer': '접기',
	'annotation.title': '메모',
	'annotation.marker': '메모'
};

const MESSAGES: Record<Locale, Record<MonitoringKey, string>> = { en, ko };

/** The message for `key` with its parameters filled in (through the one formatter, plurals included). */
export function monitoringText(locale: Locale, key: MonitoringKey, values: MessageParams = {}): string {
	return interpolate(locale, MESSAGES[locale][key], values);
}

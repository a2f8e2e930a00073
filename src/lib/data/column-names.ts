/** How uploaded column names are compared with canonical ones: normalised spelling plus known synonyms. */
import type { TableId } from './schema';

/** `createdAt`, `Created At`, `CREATED-AT` → `created_at`; Korean and other letters are kept. */
export function normaliseName(name: string): string {
	return name
		.trim()
		.replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1_$2')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '_')
		.replace(/^_+|_+$/g, '');
}

/**
 * Other names seen for each canonical column, already normalised. Table-specific where a word means
 * different things (a survey's `rating` is the NPS score, a ticket's is CSAT).
 */
export const SYNONYMS: Record<TableId, Record<string, readonly string[]>> = {
	events: {
		ts: [
			'timestamp',
			'time',
			'event_time',
			'event_ts',
			'occurred_at',
			'event_at',
			'datetime',
			'date',
			'created_at',
			'시간',
			'일시',
			'발생일시',
			'이벤트_시간'
		],
		customer_id: [
			'customer',
			'user_id',
			'user',
			'client_id',
			'member_id',
			'cust_id',
			'고객_id',
			'고객id',
			'고객번호',
			'회원_id',
			'회원id'
		],
		event_type: ['event', 'type', 'event_name', 'action', 'kind', '이벤트', '이벤트_유형', '유형'],
		channel: ['source', 'platform', '채널'],
		segment: ['customer_segment', 'tier', '세그먼트', '고객_등급'],
		revenue: ['amount', 'order_amount', 'value', 'price', 'total', 'sales', '매출', '금액', '주문금액']
	},
	tickets: {
		ticket_id: [
			'id',
			'ticket',
			'case_id',
			'ticket_number',
			'case_number',
			'conversation_id',
			'티켓_id',
			'티켓id',
			'티켓번호',
			'문의번호',
			'문의_id'
		],
		created_at: [
			'created',
			'opened_at',
			'opened',
			'created_time',
			'create_time',
			'created_ts',
			'open_time',
			'submitted_at',
			'timestamp',
			'생성일',
			'생성일시',
			'접수일',
			'접수일시',
			'문의일시'
		],
		customer_id: [
			'customer',
			'user_id',
			'requester_id',
			'requester',
			'client_id',
			'member_id',
			'고객_id',
			'고객id',
			'고객번호'
		],
		first_response_at: [
			'first_response',
			'first_reply_at',
			'first_reply',
			'responded_at',
			'first_response_time',
			'first_replied_at',
			'첫_응답',
			'첫응답일시',
			'최초응답일시',
			'응답일시'
		],
		resolved_at: [
			'resolved',
			'solved_at',
			'solved',
			'closed_at',
			'closed',
			'resolution_time',
			'resolved_time',
			'해결일',
			'해결일시',
			'종료일시'
		],
		channel: ['source', 'via', 'medium', '채널', '문의채널'],
		category: ['topic', 'reason', 'type', 'issue_type', 'contact_reason', '카테고리', '유형', '문의유형'],
		priority: ['urgency', 'severity', '우선순위'],
		team: ['group', 'queue', 'assignee_group', 'agent_group', '팀', '담당팀'],
		self_service: [
			'selfservice',
			'is_self_service',
			'bot_resolved',
			'self_served',
			'automated',
			'셀프서비스'
		],
		agent_replies: [
			'replies',
			'reply_count',
			'num_replies',
			'agent_reply_count',
			'replies_count',
			'응답수',
			'답변수'
		],
		reopens: ['reopen_count', 'reopened', 'num_reopens', 'reopened_count', '재오픈', '재문의'],
		csat: [
			'rating',
			'satisfaction',
			'csat_score',
			'csat_rating',
			'customer_satisfaction',
			'satisfaction_score',
			'satisfaction_rating',
			'만족도',
			'고객만족도'
		]
	},
	surveys: {
		ts: [
			'timestamp',
			'time',
			'answered_at',
			'submitted_at',
			'responded_at',
			'created_at',
			'created',
			'date',
			'survey_date',
			'응답일시',
			'일시',
			'설문일시'
		],
		score: [
			'nps_score',
			'nps',
			'rating',
			'likelihood',
			'recommend_score',
			'answer',
			'점수',
			'추천점수',
			'nps점수'
		],
		customer_id: [
			'customer',
			'user_id',
			'respondent_id',
			'client_id',
			'member_id',
			'고객_id',
			'고객id',
			'고객번호'
		],
		touchpoint: ['touch_point', 'trigger', 'survey_type', 'context', 'journey', '접점', '터치포인트']
	}
};

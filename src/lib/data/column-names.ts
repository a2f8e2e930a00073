/**
 * How uploaded column names are compared with canonical ones: a header is split into words, the words that
 * only say what type a column has (`date`, `id`, `at`, …) and the words naming the file's own entity
 * (`ticket`, `order`, `review`, …) are set aside, and what is left is looked up in a synonym table per
 * canonical column. The table was built from the vendors' export documentation (cited per group below).
 */
import type { TableId } from './schema';

/** `createdAt`, `Created At`, `CREATED-AT` → `created_at`; Korean and other letters are kept. */
export function normaliseName(name: string): string {
	return nameTokens(name).join('_');
}

/** The words of a header: camelCase, spaces, `_`, `-`, `.`, `/` and brackets split it; lower case. */
export function nameTokens(name: string): string[] {
	return name
		.trim()
		.replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
		.replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((t) => t.length > 0);
}

/** Words that only say what type a column has: ignored when other words are left. */
export const TYPE_WORDS: ReadonlySet<string> = new Set([
	'date',
	'time',
	'at',
	'on',
	'timestamp',
	'datetime',
	'dt',
	'ts',
	'utc',
	'local',
	'id',
	'key',
	'no',
	'nr',
	'num',
	'number',
	'code',
	'value'
]);

/** Words naming the record a file is about: ignored when other words are left (`ticket_status` → status). */
export const ENTITY_WORDS: ReadonlySet<string> = new Set([
	'ticket',
	'tickets',
	'case',
	'order',
	'orders',
	'review',
	'survey',
	'event',
	'conversation',
	'request',
	'service',
	'sr',
	'hs',
	'olist'
]);

/**
 * The words that carry a header's meaning: type words and entity words dropped while something else is left.
 * `Created Date` → created; `review_creation_date` → creation; `Ticket ID` → ticket; `ID` → id.
 */
export function coreTokens(name: string): string[] {
	const all = nameTokens(name);
	const meaningful = all.filter((t) => !TYPE_WORDS.has(t));
	if (meaningful.length === 0) return all;
	const specific = meaningful.filter((t) => !ENTITY_WORDS.has(t));
	return specific.length > 0 ? specific : meaningful;
}

/** Whether a header carries an identifier word (`id`, `key`, `no`, `number`, `#`). */
export function hasIdWord(name: string): boolean {
	return (
		/#/.test(name) || nameTokens(name).some((t) => ['id', 'key', 'no', 'nr', 'number', 'uid'].includes(t))
	);
}

/**
 * Synonyms per canonical column, as core words (see coreTokens), best first. A header matches a synonym
 * exactly, or contains all its words (a weaker match). Table-specific where a word means different things
 * (a survey's `rating` is the NPS score, a ticket's is CSAT; `created` is an event's time but a ticket's
 * `created_at`).
 */
export const SYNONYMS: Record<TableId, Record<string, readonly string[]>> = {
	events: {
		// Shopify order export ("Created at", "Paid at", "Processed at"; shopify.dev Order sort keys CREATED_AT /
		// PROCESSED_AT), WooCommerce ("date", "Order Date"), Olist orders ("order_purchase_timestamp",
		// pavelgrigoryevds.github.io/olist-deep-dive data description), generic event logs.
		ts: [
			'ts',
			'timestamp',
			'event time',
			'occurred',
			'happened',
			'purchase',
			'purchased',
			'placed',
			'ordered',
			'created',
			'creation',
			'processed',
			'submitted',
			'received',
			'time',
			'date',
			'datetime',
			'시간',
			'일시',
			'발생일시',
			'주문일시',
			'이벤트 시간'
		],
		// Shopify "Email", WooCommerce "customer_user" / "billing_email", Olist "customer_id" / "customer_unique_id".
		customer_id: [
			'customer',
			'user',
			'client',
			'member',
			'visitor',
			'buyer',
			'shopper',
			'cust',
			'customer user',
			'customer unique',
			'email',
			'customer email',
			'billing email',
			'고객',
			'고객번호',
			'회원'
		],
		event_type: [
			'event type',
			'type',
			'event',
			'event name',
			'action',
			'kind',
			'activity',
			'이벤트',
			'이벤트 유형',
			'유형'
		],
		// Shopify "Source" (web, pos, …), analytics "platform" / "medium" / "device".
		channel: ['channel', 'source', 'sales channel', 'source name', 'platform', 'medium', 'device', '채널'],
		segment: [
			'segment',
			'customer segment',
			'customer type',
			'customer group',
			'tier',
			'세그먼트',
			'고객 등급'
		],
		// Shopify "Total" / "Subtotal", WooCommerce "order_total", Olist payments "payment_value".
		revenue: [
			'revenue',
			'amount',
			'total',
			'order total',
			'grand total',
			'total price',
			'subtotal',
			'payment',
			'price',
			'sales',
			'net sales',
			'order amount',
			'매출',
			'금액',
			'주문금액'
		]
	},
	tickets: {
		// Zendesk "id" / "Ticket ID", Freshdesk "Ticket ID", Salesforce Case "Case Number" (CaseNumber), HubSpot
		// "Ticket ID", Intercom / Help Scout "Conversation ID", NYC 311 "Unique Key", Olist reviews "review_id".
		ticket_id: [
			'ticket',
			'id',
			'case',
			'request',
			'conversation',
			'unique',
			'incident',
			'issue',
			'reference',
			'ref',
			'review',
			'feedback',
			'sr',
			'티켓',
			'티켓번호',
			'문의번호',
			'문의'
		],
		// Zendesk "created_at", Freshdesk "Created time", Salesforce "Date/Time Opened" / "Created Date" (CreatedDate),
		// HubSpot "Create date", Intercom "created_at", 311 "Created Date", Olist reviews "review_creation_date".
		created_at: [
			'created',
			'create',
			'creation',
			'opened',
			'open',
			'submitted',
			'received',
			'reported',
			'logged',
			'raised',
			'requested',
			'start',
			'started',
			'timestamp',
			'생성일',
			'생성일시',
			'접수',
			'접수일',
			'접수일시',
			'문의일시'
		],
		// Zendesk "requester_id", Freshdesk "Contact ID", Salesforce "Contact ID" / "Account ID", HubSpot contact,
		// Intercom "contact" / "user", Olist "customer_id".
		customer_id: [
			'customer',
			'requester',
			'user',
			'contact',
			'author',
			'client',
			'member',
			'account',
			'cust',
			'customer unique',
			'email',
			'customer email',
			'requester email',
			'contact email',
			'고객',
			'고객번호'
		],
		// Intercom statistics "first_admin_reply_at", Freshdesk "Initial response time" (a date), Zendesk
		// ticket metrics "first reply". A number of hours ("First response time (in hrs)") is no timestamp: the
		// values decide (see mapping.ts).
		first_response_at: [
			'first response',
			'first reply',
			'first responded',
			'first replied',
			'first admin reply',
			'first agent reply',
			'initial response',
			'responded',
			'첫 응답',
			'첫응답일시',
			'최초응답일시',
			'응답일시'
		],
		// Zendesk "solved_at", Freshdesk "Resolved time" / "Closed time", Salesforce "Closed Date" (ClosedDate),
		// HubSpot "Close date", Intercom "first_close_at" / "last_close_at", 311 "Closed Date".
		resolved_at: [
			'resolved',
			'solved',
			'closed',
			'close',
			'completed',
			'resolution',
			'finished',
			'done',
			'last close',
			'first close',
			'해결일',
			'해결일시',
			'종료일시'
		],
		// Zendesk "via", Freshdesk "Source", Salesforce "Case Origin" (Origin), HubSpot "Source" (source_type),
		// Help Scout conversation "type" (email/chat/phone), 311 "Open Data Channel Type".
		channel: [
			'channel',
			'source',
			'via',
			'origin',
			'medium',
			'source type',
			'initial channel',
			'contact method',
			'channel type',
			'채널',
			'문의채널'
		],
		// Zendesk "ticket_type", Freshdesk "Type", Salesforce "Case Reason" / "Case Type", HubSpot "Category"
		// (hs_ticket_category), 311 "Complaint Type".
		category: [
			'category',
			'type',
			'topic',
			'reason',
			'issue type',
			'complaint type',
			'complaint',
			'contact reason',
			'request type',
			'problem',
			'subject category',
			'카테고리',
			'유형',
			'문의유형'
		],
		// Zendesk / Freshdesk / Salesforce / HubSpot "Priority" (hs_ticket_priority), Intercom "priority".
		priority: ['priority', 'urgency', 'severity', 'importance', '우선순위'],
		// Zendesk "group", Freshdesk "Group", Intercom "team_assignee_id", Help Scout "Mailbox", 311 "Agency",
		// Salesforce queue owner.
		team: [
			'team',
			'group',
			'queue',
			'department',
			'assignee group',
			'agent group',
			'team assignee',
			'agency',
			'mailbox',
			'inbox',
			'팀',
			'담당팀'
		],
		self_service: [
			'self service',
			'selfservice',
			'bot resolved',
			'self served',
			'automated',
			'deflected',
			'resolved by bot',
			'셀프서비스'
		],
		// Zendesk metrics "replies", Freshdesk "Agent interactions", Intercom statistics "count_assignments"/responses.
		agent_replies: [
			'agent replies',
			'replies',
			'reply count',
			'agent interactions',
			'agent reply count',
			'replies count',
			'num replies',
			'admin replies',
			'응답수',
			'답변수'
		],
		// Zendesk metrics "reopens", Intercom statistics "count_reopens".
		reopens: [
			'reopens',
			'reopen',
			'reopen count',
			'reopened',
			'count reopens',
			'num reopens',
			'재오픈',
			'재문의'
		],
		// Zendesk "satisfaction" / "Satisfaction Score", Intercom "conversation_rating", Freshdesk "Survey results",
		// Dixa "rating_score", Olist reviews "review_score" (1–5).
		csat: [
			'csat',
			'satisfaction',
			'rating',
			'score',
			'csat score',
			'csat rating',
			'satisfaction score',
			'satisfaction rating',
			'customer satisfaction',
			'conversation rating',
			'rating score',
			'survey results',
			'stars',
			'만족도',
			'고객만족도'
		]
	},
	surveys: {
		ts: [
			'ts',
			'timestamp',
			'answered',
			'submitted',
			'responded',
			'response',
			'completed',
			'created',
			'creation',
			'survey date',
			'time',
			'date',
			'응답일시',
			'일시',
			'설문일시'
		],
		score: [
			'score',
			'nps',
			'nps score',
			'rating',
			'likelihood',
			'likelihood to recommend',
			'recommend',
			'recommend score',
			'answer',
			'점수',
			'추천점수',
			'nps점수'
		],
		customer_id: [
			'customer',
			'user',
			'respondent',
			'client',
			'member',
			'contact',
			'email',
			'고객',
			'고객번호'
		],
		touchpoint: [
			'touchpoint',
			'touch point',
			'trigger',
			'survey type',
			'survey name',
			'campaign',
			'context',
			'journey',
			'stage',
			'접점',
			'터치포인트'
		]
	}
};

/**
 * Real-world export headers → canonical column, extra dimension or ignored, each with the reason. Every export
 * is one file (headers compete for the same canonical column, as in a real upload), with a few values per
 * column as a CSV would give them (text). Header conventions from the vendors' documentation: Zendesk ticket
 * export and metrics fields, Freshdesk ticket export, Salesforce Case field reference, HubSpot ticket
 * properties, Intercom conversation model (Fivetran schema), Help Scout conversation object, NYC 311 service
 * requests, Olist orders and reviews, Shopify orders export, WooCommerce order export, a Delighted-style NPS export.
 */
import { describe, expect, it } from 'vitest';
import {
	autoMap,
	extraDimensionCandidates,
	guessTable,
	type ColumnSamples,
	type SourceColumn
} from '../../../src/lib/data/mapping';
import type { TableId } from '../../../src/lib/data/schema';

/** `extra` = kept as an extra dimension; `ignore` = neither mapped nor kept. */
type Outcome = string;
type Row = [header: string, values: unknown[], expected: Outcome, reason: string];

interface Export {
	name: string;
	table: TableId;
	rows: Row[];
}

const EXPORTS: Export[] = [
	{
		name: 'Zendesk ticket export',
		table: 'tickets',
		rows: [
			['Id', ['1001', '1002', '1003', '1004'], 'ticket_id', 'bare id of a ticket export'],
			[
				'Requester',
				['Ana Li', 'Bo Kim', 'Cy Ray', 'Di Wu'],
				'ignore',
				'names, all different: not a dimension'
			],
			[
				'Requester id',
				['501', '502', '501', '503'],
				'customer_id',
				'requester + id word beats the bare name'
			],
			['Assignee', ['Mia', 'Mia', 'Leo', 'Leo'], 'extra', 'agent name repeats: extra dimension'],
			['Group', ['Support', 'Billing', 'Support', 'Support'], 'team', 'group is the team'],
			['Subject', ['Where is my parcel', 'Refund?', 'Login fails', 'Broken item'], 'ignore', 'free text'],
			['Status', ['solved', 'open', 'solved', 'pending'], 'extra', 'no canonical status: dimension'],
			['Priority', ['normal', 'high', 'normal', 'low'], 'priority', 'same name'],
			['Via', ['Mail', 'Web Widget', 'Mail', 'Chat'], 'channel', 'Zendesk calls the channel “via”'],
			[
				'Ticket type',
				['question', 'incident', 'question', 'problem'],
				'category',
				'ticket word dropped, type'
			],
			[
				'Created at',
				['2025-03-01 09:00:00', '2025-03-01 10:00:00', '2025-03-02 11:00:00', '2025-03-02 12:00:00'],
				'created_at',
				'created'
			],
			[
				'Assigned at',
				['2025-03-01 09:05:00', '2025-03-01 10:05:00', '2025-03-02 11:05:00', '2025-03-02 12:05:00'],
				'ignore',
				'a timestamp with no canonical meaning'
			],
			[
				'Solved at',
				['2025-03-01 12:00:00', '', '2025-03-03 11:00:00', ''],
				'resolved_at',
				'solved = resolved'
			],
			[
				'Satisfaction Score',
				['Good', 'Bad', 'Offered', 'Good'],
				'extra',
				'words, not 1–5: cannot be CSAT, kept as text'
			],
			['Reopens', ['0', '1', '0', '0'], 'reopens', 'same name'],
			['Replies', ['2', '1', '3', '0'], 'agent_replies', 'Zendesk metric “replies”'],
			[
				'First reply time in minutes',
				['12', '40', '3', '95'],
				'ignore',
				'a duration, not a timestamp (values too small for epochs)'
			],
			['Full resolution time in minutes', ['300', '20', '1440', '60'], 'ignore', 'a duration']
		]
	},
	{
		name: 'Freshdesk ticket export',
		table: 'tickets',
		rows: [
			['Ticket ID', ['11', '12', '13', '14'], 'ticket_id', 'ticket + id'],
			[
				'Subject',
				['Order late', 'Wrong size', 'Card declined', 'Other'],
				'ignore',
				'free text, all different'
			],
			['Status', ['Closed', 'Open', 'Resolved', 'Closed'], 'extra', 'status dimension'],
			['Priority', ['Low', 'Medium', 'High', 'Low'], 'priority', 'same name'],
			['Source', ['Email', 'Portal', 'Phone', 'Email'], 'channel', 'Freshdesk “Source” is the channel'],
			['Type', ['Question', 'Incident', 'Problem', 'Question'], 'category', 'ticket type'],
			['Agent', ['Ann', 'Bob', 'Ann', 'Bob'], 'extra', 'agent dimension'],
			['Group', ['Tier 1', 'Tier 2', 'Tier 1', 'Tier 1'], 'team', 'group'],
			[
				'Created time',
				['2025-03-01 08:00:00', '2025-03-01 09:00:00', '2025-03-02 10:00:00', '2025-03-03 11:00:00'],
				'created_at',
				'created'
			],
			[
				'Due by Time',
				['2025-03-02 08:00:00', '2025-03-02 09:00:00', '2025-03-03 10:00:00', '2025-03-04 11:00:00'],
				'ignore',
				'a deadline'
			],
			[
				'Resolved time',
				['2025-03-01 18:00:00', '', '2025-03-02 19:00:00', ''],
				'resolved_at',
				'resolved beats closed'
			],
			[
				'Closed time',
				['2025-03-02 18:00:00', '', '2025-03-03 19:00:00', ''],
				'ignore',
				'resolved_at already taken'
			],
			[
				'Last update time',
				['2025-03-02 18:00:00', '2025-03-02 18:00:00', '2025-03-03 19:00:00', '2025-03-04 12:00:00'],
				'ignore',
				'no canonical meaning'
			],
			[
				'Initial response time',
				['2025-03-01 08:30:00', '2025-03-01 09:10:00', '', '2025-03-03 11:45:00'],
				'first_response_at',
				'initial response, a date'
			],
			[
				'First response time (in hrs)',
				['0.5', '0.17', '', '0.75'],
				'ignore',
				'hours as a number: a duration, not a timestamp'
			],
			['Resolution time (in hrs)', ['10', '', '33', ''], 'ignore', 'a duration'],
			['Agent interactions', ['1', '3', '2', '1'], 'agent_replies', 'Freshdesk’s agent reply count'],
			['Customer interactions', ['1', '2', '2', '1'], 'ignore', 'a count; customer_id goes to Contact ID'],
			[
				'Survey results',
				['Extremely happy', 'Neutral', 'Extremely happy', 'Unhappy'],
				'extra',
				'words, not a 1–5 rating'
			],
			['Product', ['Shop', 'Shop', 'App', 'Shop'], 'extra', 'product line dimension'],
			['Contact ID', ['c1', 'c2', 'c1', 'c3'], 'customer_id', 'contact + id word']
		]
	},
	{
		name: 'Salesforce Case (API names)',
		table: 'tickets',
		rows: [
			[
				'Id',
				['5003000000D8cuI', '5003000000D8cuJ', '5003000000D8cuK', '5003000000D8cuL'],
				'ticket_id',
				'the record id'
			],
			[
				'CaseNumber',
				['00001001', '00001002', '00001003', '00001004'],
				'ignore',
				'the id is already taken by Id'
			],
			[
				'ContactId',
				['0033000000a1', '0033000000a2', '0033000000a1', '0033000000a3'],
				'customer_id',
				'contact + id'
			],
			[
				'AccountId',
				['0013000000x1', '0013000000x1', '0013000000x2', '0013000000x2'],
				'ignore',
				'an id: never a dimension'
			],
			['Origin', ['Web', 'Phone', 'Email', 'Web'], 'channel', 'Case Origin is the channel'],
			[
				'Reason',
				['Installation', 'Performance', 'Breakdown', 'Installation'],
				'extra',
				'category goes to Type (better synonym)'
			],
			['Type', ['Problem', 'Question', 'Problem', 'Feature Request'], 'category', 'case type'],
			['Status', ['Closed', 'New', 'Working', 'Closed'], 'extra', 'status dimension'],
			['Priority', ['High', 'Medium', 'Low', 'High'], 'priority', 'same name'],
			[
				'CreatedDate',
				[
					'2025-03-01T09:15:00.000Z',
					'2025-03-01T10:00:00.000Z',
					'2025-03-02T11:30:00.000Z',
					'2025-03-03T08:00:00.000Z'
				],
				'created_at',
				'camelCase split: created (ISO with Z)'
			],
			[
				'ClosedDate',
				['2025-03-01T19:15:00.000Z', '', '2025-03-04T11:30:00.000Z', ''],
				'resolved_at',
				'closed'
			],
			[
				'IsEscalated',
				['false', 'true', 'false', 'false'],
				'ignore',
				'a flag with no canonical meaning (not text)'
			],
			['OwnerId', ['0053000000u1', '0053000000u2', '0053000000u1', '0053000000u1'], 'ignore', 'an id']
		]
	},
	{
		name: 'HubSpot tickets export',
		table: 'tickets',
		rows: [
			['Ticket ID', ['901', '902', '903', '904'], 'ticket_id', 'ticket + id'],
			['Ticket name', ['Refund for #12', 'Where is #13', 'Login', 'Return #14'], 'ignore', 'free text'],
			[
				'Pipeline',
				['Support Pipeline', 'Support Pipeline', 'Returns', 'Returns'],
				'extra',
				'pipeline dimension'
			],
			[
				'Ticket status',
				['Closed', 'New', 'Waiting on contact', 'Closed'],
				'extra',
				'ticket word dropped: status'
			],
			['Priority', ['HIGH', 'MEDIUM', 'LOW', 'HIGH'], 'priority', 'same name'],
			['Source', ['EMAIL', 'CHAT', 'FORM', 'EMAIL'], 'channel', 'HubSpot source_type'],
			[
				'Category',
				['PRODUCT_ISSUE', 'BILLING_ISSUE', 'GENERAL_INQUIRY', 'PRODUCT_ISSUE'],
				'category',
				'same name'
			],
			[
				'Create date',
				['2025-03-01 10:00', '2025-03-02 11:00', '2025-03-02 15:00', '2025-03-04 09:00'],
				'created_at',
				'create'
			],
			['Close date', ['2025-03-02 10:00', '', '2025-03-03 15:00', ''], 'resolved_at', 'close'],
			['Ticket owner', ['Kim', 'Lee', 'Kim', 'Kim'], 'extra', 'owner dimension'],
			['Associated Contact', ['a@x.io', 'b@x.io', 'a@x.io', 'c@x.io'], 'customer_id', 'contains “contact”']
		]
	},
	{
		name: 'Intercom conversations (API / Fivetran names)',
		table: 'tickets',
		rows: [
			['id', ['215', '216', '217', '218'], 'ticket_id', 'bare id'],
			[
				'created_at',
				['1740823200', '1740826800', '1740913200', '1740999600'],
				'created_at',
				'exact; epoch seconds'
			],
			[
				'statistics_first_admin_reply_at',
				['1740823500', '', '1740913800', '1741000000'],
				'first_response_at',
				'first admin reply'
			],
			['statistics_first_close_at', ['1740830000', '', '1740920000', ''], 'resolved_at', 'first close'],
			['conversation_rating_rating', ['5', '', '2', '4'], 'csat', 'rating, values 1–5'],
			['source_type', ['conversation', 'email', 'conversation', 'email'], 'channel', 'source type'],
			['team_assignee_id', ['t1', 't2', 't1', 't1'], 'team', 'team assignee'],
			['state', ['closed', 'open', 'closed', 'snoozed'], 'extra', 'state dimension'],
			['priority', ['not_priority', 'priority', 'not_priority', 'not_priority'], 'priority', 'same name'],
			['statistics_count_reopens', ['0', '0', '1', '0'], 'reopens', 'count reopens'],
			[
				'source_author_id',
				['u1', 'u2', 'u1', 'u3'],
				'customer_id',
				'the author of the first message is the customer'
			]
		]
	},
	{
		name: 'Help Scout conversations',
		table: 'tickets',
		rows: [
			['Conversation ID', ['88001', '88002', '88003', '88004'], 'ticket_id', 'conversation + id'],
			['Number', ['301', '302', '303', '304'], 'ignore', 'id already taken'],
			['Mailbox', ['Support', 'Sales', 'Support', 'Support'], 'team', 'a mailbox is a team inbox'],
			['Type', ['email', 'chat', 'phone', 'email'], 'channel', 'values are channel names, so not category'],
			['Status', ['closed', 'active', 'pending', 'closed'], 'extra', 'status dimension'],
			['Subject', ['Hi', 'Invoice', 'Bug', 'Thanks'], 'ignore', 'free text'],
			['Customer', ['Ana', 'Ben', 'Ana', 'Cy'], 'customer_id', 'customer'],
			[
				'Customer Email',
				['ana@x.io', 'ben@x.io', 'ana@x.io', 'cy@x.io'],
				'ignore',
				'customer already taken; not a dimension (an email per customer)'
			],
			[
				'Created At',
				['2025-03-01T09:00:00Z', '2025-03-01T09:30:00Z', '2025-03-02T10:00:00Z', '2025-03-03T11:00:00Z'],
				'created_at',
				'created'
			],
			['Closed At', ['2025-03-01T12:00:00Z', '', '2025-03-02T18:00:00Z', ''], 'resolved_at', 'closed'],
			['Assigned To', ['Jo', 'Jo', 'Max', 'Jo'], 'extra', 'agent dimension']
		]
	},
	{
		name: 'NYC 311 service requests',
		table: 'tickets',
		rows: [
			[
				'Unique Key',
				['28000001', '28000002', '28000003', '28000004'],
				'ticket_id',
				'unique (key is a type word)'
			],
			[
				'Created Date',
				[
					'05/10/2014 06:15:00 AM',
					'05/13/2014 11:02:10 PM',
					'05/14/2014 09:00:00 AM',
					'05/20/2014 01:30:00 PM'
				],
				'created_at',
				'created; US dates (13 decides month first)'
			],
			['Closed Date', ['05/11/2014 08:00:00 AM', '', '05/15/2014 10:00:00 AM', ''], 'resolved_at', 'closed'],
			['Agency', ['NYPD', 'DOT', 'NYPD', 'HPD'], 'team', 'the department handling it'],
			[
				'Agency Name',
				[
					'New York City Police Department',
					'Department of Transportation',
					'New York City Police Department',
					'Housing'
				],
				'extra',
				'team taken; a repeating name'
			],
			[
				'Complaint Type',
				['Noise - Residential', 'Street Condition', 'Noise - Residential', 'HEAT/HOT WATER'],
				'category',
				'complaint type'
			],
			[
				'Descriptor',
				['Loud Music/Party', 'Pothole', 'Loud Music/Party', 'ENTIRE BUILDING'],
				'extra',
				'a dimension'
			],
			[
				'Location Type',
				['Residential Building/House', 'Street', 'Residential Building/House', 'RESIDENTIAL BUILDING'],
				'extra',
				'a dimension'
			],
			['Incident Zip', ['10001', '11201', '10001', '10458'], 'ignore', 'numbers: not text, not a dimension'],
			['City', ['NEW YORK', 'BROOKLYN', 'NEW YORK', 'BRONX'], 'extra', 'a dimension'],
			['Status', ['Closed', 'Open', 'Closed', 'Assigned'], 'extra', 'a dimension'],
			['Due Date', ['05/12/2014 06:15:00 AM', '', '05/16/2014 09:00:00 AM', ''], 'ignore', 'a deadline'],
			[
				'Resolution Description',
				[
					'The Police Department responded to the complaint and took action.',
					'The Department of Transportation inspected the condition.',
					'The Police Department responded and upon arrival those responsible were gone.',
					'The complaint you filed is a duplicate of a condition already reported.'
				],
				'ignore',
				'long free text'
			],
			[
				'Resolution Action Updated Date',
				['05/11/2014 08:00:00 AM', '', '05/15/2014 10:00:00 AM', ''],
				'ignore',
				'resolved_at taken by the better name'
			],
			[
				'Community Board',
				['05 MANHATTAN', '02 BROOKLYN', '05 MANHATTAN', '07 BRONX'],
				'extra',
				'a dimension'
			],
			['Borough', ['MANHATTAN', 'BROOKLYN', 'MANHATTAN', 'BRONX'], 'extra', 'a dimension'],
			['Open Data Channel Type', ['PHONE', 'ONLINE', 'PHONE', 'MOBILE'], 'channel', 'channel type'],
			['Latitude', ['40.75', '40.69', '40.75', '40.86'], 'ignore', 'a number'],
			['Longitude', ['-73.99', '-73.99', '-73.99', '-73.89'], 'ignore', 'a number']
		]
	},
	{
		name: 'Olist orders',
		table: 'events',
		rows: [
			['order_id', ['e481f51c', '53cdb2fc', '47770eb9', '949d5b44'], 'ignore', 'an id with no events column'],
			['customer_id', ['9ef432eb', 'b0830fb4', '41ce2a54', 'f8819790'], 'customer_id', 'exact'],
			[
				'order_status',
				['delivered', 'delivered', 'canceled', 'shipped'],
				'extra',
				'status dimension (not the event type: no order/visit values)'
			],
			[
				'order_purchase_timestamp',
				['2017-10-02 10:56:33', '2018-07-24 20:41:37', '2018-08-08 08:38:49', '2017-11-18 19:28:06'],
				'ts',
				'purchase is when the order happened'
			],
			[
				'order_approved_at',
				['2017-10-02 11:07:15', '2018-07-26 03:24:27', '2018-08-08 08:55:23', '2017-11-18 19:45:59'],
				'ignore',
				'a later timestamp'
			],
			[
				'order_delivered_carrier_date',
				['2017-10-04 19:55:00', '2018-07-26 14:31:00', '2018-08-08 13:50:00', '2017-11-22 13:39:59'],
				'ignore',
				'later'
			],
			[
				'order_delivered_customer_date',
				['2017-10-10 21:25:13', '2018-08-07 15:27:45', '2018-08-17 18:06:29', '2017-12-02 00:28:42'],
				'ignore',
				'later (its “customer” word is a weak match)'
			]
		]
	},
	{
		name: 'Olist reviews',
		table: 'tickets',
		rows: [
			[
				'review_id',
				['7bc2406110b9', '80e641a11e56', '228ce5500dc1', 'e64fb393e7b3'],
				'ticket_id',
				'review is the record: its id'
			],
			['order_id', ['73fc7af87114', 'a548910a1c61', 'f9e4b658b201', '658677c97b38'], 'ignore', 'another id'],
			['review_score', ['4', '5', '1', '5'], 'csat', 'score, values 1–5'],
			[
				'review_comment_title',
				['', 'recomendo', '', 'Super'],
				'ignore',
				'mostly empty, the rest all different: not a dimension'
			],
			[
				'review_comment_message',
				[
					'Recebi bem antes do prazo estipulado.',
					'Parabéns lojas lannister adorei comprar pela Internet seguro e prático.',
					'aparelho eficiente. no site a marca do aparelho esta impresso como 3desinfector',
					'Mas um pouco ,travando...pelo valor ta Boa.'
				],
				'ignore',
				'long free text'
			],
			[
				'review_creation_date',
				['2018-01-18 00:00:00', '2018-03-10 00:00:00', '2018-02-17 00:00:00', '2017-04-21 00:00:00'],
				'created_at',
				'creation'
			],
			[
				'review_answer_timestamp',
				['2018-01-18 21:46:59', '2018-03-11 03:05:13', '2018-02-18 14:36:24', '2017-04-21 22:02:06'],
				'ignore',
				'the shop’s answer: no canonical column'
			]
		]
	},
	{
		name: 'Shopify orders export',
		table: 'events',
		rows: [
			['Name', ['#1001', '#1002', '#1003', '#1004'], 'ignore', 'order name, all different'],
			['Email', ['a@x.io', 'b@x.io', 'a@x.io', 'c@x.io'], 'customer_id', 'the buyer’s email'],
			['Financial Status', ['paid', 'paid', 'refunded', 'pending'], 'extra', 'a dimension'],
			[
				'Paid at',
				['2025-03-01 10:05:00 +0100', '2025-03-02 11:00:00 +0100', '', '2025-03-03 09:00:00 +0100'],
				'ignore',
				'later than Created at'
			],
			['Fulfillment Status', ['fulfilled', 'unfulfilled', 'fulfilled', 'fulfilled'], 'extra', 'a dimension'],
			[
				'Fulfilled at',
				['2025-03-02 10:00:00 +0100', '', '2025-03-04 12:00:00 +0100', '2025-03-05 09:00:00 +0100'],
				'ignore',
				'later'
			],
			['Currency', ['EUR', 'EUR', 'USD', 'EUR'], 'extra', 'a dimension'],
			['Subtotal', ['40.00', '12.50', '99.90', '5.00'], 'ignore', 'revenue goes to Total (better synonym)'],
			['Total', ['45.00', '17.50', '104.90', '10.00'], 'revenue', 'order total'],
			[
				'Created at',
				[
					'2025-03-01 10:00:00 +0100',
					'2025-03-02 10:55:00 +0100',
					'2025-03-02 18:00:00 +0100',
					'2025-03-03 08:59:00 +0100'
				],
				'ts',
				'created; the earliest of the order’s times'
			],
			['Source', ['web', 'pos', 'web', 'shopify_draft_order'], 'channel', 'sales channel'],
			['Billing City', ['Berlin', 'Paris', 'Berlin', 'Rome'], 'extra', 'a dimension'],
			[
				'Payment Method',
				['Shopify Payments', 'Cash', 'PayPal', 'Shopify Payments'],
				'extra',
				'revenue taken; text dimension'
			],
			['Vendor', ['Acme', 'Acme', 'Globex', 'Acme'], 'extra', 'a dimension'],
			['Id', ['5001', '5002', '5003', '5004'], 'ignore', 'an id']
		]
	},
	{
		name: 'WooCommerce order export',
		table: 'events',
		rows: [
			['order_id', ['4993', '4992', '4991', '4990'], 'ignore', 'an id'],
			[
				'date',
				['5/31/2016 0:37', '5/30/2016 22:00', '5/30/2016 14:12', '5/29/2016 9:45'],
				'ts',
				'the order date (US, 31 decides month first)'
			],
			['status', ['printed', 'completed', 'processing', 'completed'], 'extra', 'a dimension'],
			['order_total', ['30', '45.5', '12', '30'], 'revenue', 'order word dropped: total'],
			['payment_method', ['paypal', 'stripe', 'paypal', 'paypal'], 'extra', 'text dimension'],
			['customer_user', ['17', '0', '23', '17'], 'customer_id', 'customer user'],
			[
				'billing_email',
				['a@x.io', 'b@x.io', 'c@x.io', 'a@x.io'],
				'ignore',
				'customer already taken; an email per customer'
			],
			['billing_country', ['US', 'US', 'CA', 'US'], 'extra', 'a dimension']
		]
	},
	{
		name: 'NPS survey export',
		table: 'surveys',
		rows: [
			['Response ID', ['r1', 'r2', 'r3', 'r4'], 'ignore', 'an id (surveys have none)'],
			['Email', ['a@x.io', 'b@x.io', 'c@x.io', 'a@x.io'], 'customer_id', 'the respondent'],
			['Score', ['9', '10', '6', '3'], 'score', '0–10 with values above 5: the NPS score'],
			[
				'Comment',
				['Great service, fast delivery', 'Love it', 'Slow shipping this time', 'Never again'],
				'ignore',
				'free text'
			],
			[
				'Response timestamp',
				[
					'2025-03-01T10:00:00+09:00',
					'2025-03-01T11:00:00+09:00',
					'2025-03-02T12:00:00+09:00',
					'2025-03-03T13:00:00+09:00'
				],
				'ts',
				'response (ISO with offset)'
			],
			[
				'Trigger',
				['after_delivery', 'after_support', 'after_delivery', 'after_delivery'],
				'touchpoint',
				'what triggered the survey'
			],
			['Country', ['KR', 'KR', 'JP', 'KR'], 'extra', 'a dimension']
		]
	}
];

function outcomes(e: Export) {
	const columns: SourceColumn[] = e.rows.map(([name]) => ({ name, type: 'VARCHAR' }));
	const samples: ColumnSamples = Object.fromEntries(e.rows.map(([name, values]) => [name, values]));
	const table = guessTable(columns, samples);
	const mapping = autoMap(e.table, columns, samples);
	const extras = new Set(extraDimensionCandidates(e.table, columns, samples, mapping));
	const mapped = new Map(
		Object.entries(mapping).flatMap(([canonical, c]) => (c.source ? [[c.source, canonical] as const] : []))
	);
	const outcome = (header: string) => mapped.get(header) ?? (extras.has(header) ? 'extra' : 'ignore');
	return { table, mapping, outcome };
}

describe('real-world headers', () => {
	it('has at least 60 headers with a reason each', () => {
		const rows = EXPORTS.flatMap((e) => e.rows);
		expect(rows.length).toBeGreaterThanOrEqual(60);
		expect(rows.every(([, , , reason]) => reason.length > 0)).toBe(true);
	});

	for (const e of EXPORTS) {
		describe(e.name, () => {
			it(`is guessed as ${e.table}`, () => {
				expect(outcomes(e).table).toBe(e.table);
			});
			for (const [header, , expected, reason] of e.rows) {
				it(`${header} → ${expected} (${reason})`, () => {
					expect(outcomes(e).outcome(header)).toBe(expected);
				});
			}
		});
	}

	it('reads an order export’s rows as order events, US dates month first and offsets in the browser’s zone', () => {
		const shopify = outcomes(EXPORTS.find((e) => e.name.startsWith('Shopify'))!);
		expect(shopify.mapping.event_type).toEqual({ source: null, constant: 'order' });
		expect(shopify.mapping.ts).toMatchObject({ reading: 'text', zone: 0 });
		const nyc = outcomes(EXPORTS.find((e) => e.name.startsWith('NYC'))!);
		expect(nyc.mapping.created_at).toEqual({ source: 'Created Date', reading: 'text_mdy' });
		const woo = outcomes(EXPORTS.find((e) => e.name.startsWith('Woo'))!);
		expect(woo.mapping.ts?.reading).toBe('text_mdy');
	});
});

/**
 * Simulates the year day by day and collects the three tables, each in time order.
 *
 * The simulation starts a few weeks before 2025 (the warm-up) so that early-January tickets and
 * surveys have December orders behind them; nothing from the warm-up is written.
 */
import { dayOf, DAYS_IN_YEAR } from './calendar';
import { contactsForOrder, repeatContact, type Contact } from './contacts';
import { createCustomers, CUSTOMERS_AT_SCALE_1 } from './customers';
import { DayBuckets } from './day-buckets';
import { simulateEventsOfDay } from './events';
import { createRandom } from './random';
import { createRowStore, type RowStore } from './row-store';
import { EVENTS, NULL_ID, SURVEYS, TICKETS, type SurveyRow, type TicketRow } from './schema';
import { QUIET_STORY, SAMPLE_STORY } from './story';
import { inAppSurveys, deliverySurvey, supportSurvey } from './surveys';
import { openTicket, type Ticket } from './ticket';
import { repeatLikelihood, resolveTicket, type Outcome } from './ticket-outcome';
import { Category } from './vocabulary';

const WARM_UP_DAYS = 35;

export interface SampleOptions {
	/** 1 = ~1M events; fractional scales are fine (tests use 0.02). */
	readonly scale: number;
	readonly seed: number;
	/** false: the same year without the launch, the incident or any other planned event. Default true. */
	readonly story?: boolean;
}

export interface SampleTables {
	readonly events: RowStore<typeof EVENTS>;
	readonly tickets: RowStore<typeof TICKETS>;
	readonly surveys: RowStore<typeof SURVEYS>;
}

interface HandledTicket {
	readonly ticket: Ticket;
	readonly outcome: Outcome;
}

function ticketRow(ticketNumber: number, { ticket, outcome }: HandledTicket): TicketRow {
	return {
		ticket_id: ticketNumber,
		created_at: ticket.contact.ts,
		customer_id: ticket.customer < 0 ? NULL_ID : ticket.customer + 1,
		first_response_at: outcome.firstResponseUs,
		resolved_at: outcome.resolvedUs,
		channel: ticket.contact.channel,
		category: ticket.contact.category,
		priority: ticket.priority,
		team: ticket.team,
		self_service: ticket.selfService ? 1 : 0,
		agent_replies: outcome.agentReplies,
		reopens: outcome.reopens,
		csat: outcome.csat
	};
}

const byTs = (a: { ts: number }, b: { ts: number }) => a.ts - b.ts;

export function simulateYear({ scale, seed, story: withStory = true }: SampleOptions): SampleTables {
	const story = withStory ? SAMPLE_STORY : QUIET_STORY;
	// Independent streams: recalibrating tickets does not reshuffle events, and so on.
	const random = {
		customers: createRandom(seed, 0),
		events: createRandom(seed, 1),
		contacts: createRandom(seed, 2),
		tickets: createRandom(seed, 3),
		surveys: createRandom(seed, 4)
	};
	const customers = createCustomers(
		Math.round(CUSTOMERS_AT_SCALE_1 * scale),
		random.customers,
		story.visitDemand
	);
	const tables: SampleTables = {
		events: createRowStore(EVENTS),
		tickets: createRowStore(TICKETS),
		surveys: createRowStore(SURVEYS)
	};
	const contactsDue = new DayBuckets<Contact>();
	const surveysDue = new DayBuckets<SurveyRow>();
	let ticketNumber = 0;

	for (let day = -WARM_UP_DAYS; day < DAYS_IN_YEAR; day++) {
		const recorded = day >= 0;
		const { events, orders } = simulateEventsOfDay(day, scale, customers, random.events, story);
		if (recorded) for (const event of events) tables.events.append(event);

		for (const order of orders) {
			const contacts = contactsForOrder(order, random.contacts, story);
			for (const contact of contacts) contactsDue.add(dayOf(contact.ts), contact);
			const neededHelp = contacts.some((contact) => contact.category === Category.delivery);
			const survey = deliverySurvey(order, neededHelp, random.surveys, story);
			if (survey) surveysDue.add(dayOf(survey.ts), survey);
		}

		// Repeat contacts due today join today's queue; later ones wait for their day.
		const queue = contactsDue.take(day);
		const handled: (HandledTicket & { ts: number })[] = [];
		for (let i = 0; i < queue.length; i++) {
			const ticket = openTicket(queue[i]!, random.tickets, story);
			const outcome = resolveTicket(ticket, random.tickets, story);
			handled.push({ ticket, outcome, ts: ticket.contact.ts });
			const again = repeatContact(ticket.contact, repeatLikelihood(ticket, outcome), random.contacts);
			if (again && dayOf(again.ts) === day) queue.push(again);
			else if (again) contactsDue.add(dayOf(again.ts), again);
			const survey = supportSurvey(ticket, outcome, random.surveys);
			if (survey) surveysDue.add(dayOf(survey.ts), survey);
		}
		if (recorded)
			for (const entry of handled.sort(byTs)) tables.tickets.append(ticketRow(++ticketNumber, entry));

		const surveys = [...surveysDue.take(day), ...inAppSurveys(day, scale, customers, random.surveys, story)];
		if (recorded) for (const survey of surveys.sort(byTs)) tables.surveys.append(survey);
	}
	return tables;
}

/**
 * Opening a ticket for a contact: who handles it (self-service or an agent team) and how urgent it is.
 */
import { dayOf } from './calendar';
import type { Contact } from './contacts';
import { weightedChoice, type Chooser, type Random } from './random';
import type { Story } from './story';
import { Category, NULL_CODE, Priority, Team, TicketChannel } from './vocabulary';

export interface Ticket {
	readonly contact: Contact;
	readonly day: number;
	/** Customer index, or -1 when not identified (~3%: guests, unverified callers). */
	readonly customer: number;
	readonly priority: number;
	/** Team code, or NULL_CODE for self-service. */
	readonly team: number;
	readonly selfService: boolean;
	/** A delivery contact during the carrier failure. */
	readonly hitByIncident: boolean;
}

const UNIDENTIFIED_SHARE = 0.03;

/**
 * How often self-service can settle a chat contact of each category once fully adopted
 * (delivery, refund, payment, account, product): order tracking and password resets are easy for a bot,
 * product questions are not. With chat ~45% of contacts this puts ~25–30% of all tickets in self-service.
 */
const SELF_SERVICE_FIT = [0.65, 0.45, 0.42, 0.8, 0.35];

// Priority mix (low, normal, high, urgent) by category; payment problems block a purchase, so they run hotter.
const PRIORITY_BY_CATEGORY: Chooser[] = [
	weightedChoice([0.15, 0.62, 0.18, 0.05]),
	weightedChoice([0.2, 0.6, 0.15, 0.05]),
	weightedChoice([0.1, 0.5, 0.3, 0.1]),
	weightedChoice([0.3, 0.55, 0.12, 0.03]),
	weightedChoice([0.3, 0.58, 0.1, 0.02])
];
const INCIDENT_PRIORITY = weightedChoice([0.05, 0.45, 0.35, 0.15]);

/** The team that owns each category (delivery, refund, payment, account, product). */
const HOME_TEAM = [Team.logistics, Team.billing, Team.billing, Team.accounts, Team.productCare];
const TEAM_COUNT = 5;

function priorityOf(contact: Contact, hitByIncident: boolean, random: Random): number {
	const priority = (hitByIncident ? INCIDENT_PRIORITY : PRIORITY_BY_CATEGORY[contact.category]!)(random);
	// Having to ask again makes a problem more pressing.
	return contact.repeat > 0 && random.chance(0.5) ? Math.min(Priority.urgent, priority + 1) : priority;
}

function teamOf(category: number, priority: number, random: Random): number {
	if (priority === Priority.urgent && random.chance(0.6)) return Team.escalations;
	// Overflow routing: a share of tickets lands with whichever team has capacity.
	if (random.chance(0.08)) return random.int(TEAM_COUNT);
	return HOME_TEAM[category]!;
}

export function openTicket(contact: Contact, random: Random, story: Story): Ticket {
	const day = dayOf(contact.ts);
	const hitByIncident = contact.category === Category.delivery && story.isIncidentDay(day);
	const customer = random.chance(UNIDENTIFIED_SHARE) ? -1 : contact.customer;
	const priority = priorityOf(contact, hitByIncident, random);
	const selfService =
		contact.channel === TicketChannel.chat &&
		priority !== Priority.urgent &&
		random.chance(story.selfServiceAdoption(day) * SELF_SERVICE_FIT[contact.category]!);
	const team = selfService ? NULL_CODE : teamOf(contact.category, priority, random);
	return { contact, day, customer, priority, team, selfService, hitByIncident };
}

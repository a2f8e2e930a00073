/**
 * When and why customers contact support. Every contact goes back to an order (the sample's tickets
 * follow its orders, so contact rate — tickets per 100 orders — stays steady while volume peaks in
 * November); a contact can lead to a repeat contact within a week.
 */
import {
	CONTACT_HOURS,
	dayOf,
	dayStartUs,
	DAY_US,
	HOUR_US,
	MINUTE_US,
	PHONE_HOURS,
	timeOfDay,
	weekdayOf,
	wholeSeconds
} from './calendar';
import type { Order } from './events';
import { weightedChoice, type Random } from './random';
import type { Story } from './story';
import { Category, TicketChannel } from './vocabulary';

/** A customer reaching out; the ticket's other attributes are decided when it is opened (tickets.ts). */
export interface Contact {
	readonly ts: number;
	/** Customer index, or -1 for a guest the agent could not identify. */
	readonly customer: number;
	readonly category: number;
	readonly channel: number;
	/** 0 for a first contact, 1 for a repeat of it, … */
	readonly repeat: number;
}

/** Chance that an order leads to a first contact; with repeat contacts on top this gives ~8 tickets per 100 orders. */
const CONTACT_PROBABILITY = 0.072;
// Category mix of first contacts: delivery, refund, payment, account, product.
const CATEGORY_MIX = [0.32, 0.2, 0.14, 0.16, 0.18];
const CATEGORY = weightedChoice(CATEGORY_MIX);
// chat, email, phone, social; a repeat contact more often picks up the phone.
const CHANNEL = weightedChoice([0.53, 0.18, 0.2, 0.09]);
const REPEAT_CHANNEL = weightedChoice([0.3, 0.25, 0.35, 0.1]);
/** During the incident a carrier failure makes delivery contacts three times as likely: two extra chances on top of the usual one. */
const INCIDENT_EXTRA_DELIVERY = 2 * CONTACT_PROBABILITY * CATEGORY_MIX[Category.delivery]!;
/** Contacts come at most this long after the order, so only recent orders can add incident contacts. */
const LONGEST_DELIVERY_LAG_DAYS = 14;

const WRITTEN_TIME = timeOfDay(CONTACT_HOURS);
const PHONE_TIME = timeOfDay(PHONE_HOURS);

/** Days from order to contact: payment trouble is immediate, delivery waits for the parcel, refunds for the return. */
function lagDays(category: number, random: Random): number {
	switch (category) {
		case Category.delivery:
			return Math.min(LONGEST_DELIVERY_LAG_DAYS, 1 + random.poisson(2.5));
		case Category.refund:
			return 4 + random.poisson(6);
		case Category.account:
			return random.poisson(8);
		case Category.product:
			return 2 + random.poisson(7);
		default:
			return 0;
	}
}

/** When a contact lands on `day`: phone within opening hours, written channels round the clock. */
function timeOn(day: number, channel: number, random: Random): number {
	return dayStartUs(day) + (channel === TicketChannel.phone ? PHONE_TIME(random) : WRITTEN_TIME(random));
}

function contactAfterOrder(
	order: Order,
	category: number,
	random: Random,
	postponeWeekends: boolean
): Contact {
	const channel = CHANNEL(random);
	let ts: number;
	if (category === Category.payment) {
		ts = order.ts + wholeSeconds(random.exponential(3 * HOUR_US));
	} else {
		let day = order.day + lagDays(category, random);
		// Many people leave a non-urgent problem until Monday.
		if (postponeWeekends && weekdayOf(day) >= 5 && random.chance(0.35)) day += 7 - weekdayOf(day);
		ts = timeOn(day, channel, random);
		// A same-day contact cannot come before the order it is about.
		if (ts <= order.ts) ts = order.ts + wholeSeconds(random.exponential(2 * HOUR_US)) + MINUTE_US;
	}
	return { ts, customer: order.customer, category, channel, repeat: 0 };
}

/** The support contacts an order will cause (usually none). */
export function contactsForOrder(order: Order, random: Random, story: Story): Contact[] {
	const contacts: Contact[] = [];
	if (random.chance(CONTACT_PROBABILITY))
		contacts.push(contactAfterOrder(order, CATEGORY(random), random, true));
	const incidentCanReach = story.incidentCanReach(order.day, LONGEST_DELIVERY_LAG_DAYS);
	if (incidentCanReach && random.chance(INCIDENT_EXTRA_DELIVERY)) {
		// Parcels stuck at the carrier: customers ask at once, weekend or not.
		const contact = contactAfterOrder(order, Category.delivery, random, false);
		if (story.isIncidentDay(dayOf(contact.ts))) contacts.push(contact);
	}
	return contacts;
}

/** A repeat contact about the same problem within 7 days (SPEC §4 repeat_contact_rate), or none. */
export function repeatContact(previous: Contact, likelihood: number, random: Random): Contact | undefined {
	if (previous.customer < 0 || previous.repeat >= 2 || !random.chance(likelihood)) return undefined;
	const delay = Math.min(random.exponential(30 * HOUR_US), 7 * DAY_US - HOUR_US);
	return {
		ts: wholeSeconds(previous.ts + Math.max(delay, 10 * MINUTE_US)),
		customer: previous.customer,
		category: previous.category,
		channel: REPEAT_CHANNEL(random),
		repeat: previous.repeat + 1
	};
}

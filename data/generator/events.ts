/**
 * One day of customer events: sign-ups, visits, and the orders some visits turn into.
 */
import {
	dayStartUs,
	DAY_US,
	MINUTE_US,
	monthOf,
	ONLINE_HOURS,
	SECOND_US,
	STORE_HOURS,
	timeOfDay,
	weekdayOf,
	wholeSeconds
} from './calendar';
import { joinedBy, pickCustomer, segmentOf, type Customers } from './customers';
import { weightedChoice, type Random } from './random';
import type { EventRow } from './schema';
import type { Story } from './story';
import { EventChannel, EventType, Segment } from './vocabulary';

/** Visits on an average day at scale 1 (~0.9M a year). */
const VISITS_PER_DAY_AT_SCALE_1 = 2_350;

// Channel mix by weekday (web, app, store): stores fill up at the weekend, the web is a weekday habit.
const WEEKDAY_CHANNELS = weightedChoice([0.54, 0.36, 0.1]);
const SATURDAY_CHANNELS = weightedChoice([0.4, 0.4, 0.2]);
const SUNDAY_CHANNELS = weightedChoice([0.42, 0.42, 0.16]);
const SIGNUP_CHANNELS = weightedChoice([0.55, 0.45, 0]);

const ONLINE_TIME = timeOfDay(ONLINE_HOURS);
const STORE_TIME = timeOfDay(STORE_HOURS);

// Chance that a visit ends in an order, by channel (web, app, store) and segment (new, returning, vip).
const CHANNEL_CONVERSION = [0.082, 0.098, 0.16];
const SEGMENT_CONVERSION = [0.75, 1, 1.6];
// Median order value by segment; log-normal spread.
const MEDIAN_REVENUE = [34, 46, 92];

/** An order placed on `day`, which later drives support contacts and delivery surveys. */
export interface Order {
	readonly day: number;
	readonly ts: number;
	readonly customer: number;
}

interface Visit {
	ts: number;
	customer: number;
	channel: number;
}

function channelOf(day: number, random: Random): number {
	const weekday = weekdayOf(day);
	const chooser = weekday === 5 ? SATURDAY_CHANNELS : weekday === 6 ? SUNDAY_CHANNELS : WEEKDAY_CHANNELS;
	return chooser(random);
}

function visitAt(day: number, customer: number, channel: number, random: Random): Visit {
	const time = channel === EventChannel.store ? STORE_TIME(random) : ONLINE_TIME(random);
	return { ts: dayStartUs(day) + time, customer, channel };
}

/** Order value in currency units, rounded to cents; November discounts make baskets a little cheaper. */
function revenue(day: number, segment: number, random: Random): number {
	const discount = monthOf(day) === 11 ? 0.92 : 1;
	return Math.round(random.logNormal(MEDIAN_REVENUE[segment]! * discount, 0.55) * 100) / 100;
}

function eventRow(
	ts: number,
	customer: number,
	type: number,
	channel: number,
	segment: number,
	amount = NaN
): EventRow {
	return { ts, customer_id: customer + 1, event_type: type, channel, segment, revenue: amount };
}

/** The events of `day` in time order, and the orders among them. */
export function simulateEventsOfDay(
	day: number,
	scale: number,
	customers: Customers,
	random: Random,
	story: Story
): { events: EventRow[]; orders: Order[] } {
	const events: EventRow[] = [];
	const visits: Visit[] = [];
	const returning = joinedBy(customers, day - 1);
	const everyone = joinedBy(customers, day);

	// Each customer who joins today arrives with a first visit and signs up a few minutes in.
	for (let customer = returning; customer < everyone; customer++) {
		const visit = visitAt(day, customer, SIGNUP_CHANNELS(random), random);
		visits.push(visit);
		const signupAt = Math.min(
			visit.ts + (1 + random.int(300)) * SECOND_US,
			dayStartUs(day) + DAY_US - SECOND_US
		);
		events.push(eventRow(signupAt, customer, EventType.signup, visit.channel, Segment.new));
	}
	const visitCount =
		returning > 0 ? random.poisson(VISITS_PER_DAY_AT_SCALE_1 * scale * story.visitDemand(day)) : 0;
	for (let i = 0; i < visitCount; i++) {
		visits.push(visitAt(day, pickCustomer(customers, returning, random), channelOf(day, random), random));
	}
	visits.sort((a, b) => a.ts - b.ts);

	// Walk the visits in time order so a first order turns a "new" customer into a "returning" one.
	const orders: Order[] = [];
	const lift = story.conversionLift(day);
	for (const visit of visits) {
		const segment = segmentOf(customers, visit.customer);
		events.push(eventRow(visit.ts, visit.customer, EventType.visit, visit.channel, segment));
		const conversion = CHANNEL_CONVERSION[visit.channel]! * SEGMENT_CONVERSION[segment]! * lift;
		if (!random.chance(conversion)) continue;
		const checkout = wholeSeconds(random.logNormal(6, 0.6) * MINUTE_US);
		const ts = Math.min(visit.ts + checkout, dayStartUs(day) + DAY_US - SECOND_US);
		customers.orders[visit.customer] = customers.orders[visit.customer]! + 1;
		events.push(
			eventRow(ts, visit.customer, EventType.order, visit.channel, segment, revenue(day, segment, random))
		);
		orders.push({ day, ts, customer: visit.customer });
	}
	events.sort((a, b) => a.ts - b.ts);
	return { events, orders };
}

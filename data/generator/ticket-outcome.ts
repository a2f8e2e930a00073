/**
 * What happens to a ticket: first response, resolution, replies, reopens, and whether the customer
 * was satisfied (which drives CSAT, the after-support survey and repeat contacts).
 */
import { DATA_END_US, HOUR_US, MINUTE_US, SECOND_US, wholeSeconds } from './calendar';
import { weightedChoice, type Random } from './random';
import { NULL_INT } from './schema';
import type { Story } from './story';
import type { Ticket } from './ticket';
import { Category, SLA_MINUTES } from './vocabulary';

export interface Outcome {
	/** NaN: never answered by an agent (self-service, dropped, or not yet at the snapshot). */
	readonly firstResponseUs: number;
	/** NaN: still open at the snapshot. */
	readonly resolvedUs: number;
	readonly agentReplies: number;
	readonly reopens: number;
	/** 1–5, or NULL_INT when not rated. */
	readonly csat: number;
	readonly satisfied: boolean;
}

// First response in minutes by channel (chat, email, phone, social): log-normal median and sigma on a
// calm weekday. Against SLAs of 5 / 240 / 5 / 60 minutes this meets ~88–92% before load effects.
const RESPONSE_MEDIAN_MINUTES = [1.6, 70, 1.3, 18];
const RESPONSE_SIGMA = [0.9, 1.0, 0.95, 1.0];
// Resolution in hours: median by category (delivery, refund, payment, account, product), channel and priority.
const RESOLUTION_MEDIAN_HOURS = [20, 40, 8, 3, 16];
const RESOLUTION_CHANNEL_FACTOR = [0.5, 1.4, 0.4, 0.9];
const RESOLUTION_PRIORITY_FACTOR = [1.4, 1, 0.7, 0.45];
// Replies before a solution: each further reply is needed with probability 1 − stop (chat, email, phone, social).
const REPLY_STOP = [0.6, 0.45, 0.7, 0.5];
const LOW_SCORE = weightedChoice([0.3, 0.25, 0.45]); // CSAT 1, 2, 3

function unanswered(ticket: Ticket, random: Random): boolean {
	return random.chance(ticket.hitByIncident ? 0.05 : 0.01);
}

function firstResponseMinutes(ticket: Ticket, load: number, random: Random): number {
	const channel = ticket.contact.channel;
	return random.logNormal(RESPONSE_MEDIAN_MINUTES[channel]! * load, RESPONSE_SIGMA[channel]!);
}

function resolutionHours(ticket: Ticket, load: number, random: Random): number {
	const { category, channel } = ticket.contact;
	const median =
		RESOLUTION_MEDIAN_HOURS[category]! *
		RESOLUTION_CHANNEL_FACTOR[channel]! *
		RESOLUTION_PRIORITY_FACTOR[ticket.priority]! *
		load ** 0.75;
	return random.logNormal(median, 1.1);
}

function reopenChance(ticket: Ticket): number {
	if (ticket.hitByIncident) return 0.12;
	if (ticket.selfService) return 0.05;
	return ticket.contact.category === Category.refund ? 0.06 : 0.03;
}

/** Chance the customer is happy, lowered by everything customers complain about. */
function satisfaction(
	ticket: Ticket,
	responseMinutes: number,
	resolutionHoursTaken: number,
	reopens: number
): number {
	let chance = ticket.selfService ? 0.86 : 0.93;
	if (responseMinutes > SLA_MINUTES[ticket.contact.channel]!) chance -= 0.1;
	if (resolutionHoursTaken > 48) chance -= 0.1;
	if (resolutionHoursTaken > 120) chance -= 0.1;
	if (reopens > 0) chance -= 0.25;
	if (ticket.contact.category === Category.refund) chance -= 0.03;
	if (ticket.contact.repeat > 0) chance -= 0.08;
	if (ticket.hitByIncident) chance -= 0.35;
	return Math.min(0.98, Math.max(0.05, chance));
}

function csatScore(ticket: Ticket, resolved: boolean, satisfied: boolean, random: Random): number {
	const rated = resolved && random.chance(ticket.selfService ? 0.33 : 0.42);
	if (!rated) return NULL_INT;
	if (satisfied) return random.chance(0.62) ? 5 : 4;
	return 1 + LOW_SCORE(random);
}

/** Cuts a time off at the end-of-year snapshot: what happens later is not in the data yet. */
function byTheSnapshot(us: number): number {
	return us < DATA_END_US ? us : NaN;
}

/** The bot or help centre settles it within minutes, with no agent involved. */
function selfServiceOutcome(ticket: Ticket, random: Random): Outcome {
	const resolvedUs = byTheSnapshot(ticket.contact.ts + wholeSeconds(random.between(2, 15) * MINUTE_US));
	const reopens = random.chance(reopenChance(ticket)) ? 1 : 0;
	const satisfied = random.chance(satisfaction(ticket, 0, 0, reopens));
	const csat = csatScore(ticket, !Number.isNaN(resolvedUs), satisfied, random);
	return { firstResponseUs: NaN, resolvedUs, agentReplies: 0, reopens, csat, satisfied };
}

/** Nobody picked it up; the system closes some after a few days of silence, the rest stay open. */
function unansweredOutcome(ticket: Ticket, random: Random): Outcome {
	const autoClosed = random.chance(0.5)
		? ticket.contact.ts + wholeSeconds(random.between(72, 120) * HOUR_US)
		: NaN;
	const resolvedUs = byTheSnapshot(autoClosed);
	return { firstResponseUs: NaN, resolvedUs, agentReplies: 0, reopens: 0, csat: NULL_INT, satisfied: false };
}

function agentOutcome(ticket: Ticket, random: Random, story: Story): Outcome {
	const created = ticket.contact.ts;
	const load = story.agentLoad(ticket.day, ticket.contact.category === Category.delivery);
	const responseMinutes = firstResponseMinutes(ticket, load, random);
	const firstResponseUs = created + Math.max(5 * SECOND_US, wholeSeconds(responseMinutes * MINUTE_US));
	// Resolution comes at least two minutes after the first response.
	let hours = Math.max(resolutionHours(ticket, load, random), (firstResponseUs - created) / HOUR_US + 1 / 30);
	const reopens = random.chance(reopenChance(ticket)) ? (random.chance(0.15) ? 2 : 1) : 0;
	for (let i = 0; i < reopens; i++) hours += random.exponential(30);
	const extraReplies = ticket.contact.category === Category.refund ? random.geometric(0.7) : 0;
	const agentReplies = 1 + random.geometric(REPLY_STOP[ticket.contact.channel]!) + extraReplies + reopens;
	const satisfied = random.chance(satisfaction(ticket, responseMinutes, hours, reopens));
	// A small share is never resolved: stuck in a queue or waiting on the customer for good.
	const stuck = random.chance(0.004);
	const resolvedUs = stuck ? NaN : byTheSnapshot(created + wholeSeconds(hours * HOUR_US));
	const resolved = !Number.isNaN(resolvedUs);
	return {
		firstResponseUs: byTheSnapshot(firstResponseUs),
		resolvedUs,
		agentReplies,
		reopens: resolved ? reopens : 0,
		csat: csatScore(ticket, resolved, satisfied, random),
		satisfied
	};
}

export function resolveTicket(ticket: Ticket, random: Random, story: Story): Outcome {
	if (ticket.selfService) return selfServiceOutcome(ticket, random);
	if (unanswered(ticket, random)) return unansweredOutcome(ticket, random);
	return agentOutcome(ticket, random, story);
}

/** How likely the customer is to contact again within a week. */
export function repeatLikelihood(ticket: Ticket, outcome: Outcome): number {
	let likelihood = 0.05;
	if (ticket.selfService) likelihood += 0.08; // the bot did not really solve it
	if (Number.isNaN(outcome.firstResponseUs)) likelihood += ticket.selfService ? 0 : 0.3;
	if (!outcome.satisfied) likelihood += 0.12;
	if (ticket.hitByIncident) likelihood += 0.15;
	return likelihood;
}

/**
 * NPS answers (0–10) at three touchpoints: after a delivery, after a support ticket, and in the app.
 */
import { dayStartUs, HOUR_US, ONLINE_HOURS, timeOfDay, wholeSeconds } from './calendar';
import { joinedBy, pickCustomer, type Customers } from './customers';
import type { Order } from './events';
import { weightedChoice, type Chooser, type Random } from './random';
import { NULL_ID, type SurveyRow } from './schema';
import type { Story } from './story';
import type { Ticket } from './ticket';
import type { Outcome } from './ticket-outcome';
import { Touchpoint } from './vocabulary';

/** Picks promoter (0), passive (1) or detractor (2); NPS = % promoters − % detractors. */
type Mood = Chooser;
const mood = (promoters: number, passives: number, detractors: number): Mood =>
	weightedChoice([promoters, passives, detractors]);

const DELIVERED_WELL = mood(0.55, 0.3, 0.15); // NPS 40
const DELIVERY_NEEDED_HELP = mood(0.25, 0.3, 0.45);
const DELIVERED_IN_INCIDENT = mood(0.25, 0.3, 0.45);
const SUPPORT_SATISFIED = mood(0.62, 0.28, 0.1);
const SUPPORT_UNSATISFIED = mood(0.12, 0.28, 0.6);
const IN_APP_BEFORE_LAUNCH = mood(0.47, 0.35, 0.18); // NPS 29
const IN_APP_AFTER_LAUNCH = mood(0.5, 0.34, 0.16); // NPS 34

const DELIVERY_SURVEY_RESPONSE = 0.1;
const SUPPORT_SURVEY_RESPONSE = 0.32;
const IN_APP_ANSWERS_PER_DAY_AT_SCALE_1 = 11;

const SURVEY_TIME = timeOfDay(ONLINE_HOURS);
// Scores within each group: 9–10, 7–8, and 0–6 skewed towards the mildly unhappy 5s and 6s.
const GROUP = [
	weightedChoice([0.45, 0.55]),
	weightedChoice([0.4, 0.6]),
	weightedChoice([2, 1, 2, 4, 6, 10, 15])
];
const GROUP_FIRST_SCORE = [9, 7, 0];

function score(mood: Mood, random: Random): number {
	const group = mood(random);
	return GROUP_FIRST_SCORE[group]! + GROUP[group]!(random);
}

function surveyRow(ts: number, customer: number, touchpoint: number, mood: Mood, random: Random): SurveyRow {
	return { ts, score: score(mood, random), customer_id: customer < 0 ? NULL_ID : customer + 1, touchpoint };
}

/** The after-delivery answer for an order, if the customer answers; deliveries in the incident week disappoint. */
export function deliverySurvey(
	order: Order,
	neededHelp: boolean,
	random: Random,
	story: Story
): SurveyRow | undefined {
	if (!random.chance(DELIVERY_SURVEY_RESPONSE)) return undefined;
	const day = order.day + 3 + random.poisson(1.5);
	const mood = story.isIncidentDay(day)
		? DELIVERED_IN_INCIDENT
		: neededHelp
			? DELIVERY_NEEDED_HELP
			: DELIVERED_WELL;
	return surveyRow(
		dayStartUs(day) + SURVEY_TIME(random),
		order.customer,
		Touchpoint.afterDelivery,
		mood,
		random
	);
}

/** The after-support answer for a resolved agent ticket, if the customer answers. */
export function supportSurvey(ticket: Ticket, outcome: Outcome, random: Random): SurveyRow | undefined {
	if (ticket.selfService || Number.isNaN(outcome.resolvedUs) || !random.chance(SUPPORT_SURVEY_RESPONSE))
		return undefined;
	const ts = outcome.resolvedUs + wholeSeconds(random.between(1, 48) * HOUR_US);
	const mood = outcome.satisfied ? SUPPORT_SATISFIED : SUPPORT_UNSATISFIED;
	return surveyRow(ts, ticket.customer, Touchpoint.afterSupport, mood, random);
}

/** In-app answers on `day` from customers who have joined, a little happier once self-service exists. */
export function inAppSurveys(
	day: number,
	scale: number,
	customers: Customers,
	random: Random,
	story: Story
): SurveyRow[] {
	const eligible = joinedBy(customers, day);
	if (eligible === 0) return [];
	const count = random.poisson(IN_APP_ANSWERS_PER_DAY_AT_SCALE_1 * scale * story.visitDemand(day));
	const mood = story.selfServiceLaunched(day) ? IN_APP_AFTER_LAUNCH : IN_APP_BEFORE_LAUNCH;
	return Array.from({ length: count }, () =>
		surveyRow(
			dayStartUs(day) + SURVEY_TIME(random),
			pickCustomer(customers, eligible, random),
			Touchpoint.inApp,
			mood,
			random
		)
	);
}

/**
 * The story the sample tells (SPEC §6), in one place: the seasons, the November peak, the
 * self-service launch and the September delivery incident. Every other module asks a `Story`
 * "how busy / how lucky is this day" rather than checking dates itself: `SAMPLE_STORY` for the
 * sample, `QUIET_STORY` for the same year without the launch, the incident or any other planned
 * event, nor seasons (`--no-story`: the data on which the anomaly detector's false-alarm rate is measured).
 */
import { dateToDay, isWeekend, monthOf, weekdayOf } from './calendar';

/** The help centre and chat bot go live (SPEC §6). */
export const SELF_SERVICE_LAUNCH_DAY = dateToDay(6, 1);
/** A carrier failure, Monday 2025-09-08 to Sunday 2025-09-14 (SPEC §6). */
export const INCIDENT_FIRST_DAY = dateToDay(9, 8);
export const INCIDENT_LAST_DAY = dateToDay(9, 14);

export function isIncidentDay(day: number): boolean {
	return day >= INCIDENT_FIRST_DAY && day <= INCIDENT_LAST_DAY;
}

// Visit demand by month (value at mid-month, linearly interpolated between): a quiet late winter,
// a flat summer, the run-up to the November sales and a December that fades after Christmas.
const MONTHLY_DEMAND = [0.92, 0.9, 0.96, 0.98, 1.0, 0.97, 0.95, 0.94, 1.0, 1.02, 1.24, 1.1];
// No seasons in the quiet year: the 8-week same-weekday median of the anomaly baseline has no trend
// term, and ~2,300 visits a day are precise to 2 %, so the seasonal ramps above (5–7 % a month) alone
// flagged 4 visit days a year — real changes, not the sampling noise the quiet year is there to measure.
const QUIET_MONTHLY_DEMAND = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
// People browse more at the weekend (Monday first).
const WEEKDAY_DEMAND = [0.97, 0.96, 0.96, 0.98, 1.0, 1.08, 1.05];

// Anchors at mid-month, plus December before and January after the year so the curve wraps round.
function demandPoints(monthly: readonly number[]) {
	const anchors = monthly.map((value, index) => ({ day: dateToDay(index + 1, 15), value }));
	const december = anchors[11]!;
	const january = anchors[0]!;
	return [
		{ day: december.day - 365, value: december.value },
		...anchors,
		{ day: january.day + 365, value: january.value }
	];
}

const DEMAND_POINTS = demandPoints(MONTHLY_DEMAND);
const QUIET_DEMAND_POINTS = demandPoints(QUIET_MONTHLY_DEMAND);

function seasonalDemand(day: number, points = DEMAND_POINTS): number {
	for (let i = 1; i < points.length; i++) {
		const left = points[i - 1]!;
		const right = points[i]!;
		if (day <= right.day) {
			const t = Math.max(0, (day - left.day) / (right.day - left.day));
			return left.value + t * (right.value - left.value);
		}
	}
	return points[points.length - 1]!.value;
}

const SINGLES_DAY = dateToDay(11, 11);
const BLACK_FRIDAY = dateToDay(11, 28);
const SALES_WEEK = { first: dateToDay(11, 24), last: dateToDay(12, 1) }; // to Cyber Monday
const CHRISTMAS = { first: dateToDay(12, 24), last: dateToDay(12, 26) };
const CHRISTMAS_RUSH_ENDS = dateToDay(12, 20);

/** Shopping days that stand out from the season: Singles' Day, Black Friday week to Cyber Monday, Christmas. */
function shoppingDay(day: number): { demand: number; conversion: number } {
	if (day === SINGLES_DAY) return { demand: 1.25, conversion: 1.4 };
	if (day === BLACK_FRIDAY) return { demand: 1.7, conversion: 1.6 };
	if (day >= SALES_WEEK.first && day <= SALES_WEEK.last) return { demand: 1.3, conversion: 1.35 };
	if (day >= CHRISTMAS.first && day <= CHRISTMAS.last) return { demand: 0.7, conversion: 0.8 };
	if (day > CHRISTMAS.last) return { demand: 0.9, conversion: 1 };
	return { demand: 1, conversion: 1 };
}

/** Visits on an ordinary `day` relative to an average day: season × weekday × slow growth over the year. */
function everydayDemand(day: number, points = DEMAND_POINTS): number {
	const growth = 0.95 + (0.1 * day) / 365;
	return seasonalDemand(day, points) * WEEKDAY_DEMAND[weekdayOf(day)]! * growth;
}

/** Visits on `day` relative to an average day: season × weekday × special days × slow growth over the year. */
export function visitDemand(day: number): number {
	return everydayDemand(day) * shoppingDay(day).demand;
}

/** How much likelier a visit is to end in an order than usual: the November sales convert. */
export function conversionLift(day: number): number {
	const special = shoppingDay(day).conversion;
	if (special !== 1) return special;
	const month = monthOf(day);
	if (day >= 0 && month === 11) return 1.15;
	if (day >= 0 && month === 12 && day <= CHRISTMAS_RUSH_ENDS) return 1.08;
	return 1;
}

/**
 * Share of eligible chat contacts that self-service absorbs: none before the launch, then a ramp over
 * the first three weeks as customers discover the help centre.
 */
export function selfServiceAdoption(day: number): number {
	if (day < SELF_SERVICE_LAUNCH_DAY) return 0;
	const weeks = (day - SELF_SERVICE_LAUNCH_DAY) / 7;
	return Math.min(1, 0.7 + 0.1 * weeks);
}

/**
 * How much slower agents are than on a calm weekday (a multiplier on response and resolution times):
 * thin weekend rosters, the November peak, the incident's backlog, and the relief self-service brings.
 */
export function agentLoad(day: number, isDelivery: boolean): number {
	let load = weekendLoad(day);
	const month = monthOf(day);
	// The sales week's contacts keep arriving a day after Cyber Monday.
	if (day >= SALES_WEEK.first && day <= SALES_WEEK.last + 1) load *= 1.35;
	else if (day >= 0 && month === 11) load *= 1.15;
	else if (day >= CHRISTMAS.first) load *= 1.2;
	else if (day >= 0 && month === 12) load *= 1.08;
	if (day >= SELF_SERVICE_LAUNCH_DAY) load *= 0.85;
	// The carrier failure floods the delivery queue; other queues lend agents and slow down too.
	if (isIncidentDay(day)) load *= isDelivery ? 3.5 : 1.6;
	else if (day > INCIDENT_LAST_DAY && day <= INCIDENT_LAST_DAY + 3) load *= 1.3;
	return load;
}

/** Thin weekend rosters: agents are slower on Saturdays and Sundays. */
function weekendLoad(day: number): number {
	return isWeekend(day) ? 1.25 : 1;
}

/** What makes one day different from another: the generator asks these, never the calendar. */
export interface Story {
	visitDemand(day: number): number;
	conversionLift(day: number): number;
	selfServiceAdoption(day: number): number;
	selfServiceLaunched(day: number): boolean;
	agentLoad(day: number, isDelivery: boolean): number;
	isIncidentDay(day: number): boolean;
	/** Whether an order placed on `day` can still be caught by the incident (its parcel on the road). */
	incidentCanReach(orderDay: number, longestLagDays: number): boolean;
}

/** The sample's year (SPEC §6). */
export const SAMPLE_STORY: Story = {
	visitDemand,
	conversionLift,
	selfServiceAdoption,
	selfServiceLaunched: (day) => day >= SELF_SERVICE_LAUNCH_DAY,
	agentLoad,
	isIncidentDay,
	incidentCanReach: (orderDay, lag) => orderDay >= INCIDENT_FIRST_DAY - lag && orderDay <= INCIDENT_LAST_DAY
};

/** The same year's customers, weekly cycle and slow growth: no launch, incident, shopping day or season. */
export const QUIET_STORY: Story = {
	visitDemand: (day) => everydayDemand(day, QUIET_DEMAND_POINTS),
	conversionLift: () => 1,
	selfServiceAdoption: () => 0,
	selfServiceLaunched: () => false,
	agentLoad: (day) => weekendLoad(day),
	isIncidentDay: () => false,
	incidentCanReach: () => false
};

/**
 * The customer base: who exists on a given day, how active each customer is, and which segment they
 * are in. Customers are numbered in the order they joined, so "everyone who has joined by day d" is a
 * prefix of the arrays and picking an active customer is one binary search.
 */
import { DAYS_IN_YEAR } from './calendar';
import { upperBound, weightedChoice, type Random } from './random';
import { Segment } from './vocabulary';

/** Customers at scale 1 (SPEC §6 sample). */
export const CUSTOMERS_AT_SCALE_1 = 50_000;
/** Share of customers who were already customers before 2025; the rest sign up during the year. */
const EXISTING_SHARE = 0.7;
const VIP_SHARE_OF_EXISTING = 0.06;
/** Joined before the data starts (and before the warm-up). */
const BEFORE_THE_YEAR = -1_000;

export interface Customers {
	readonly count: number;
	/** Day the customer signed up (BEFORE_THE_YEAR for existing customers); non-decreasing. */
	readonly joinDay: Int32Array;
	readonly vip: Uint8Array;
	/** Orders placed so far, including before 2025: a customer without one is "new". */
	readonly orders: Int32Array;
	/** Running total of activity weights in join order: heavy users visit far more often. */
	readonly cumulativeActivity: Float64Array;
}

/** Creates `count` customers; sign-ups during the year follow `signupDemand` (busy days bring more). */
export function createCustomers(
	count: number,
	random: Random,
	signupDemand: (day: number) => number
): Customers {
	const existing = Math.round(count * EXISTING_SHARE);
	const pickSignupDay = weightedChoice(Array.from({ length: DAYS_IN_YEAR }, (_, day) => signupDemand(day)));
	const signupDays = Array.from({ length: count - existing }, () => pickSignupDay(random)).sort(
		(a, b) => a - b
	);

	const joinDay = new Int32Array(count);
	const vip = new Uint8Array(count);
	const orders = new Int32Array(count);
	const cumulativeActivity = new Float64Array(count);
	let total = 0;
	for (let customer = 0; customer < count; customer++) {
		const isExisting = customer < existing;
		joinDay[customer] = isExisting ? BEFORE_THE_YEAR : signupDays[customer - existing]!;
		vip[customer] = isExisting && random.chance(VIP_SHARE_OF_EXISTING) ? 1 : 0;
		// Most existing customers have ordered before; VIPs are VIPs because they order a lot.
		if (vip[customer]) orders[customer] = 3 + random.geometric(0.2);
		else if (isExisting && random.chance(0.85)) orders[customer] = 1 + random.geometric(0.35);
		total += random.logNormal(1, 0.9) * (vip[customer] ? 3 : 1);
		cumulativeActivity[customer] = total;
	}
	return { count, joinDay, vip, orders, cumulativeActivity };
}

/** Number of customers who have joined by the end of `day` (they are customers 0…n−1). */
export function joinedBy(customers: Customers, day: number): number {
	const { joinDay } = customers;
	if (customers.count === 0 || joinDay[customers.count - 1]! <= day) return customers.count;
	return upperBound(joinDay, day);
}

/** A customer among the first `eligible`, weighted by activity. */
export function pickCustomer(customers: Customers, eligible: number, random: Random): number {
	const { cumulativeActivity } = customers;
	const total = cumulativeActivity[eligible - 1]!;
	return upperBound(cumulativeActivity, random.uniform() * total, eligible);
}

/** The segment a customer is in right now. */
export function segmentOf(customers: Customers, customer: number): number {
	if (customers.vip[customer]) return Segment.vip;
	return customers.orders[customer]! > 0 ? Segment.returning : Segment.new;
}

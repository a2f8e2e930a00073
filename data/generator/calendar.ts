/**
 * The sample's calendar: the year 2025 as day indices, and naive timestamps as microseconds.
 *
 * Timestamps are naive (SPEC §3): microseconds since 1970-01-01 00:00 read on a wall clock, with no time
 * zone. Day 0 is 2025-01-01; negative days are the warm-up before the year (see simulate.ts).
 */
import { weightedChoice, type Random } from './random';

export const SECOND_US = 1_000_000;
export const MINUTE_US = 60 * SECOND_US;
export const HOUR_US = 60 * MINUTE_US;
export const DAY_US = 24 * HOUR_US;

export const DAYS_IN_YEAR = 365;
const YEAR_START_US = Date.UTC(2025, 0, 1) * 1000;
/** The data is a snapshot taken at the end of the year: anything later has not happened yet. */
export const DATA_END_US = YEAR_START_US + DAYS_IN_YEAR * DAY_US;

/** Microseconds at midnight starting `day`. */
export function dayStartUs(day: number): number {
	return YEAR_START_US + day * DAY_US;
}

/** The day index a timestamp falls on. */
export function dayOf(us: number): number {
	return Math.floor((us - YEAR_START_US) / DAY_US);
}

/** Day index of a 2025 calendar date (month 1–12). */
export function dateToDay(month: number, date: number): number {
	return Math.round((Date.UTC(2025, month - 1, date) * 1000 - YEAR_START_US) / DAY_US);
}

/** Calendar month 1–12 of a day index. */
export function monthOf(day: number): number {
	return new Date(dayStartUs(day) / 1000).getUTCMonth() + 1;
}

/** 0 = Monday … 6 = Sunday; 2025-01-01 was a Wednesday. */
export function weekdayOf(day: number): number {
	return (((day + 2) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
	return weekdayOf(day) >= 5;
}

/** Draws a time within a day, in microseconds after midnight, from 24 hourly weights; whole seconds. */
export type TimeOfDay = (random: Random) => number;

export function timeOfDay(hourlyWeights: readonly number[]): TimeOfDay {
	const hour = weightedChoice(hourlyWeights);
	return (random) => hour(random) * HOUR_US + random.int(3600) * SECOND_US;
}

/** Rounds down to whole seconds: real logs rarely carry more, and it keeps the Parquet small. */
export function wholeSeconds(us: number): number {
	return Math.floor(us / SECOND_US) * SECOND_US;
}

// Hourly profiles (local time, index = hour). Browsing peaks at lunch and in the evening.
export const ONLINE_HOURS = [
	2, 1, 1, 1, 1, 2, 4, 6, 8, 9, 10, 11, 12, 11, 10, 10, 10, 11, 13, 15, 16, 14, 9, 5
];
// Stores open 09:00–21:00.
export const STORE_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 8, 10, 11, 11, 10, 10, 11, 12, 12, 10, 8, 0, 0, 0];
// Written contacts (chat, email, social) follow the working day with an evening tail.
export const CONTACT_HOURS = [
	1, 1, 0.5, 0.5, 0.5, 1, 2, 4, 7, 10, 11, 11, 10, 11, 11, 10, 9, 8, 8, 8, 7, 6, 4, 2
];
// The phone line is staffed 08:00–20:00.
export const PHONE_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 8, 12, 12, 11, 9, 11, 11, 10, 9, 8, 7, 6, 0, 0, 0, 0];

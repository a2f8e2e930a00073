/**
 * Things scheduled for a later day of the simulation (a contact a few days after an order, a survey
 * after a delivery), kept by day until the simulation reaches that day.
 */
import { DAYS_IN_YEAR } from './calendar';

export class DayBuckets<T> {
	private readonly byDay = new Map<number, T[]>();

	/** Schedules `item` for `day`; anything after the year is dropped (it would happen after the snapshot). */
	add(day: number, item: T): void {
		if (day >= DAYS_IN_YEAR) return;
		const bucket = this.byDay.get(day);
		if (bucket) bucket.push(item);
		else this.byDay.set(day, [item]);
	}

	/** Removes and returns everything scheduled for `day`, in the order it was scheduled. */
	take(day: number): T[] {
		const bucket = this.byDay.get(day) ?? [];
		this.byDay.delete(day);
		return bucket;
	}
}

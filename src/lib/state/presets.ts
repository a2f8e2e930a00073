/** Period presets, relative to the last date in the data (not today: the data may be a year old). */
import { addDays, endOfMonth, endOfQuarter, startOfMonth, startOfQuarter, type IsoDate } from './dates';

export type PresetId = 'last7' | 'last28' | 'last90' | 'month' | 'quarter';
export const PRESETS: readonly PresetId[] = ['last7', 'last28', 'last90', 'month', 'quarter'];

/** The inclusive date range of a preset, given the last day that has data. */
export function presetRange(preset: PresetId, lastDay: IsoDate): { from: IsoDate; to: IsoDate } {
	switch (preset) {
		case 'last7':
			return { from: addDays(lastDay, -6), to: lastDay };
		case 'last28':
			return { from: addDays(lastDay, -27), to: lastDay };
		case 'last90':
			return { from: addDays(lastDay, -89), to: lastDay };
		case 'month':
			// The last complete calendar month: a half-finished month would compare badly with the one before.
			return completeOrLast(startOfMonth(lastDay), endOfMonth(lastDay), lastDay, (d) => ({
				from: startOfMonth(d),
				to: endOfMonth(d)
			}));
		case 'quarter':
			return completeOrLast(startOfQuarter(lastDay), endOfQuarter(lastDay), lastDay, (d) => ({
				from: startOfQuarter(d),
				to: endOfQuarter(d)
			}));
	}
}

function completeOrLast(
	from: IsoDate,
	to: IsoDate,
	lastDay: IsoDate,
	range: (day: IsoDate) => { from: IsoDate; to: IsoDate }
): { from: IsoDate; to: IsoDate } {
	return to <= lastDay ? { from, to } : range(addDays(from, -1));
}

/** Which preset (if any) a range is, so the control can show it as selected. */
export function matchPreset(from: IsoDate, to: IsoDate, lastDay: IsoDate): PresetId | null {
	return (
		PRESETS.find((p) => {
			const r = presetRange(p, lastDay);
			return r.from === from && r.to === to;
		}) ?? null
	);
}

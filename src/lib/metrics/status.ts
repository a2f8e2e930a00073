/** Change between periods and status against the target. */
import type { Direction } from './types';

/** `met` when the value is on the good side of the target (or on it); `none` without a target or a value. */
export type TargetStatus = 'met' | 'missed' | 'none';

export function targetStatus(
	value: number | null,
	target: number | undefined,
	direction: Direction
): TargetStatus {
	if (value === null || target === undefined) return 'none';
	const met = direction === 'up' ? value >= target : value <= target;
	return met ? 'met' : 'missed';
}

export interface Change {
	/** value − previous. */
	absolute: number | null;
	/** (value − previous) ÷ |previous|; null when the previous value is 0 or missing. */
	relative: number | null;
}

export function change(value: number | null, previous: number | null): Change {
	if (value === null || previous === null) return { absolute: null, relative: null };
	const absolute = value - previous;
	return { absolute, relative: previous === 0 ? null : absolute / Math.abs(previous) };
}

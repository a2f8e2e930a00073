/** Cycle detection on a small directed graph written out by hand. */
import { describe, expect, it } from 'vitest';
import { findCycle } from '../../../src/lib/metrics/find-cycle';

/** A graph from its edges; `calls` counts how often each node's children were asked for. */
function graph(edges: Record<string, string[]>) {
	const calls = new Map<string, number>();
	const next = (id: string) => {
		calls.set(id, (calls.get(id) ?? 0) + 1);
		return edges[id] ?? [];
	};
	return { next, calls };
}

describe('findCycle', () => {
	it('gives the cycle alone, from where it closes, not the path that led to it', () => {
		// a → b → c → b: the cycle is b → c → b; a only leads to it.
		const { next } = graph({ a: ['b'], b: ['c'], c: ['b'] });
		expect(findCycle(['a', 'b', 'c'], next)).toEqual(['b', 'c', 'b']);
	});

	it('finds a cycle reachable only from a later starting node, and a self-loop', () => {
		const { next } = graph({ x: [], a: ['a'] });
		expect(findCycle(['x', 'a'], next)).toEqual(['a', 'a']);
	});

	it('finds none in a diamond, asking each node for its children once', () => {
		// a → b → d, a → c → d, d → e: d is reached twice but explored once.
		const { next, calls } = graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: ['e'] });
		expect(findCycle(['a', 'b', 'c', 'd', 'e'], next)).toBeNull();
		expect(Object.fromEntries(calls)).toEqual({ a: 1, b: 1, c: 1, d: 1, e: 1 });
	});
});

/** Small trees for unit tests, built as objects and validated like a file. */
import { validateTree } from '../../../src/lib/metrics/load-tree';
import type { Tree } from '../../../src/lib/metrics/types';

type Json = Record<string, unknown>;

export function node(id: string, definition: Json, extra: Json = {}): Json {
	return {
		id,
		name: { en: id, ko: id },
		description: { en: id, ko: id },
		tier: 'management',
		format: 'count',
		direction: 'up',
		definition,
		...extra
	};
}

export function driver(parent: string, child: string): Json {
	return { parent, child, type: 'driver' };
}

export function tree(nodes: Json[], edges: Json[]): Tree {
	const result = validateTree({ version: 1, nodes, edges });
	if (!result.ok) throw new Error(result.error.map((e) => e.message).join('\n'));
	return result.value;
}

export const REQUEST = {
	period: { start: '2025-03-10', end: '2025-03-17' },
	previous: { start: '2025-03-03', end: '2025-03-10' },
	grain: 'day'
} as const;

/** A tree file's node for the tree tests: an operational count, lower is better, named after its id. */
import type { TreeFileNode } from '../../../src/lib/metrics/tree-schema';

export const text = (en: string) => ({ en, ko: en });

export function fileNode<Extra extends object>(id: string, extra: Extra) {
	return {
		id,
		name: text(id),
		description: text(`About ${id}`),
		tier: 'operational' as TreeFileNode['tier'],
		format: 'count' as TreeFileNode['format'],
		direction: 'down' as TreeFileNode['direction'],
		...extra
	};
}

/** Layout of the metric tree with d3-hierarchy: depth runs left → right, siblings stack top → bottom. */
import { hierarchy, tree, type HierarchyPointNode } from 'd3';

/** `Id` is the caller's id type (the app's NodeId), kept through the layout so ids come back typed. */
export interface TreeInput<Id extends string = string> {
	id: Id;
	/** Child ids in display order. */
	children: readonly Id[];
}

export interface PlacedNode<Id extends string = string> {
	id: Id;
	depth: number;
	/** Top-left corner of the node's card, in px. */
	x: number;
	y: number;
	hasChildren: boolean;
	collapsed: boolean;
}

export interface PlacedEdge<Id extends string = string> {
	parent: Id;
	child: Id;
	/** SVG path from the parent's right edge to the child's left edge. */
	path: string;
}

export interface TreeLayout<Id extends string = string> {
	nodes: PlacedNode<Id>[];
	edges: PlacedEdge<Id>[];
	width: number;
	height: number;
}

export interface TreeLayoutOptions {
	cardWidth: number;
	cardHeight: number;
	columnGap: number;
	rowGap: number;
}

interface Datum<Id extends string> {
	id: Id;
	children?: Datum<Id>[];
	hasChildren: boolean;
	collapsed: boolean;
}

/** Place the visible part of the tree rooted at `rootId`; collapsed nodes hide their subtree. */
export function layoutMetricTree<Id extends string>(
	nodes: ReadonlyMap<Id, TreeInput<Id>>,
	rootId: Id,
	collapsed: ReadonlySet<Id>,
	options: TreeLayoutOptions
): TreeLayout<Id> {
	const build = (id: Id, seen: Set<Id>): Datum<Id> => {
		const input = nodes.get(id);
		const childIds = (input?.children ?? []).filter((c) => nodes.has(c) && !seen.has(c));
		const isCollapsed = collapsed.has(id) && childIds.length > 0;
		const next = new Set(seen).add(id);
		return {
			id,
			hasChildren: childIds.length > 0,
			collapsed: isCollapsed,
			children: isCollapsed ? undefined : childIds.map((c) => build(c, next))
		};
	};
	const root = hierarchy(build(rootId, new Set<Id>()));
	const rowStep = options.cardHeight + options.rowGap;
	const columnStep = options.cardWidth + options.columnGap;
	// d3.tree lays out along x for breadth; we swap axes so depth goes to the right.
	const placed = tree<Datum<Id>>()
		.nodeSize([rowStep, columnStep])
		.separation(() => 1)(root);
	let minBreadth = Infinity;
	placed.each((n) => (minBreadth = Math.min(minBreadth, n.x)));
	const position = (n: HierarchyPointNode<Datum<Id>>) => ({ x: n.y, y: n.x - minBreadth });
	const out: PlacedNode<Id>[] = placed.descendants().map((n) => ({
		id: n.data.id,
		depth: n.depth,
		...position(n),
		hasChildren: n.data.hasChildren,
		collapsed: n.data.collapsed
	}));
	const edges: PlacedEdge<Id>[] = placed.links().map(({ source, target }) => {
		const s = position(source);
		const t = position(target);
		const x0 = s.x + options.cardWidth;
		const y0 = s.y + options.cardHeight / 2;
		const x1 = t.x;
		const y1 = t.y + options.cardHeight / 2;
		const mid = (x0 + x1) / 2;
		return {
			parent: source.data.id,
			child: target.data.id,
			path: `M${x0},${y0}C${mid},${y0} ${mid},${y1} ${x1},${y1}`
		};
	});
	const width = Math.max(...out.map((n) => n.x)) + options.cardWidth;
	const height = Math.max(...out.map((n) => n.y)) + options.cardHeight;
	return { nodes: out, edges, width, height };
}

/** Visible nodes in reading order (depth-first), for the phone list and for keyboard navigation. */
export function visibleOrder<Id extends string>(
	nodes: ReadonlyMap<Id, TreeInput<Id>>,
	rootId: Id,
	collapsed: ReadonlySet<Id>
): { id: Id; depth: number; parent: Id | null }[] {
	const order: { id: Id; depth: number; parent: Id | null }[] = [];
	const visit = (id: Id, depth: number, parent: Id | null, seen: Set<Id>) => {
		order.push({ id, depth, parent });
		if (collapsed.has(id)) return;
		const next = new Set(seen).add(id);
		for (const child of nodes.get(id)?.children ?? []) {
			if (nodes.has(child) && !next.has(child)) visit(child, depth + 1, id, next);
		}
	};
	if (nodes.has(rootId)) visit(rootId, 0, null, new Set<Id>());
	return order;
}

/** Card sizes of the drawn tree: wide enough for one-line names, down to a width that takes two lines. */
export const CARD_SIZE = { maxWidth: 256, minWidth: 208, height: 104, twoLineWidth: 248, twoLineHeight: 120 };

/**
 * The card size that fits `columns` columns (with `columnGap` between them) into `available` px: as wide as
 * allowed, never narrower than the minimum (the caller switches to a list when even that does not fit), and
 * taller when narrow, so a name can wrap to a second line instead of losing its end.
 */
export function fitCardSize(
	available: number,
	columns: number,
	columnGap: number
): { cardWidth: number; cardHeight: number; nameLines: 1 | 2 } {
	const share = Math.floor((available - (columns - 1) * columnGap) / Math.max(1, columns));
	const cardWidth = Math.max(CARD_SIZE.minWidth, Math.min(CARD_SIZE.maxWidth, share));
	const twoLines = cardWidth < CARD_SIZE.twoLineWidth;
	return {
		cardWidth,
		cardHeight: twoLines ? CARD_SIZE.twoLineHeight : CARD_SIZE.height,
		nameLines: twoLines ? 2 : 1
	};
}

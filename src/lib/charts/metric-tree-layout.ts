/** Layout of the metric tree with d3-hierarchy: depth runs left → right, siblings stack top → bottom. */
import { hierarchy, tree, type HierarchyPointNode } from 'd3';

export interface TreeInput {
	id: string;
	/** Child ids in display order. */
	children: readonly string[];
}

export interface PlacedNode {
	id: string;
	depth: number;
	/** Top-left corner of the node's card, in px. */
	x: number;
	y: number;
	hasChildren: boolean;
	collapsed: boolean;
}

export interface PlacedEdge {
	parent: string;
	child: string;
	/** SVG path from the parent's right edge to the child's left edge. */
	path: string;
}

export interface TreeLayout {
	nodes: PlacedNode[];
	edges: PlacedEdge[];
	width: number;
	height: number;
}

export interface TreeLayoutOptions {
	cardWidth: number;
	cardHeight: number;
	columnGap: number;
	rowGap: number;
}

interface Datum {
	id: string;
	children?: Datum[];
	hasChildren: boolean;
	collapsed: boolean;
}

/** Place the visible part of the tree rooted at `rootId`; collapsed nodes hide their subtree. */
export function layoutMetricTree(
	nodes: ReadonlyMap<string, TreeInput>,
	rootId: string,
	collapsed: ReadonlySet<string>,
	options: TreeLayoutOptions
): TreeLayout {
	const build = (id: string, seen: Set<string>): Datum => {
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
	const root = hierarchy(build(rootId, new Set()));
	const rowStep = options.cardHeight + options.rowGap;
	const columnStep = options.cardWidth + options.columnGap;
	// d3.tree lays out along x for breadth; we swap axes so depth goes to the right.
	const placed = tree<Datum>()
		.nodeSize([rowStep, columnStep])
		.separation(() => 1)(root);
	let minBreadth = Infinity;
	placed.each((n) => (minBreadth = Math.min(minBreadth, n.x)));
	const position = (n: HierarchyPointNode<Datum>) => ({ x: n.y, y: n.x - minBreadth });
	const out: PlacedNode[] = placed.descendants().map((n) => ({
		id: n.data.id,
		depth: n.depth,
		...position(n),
		hasChildren: n.data.hasChildren,
		collapsed: n.data.collapsed
	}));
	const edges: PlacedEdge[] = placed.links().map(({ source, target }) => {
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
export function visibleOrder(
	nodes: ReadonlyMap<string, TreeInput>,
	rootId: string,
	collapsed: ReadonlySet<string>
): { id: string; depth: number; parent: string | null }[] {
	const order: { id: string; depth: number; parent: string | null }[] = [];
	const visit = (id: string, depth: number, parent: string | null, seen: Set<string>) => {
		order.push({ id, depth, parent });
		if (collapsed.has(id)) return;
		const next = new Set(seen).add(id);
		for (const child of nodes.get(id)?.children ?? []) {
			if (nodes.has(child) && !next.has(child)) visit(child, depth + 1, id, next);
		}
	};
	if (nodes.has(rootId)) visit(rootId, 0, null, new Set());
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

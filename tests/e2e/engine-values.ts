/**
 * The metric engine's own answer for a view, computed in Node (duckdb-wasm's Node build) on the committed
 * sample, so the browser tests can check what the page shows against it without trusting the page.
 */
import { readFileSync } from 'node:fs';
import { loadCanonicalTable } from '../../src/lib/data/load';
import { startNodeEngine } from '../../src/lib/engine/node';
import type { Engine } from '../../src/lib/engine/types';
import { defaultTree } from '../fixtures/default-tree';
import { breakdown, type Breakdown } from '../../src/lib/metrics/breakdown';
import { evaluateTree, type NodeResult, type TreeResult } from '../../src/lib/metrics/evaluate';
import {
	dimensionBreakdowns,
	explain,
	explainPlan,
	explainTargets,
	type Explanation
} from '../../src/lib/metrics/explain';
import type { Grain } from '../../src/lib/metrics/period';
import type { EvaluationRequest, Filters } from '../../src/lib/metrics/request';
import type { NodeId } from '../../src/lib/metrics/types';

const TABLES = ['events', 'tickets', 'surveys'] as const;
const DAY_MS = 86_400_000;

let engine: Promise<Engine> | null = null;

function sampleEngine(): Promise<Engine> {
	engine ??= (async () => {
		const started = await startNodeEngine();
		for (const table of TABLES) {
			const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
			await loadCanonicalTable(started, table, { kind: 'bytes', bytes, format: 'parquet' });
		}
		return started;
	})();
	return engine;
}

export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, days: number): string =>
	isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);

/** The last day with data in any sample table (what the app's presets count back from). */
export async function sampleLastDay(): Promise<string> {
	const [row] = await (
		await sampleEngine()
	).rows(
		`SELECT greatest((SELECT max(ts) FROM events), (SELECT max(created_at) FROM tickets), (SELECT max(ts) FROM surveys)) AS last`
	);
	return isoDay(Number(row?.last));
}

export interface ViewQuery {
	/** Inclusive ISO dates, as in the URL. */
	from: string;
	to: string;
	grain: Grain;
	filters?: Filters;
}

/** An inclusive [from, to] view compared with the period of equal length before it, as a request. */
function viewRequest(view: ViewQuery): EvaluationRequest {
	const end = addDays(view.to, 1);
	const length = Math.round((Date.parse(end) - Date.parse(view.from)) / DAY_MS);
	return {
		period: { start: view.from, end },
		previous: { start: addDays(view.from, -length), end: view.from },
		grain: view.grain,
		filters: view.filters
	};
}

/** The engine's result for an inclusive [from, to] view compared with the period of equal length before it. */
export async function engineResult(view: ViewQuery): Promise<TreeResult> {
	const run = await sampleEngine();
	return evaluateTree(defaultTree, viewRequest(view), (sql) => run.rows(sql));
}

/** The engine's "What changed" for a node in a view (the tree, then one statement per table followed). */
export async function engineExplanation(view: ViewQuery, node: string): Promise<Explanation> {
	const request = viewRequest(view);
	const run = await sampleEngine();
	const result = await engineResult(view);
	const id = node as NodeId;
	const plan = explainPlan(defaultTree, result, id, request);
	const targets = explainTargets(plan);
	const breakdowns = await dimensionBreakdowns(defaultTree, targets, request, (sql) => run.rows(sql));
	return explain(defaultTree, result, plan, breakdowns);
}

/** The engine's breakdown of one metric by a dimension for a view (what the drill-down's table shows). */
export async function engineBreakdown(view: ViewQuery, id: string, dimension: string): Promise<Breakdown> {
	const run = await sampleEngine();
	return breakdown(defaultTree, id as NodeId, dimension, viewRequest(view), (sql) => run.rows(sql));
}

/** The engine's result for a request as the metric layer takes it (custom periods, e.g. a hypothesis' windows). */
export async function engineRequestResult(request: EvaluationRequest): Promise<TreeResult> {
	const run = await sampleEngine();
	return evaluateTree(defaultTree, request, (sql) => run.rows(sql));
}

/** One node of a result, by its plain id (throws when the tree has no such node). */
export function engineNode(result: TreeResult, id: string): NodeResult {
	const node = result.nodes[id as NodeId];
	if (!node) throw new Error(`No metric "${id}" in the engine's result`);
	return node;
}

/** Every node's value for a view, keyed by metric id (null = no value). */
export async function engineValues(view: ViewQuery): Promise<Record<string, number | null>> {
	const result = await engineResult(view);
	return Object.fromEntries(Object.values(result.nodes).map((n) => [n.id, n.value]));
}

export async function closeEngine(): Promise<void> {
	if (engine) await (await engine).close();
	engine = null;
}

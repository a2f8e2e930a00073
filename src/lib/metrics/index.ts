/**
 * The metric tree engine: tree files, SQL generation, evaluation, breakdowns and contributions.
 * Pure TypeScript: it builds SQL and reads plain rows through an injected `RunQuery`.
 */
export { loadTree, validateTree } from './load-tree';
export { defaultTree, defaultTreeYaml } from './default-tree';
export {
	evaluateTree,
	type NodeResult,
	type QueryFailure,
	type SeriesPoint,
	type TreeResult
} from './evaluate';
export { breakdown, type Breakdown, type BreakdownRow } from './breakdown';
export { breakdownSource } from './breakdown-plan';
export { childContributions } from './child-contributions';
export { treeToYaml, withTarget } from './tree-edit';
export { compileTree, type CompiledQuery } from './compile';
export {
	checkRequest,
	RequestError,
	type EvaluationRequest,
	type Filters,
	type RequestErrorCode
} from './request';
export { previousPeriod, GRAINS, type Grain, type Period } from './period';
export { DIMENSIONS, TABLES, TABLE_IDS, type Dimension } from './tables';
export type { RunQuery } from './rows';
export type { NoValueReason } from './measure';
export type { TargetStatus } from './status';
export type { Contribution, Decomposition, DecompositionMethod, NotDecomposedReason } from './contribution';
export type { TreeError, TreeErrorCode } from './tree-error';
export type * from './types';
export { isFormulaNode } from './types';

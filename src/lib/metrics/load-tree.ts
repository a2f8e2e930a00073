/** Reading a tree file: YAML → schema → per-node rules → graph rules → a validated Tree. */
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { checkGraph } from './graph-checks';
import { checkFormulaReferences, checkNode } from './node-checks';
import { treeError, type TreeError } from './tree-error';
import { treeFileSchema, type TreeFile } from './tree-schema';
import type { MetricNode, NodeId, Result, Tree } from './types';

/** Parse and validate a tree file; every problem found is returned, each naming its node and field. */
export function loadTree(yamlText: string): Result<Tree, TreeError[]> {
	const document = parseDocument(yamlText);
	if (document.errors.length > 0) {
		return {
			ok: false,
			error: document.errors.map((e) => {
				const line = e.linePos?.[0];
				const at = line ? ` (line ${line.line}, column ${line.col})` : '';
				return treeError(
					'yaml',
					{},
					`the file is not valid YAML${at}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '')}`
				);
			})
		};
	}
	return validateTree(document.toJS() as unknown);
}

/**
 * Load a tree file shipped with the app (the default tree): its text comes from the caller — the app
 * imports it as a Vite asset, Node reads it from disk — so this layer needs no bundler. It is covered
 * by tests, so an invalid file is a broken build, not the user's input: throw.
 */
export function loadShippedTree(yamlText: string, name = 'data/trees/default.yaml'): Tree {
	return shipped(loadTree(yamlText), name);
}

/** A shipped tree file already parsed from YAML (by the build: `import … from 'file.yaml?data'`), validated the same way. */
export function shippedTree(data: unknown, name = 'data/trees/default.yaml'): Tree {
	return shipped(validateTree(data), name);
}

function shipped(result: Result<Tree, TreeError[]>, name: string): Tree {
	if (!result.ok) throw new Error(`${name} is invalid:\n${result.error.map((e) => e.message).join('\n')}`);
	return result.value;
}

/** Validate an already-parsed tree file (e.g. from JSON). */
export function validateTree(input: unknown): Result<Tree, TreeError[]> {
	const parsed = v.safeParse(treeFileSchema, input);
	if (!parsed.success) return { ok: false, error: parsed.issues.map((issue) => schemaError(issue, input)) };
	const errors: TreeError[] = [];
	const nodes = checkNodes(parsed.output, errors);
	if (errors.length > 0) return { ok: false, error: errors };
	checkFormulaReferences(nodes, errors);
	const graph = errors.length > 0 ? null : checkGraph(nodes, parsed.output.edges, errors);
	if (!graph) return { ok: false, error: errors };
	return {
		ok: true,
		value: { version: 1, root: graph.root, nodes: [...nodes.values()], edges: graph.edges }
	};
}

function checkNodes(file: TreeFile, errors: TreeError[]): Map<NodeId, MetricNode> {
	const nodes = new Map<NodeId, MetricNode>();
	const firstIndex = new Map<string, number>();
	file.nodes.forEach((raw, index) => {
		const earlier = firstIndex.get(raw.id);
		if (earlier !== undefined) {
			errors.push(
				treeError(
					'duplicate_id',
					{ node: raw.id, field: 'id' },
					`is defined twice (nodes ${earlier + 1} and ${index + 1}): ids must be unique`
				)
			);
			return;
		}
		firstIndex.set(raw.id, index);
		const node = checkNode(raw, errors);
		if (node) nodes.set(node.id, node);
	});
	return nodes;
}

type Issue = v.InferIssue<typeof treeFileSchema>;

/** Turn a valibot issue into an error naming the node (by id when it has one) and the field. */
function schemaError(issue: Issue, input: unknown): TreeError {
	const path = (issue.path ?? []).map((item) => String(item.key));
	const problem = describeIssue(issue);
	const [section, index, ...rest] = path;
	if ((section === 'nodes' || section === 'edges') && index !== undefined && /^\d+$/.test(index)) {
		const item = (input as Record<string, unknown[] | undefined>)[section]?.[Number(index)] as
			Record<string, unknown> | undefined;
		if (section === 'nodes') {
			const node = typeof item?.id === 'string' && item.id !== '' ? item.id : `#${Number(index) + 1}`;
			return treeError('schema', { node, field: rest.join('.') || undefined }, problem);
		}
		const parent = typeof item?.parent === 'string' ? item.parent : undefined;
		return treeError('schema', { node: parent, field: [`edges[${index}]`, ...rest].join('.') }, problem);
	}
	return treeError('schema', { field: path.join('.') || undefined }, problem);
}

function describeIssue(issue: Issue): string {
	if (issue.type === 'strict_object' && issue.expected === 'never')
		return 'is not a known field (check the spelling)';
	if (issue.received === 'undefined') return 'is required';
	if (issue.kind === 'validation') return issue.message;
	const expected = issue.expected ?? 'something else';
	if (issue.type === 'literal') return `must be ${expected} (got ${issue.received})`;
	const choices = /^\(?("[^"]*"(?: \| "[^"]*")+)\)?$/.exec(expected);
	if (choices) return `must be one of ${choices[1]!.split(' | ').join(', ')} (got ${issue.received})`;
	return `must be ${expected === 'Object' ? 'a mapping' : expected === 'Array' ? 'a list' : `a ${expected}`} (got ${issue.received})`;
}

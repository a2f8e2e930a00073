import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadTree } from '../../../src/lib/metrics/load-tree';
import type { TreeErrorCode } from '../../../src/lib/metrics/tree-error';
import { fileNode } from './tree-file-node';

type Json = Record<string, unknown>;

/** A small valid tree: rate = 100 × tickets ÷ orders, with a CSAT driver. */
function baseTree() {
	const node = (id: string, extra: Json) => fileNode(id, extra);
	return {
		version: 1,
		nodes: [
			node('rate', {
				tier: 'north_star',
				format: 'ratio',
				target: 8,
				definition: { kind: 'formula', expression: '100 * tickets / orders' }
			}),
			node('tickets', { table: 'tickets', definition: { kind: 'count' } }),
			node('orders', {
				direction: 'up',
				table: 'events',
				definition: { kind: 'count', filter: "event_type = 'order'" }
			}),
			node('csat', {
				format: 'percent',
				direction: 'up',
				table: 'tickets',
				definition: { kind: 'share', numerator: 'csat >= 4', denominator: 'csat IS NOT NULL' }
			})
		] as Json[],
		edges: [
			{ parent: 'rate', child: 'tickets', type: 'formula', role: 'numerator' },
			{ parent: 'rate', child: 'orders', type: 'formula', role: 'denominator' },
			{ parent: 'rate', child: 'csat', type: 'driver' }
		] as Json[]
	};
}

type Tree = ReturnType<typeof baseTree>;
const nodeOf = (tree: Tree, id: string) => tree.nodes.find((n) => n.id === id)!;

function errorsOf(mutate: (tree: Tree) => void): { code: TreeErrorCode; message: string }[] {
	const tree = baseTree();
	mutate(tree);
	const result = loadTree(stringify(tree));
	if (result.ok) throw new Error('expected the tree to be rejected');
	return result.error.map(({ code, message }) => ({ code, message }));
}

describe('tree files', () => {
	it('accepts a valid tree and finds its root', () => {
		const result = loadTree(stringify(baseTree()));
		expect(result.ok && result.value.root).toBe('rate');
		expect(result.ok && result.value.nodes.map((n) => n.id)).toEqual(['rate', 'tickets', 'orders', 'csat']);
	});

	it('reports YAML syntax errors with their line', () => {
		const result = loadTree('version: 1\nnodes: [\n  - id: x\n');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error[0]!.code).toBe('yaml');
		expect(!result.ok && result.error[0]!.message).toMatch(
			/^the file is not valid YAML \(line \d+, column \d+\)/
		);
	});
});

describe('the validator rejects broken tree files, naming the node and the field', () => {
	const catalogue: [string, (tree: Tree) => void, { code: TreeErrorCode; message: string }[]][] = [
		[
			'a missing name',
			(t) => delete nodeOf(t, 'tickets').name,
			[{ code: 'schema', message: 'node “tickets”, field “name”: is required' }]
		],
		[
			'an empty Korean name',
			(t) => (nodeOf(t, 'tickets').name = { en: 'Tickets', ko: ' ' }),
			[{ code: 'schema', message: 'node “tickets”, field “name.ko”: must not be empty' }]
		],
		[
			'an unknown tier',
			(t) => (nodeOf(t, 'tickets').tier = 'strategic'),
			[
				{
					code: 'schema',
					message:
						'node “tickets”, field “tier”: must be one of "north_star", "operational", "management" (got "strategic")'
				}
			]
		],
		[
			'a misspelt field',
			(t) => (nodeOf(t, 'orders').definition = { kind: 'count', filer: "event_type = 'order'" }),
			[
				{
					code: 'schema',
					message: 'node “orders”, field “definition.filer”: is not a known field (check the spelling)'
				}
			]
		],
		[
			'an unknown definition kind',
			(t) => (nodeOf(t, 'tickets').definition = { kind: 'median', expr: 'x' }),
			[
				{
					code: 'schema',
					message:
						'node “tickets”, field “definition.kind”: must be one of "count", "sum", "count_distinct", "share", "mean", "quantile", "distinct_share", "snapshot", "repeat", "formula" (got "median")'
				}
			]
		],
		[
			'a quantile outside [0, 1]',
			(t) => (nodeOf(t, 'tickets').definition = { kind: 'quantile', expr: 'csat', q: 90 }),
			[{ code: 'schema', message: 'node “tickets”, field “definition.q”: must be between 0 and 1' }]
		],
		[
			'a target that is not a number',
			(t) => (nodeOf(t, 'rate').target = '8%'),
			[{ code: 'schema', message: 'node “rate”, field “target”: must be a number (got "8%")' }]
		],
		[
			'an id that is not lower_snake_case',
			(t) => (nodeOf(t, 'csat').id = 'CSAT score'),
			[
				{
					code: 'schema',
					message:
						'node “CSAT score”, field “id”: must be lower_snake_case: a–z, 0–9 and _, starting with a letter'
				}
			]
		],
		[
			'a node without an id',
			(t) => delete nodeOf(t, 'csat').id,
			[{ code: 'schema', message: 'node “#4”, field “id”: is required' }]
		],
		[
			'a repeat window of zero days',
			(t) => (nodeOf(t, 'csat').definition = { kind: 'repeat', key: 'customer_id', within_days: 0 }),
			[{ code: 'schema', message: 'node “csat”, field “definition.within_days”: must be at least 1' }]
		],
		[
			'the wrong version',
			(t) => ((t as Json).version = 2),
			[{ code: 'schema', message: 'field “version”: must be 1 (got 2)' }]
		],
		[
			'a duplicate id',
			(t) => (nodeOf(t, 'csat').id = 'tickets'),
			[
				{
					code: 'duplicate_id',
					message: 'node “tickets”, field “id”: is defined twice (nodes 2 and 4): ids must be unique'
				}
			]
		],
		[
			'an unknown table',
			(t) => (nodeOf(t, 'tickets').table = 'ticket'),
			[
				{
					code: 'unknown_table',
					message: 'node “tickets”, field “table”: unknown table “ticket”: use events, tickets or surveys'
				}
			]
		],
		[
			'a leaf node without a table',
			(t) => delete nodeOf(t, 'tickets').table,
			[
				{
					code: 'table_mismatch',
					message: 'node “tickets”, field “table”: is required for a “count” node: events, tickets or surveys'
				}
			]
		],
		[
			'a formula node with a table',
			(t) => (nodeOf(t, 'rate').table = 'tickets'),
			[
				{
					code: 'table_mismatch',
					message: 'node “rate”, field “table”: a formula node reads no table: remove “table”'
				}
			]
		],
		[
			'a snapshot closed by a column the table does not have',
			(t) => (nodeOf(t, 'csat').definition = { kind: 'snapshot', closed_at: 'closed_at' }),
			[
				{
					code: 'unknown_column',
					message:
						'node “csat”, field “definition.closed_at”: “closed_at” is not a column of tickets (ticket_id, created_at, customer_id, first_response_at, resolved_at, channel, category, priority, team, self_service, agent_replies, reopens, csat)'
				}
			]
		],
		[
			'a repeat keyed by a column the table does not have',
			(t) => (nodeOf(t, 'csat').definition = { kind: 'repeat', key: 'order_id', within_days: 7 }),
			[
				{
					code: 'unknown_column',
					message:
						'node “csat”, field “definition.key”: “order_id” is not a column of tickets (ticket_id, created_at, customer_id, first_response_at, resolved_at, channel, category, priority, team, self_service, agent_replies, reopens, csat)'
				}
			]
		],
		[
			'a filter that ends the statement',
			(t) =>
				(nodeOf(t, 'orders').definition = {
					kind: 'count',
					filter: "event_type = 'order'; DROP TABLE events"
				}),
			[
				{
					code: 'sql_snippet',
					message:
						'node “orders”, field “definition.filter”: must be a single expression: “;” would start another SQL statement'
				}
			]
		],
		[
			'a filter that closes a parenthesis it did not open',
			(t) => (nodeOf(t, 'orders').definition = { kind: 'count', filter: "event_type = 'order') OR (1 = 1" }),
			[
				{
					code: 'sql_snippet',
					message:
						'node “orders”, field “definition.filter”: at character 21, expected an operator (such as =, + or AND) or the end of the expression, but found “)”'
				}
			]
		],
		[
			'an unterminated string in a share',
			(t) => (nodeOf(t, 'csat').definition = { kind: 'share', numerator: "channel = 'chat" }),
			[
				{
					code: 'sql_snippet',
					message:
						'node “csat”, field “definition.numerator”: has an unterminated string starting at character 11'
				}
			]
		],
		[
			'a formula syntax error',
			(t) => (nodeOf(t, 'rate').definition = { kind: 'formula', expression: '100 * tickets /' }),
			[
				{
					code: 'formula_syntax',
					message:
						'node “rate”, field “definition.expression”: expected a number, a node id or “(” but found the end of the formula (at character 16)'
				}
			]
		],
		[
			'a formula over an unknown node',
			(t) => (nodeOf(t, 'rate').definition = { kind: 'formula', expression: '100 * tickets / order' }),
			[
				{
					code: 'unknown_reference',
					message: 'node “rate”, field “definition.expression”: uses “order”, which is not a node of the tree'
				}
			]
		],
		[
			'formulas that depend on each other',
			(t) => {
				nodeOf(t, 'tickets').definition = { kind: 'formula', expression: 'rate * orders / 100' };
				delete nodeOf(t, 'tickets').table;
			},
			[
				{
					code: 'formula_cycle',
					message:
						'node “rate”, field “definition.expression”: formulas depend on each other in a circle: rate → tickets → rate'
				}
			]
		],
		[
			'a dangling edge',
			(t) => (t.edges[2]!.child = 'cast'),
			[{ code: 'dangling_edge', message: 'node “rate”, field “edges[2].child”: no node has the id “cast”' }]
		],
		[
			'a cycle of edges',
			(t) => t.edges.push({ parent: 'csat', child: 'rate', type: 'driver' }),
			[{ code: 'cycle', message: 'node “rate”: edges go round in a circle: rate → csat → rate' }]
		],
		[
			'a node with two parents',
			(t) => t.edges.push({ parent: 'tickets', child: 'csat', type: 'driver' }),
			[
				{
					code: 'multiple_parents',
					message: 'node “csat”: has two parents, “rate” and “tickets” (edges[3]): a node has one parent'
				}
			]
		],
		[
			'a node connected to nothing',
			(t) => t.edges.pop(),
			[
				{
					code: 'root',
					message:
						'node “csat”: has no parent, but only the north star (“rate”) may stand alone: add an edge from its parent'
				}
			]
		],
		[
			'a numerator and denominator the wrong way round',
			(t) => {
				t.edges[0]!.role = 'denominator';
				t.edges[1]!.role = 'numerator';
			},
			[
				{
					code: 'formula_edge',
					message: 'node “rate”, field “edges”: “tickets” is not the denominator of its formula'
				},
				{
					code: 'formula_edge',
					message: 'node “rate”, field “edges”: “orders” is not the numerator of its formula'
				}
			]
		],
		[
			'formula edges that do not match the formula',
			(t) => (t.edges[2] = { parent: 'rate', child: 'csat', type: 'formula', role: 'numerator' }),
			[
				{
					code: 'formula_edge',
					message:
						'node “rate”, field “edges”: its formula uses orders, tickets but its formula edges go to csat, orders, tickets: they must match'
				}
			]
		],
		[
			'mixed formula roles',
			(t) => (t.edges[1]!.role = 'factor'),
			[
				{
					code: 'formula_edge',
					message:
						'node “rate”, field “edges”: mixes formula roles (numerator, factor): use all factor, all term, or numerator with denominator'
				}
			]
		],
		[
			'sum edges under a node that is not a formula',
			(t) => (t.edges[2] = { parent: 'tickets', child: 'csat', type: 'formula', role: 'term' }),
			[
				{
					code: 'formula_edge',
					message:
						'node “tickets”, field “edges”: has term edges, so it must be a formula node over those children'
				}
			]
		]
	];

	it.each(catalogue)('rejects %s', (_, mutate, expected) => {
		expect(errorsOf(mutate)).toEqual(expected);
	});

	it('reports every problem of a file at once', () => {
		const errors = errorsOf((t) => {
			nodeOf(t, 'tickets').tier = 'strategic';
			nodeOf(t, 'orders').direction = 'sideways';
		});
		expect(errors.map((e) => e.message)).toEqual([
			'node “tickets”, field “tier”: must be one of "north_star", "operational", "management" (got "strategic")',
			'node “orders”, field “direction”: must be one of "up", "down" (got "sideways")'
		]);
	});
});

describe('edge checks at their edges', () => {
	it('refuses a node as its own child', () => {
		expect(errorsOf((t) => t.edges.push({ parent: 'csat', child: 'csat', type: 'driver' }))).toContainEqual({
			code: 'cycle',
			message: 'node “csat”, field “edges[3]”: “csat” cannot be its own child'
		});
	});

	it('refuses a ratio with a numerator and no denominator', () => {
		expect(errorsOf((t) => (t.edges[1] = { parent: 'rate', child: 'orders', type: 'driver' }))).toEqual([
			{
				code: 'formula_edge',
				message: 'node “rate”, field “edges”: a ratio needs both a numerator and a denominator edge'
			}
		]);
	});

	it('refuses a ratio’s two roles mixed with a third', () => {
		expect(
			errorsOf((t) => (t.edges[2] = { parent: 'rate', child: 'csat', type: 'formula', role: 'term' }))
		).toEqual([
			{
				code: 'formula_edge',
				message:
					'node “rate”, field “edges”: mixes formula roles (numerator, denominator, term): use all factor, all term, or numerator with denominator'
			}
		]);
	});
});

describe('formula edges go with a formula of their shape', () => {
	/** rate's two formula edges made `role`, its formula made `expression`. */
	const rateAs = (role: string, expression: string) => (t: Tree) => {
		nodeOf(t, 'rate').definition = { kind: 'formula', expression };
		t.edges[0]!.role = role;
		t.edges[1]!.role = role;
	};
	const accepts = (mutate: (tree: Tree) => void) => {
		const tree = baseTree();
		mutate(tree);
		const result = loadTree(stringify(tree));
		return result.ok || result.error.map((e) => e.message);
	};
	const notASum = (expression: string) =>
		`node “rate”, field “edges”: has term edges, so its formula must add up its children (a sum or difference, each child times a constant), but “${expression}” is not: use numerator and denominator edges for a ratio, factor edges for a product`;
	const notAProduct = (expression: string) =>
		`node “rate”, field “edges”: has factor edges, so its formula must multiply its children, each once, with nothing else (“a * b”), but “${expression}” is not`;

	it('refuses term edges under a ratio, which would be split as if it were a sum', () => {
		expect(errorsOf(rateAs('term', '100 * tickets / orders'))).toEqual([
			{ code: 'formula_edge', message: notASum('100 * tickets / orders') }
		]);
	});

	it.each(['tickets * orders', 'tickets / orders', 'tickets / (orders - 1)', 'tickets + orders / 0'])(
		'refuses term edges under %s',
		(expression) => {
			expect(errorsOf(rateAs('term', expression))).toEqual([
				{ code: 'formula_edge', message: notASum(expression) }
			]);
		}
	);

	it.each([
		'tickets + orders',
		'tickets - orders',
		'(tickets + orders) / 2',
		'2 * tickets - orders * 3 + 1',
		'-tickets + (orders - 5) * (1 + 1)'
	])('accepts term edges under %s', (expression) => {
		expect(accepts(rateAs('term', expression))).toBe(true);
	});

	it('refuses a term that cancels out of its formula', () => {
		// tickets + orders − tickets: tickets' coefficient is 1 − 1 = 0, so it could never contribute
		expect(errorsOf(rateAs('term', 'tickets + orders - tickets'))).toEqual([
			{
				code: 'formula_edge',
				message:
					'node “rate”, field “edges”: “tickets” cancels out of its formula “tickets + orders - tickets”'
			}
		]);
	});

	it.each(['tickets * orders', 'tickets * orders / 2 * 2', '-tickets * -orders', '(tickets) * (orders * 1)'])(
		'accepts factor edges under %s',
		(expression) => {
			expect(accepts(rateAs('factor', expression))).toBe(true);
		}
	);

	it.each([
		'100 * tickets * orders',
		'tickets / orders',
		'-tickets * orders',
		'tickets * tickets * orders',
		'tickets + orders',
		'tickets * orders / 0'
	])('refuses factor edges under %s, which the log-change split cannot make exact', (expression) => {
		expect(errorsOf(rateAs('factor', expression))).toEqual([
			{ code: 'formula_edge', message: notAProduct(expression) }
		]);
	});

	it('refuses factor edges under a formula over other nodes', () => {
		expect(errorsOf(rateAs('factor', 'tickets * csat'))).toEqual([
			{
				code: 'formula_edge',
				message:
					'node “rate”, field “edges”: its formula uses csat, tickets but its formula edges go to orders, tickets: they must match'
			}
		]);
	});

	it('refuses numerator and denominator edges under a formula that is not a ratio', () => {
		const mutate = (t: Tree) =>
			(nodeOf(t, 'rate').definition = { kind: 'formula', expression: 'tickets + orders' });
		expect(errorsOf(mutate)).toEqual([
			{
				code: 'formula_edge',
				message:
					'node “rate”, field “edges”: has numerator and denominator edges, so its formula must be a ratio (numerator ÷ denominator, times a constant), but “tickets + orders” is not'
			}
		]);
	});

	it('still accepts factor edges under a leaf, whose product is checked on its values', () => {
		// tickets (a count) made of csat × orders: nonsense as maths, but a leaf's product is only known from its values
		const mutate = (t: Tree) => {
			t.edges[1] = { parent: 'tickets', child: 'orders', type: 'formula', role: 'factor' };
			t.edges[2] = { parent: 'tickets', child: 'csat', type: 'formula', role: 'factor' };
			t.edges.push({ parent: 'rate', child: 'tickets', type: 'driver' });
			t.edges.shift();
			nodeOf(t, 'rate').definition = { kind: 'formula', expression: '2 * 4' };
		};
		expect(accepts(mutate)).toBe(true);
	});
});

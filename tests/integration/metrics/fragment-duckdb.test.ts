/**
 * The fragment check parses a tree file's fragments with its own allow-list grammar and runs only the
 * SQL it emits from the parsed tree. Here DuckDB itself is the judge of that parse: for every accepted
 * fragment (every allowed function, operator and form, the precedence cases, and each fragment of the
 * default tree) the emitted SQL gives exactly the values DuckDB computes from the original text, on
 * every row of the sample tables. A fragment the grammar read differently from DuckDB (another
 * precedence, another meaning) shows up as a differing row.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCanonicalTable } from '../../../src/lib/data/load';
import { startNodeEngine } from '../../../src/lib/engine/node';
import type { Engine } from '../../../src/lib/engine/types';
import { checkFragment } from '../../../src/lib/metrics/fragment/check';
import { columnNames, TABLE_IDS } from '../../../src/lib/metrics/tables';
import type { TableId } from '../../../src/lib/metrics/types';
import { quoteIdent } from '../../../src/lib/sql/quote';
import { defaultTreeYaml } from '../../fixtures/default-tree';
import { TICKET_FRAGMENTS } from '../../fixtures/metrics/allowed-fragments';

const FIELDS = ['filter', 'expr', 'numerator', 'denominator'] as const;

/** Every fragment of the shipped tree, with its node's table. */
function defaultTreeFragments(): [TableId, string][] {
	const tree = parse(defaultTreeYaml) as {
		nodes: { table?: TableId; definition?: Partial<Record<(typeof FIELDS)[number], string>> }[];
	};
	return tree.nodes.flatMap((node) =>
		FIELDS.flatMap((field) => {
			const text = node.definition?.[field];
			return node.table && typeof text === 'string' ? [[node.table, text] as [TableId, string]] : [];
		})
	);
}

const CASES: [TableId, string][] = [
	...TICKET_FRAGMENTS.map((text): [TableId, string] => ['tickets', text]),
	...defaultTreeFragments()
];

describe('the fragment grammar reads each fragment as DuckDB does', () => {
	let engine: Engine;

	beforeAll(async () => {
		engine = await startNodeEngine();
		for (const table of TABLE_IDS) {
			const bytes = new Uint8Array(readFileSync(`data/sample/${table}.parquet`));
			await loadCanonicalTable(engine, table, { kind: 'bytes', bytes, format: 'parquet' });
		}
	}, 180_000);
	afterAll(() => engine?.close());

	it('covers the default tree and the catalogue', () => {
		expect(defaultTreeFragments().length).toBeGreaterThanOrEqual(15);
		expect(CASES.length).toBeGreaterThan(80);
	});

	it.each(CASES)('%s: %s', async (table, text) => {
		const checked = checkFragment(text, { table, columns: columnNames(table) });
		if (!checked.ok) throw new Error(checked.error.message);
		expect(checked.value.sql).not.toBe(''); // what runs in the app is the emitted SQL, not the text
		// The original text is trusted here (it is this test's own input); in the app it never runs.
		const [row] = await engine.rows(
			`SELECT count(*) AS n,
				count(*) FILTER (WHERE (${checked.value.sql}) IS DISTINCT FROM (${text})) AS differing,
				count(*) FILTER (WHERE (${text}) IS NOT NULL) AS not_null
			FROM ${quoteIdent(table)}`
		);
		expect(Number(row!.n)).toBeGreaterThan(1000);
		expect(Number(row!.differing)).toBe(0);
		expect(Number(row!.not_null)).toBeGreaterThan(0); // a fragment NULL on every row would prove nothing
	});
});

import { describe, expect, it } from 'vitest';
import {
	cleanedSelectSql,
	mappedColumns,
	presentColumns,
	typedTableSql
} from '../../../src/lib/data/import-sql';

describe('import SQL', () => {
	const columns = mappedColumns(
		'surveys',
		{ ts: { source: 'answered at', reading: 'epoch_s' }, score: { source: 'NPS "score"' } },
		{ 'answered at': 'BIGINT', 'NPS "score"': 'VARCHAR' }
	);

	it('converts only the mapped columns, quoting the file’s column names', () => {
		expect(typedTableSql('staging', 'typed', columns)).toMatchInlineSnapshot(
			`"CREATE OR REPLACE TABLE "typed" AS SELECT rowid + 1 AS "__row", CASE WHEN abs((TRY_CAST("answered at" AS DOUBLE) * 1000000)) < 253402300799000000 THEN make_timestamp(CAST(round((TRY_CAST("answered at" AS DOUBLE) * 1000000)) AS BIGINT)) END AS "ts", TRY_CAST(round(TRY_CAST("NPS ""score""" AS DOUBLE)) AS INTEGER) AS "score" FROM "staging""`
		);
	});

	it('keeps rows with the required values and a score in 0–10, with absent columns as typed NULLs', () => {
		expect(cleanedSelectSql('surveys', 'typed', null, presentColumns(columns))).toMatchInlineSnapshot(
			`"SELECT "ts", "score", CAST(NULL AS VARCHAR) AS "customer_id", CAST(NULL AS VARCHAR) AS "touchpoint" FROM "typed" WHERE "ts" IS NOT NULL AND "score" IS NOT NULL AND NOT COALESCE(score NOT BETWEEN 0 AND 10, false)"`
		);
	});

	it('drops later duplicate ticket ids, and ids already loaded when appending', () => {
		const tickets = mappedColumns(
			'tickets',
			{ ticket_id: { source: 'id' }, created_at: { source: 'opened', reading: 'native' } },
			{ id: 'VARCHAR', opened: 'TIMESTAMP' }
		);
		const sql = cleanedSelectSql('tickets', 'typed', 'tickets', presentColumns(tickets));
		expect(sql).toContain(
			`AND ("ticket_id" IS NULL OR "ticket_id" NOT IN (SELECT "ticket_id" FROM "tickets"))`
		);
		expect(sql).toContain(`"__row" IN (SELECT min("__row") FROM "typed" WHERE`);
		// rules about columns the file does not have are left out
		expect(sql).not.toContain('BETWEEN 1 AND 5');
	});
});

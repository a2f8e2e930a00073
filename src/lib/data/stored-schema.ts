/**
 * What the browser kept (IndexedDB uploads, localStorage mappings) is read back through the same kind
 * of schema as a fresh file, not cast: another tab, an older version or a hand-edited profile can leave
 * anything there, and a stored column name goes on to be quoted into SQL.
 */
import * as v from 'valibot';
import { TIMESTAMP_READINGS } from './mapping';
import { TABLE_IDS } from './schema';

const tableId = v.picklist(TABLE_IDS);
const name = v.pipe(
	v.string(),
	v.minLength(1),
	v.check((s) => !s.includes('\u0000'), 'has a NUL character')
);

/** One canonical column's choice; unknown fields are kept, so a newer version's additions survive. */
const columnChoice = v.looseObject({
	source: v.nullable(name),
	reading: v.optional(v.picklist(TIMESTAMP_READINGS))
});

export const columnMappingSchema = v.record(name, columnChoice);

/** Extra dimension names (SPEC §3): file headers, kept as written. */
const extraNames = v.optional(v.pipe(v.array(name), v.maxLength(200)));

export const rememberedMappingSchema = v.looseObject({
	table: tableId,
	mapping: columnMappingSchema,
	dropped: extraNames
});

export const storedUploadSchema = v.looseObject({
	table: tableId,
	mode: v.picklist(['replace', 'append']),
	name: v.string(),
	format: v.picklist(['parquet', 'csv']),
	file: v.instance(Blob),
	mapping: columnMappingSchema,
	// Added with extra dimensions; uploads stored before have none and load as they did.
	extras: extraNames,
	at: v.pipe(v.number(), v.finite())
});

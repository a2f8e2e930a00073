/**
 * Turns a slice of a row store into an Arrow record batch with the canonical types: TIMESTAMP as
 * Timestamp(µs, no time zone), VARCHAR as Utf8 (plain, not Arrow dictionaries: Parquet dictionary-encodes
 * the pages anyway, and readers then see ordinary strings), INTEGER as Int32, DOUBLE, BOOLEAN.
 */
import {
	Bool,
	Field,
	Float64,
	Int32,
	makeData,
	RecordBatch,
	Schema,
	Struct,
	TimestampMicrosecond,
	Utf8,
	type Data,
	type DataType
} from 'apache-arrow';
import type { ColumnValues } from './row-store';
import { NULL_ID, NULL_INT, type ColumnSchema, type TableSchema } from './schema';
import { NULL_CODE } from './vocabulary';

function arrowType(column: ColumnSchema): DataType {
	switch (column.kind) {
		case 'timestamp':
			return new TimestampMicrosecond(); // no time zone: naive, "not adjusted to UTC" in Parquet
		case 'double':
			return new Float64();
		case 'int':
			return new Int32();
		case 'bool':
			return new Bool();
		case 'label':
		case 'id':
			return new Utf8();
	}
}

export function arrowSchema(schema: TableSchema): Schema {
	return new Schema(schema.map((column) => new Field(column.name, arrowType(column), !column.required)));
}

/** Packs one bit per row, least significant bit first (Arrow's layout for booleans and validity). */
function bitPack(length: number, isSet: (i: number) => boolean): { bits: Uint8Array; unset: number } {
	const bits = new Uint8Array((length + 7) >> 3);
	let unset = 0;
	for (let i = 0; i < length; i++) {
		if (isSet(i)) bits[i >> 3]! |= 1 << (i & 7);
		else unset++;
	}
	return { bits, unset };
}

/** Arrow's validity bitmap (bit set = present), left out when every value is present. */
function validity(length: number, isPresent: (i: number) => boolean) {
	const { bits, unset } = bitPack(length, isPresent);
	return unset === 0 ? { nullCount: 0 } : { nullCount: unset, nullBitmap: bits };
}

const encoder = new TextEncoder();

/** Utf8 from a function writing each value's bytes; `byteLength` bounds the total. */
function utf8Data(
	length: number,
	present: (i: number) => boolean,
	byteLength: number,
	write: (i: number, into: Uint8Array, at: number) => number
) {
	const valueOffsets = new Int32Array(length + 1);
	const data = new Uint8Array(byteLength);
	let at = 0;
	for (let i = 0; i < length; i++) {
		if (present(i)) at = write(i, data, at);
		valueOffsets[i + 1] = at;
	}
	return makeData({
		type: new Utf8(),
		length,
		valueOffsets,
		data: data.subarray(0, at),
		...validity(length, present)
	});
}

function labelData(codes: ColumnValues, labels: readonly string[]): Data {
	const encoded = labels.map((label) => encoder.encode(label));
	const longest = Math.max(...encoded.map((bytes) => bytes.length));
	const present = (i: number) => codes[i] !== NULL_CODE;
	return utf8Data(codes.length, present, codes.length * longest, (i, into, at) => {
		const bytes = encoded[codes[i]!]!;
		into.set(bytes, at);
		return at + bytes.length;
	});
}

/** Identifiers like C000042: the prefix, then the number zero-padded to `digits`. */
function idData(numbers: ColumnValues, prefix: string, digits: number): Data {
	const prefixBytes = encoder.encode(prefix);
	const width = prefixBytes.length + digits;
	const present = (i: number) => numbers[i] !== NULL_ID;
	return utf8Data(numbers.length, present, numbers.length * width, (i, into, at) => {
		into.set(prefixBytes, at);
		let value = numbers[i]!;
		for (let position = at + width - 1; position >= at + prefixBytes.length; position--) {
			into[position] = 48 + (value % 10);
			value = Math.floor(value / 10);
		}
		return at + width;
	});
}

function columnData(column: ColumnSchema, values: ColumnValues, idDigits: number): Data {
	const length = values.length;
	switch (column.kind) {
		case 'timestamp': {
			const micros = new BigInt64Array(length);
			for (let i = 0; i < length; i++) if (!Number.isNaN(values[i])) micros[i] = BigInt(values[i]!);
			return makeData({
				type: new TimestampMicrosecond(),
				length,
				data: micros,
				...validity(length, (i) => !Number.isNaN(values[i]))
			});
		}
		case 'double': {
			const doubles = Float64Array.from(values, (value) => (Number.isNaN(value) ? 0 : value));
			return makeData({
				type: new Float64(),
				length,
				data: doubles,
				...validity(length, (i) => !Number.isNaN(values[i]))
			});
		}
		case 'int': {
			const ints = Int32Array.from(values, (value) => (value === NULL_INT ? 0 : value));
			return makeData({
				type: new Int32(),
				length,
				data: ints,
				...validity(length, (i) => values[i] !== NULL_INT)
			});
		}
		case 'bool': {
			const { bits } = bitPack(length, (i) => values[i] === 1);
			return makeData({
				type: new Bool(),
				length,
				data: bits,
				...validity(length, (i) => values[i] !== NULL_CODE)
			});
		}
		case 'label':
			return labelData(values, column.labels);
		case 'id':
			return idData(values, column.prefix, idDigits);
	}
}

/** Rows [start, end) of the columns as one record batch; `idDigits` keeps id widths equal across batches. */
export function recordBatch(
	schema: TableSchema,
	columns: readonly ColumnValues[],
	start: number,
	end: number,
	idDigits: (column: ColumnSchema) => number
): RecordBatch {
	const length = end - start;
	const children = schema.map((column, index) =>
		columnData(column, columns[index]!.subarray(start, end), idDigits(column))
	);
	const arrow = arrowSchema(schema);
	return new RecordBatch(arrow, makeData({ type: new Struct(arrow.fields), length, children }));
}

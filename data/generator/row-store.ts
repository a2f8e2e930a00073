/**
 * A table being built: one growable typed array per column, so ten million rows cost ~20 bytes each
 * instead of a JavaScript object each.
 */
import type { ColumnSchema, Row, TableSchema } from './schema';

export type ColumnValues = Float64Array | Int32Array | Uint8Array;

/** An append-only typed array that doubles its capacity when full. */
class GrowableArray {
	private buffer: ColumnValues;
	length = 0;

	constructor(private readonly allocate: (capacity: number) => ColumnValues) {
		this.buffer = allocate(4096);
	}

	push(value: number): void {
		if (this.length === this.buffer.length) {
			const larger = this.allocate(this.buffer.length * 2);
			larger.set(this.buffer);
			this.buffer = larger;
		}
		this.buffer[this.length++] = value;
	}

	values(): ColumnValues {
		return this.buffer.subarray(0, this.length);
	}
}

function allocatorFor(column: ColumnSchema): (capacity: number) => ColumnValues {
	switch (column.kind) {
		case 'timestamp':
		case 'double':
			return (n) => new Float64Array(n);
		case 'int':
		case 'id':
			return (n) => new Int32Array(n);
		case 'bool':
		case 'label':
			return (n) => new Uint8Array(n);
	}
}

export interface RowStore<S extends TableSchema> {
	readonly schema: S;
	readonly rowCount: number;
	append(row: Row<S>): void;
	/** The filled part of each column, in schema order. */
	columns(): ColumnValues[];
}

export function createRowStore<S extends TableSchema>(schema: S): RowStore<S> {
	const arrays = schema.map((column) => new GrowableArray(allocatorFor(column)));
	const names = schema.map((column) => column.name as keyof Row<S>);
	return {
		schema,
		get rowCount() {
			return arrays[0]?.length ?? 0;
		},
		append(row) {
			for (let i = 0; i < arrays.length; i++) arrays[i]!.push(row[names[i]!]);
		},
		columns: () => arrays.map((array) => array.values())
	};
}

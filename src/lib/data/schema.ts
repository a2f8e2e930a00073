/**
 * The three input tables of SPEC §3 as the data loader sees them. Defined once, in the metric layer
 * (which may import nothing of the app); re-exported here so the loader has one place to look.
 */
export { TABLE_IDS, TABLES, type ColumnSpec, type ColumnType, type TableSpec } from '../metrics/tables';
export type { TableId } from '../metrics/types';

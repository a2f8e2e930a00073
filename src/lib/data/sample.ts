/**
 * The built-in sample (SPEC §6), served from the app's own origin as a hashed asset: one DuckDB
 * database file with the three canonical tables, written at build time from data/sample/*.parquet
 * (data/sample-database.ts, run by the Vite plugin in vite.config.ts).
 */
import sampleDatabaseUrl from '../../../data/sample/sample.duckdb?url';

export const SAMPLE_DATABASE_URL: string = sampleDatabaseUrl;

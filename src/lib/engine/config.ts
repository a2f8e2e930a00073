/**
 * Result typing shared by the browser and Node engines: counts and sums come back as JS numbers
 * (DuckDB sums BIGINT into HUGEINT, which Arrow would hand over as a 128-bit decimal).
 */
export const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;

/** Where files registered with the engine live; the only place DuckDB may read from once locked. */
export const UPLOAD_DIRECTORY = '/northstar-uploads/';

/**
 * Run when the engine opens, before anything else (SPEC §4 "The tree is data"): no file, URL or
 * extension is reachable from SQL except the files the app registers itself under UPLOAD_DIRECTORY,
 * and the settings cannot be changed back. `enable_external_access = false` alone would also block
 * the registered uploads; `allowed_directories` lets exactly those through (path traversal such as
 * `/northstar-uploads/../etc/passwd` is refused by DuckDB). Inserted Arrow needs no file access.
 */
export const LOCKDOWN_SQL: readonly string[] = [
	`SET allowed_directories = ['${UPLOAD_DIRECTORY}']`,
	'SET enable_external_access = false',
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET lock_configuration = true'
];

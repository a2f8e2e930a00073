/**
 * Result typing shared by the browser and Node engines: counts and sums come back as JS numbers
 * (DuckDB sums BIGINT into HUGEINT, which Arrow would hand over as a 128-bit decimal).
 */
export const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true } as const;

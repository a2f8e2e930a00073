// Everything runs in the browser: DuckDB-WASM needs a worker, and the data never leaves the page.
export const ssr = false;
export const prerender = false;

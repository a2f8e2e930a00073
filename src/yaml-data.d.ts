/** `import data from 'file.yaml?data'`: the YAML file parsed at build time (vite.config.ts, `yamlAsData`), to be validated by its reader. */
declare module '*.yaml?data' {
	const data: unknown;
	export default data;
}

// The built-in data, validated at build time and embedded by esbuild.mjs (its builtInDataset plugin).
declare module 'career-lens:built-in-dataset' {
  const dataset: unknown;
  export default dataset;
}

// The built-in roles' row fields only, for the Roles view's first rows (src/extension.ts).
declare module 'career-lens:built-in-roles' {
  const roles: unknown;
  export default roles;
}

// The built-in data, validated at build time and embedded by esbuild.mjs (its builtInDataset plugin).
declare module 'career-lens:built-in-dataset' {
  const dataset: unknown;
  export default dataset;
}

// Built by esbuild.mjs (integrationSuites): every *.test.ts in this folder, by name, loaded on call.
declare module 'career-lens:integration-suites' {
  const suites: Record<string, () => unknown>;
  export default suites;
}

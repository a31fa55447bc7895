// Every integration suite, by name. Each starts fresh (see startsFresh), so any one runs alone.
// Required, not imported: a suite's describe() calls need mocha's globals installed first.
export const SUITES: Record<string, () => unknown> = {
  activation: () => require('./activation.test'),
  dataset: () => require('./dataset.test'),
  commands: () => require('./commands.test'),
  trees: () => require('./trees.test'),
  panel: () => require('./panel.test'),
  profile: () => require('./profile.test'),
  scan: () => require('./scan.test'),
  sinks: () => require('./sinks.test'),
  fuzz: () => require('./fuzz.test'),
  packTrust: () => require('./packTrust.test'),
};

export const RESULT_MARKER = '__CAREER_LENS_RESULT__';

/** Prints the counts the harness reads, and settles with the outcome. */
export function report(stats: { passes: number; failures: number }, resolve: () => void, reject: (err: Error) => void): void {
  console.log(`${RESULT_MARKER}${JSON.stringify({ passes: stats.passes, failures: stats.failures })}`);
  if (stats.failures > 0) reject(new Error(`${stats.failures} integration test(s) failed`));
  else resolve();
}

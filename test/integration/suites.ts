// The integration suites and how a run reports. The suites are every *.test.ts in this folder,
// found by esbuild.mjs when the tests are built (each starts fresh, see startsFresh, so any one
// runs alone). The result line is test/harness/result.mjs's, which the harness reads.
import SUITES from 'career-lens:integration-suites';
import { resultLine } from '../harness/result.mjs';

export { SUITES };

/** The suites to load: all of them, or the one named (by its file name without `.test.ts`). */
export function suitesToRun(only: string | undefined): (() => unknown)[] {
  if (!only) return Object.values(SUITES);
  const suite = SUITES[only];
  if (!suite) throw new Error(`No integration suite '${only}'; the suites are: ${Object.keys(SUITES).join(', ')}`);
  return [suite];
}

/** Prints the counts the harness reads, and settles with the outcome. */
export function report(
  stats: { passes: number; failures: number },
  resolve: () => void,
  reject: (err: Error) => void,
): void {
  console.log(resultLine(stats));
  if (stats.failures > 0) reject(new Error(`${stats.failures} integration test(s) failed`));
  else resolve();
}

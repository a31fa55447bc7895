// How an integration run tells the harness its counts: the test entry in the extension host
// prints one line with this marker (test/integration/suites.ts), and integration.mjs reads it
// from the host's console. One module, imported by both sides, so the two cannot drift.
export const RESULT_MARKER = '__CAREER_LENS_RESULT__';

/** The line the extension host prints. */
export function resultLine(stats) {
  return `${RESULT_MARKER}${JSON.stringify({ passes: stats.passes, failures: stats.failures })}`;
}

/** The counts in a console line, or undefined when it is not the result line. */
export function readResult(line) {
  const at = line.indexOf(RESULT_MARKER);
  return at === -1 ? undefined : JSON.parse(line.slice(at + RESULT_MARKER.length));
}

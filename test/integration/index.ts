// Entry loaded by the Node extension host (code-server or @vscode/test-electron): runs every
// integration suite with mocha and resolves or rejects with the result.
import Mocha from 'mocha';
import { report, suitesToRun } from './suites';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.CAREER_LENS_GREP) mocha.grep(process.env.CAREER_LENS_GREP);
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  for (const load of suitesToRun(process.env.CAREER_LENS_SUITE)) load();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => report(runner.stats ?? { passes: 0, failures }, resolve, reject));
  });
}

// Entry loaded by the extension host (code-server or @vscode/test-electron): runs every
// integration suite with mocha and resolves or rejects with the result.
import Mocha from 'mocha';

const RESULT_MARKER = '__CAREER_LENS_RESULT__';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.CAREER_LENS_GREP) mocha.grep(process.env.CAREER_LENS_GREP);
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  // Suites are required after mocha has installed its globals (describe, it, …). Each suite
  // starts fresh (see startsFresh), so any one of them runs alone: CAREER_LENS_SUITE=fuzz.
  const only = process.env.CAREER_LENS_SUITE;
  const suites: Record<string, () => unknown> = {
    activation: () => require('./activation.test'),
    dataset: () => require('./dataset.test'),
    commands: () => require('./commands.test'),
    trees: () => require('./trees.test'),
    panel: () => require('./panel.test'),
    profile: () => require('./profile.test'),
    scan: () => require('./scan.test'),
    sinks: () => require('./sinks.test'),
    fuzz: () => require('./fuzz.test'),
  };
  for (const [name, load] of Object.entries(suites)) if (!only || only === name) load();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures };
      console.log(`${RESULT_MARKER}${JSON.stringify({ passes: stats.passes, failures: stats.failures })}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}

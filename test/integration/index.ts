// Entry loaded by the extension host (code-server or @vscode/test-electron): runs every
// integration suite with mocha and resolves or rejects with the result.
import Mocha from 'mocha';

const RESULT_MARKER = '__CAREER_LENS_RESULT__';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  if (process.env.CAREER_LENS_GREP) mocha.grep(process.env.CAREER_LENS_GREP);
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  // Suites are required after mocha has installed its globals (describe, it, …).
  require('./activation.test');
  require('./dataset.test');
  require('./commands.test');
  require('./trees.test');
  require('./panel.test');
  require('./profile.test');
  require('./scan.test');
  require('./sinks.test');
  require('./fuzz.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures };
      console.log(`${RESULT_MARKER}${JSON.stringify({ passes: stats.passes, failures: stats.failures })}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}

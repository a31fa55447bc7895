// `npm run test:desktop`: the same integration suite through @vscode/test-electron, for
// machines that can download VS Code desktop (these offline machines cannot).
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { FIXTURE_WORKSPACE, REPO_ROOT } from './codeServer.mjs';
import { prepareSignedPacks } from './signedPacks.mjs';

try {
  prepareSignedPacks(REPO_ROOT); // the packTrust suite's packs, signed by the real minisign
  await runTests({
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [FIXTURE_WORKSPACE, '--disable-extensions'],
  });
} catch (err) {
  console.error(`test:desktop failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

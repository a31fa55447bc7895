// Proves the harness can fail: a deliberately failing suite run in the real extension host
// must come back as a failure. If it came back green, every other green would be suspect.
import { join } from 'node:path';
import { REPO_ROOT } from './codeServer.mjs';
import { runInExtensionHost } from './integration.mjs';

const fixture = join(REPO_ROOT, 'test', 'fixtures', 'failing-suite', 'index.js');
const result = await runInExtensionHost(fixture, { label: 'selfcheck' });
const ok = result.exitCode === 1;
console.log(
  ok
    ? 'selfcheck: the failing fixture was reported as a failure (exit 1), as it must be'
    : `selfcheck: the failing fixture came back with exit ${result.exitCode}; the harness cannot be trusted`,
);
console.log(`selfcheck: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);

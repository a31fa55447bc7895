// Runs a mocha suite inside the real extension host of code-server and reports its result.
// Usage: node test/harness/integration.mjs [--web] [testsPath]
// (default: the built integration suite; --web runs its web build in the web worker host)
import { join } from 'node:path';
import { format } from 'node:util';
import { launchBrowser, isNoise } from './browser.mjs';
import { REPO_ROOT, startCodeServer } from './codeServer.mjs';
import { readResult } from './result.mjs';
import { prepareSignedPacks } from './signedPacks.mjs';
const TIMEOUT_MS = Number(process.env.CAREER_LENS_TEST_TIMEOUT ?? 300_000);

/** @returns {Promise<{ exitCode: number, passes: number, failures: number }>} */
export async function runInExtensionHost(
  testsPath = join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
  { label = 'integration', workspace, onLog, extraExtensions, web = false } = {},
) {
  const server = await startCodeServer({ workspace, extraExtensions, web });
  // The suites' signed packs (after startCodeServer, which installs minisign with the other
  // Debian packages); not for the bench's or the selfcheck's own entries.
  if (/[\\/]out[\\/]test[\\/](integration|web)[\\/]/.test(testsPath)) prepareSignedPacks(REPO_ROOT);
  const browser = await launchBrowser();
  let stats = { passes: 0, failures: 0 };
  try {
    const page = await browser.newPage();
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (onLog?.(line)) return;
      const result = readResult(line);
      if (result) {
        stats = result;
        return;
      }
      if (process.env.CAREER_LENS_DEBUG_LOG)
        process.stdout.write(`<${_type}> ${line.slice(0, 120).replace(/\n/g, ' ')}\n`);
      if (!isNoise(line)) process.stdout.write(`${line}\n`);
    });
    page.on('pageerror', (err) => {
      if (!isNoise(String(err))) process.stderr.write(`[${label}] page error: ${err}\n`);
    });
    await page.goto(server.workbenchUrl({ testsPath }));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS));
    const code = await Promise.race([exited, timeout]);
    if (code === 'timeout') {
      process.stderr.write(
        `[${label}] no result within ${TIMEOUT_MS} ms\n--- code-server output ---\n${server.output.join('')}\n`,
      );
      return { exitCode: 1, passes: stats.passes, failures: stats.failures || 1 };
    }
    return { exitCode: code, ...stats, failures: code !== 0 && stats.failures === 0 ? 1 : stats.failures };
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const web = process.argv.includes('--web');
  const path =
    process.argv.slice(2).find((a) => !a.startsWith('--')) ??
    (web ? join(REPO_ROOT, 'out', 'test', 'web', 'index.js') : undefined);
  const result = await runInExtensionHost(path, { web, label: web ? 'integration (web worker host)' : 'integration' });
  console.log(`integration${web ? ' (web worker host)' : ''}: ${result.passes} passed, ${result.failures} failed`);
  process.exit(result.exitCode === 0 && result.failures === 0 ? 0 : 1);
}

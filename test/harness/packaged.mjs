// Builds the .vsix with `npm run package`, installs it into a fresh code-server as a user
// would (no development paths), and checks that the installed extension works: its view
// appears and the comparison opens with data. Proves the package ships what it needs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { REPO_ROOT, startCodeServer } from './codeServer.mjs';
import { runFromPalette, waitForWorkbench, webviewFrame } from './workbench.mjs';

const vsix = join(REPO_ROOT, 'career-lens.vsix');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

let passed = 0;
let failed = 0;
const server = await startCodeServer({ vsix });
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(server.workbenchUrl({ extensionPath: null }));
  await waitForWorkbench(page);
  await runFromPalette(page, 'Career Lens: Open Comparison');
  const frame = await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
  const text = await frame.locator('[data-row="sql-depth"]').innerText();
  if (!/Deep/.test(text)) throw new Error(`unexpected overview content: ${text}`);
  console.log('  ✔ the installed .vsix shows its view and opens the comparison with data');
  passed++;
} catch (err) {
  console.log(`  ✘ the installed .vsix does not work: ${err instanceof Error ? err.message : err}`);
  failed++;
} finally {
  await browser.close().catch(() => {});
  await server.stop();
  // Leave a development build behind for the other suites and for `npm start`.
  execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT });
}
console.log(`packaged: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

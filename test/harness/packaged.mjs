// Builds the .vsix with `npm run package`, installs it into a fresh code-server as a user
// would (no development paths), and checks that the installed extension works in both
// extension hosts: Node, and the browser's web worker (as on vscode.dev). Its Roles view shows
// the roles, the comparison opens with data, and the log names the host it runs in.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { REPO_ROOT, startCodeServer } from './codeServer.mjs';
import { runFromPalette, waitForWorkbench, webviewFrame } from './workbench.mjs';

const vsix = join(REPO_ROOT, 'career-lens.vsix');
execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

let passed = 0;
let failed = 0;

async function smoke(host) {
  const server = await startCodeServer({ vsix, web: host === 'web worker' });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(server.workbenchUrl({ extensionPath: null }));
    await waitForWorkbench(page);
    await runFromPalette(page, 'Career Lens: Focus on Roles View');
    await page
      .locator('.pane-body .monaco-list-row', { hasText: 'Machine Learning Engineer' })
      .first()
      .waitFor({ timeout: 30_000 });
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
    const text = await frame.locator('[data-row="sql-depth"]').innerText();
    if (!/Deep/.test(text)) throw new Error(`unexpected overview content: ${text}`);
    await runFromPalette(page, 'Career Lens: Show Log');
    await page
      .locator('.panel .view-lines', { hasText: `started in the ${host} extension host` })
      .first()
      .waitFor({ timeout: 20_000 });
    console.log(
      `  ✔ the installed .vsix shows its roles and opens the comparison with data, in the ${host} extension host`,
    );
    passed++;
  } catch (err) {
    console.log(
      `  ✘ the installed .vsix does not work in the ${host} extension host: ${err instanceof Error ? err.message : err}`,
    );
    failed++;
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

try {
  await smoke('Node');
  await smoke('web worker');
} finally {
  // Leave a development build behind for the other suites and for `npm start`.
  execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT });
}
console.log(`packaged: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// Checks `npm start` as a newcomer meets it: the printed URL serves the workbench with the
// Career Lens view and the comparison open; then Ctrl-C (and, in a second run, SIGTERM) stops
// it, leaving no code-server process and no temp directory behind.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { waitForExit } from './cleanup.mjs';
import { REPO_ROOT } from './codeServer.mjs';
import { screenshot, waitForWorkbench, webviewFrame } from './workbench.mjs';

/** Starts start.mjs and resolves with its URL, code-server pid and scratch dir once it is up. */
function startProduct() {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'test', 'harness', 'start.mjs')], {
    cwd: REPO_ROOT,
    env: { ...process.env, CAREER_LENS_START_REPORT: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${out}`)), 180_000);
    const onData = (d) => {
      out += d;
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?\S+)/.exec(out)?.[1];
      const report = /\[start\] code-server pid (\d+) scratch (\S+)/.exec(out);
      if (url && report) {
        clearTimeout(timer);
        resolve({ child, url, pid: Number(report[1]), scratch: report[2], output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${out}`)));
  });
}

/** Sends `signal` and checks that the process, its code-server group and its files are gone. */
async function stopAndCheck(run, signal) {
  const exited = new Promise((resolve) => run.child.on('exit', (code, sig) => resolve(code ?? sig)));
  run.child.kill(signal);
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 30_000))]);
  const problems = [];
  if (code === 'still running') problems.push(`start.mjs still running 30 s after ${signal}`);
  if (!(await waitForExit(-run.pid, 1_000)))
    problems.push(`code-server process group ${run.pid} is still alive after ${signal}`);
  if (existsSync(run.scratch)) problems.push(`temp dir ${run.scratch} was left behind after ${signal}`);
  return problems;
}

let passed = 0;
let failed = 0;
const report = (ok, name, detail = '') => {
  console.log(`  ${ok ? '✔' : '✘'} ${name}${detail ? `: ${detail}` : ''}`);
  if (ok) passed++;
  else failed++;
};

const first = await startProduct();
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(first.url);
  await waitForWorkbench(page);
  await page.locator('.sidebar .pane-header', { hasText: 'Roles' }).first().waitFor({ timeout: 30_000 });
  await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
  await screenshot(page, 'npm-start');
  report(true, 'npm start opens on the Career Lens view and the comparison');
} catch (err) {
  report(false, 'npm start opens on the Career Lens view and the comparison', String(err).slice(0, 400));
} finally {
  await browser.close().catch(() => {});
}
const afterInt = await stopAndCheck(first, 'SIGINT');
report(afterInt.length === 0, 'Ctrl-C stops it and leaves no code-server process or temp dir', afterInt.join('; '));

const second = await startProduct();
const afterTerm = await stopAndCheck(second, 'SIGTERM');
report(afterTerm.length === 0, 'SIGTERM stops it and leaves no code-server process or temp dir', afterTerm.join('; '));

console.log(`startcheck: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

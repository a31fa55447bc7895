// `npm run bench`: core benchmarks (plain Node), then the webview's first full paint measured
// against a plain-HTML panel opened the same way in the same workbench. Ratios, not timings,
// are the figures to compare between runs; nothing here passes or fails a test.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { REPO_ROOT, startCodeServer } from './codeServer.mjs';
import { runFromPalette, waitForWorkbench, webviewFrame } from './workbench.mjs';

execFileSync('node', [join(REPO_ROOT, 'out', 'test', 'bench', 'index.js')], { stdio: 'inherit' });

execFileSync('node', ['esbuild.mjs', '--production'], { cwd: REPO_ROOT });
const kb = (f) => (statSync(join(REPO_ROOT, 'dist', f)).size / 1024).toFixed(0);
console.log(`\nBundles (production): extension.js ${kb('extension.js')} KB, webview.js ${kb('webview.js')} KB, webview.css ${kb('webview.css')} KB`);
execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT });

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const server = await startCodeServer({ extraExtensions: [join(REPO_ROOT, 'test', 'fixtures', 'baseline-extension')] });
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(server.workbenchUrl());
  await waitForWorkbench(page);

  async function measure(command, selector) {
    const t0 = Date.now();
    await runFromPalette(page, command);
    await webviewFrame(page, selector, 60_000);
    const ms = Date.now() - t0;
    await runFromPalette(page, 'View: Close All Editors');
    await page.waitForTimeout(300);
    return ms;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const plain = [];
  const ours = [];
  for (let i = 0; i < ROUNDS; i++) {
    plain.push(await measure('Career Lens Bench: Open Plain Panel', '#plain'));
    ours.push(await measure('Career Lens: Open Comparison', '[data-testid="overview-table"]'));
  }
  console.log(`\nWebview first full paint, palette to rendered content (median of ${ROUNDS}, alternating)`);
  console.log(`  plain HTML panel (baseline)            ${String(median(plain)).padStart(6)} ms`);
  console.log(`  Career Lens comparison, overview tab   ${String(median(ours)).padStart(6)} ms  ${(median(ours) / median(plain)).toFixed(2)}x baseline`);
} finally {
  await browser.close();
  await server.stop();
}

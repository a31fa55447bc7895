// `npm run bench`: core benchmarks (plain Node), then the webview's first full paint measured
// against a plain-HTML panel opened the same way in the same workbench. Ratios, not timings,
// are the figures to compare between runs; nothing here passes or fails a test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInExtensionHost } from './integration.mjs';
import { launchBrowser } from './browser.mjs';
import { REPO_ROOT, startCodeServer } from './codeServer.mjs';
import { runFromPalette, waitForWorkbench, webviewFrame } from './workbench.mjs';

// BENCH_ONLY=scan runs only the workspace-scan measurement (for quick checks).
const only = process.env.BENCH_ONLY;
if (!only) execFileSync('node', [join(REPO_ROOT, 'out', 'test', 'bench', 'index.js')], { stdio: 'inherit' });

if (!only) execFileSync('node', ['esbuild.mjs', '--production'], { cwd: REPO_ROOT });
const kb = (f) => (statSync(join(REPO_ROOT, 'dist', f)).size / 1024).toFixed(0);
if (!only) console.log(`\nBundles (production): extension.js ${kb('extension.js')} KB, webview.js ${kb('webview.js')} KB, webview.css ${kb('webview.css')} KB`);
if (!only) execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT });

/** A 50,000-file workspace: 500 folders of source, docs and data files, with ~330 manifests among them. */
function generateWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'career-lens-bench-ws-'));
  const manifests = ['requirements.txt', 'pyproject.toml', 'Dockerfile', 'package.json', 'docker-compose.yml', 'main.tf'];
  const content = {
    'requirements.txt': 'pandas\nscikit-learn\nmlflow\n', 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["pyspark", "dbt-core"]\n',
    Dockerfile: 'FROM python:3.12\nRUN pip install fastapi torch\n', 'package.json': '{"dependencies":{"kafkajs":"^2"}}',
    'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n', 'main.tf': 'resource "google_bigquery_dataset" "d" {}\n',
  };
  let files = 0;
  for (let d = 0; d < 500; d++) {
    const dir = join(root, `pkg${d % 25}`, `mod${d}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 99; f++) writeFileSync(join(dir, `file${f}.${['py', 'md', 'csv', 'sql'][f % 4]}`), `# ${d}/${f}\n`);
    files += 99;
    if (d % 3 === 0) { const m = manifests[d % manifests.length]; writeFileSync(join(dir, m), content[m]); files++; }
  }
  for (let i = files; i < 50_000; i++) writeFileSync(join(root, `pkg0`, `extra${i}.txt`), '');
  return root;
}

const workspace = generateWorkspace();
let scanBench;
try {
  await runInExtensionHost(join(REPO_ROOT, 'out', 'test', 'bench', 'hostScan.js'), {
    label: 'bench', workspace,
    onLog: (line) => {
      const at = line.indexOf('__CAREER_LENS_BENCH__');
      if (at >= 0) scanBench = JSON.parse(line.slice(at + '__CAREER_LENS_BENCH__'.length));
      return at >= 0;
    },
  });
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
if (scanBench) {
  console.log(`\nWorkspace scan over a generated 50,000-file tree, inside the extension host (median of 7, alternating)`);
  console.log(`  one findFiles of the same globs (baseline) ${scanBench.findFiles.toFixed(0).padStart(6)} ms  (${scanBench.files} paths)`);
  console.log(`  whole scan: list, choose, read, parse      ${scanBench.scan.toFixed(0).padStart(6)} ms  ${(scanBench.scan / scanBench.findFiles).toFixed(2)}x baseline  (${scanBench.read} files read)`);
  console.log(`  Cancel to stopped                          ${scanBench.cancel.toFixed(0).padStart(6)} ms  (worst of 5: ${scanBench.cancelMax.toFixed(0)} ms; target ≤ 200 ms)`);
} else console.log('\nWorkspace scan: no result from the extension host');

if (only === 'scan') process.exit(0);
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

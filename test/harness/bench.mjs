// `npm run bench`: what users feel, each figure a ratio against a baseline measured in the same
// run (alternating subject and baseline, median of 7), printed as a table and written to
// BENCHMARKS.md with the date, the machine and the VS Code version. Nothing here passes or
// fails a test. BENCH_ONLY=scan|activation|load|paint|trips|views|weights runs one measurement.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browser.mjs';
import { REPO_ROOT, startCodeServer } from './codeServer.mjs';
import { CODE_SERVER_VERSION, ensureCodeServer } from './install.mjs';
import { runInExtensionHost } from './integration.mjs';
import { runFromPalette, waitForWorkbench, webviewFrame } from './workbench.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7);
/**
 * A multiple of 6, the orders of the three extensions #1 times (test/bench/hostActivation.ts).
 * 24, not 9: a launch's figures differ by 1-2 ms on 4-6 ms, and medians of 9 put the same
 * build anywhere from 1.17x to 2.1x.
 */
const ACTIVATION_LAUNCHES = Math.ceil(Math.max(SAMPLES, 24) / 6) * 6;
/** Round trips of each kind: enough for a stable p95. */
const ROUND_TRIPS = 200;
const only = process.env.BENCH_ONLY;
const wants = (name) => !only || only === name;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fixture = (name) => join(REPO_ROOT, 'test', 'fixtures', name);

/** @type {{ n: number, measure: string, subject: string, baseline: string, ratio: number | null, target: string, met: boolean | null }[]} */
const rows = [];
function row(n, measure, subjectMs, baselineMs, target, limit, unit = 'ms') {
  const ratio = baselineMs ? subjectMs / baselineMs : null;
  rows.push({ n, measure, subject: `${subjectMs.toFixed(1)} ${unit}`, baseline: baselineMs ? `${baselineMs.toFixed(1)} ${unit}` : '—', ratio, target, met: limit === null || ratio === null ? null : ratio <= limit });
  console.log(`  ${measure.padEnd(58)} ${`${subjectMs.toFixed(1)} ${unit}`.padStart(11)}  ${ratio === null ? '' : `${ratio.toFixed(2)}x`.padStart(7)}  target ${target}`);
}

if (!only) {
  execFileSync('node', [join(REPO_ROOT, 'out', 'test', 'bench', 'index.js')], { stdio: 'inherit' });
  execFileSync('node', [join(REPO_ROOT, 'out', 'test', 'bench', 'packs.js')], { stdio: 'inherit' }); // signed packs (#26)
}

// Every figure below is of the build users install (minified, no source maps), not the
// development build the tests use; the development build is put back when the bench exits.
execFileSync('node', ['esbuild.mjs', '--production'], { cwd: REPO_ROOT });
process.once('exit', () => execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT }));

// 1 and 8: activation inside the extension host, and the heap a compare, a quiz and a scan add.
if (wants('activation')) {
  console.log(`\nActivation inside the extension host (median of ${ACTIVATION_LAUNCHES} launches, every order equally often)`);
  const ours = [];
  const empty = [];
  const heap = [];
  const oneCommand = [];
  for (let i = 0; i < ACTIVATION_LAUNCHES; i++) {
    const workspace = mkdtempSync(join(tmpdir(), 'career-lens-bench-act-'));
    writeFileSync(join(workspace, 'bench-order.txt'), String(i));
    writeFileSync(join(workspace, 'requirements.txt'), 'pandas\n');
    try {
      await runInExtensionHost(join(REPO_ROOT, 'out', 'test', 'bench', 'hostActivation.js'), {
        label: 'bench', workspace, extraExtensions: [fixture('warmup-extension'), fixture('empty-extension'), fixture('one-command-extension')],
        onLog: (line) => {
          const at = line.indexOf('__CAREER_LENS_BENCH__');
          if (at < 0) return false;
          const r = JSON.parse(line.slice(at + '__CAREER_LENS_BENCH__'.length));
          ours.push(r.ours); empty.push(r.empty); heap.push(r.heapMb); oneCommand.push(r.oneCommand);
          return true;
        },
      });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }
  if (ours.length) {
    row(1, 'activation: activate() with module load, in the extension host', median(ours), median(empty), '≤ 1.5×', 1.5);
    // What VS Code charges any extension that calls its API (its API object, the first message
    // to the workbench), which the empty extension never pays. Not the issue's target: it puts
    // #1's floor in view.
    row(1, 'activation: an extension that registers one command', median(oneCommand), median(empty), 'report', null);
    row(1, 'activation: Career Lens vs the one-command extension', median(ours), median(oneCommand), 'report', null);
    // How far single launches scatter: Career Lens over the empty extension in the same launch.
    const each = ours.map((o, i) => o / empty[i]).sort((a, b) => a - b);
    const quartile = (q) => each[Math.round(q * (each.length - 1))].toFixed(2);
    rows.push({ n: 1, measure: 'activation: the middle half of the launches\' own ratios', subject: `${quartile(0.25)}–${quartile(0.75)}×`, baseline: '—', ratio: null, target: 'report', met: null });
    console.log(`  the middle half of the launches' own ratios ${`${quartile(0.25)}–${quartile(0.75)}x`.padStart(30)}`);
    rows.push({ n: 8, measure: 'extension-host heap after compare ×12 + quiz + scan, minus before', subject: `${median(heap).toFixed(1)} MB`, baseline: '—', ratio: null, target: 'report', met: null });
    console.log(`  heap added by compare ×12 + quiz + scan ${median(heap).toFixed(1).padStart(26)} MB`);
  }
}

// 2: loading the code activation loads, in a fresh Node process, against a trivial bundle.
if (wants('load')) {
  const loader = join(mkdtempSync(join(tmpdir(), 'career-lens-bench-load-')), 'load.cjs');
  writeFileSync(loader, `
    const Module = require('module');
    const load = Module._load;
    // The vscode module exists only in an extension host; a stand-in lets the bundle load.
    Module._load = function (request, ...rest) { return request === 'vscode' ? new Proxy({}, { get: () => new Proxy(function () {}, { get: () => ({}) }) }) : load.call(this, request, ...rest); };
    const t = process.hrtime.bigint();
    require(process.argv[2]);
    process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
  `);
  const nodeBin = ensureCodeServer().nodeBin; // the Node the extension host runs on
  const time = (file) => Number(execFileSync(nodeBin, [loader, file], { encoding: 'utf8' }));
  const ours = [];
  const trivial = [];
  for (let i = 0; i < SAMPLES; i++) {
    trivial.push(time(join(fixture('empty-extension'), 'extension.js')));
    ours.push(time(join(REPO_ROOT, 'dist', 'extension.js')));
  }
  console.log(`\nCode load in a fresh Node ${execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim()} process (median of ${SAMPLES}, alternating)`);
  row(2, 'code load: require of the production extension.js', median(ours), median(trivial), '≤ 10×', 10);
}

/** Runs `body` in a fresh workbench with Career Lens and the bench's baseline extension. */
async function inWorkbench(body) {
  const server = await startCodeServer({ extraExtensions: [fixture('baseline-extension')] });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(server.workbenchUrl());
    await waitForWorkbench(page);
    await body(page);
  } finally {
    await browser.close();
    await server.stop();
  }
}

// 3: first full paint of the comparison, against a plain-HTML panel opened the same way.
if (wants('paint')) {
  await inWorkbench(async (page) => {
    // The end is the frame's own first contentful paint, on the same wall clock as t0: finding
    // the frame by polling would add up to a polling interval of noise to every sample. Both
    // pages draw all of their content in the task that draws any of it, so that paint is the full one.
    const measure = async (command, selector, controls) => {
      const t0 = Date.now();
      await runFromPalette(page, command);
      const frame = await webviewFrame(page, selector, 60_000);
      const painted = await frame.waitForFunction(() => {
        const fcp = globalThis.performance.getEntriesByName('first-contentful-paint')[0];
        return fcp ? globalThis.performance.timeOrigin + fcp.startTime : false;
      }, undefined, { timeout: 10_000 });
      const ms = (await painted.jsonValue()) - t0;
      // When the page's real controls (the toolkit's) are in place: checked every frame.
      const ready = controls ? (await (await frame.waitForFunction((sel) => globalThis.document.querySelector(sel) && globalThis.performance.timeOrigin + globalThis.performance.now(), controls, { timeout: 10_000, polling: 'raf' })).jsonValue()) - t0 : undefined;
      await runFromPalette(page, 'View: Close All Editors');
      await page.waitForTimeout(300);
      return { ms, ready };
    };
    const plain = [];
    const ours = [];
    const controlsReady = [];
    // One unmeasured open of each first: the first open also activates the extension, which #1
    // measures. This figure swings by ±0.07 between runs of 7, so it takes more samples.
    const samples = Math.max(SAMPLES, 11);
    for (let i = -1; i < samples; i++) {
      const p = await measure('Career Lens Bench: Open Plain Panel', '#plain');
      const o = await measure('Career Lens: Open Comparison', '[data-testid="overview-table"]', 'vscode-panels');
      if (i >= 0) { plain.push(p.ms); ours.push(o.ms); controlsReady.push(o.ready); }
    }
    console.log(`\nWebview first full paint, palette to rendered overview (median of ${samples} after a warm-up, alternating)`);
    row(3, 'first full paint: palette → overview table rendered', median(ours), median(plain), '≤ 1.10×', 1.1);
    // The first screen's look-alikes give way to the toolkit's controls after it; when they have.
    row(3, 'palette → the real controls in place (vs the plain panel\'s paint)', median(controlsReady), median(plain), 'report', null);
  });
}

// 4: a round trip webview → host → webview for a comparison's parts, against a ping the host answers at
// once, interleaved in the same panel; the webview times them (webview/roundTrips.ts).
if (wants('trips')) {
  await inWorkbench(async (page) => {
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
    const run = (count) => frame.evaluate((n) => new Promise((resolve) => {
      globalThis.addEventListener('career-lens:round-trips-done', (e) => resolve(e.detail), { once: true });
      globalThis.dispatchEvent(new CustomEvent('career-lens:round-trips', { detail: { count: n } }));
    }), count);
    await run(20); // warm-up: the first replies pay for compiling the handlers
    const { ping, pairChange, whole } = await run(ROUND_TRIPS);
    const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
    console.log(`\nRound trips webview → host → webview (${ping.length} of each, interleaved)`);
    // What the page asks when the pair changes on the overview tab: that tab's parts, less those
    // kept across pairs (webview/roundTrips.ts). The whole comparison, which the rest of the
    // parts add up to, is reported beside it.
    row(4, 'round trip p50: a new pair on the overview tab vs ping', median(pairChange), median(ping), '≤ 1.5×', 1.5);
    row(4, 'round trip p95: a new pair on the overview tab vs ping', p95(pairChange), p95(ping), '≤ 1.5×', 1.5);
    row(4, 'round trip p50: the whole comparison vs ping', median(whole), median(ping), 'report', null);
    row(4, 'round trip p95: the whole comparison vs ping', p95(whole), p95(ping), 'report', null);
  });
}

// 5 and 7: the Roles view's first rows after its container opens, against a trivial tree;
// and the workbench's start-up with Career Lens loaded, against the same window without it.
if (wants('views')) {
  const server = await startCodeServer({ extraExtensions: [fixture('baseline-extension')] });
  const browser = await launchBrowser();
  try {
    // A fresh browser context each time: the workbench keeps which container was open in the
    // browser's storage, and a remembered one would be closed, not opened, by the click below.
    const startup = async (url) => {
      const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.waitForSelector('.monaco-workbench .activitybar .action-item', { timeout: 90_000 });
      await page.locator('.statusbar').first().waitFor({ timeout: 60_000 });
      const ms = Date.now() - t0;
      return { page, ms };
    };
    const firstRows = async (page, container, rowText) => {
      const t0 = Date.now();
      await page.locator(`.activitybar .action-item a[aria-label="${container}"]`).first().click();
      await page.locator('.pane-body .monaco-list-row', { hasText: rowText }).first().waitFor({ timeout: 60_000 });
      return Date.now() - t0;
    };
    const withUs = [];
    const without = [];
    const roles = [];
    const trivial = [];
    for (let i = 0; i < SAMPLES; i++) {
      const order = i % 2 ? ['with', 'without'] : ['without', 'with'];
      for (const which of order) {
        const { page, ms } = await startup(which === 'with' ? server.workbenchUrl() : server.workbenchUrl({ extensionPath: null }));
        (which === 'with' ? withUs : without).push(ms);
        if (which === 'with') {
          // Let the extension host finish starting, so neither tree pays for it.
          await page.waitForTimeout(3_000);
          // The trivial tree first or second, alternating; each in a window where neither has loaded.
          if (i % 2) { trivial.push(await firstRows(page, 'Career Lens Bench', 'Bench item one')); roles.push(await firstRows(page, 'Career Lens', 'Data Engineer')); }
          else { roles.push(await firstRows(page, 'Career Lens', 'Data Engineer')); trivial.push(await firstRows(page, 'Career Lens Bench', 'Bench item one')); }
        }
        await page.context().close();
      }
    }
    console.log(`\nViews and start-up (median of ${SAMPLES}, alternating)`);
    row(5, 'Roles view: container opened → first rows shown', median(roles), median(trivial), '≤ 1.5×', 1.5);
    row(7, 'workbench start-up with Career Lens loaded', median(withUs), median(without), '≤ 1.05×', 1.05);
  } finally {
    await browser.close();
    await server.stop();
  }
}

// 6: the workspace scan of a generated 50,000-file tree, against one findFiles of the same globs.
if (wants('scan')) {
  const workspace = generateWorkspace();
  let r;
  try {
    await runInExtensionHost(join(REPO_ROOT, 'out', 'test', 'bench', 'hostScan.js'), {
      label: 'bench', workspace,
      onLog: (line) => {
        const at = line.indexOf('__CAREER_LENS_BENCH__');
        if (at >= 0) r = JSON.parse(line.slice(at + '__CAREER_LENS_BENCH__'.length));
        return at >= 0;
      },
    });
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  if (r) {
    console.log('\nWorkspace scan over a generated 50,000-file tree, in the extension host (median of 7, alternating)');
    row(6, `workspace scan (${r.read} manifests read of ${r.files} listed)`, r.scan, r.findFiles, '≤ 2×', 2);
    rows.push({ n: 6, measure: 'workspace scan: Cancel to stopped (worst of 5)', subject: `${r.cancelMax.toFixed(1)} ms`, baseline: '—', ratio: null, target: '≤ 200 ms', met: r.cancelMax <= 200 });
  }
}

// 9: weights of what ships.
if (wants('weights')) {
  execFileSync('npm', ['run', '-s', 'package'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const weigh = (file) => { const b = readFileSync(file); return `${kb(b.length)} (${kb(gzipSync(b).length)} gzipped)`; };
  const toolkitOnly = join(mkdtempSync(join(tmpdir(), 'career-lens-bench-tk-')), 'toolkit.js');
  writeFileSync(`${toolkitOnly}.ts`, "import { provideVSCodeDesignSystem, vsCodeButton, vsCodeDropdown, vsCodeOption, vsCodePanels, vsCodePanelTab, vsCodePanelView, vsCodeProgressRing } from '@vscode/webview-ui-toolkit';\nprovideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodePanels(), vsCodePanelTab(), vsCodePanelView(), vsCodeProgressRing());\n");
  execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'esbuild'), [`${toolkitOnly}.ts`, '--bundle', '--minify', '--format=iife', `--outfile=${toolkitOnly}`], { cwd: REPO_ROOT, stdio: 'ignore', env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') } });
  const page = statSync(join(REPO_ROOT, 'dist', 'webview-page.js')).size;
  const toolkit = statSync(toolkitOnly).size;
  console.log('\nWeights (production)');
  // webview.js is what runs before the first paint; webview-page.js (the toolkit and the tabs)
  // and webview-checks.js (zod and the protocol's schemas) are imported after it, in that order.
  const dist = (name) => [name, join(REPO_ROOT, 'dist', name)];
  for (const [name, file] of [dist('extension.js'), dist('webview.js'), dist('webview-page.js'), dist('webview-checks.js'), ['career-lens.vsix', join(REPO_ROOT, 'career-lens.vsix')]]) {
    rows.push({ n: 9, measure: `weight: ${name}`, subject: weigh(file), baseline: '—', ratio: null, target: 'report', met: null });
    console.log(`  ${name.padEnd(20)} ${weigh(file)}`);
  }
  rows.push({ n: 9, measure: 'weight: webview-page.js vs a bundle of only the toolkit components used', subject: kb(page), baseline: kb(toolkit), ratio: page / toolkit, target: 'report', met: null });
  console.log(`  webview-page.js is ${(page / toolkit).toFixed(2)}x a bundle of only the toolkit components it uses (${kb(toolkit)})`);
}


/** A 50,000-file workspace: 500 folders of source, docs and data files, with ~170 manifests among them. */
function generateWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'career-lens-bench-ws-'));
  const content = {
    'requirements.txt': 'pandas\nscikit-learn\nmlflow\n', 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["pyspark", "dbt-core"]\n',
    Dockerfile: 'FROM python:3.12\nRUN pip install fastapi torch\n', 'package.json': '{"dependencies":{"kafkajs":"^2"}}',
    'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n', 'main.tf': 'resource "google_bigquery_dataset" "d" {}\n',
  };
  const manifests = Object.keys(content);
  let files = 0;
  for (let d = 0; d < 500; d++) {
    const dir = join(root, `pkg${d % 25}`, `mod${d}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 99; f++) writeFileSync(join(dir, `file${f}.${['py', 'md', 'csv', 'sql'][f % 4]}`), `# ${d}/${f}\n`);
    files += 99;
    if (d % 3 === 0) { const m = manifests[d % manifests.length]; writeFileSync(join(dir, m), content[m]); files++; }
  }
  for (let i = files; i < 50_000; i++) writeFileSync(join(root, 'pkg0', `extra${i}.txt`), '');
  return root;
}

/** What the table cannot say: misses and why, what is not measured, and what changed. */
const NOTES = [
  '## Targets still missed, and why', '',
  '- **#1 activation** (target 1.5×) is missed: 1.53× and 1.55× in the last two full runs. Timed after the extension host has settled, as the issue',
  '  measured it, over 24 launches. Since 2026-11-22 (second session) every launch runs the three extensions in one of',
  '  the six orders, each order equally often, with 500 ms of quiet before each activation. Before, one fixed rotation',
  '  put the empty extension straight after Career Lens in two orders of three, where it waited behind the answers to',
  '  Career Lens\'s messages to the workbench: it measured slower than the one-command extension (0.81–0.95× the empty',
  '  one), and #1 read 1.42–1.58× in full runs. Measured fairly, the same build read 1.62× and the one-command',
  '  extension 1.05×. Marks inside the extension host then showed where Career Lens\'s time went: VS Code\'s own work',
  '  before the module runs (about 1.4 ms, the same for every extension); `require(\'vscode\')`, 0.4–0.5 ms; the rest of',
  '  the 7 KB module, 0.85–1.2 ms; the storage round trip to the workbench, about 2.8 ms, which starts only once the',
  '  module has loaded; then activate() itself, 1.1–1.5 ms (three tree views 0.2–0.5 ms, the panel serializer 0.35–0.5',
  '  ms, 21 commands 0.3–0.5 ms). The module\'s 1 ms was esbuild\'s interop helper: each of the four modules that import',
  '  `vscode` got its own copy of the API\'s namespace, a getter defined for each of its hundreds of properties. Every',
  '  bundle now copies it once (a plugin in esbuild.mjs; host.js had 22 copies), and that step takes under 0.1 ms.',
  '  After it: 1.53× and 1.55× in full runs (1.35× over 6 launches); Career Lens is 1.34–1.50× the one-command extension.',
  '  What is left is activate() itself (about 1.2 ms: one message to the workbench per view, command and serializer,',
  '  each of which VS Code needs registered before activation ends; a command registered later is "not found"), and',
  '  `require(\'vscode\')`, which delays the storage round trip by 0.4–0.5 ms. Building the API object during that round',
  '  trip instead would take a `vscode` that no module of the entry touches while it loads; not done. The middle half',
  '  of single launches\' own ratios is printed beside the figure (1.35–1.82× in the last full run): the noise is wide.',
  '- **#3 first paint** (target 1.10×) is met since 2026-11-22: 1.05× in the last full run (1.03–1.06× in single runs), timed to the webview frame\'s own first',
  '  contentful paint. A new panel\'s first script (webview.js, 6 KB, inside the page with the stylesheet) paints the overview from the page\'s first state',
  '  under look-alikes of the role pickers, Swap and the tab strip, before the toolkit has loaded; the toolkit and the',
  '  tabs (webview-page.js) then take over in place, every box unmoved. The look-alikes have the real controls\' ids,',
  '  accessible names and Tab order, and the overview is inert until the takeover, so a keyboard user who tabs in early',
  '  stops at the pickers, Swap and the tabs, and keeps focus on the same control when the real one comes in. A tab',
  '  chosen on the look-alike strip (click or arrow keys) is marked at once and the page opens on it. UI tests in a',
  '  stand-in page hold the toolkit back and check each of these, with an axe audit of the first screen. A first',
  '  version without focusable look-alikes (1.05–1.07×) was reverted the same day: a cold CI run caught a keyboard user',
  '  landing on the FAQ, then losing focus at the takeover. The cost: the real controls are in place later, 1.35–1.42×',
  '  the plain panel\'s paint, where before content and controls came together at 1.13–1.16×. Marks in a stand-in page',
  '  put that gap at the toolkit\'s bundle: about 50 ms to evaluate, 13 ms to register, 21 ms to draw and settle the',
  '  header and tabs. Preloading webview-page.js, or asking for it from the first frame, moved neither figure.',
  '  With the focusable look-alikes the page read 1.04–1.11× over four runs; then the first script (6 KB) and the',
  '  stylesheet went into the page itself, where each had been a fetch through the webview\'s resource loader before',
  '  the first paint: 1.03–1.06× since.',
  '- **#5 Roles view** (1.15× in the last full run, 1.65× in the one before) and **#7 start-up** vary from run to run (0.9–1.9× and 0.96–1.14×) with a baseline that itself',
  '  varies by a factor of two on this machine.', '',
  '## Before and after', '',
  '- First paint: 1.35× → 1.12–1.32× (first state in the page) → 1.12–1.15× (only the first tab built) → 1.07–1.24×,',
  '  1.09× and 1.12× in full runs (all polled every 200 ms) → 1.19× timed to the frame\'s paint → 1.13–1.15× (the first',
  '  screen only). A trace of the webview frame showed where the time went. The 351 KB script was mostly',
  '  zod and the protocol\'s schemas (200 KB), evaluated before anything rendered. The toolkit\'s queued updates caused a',
  '  second style and layout pass before the frame was shown. Then the whole overview was built and laid out,',
  '  including the parts below the first screen. Now the page\'s script is 150 KB (the toolkit and the views); it paints',
  '  the first state the host put into the page. Zod and the schemas (webview-checks.js) are imported once the frame is',
  '  shown; they validate that state (a malformed one is refused with the reason and asked for again) and the messages',
  '  that waited. The toolkit\'s updates are applied in the same task as the render. The overview\'s table rows beyond',
  '  one window, its guidance and its FAQ are built once the frame has been shown (in a stand-in page, the script\'s',
  '  arrival to the paint went from about 150 to 120–130 ms). Inlining the script into the page was tried and dropped: it',
  '  saved the fetch but the larger page cost as much before the frame started (150 KB then). Then → 1.04–1.11× with',
  '  the first screen painted before the toolkit loads, under focusable look-alikes, the real controls at 1.38–1.42×',
  '  (see #3 above; in a stand-in page the first contentful paint went from 212 to 176 ms after navigation, median of',
  '  31) → 1.03–1.06× with that 6 KB first script and the stylesheet inside the page.',
  '- Workspace scan: 33.7× one findFiles → 1.9–2.4× (reads and stat calls overlapped) → 1.2–1.45× (1.34× and 1.39× in',
  '  full runs).',
  '  Timing each stage showed the listing equal to findFiles, the symbolic-link pass at 8–22 ms and 167 reads at',
  '  40–60 ms, almost all of it round trips through `workspace.fs`. In the Node extension host `file:` manifests are',
  '  now read from disk (reads 8–15 ms), each stat\'ed just before its read; the web worker host and other schemes keep',
  '  `workspace.fs`. Calls run in a pool instead of batches that waited for their slowest.',
  '- All user-facing rows measure the production build users install (before 2026-11-22 they measured the development',
  '  build: unminified, 780 KB of webview script instead of 350 KB).',
  '- Activation: 10.0× an empty extension → 0.8–2.3× unsettled → 1.5–1.9× settled (a 7 KB entry registers commands,',
  '  views and the serializer by id; the rest, with zod and the data code, loads at first use) → 1.62× measured in every',
  '  order with a quiet host before each activation (the fixed rotation had flattered it: 1.42–1.58×) → 1.53–1.55× (one',
  '  copy of the vscode API\'s namespace per bundle, not one per importing module).',
  '- Code load: 18× a trivial bundle → about 1.1–1.2×.',
  '- Roles view first rows: 2.76–3.01× → 2.09–2.45× (built-in data validated at build time and embedded) → 0.9–1.9×',
  '  (the top rows come from the built-in roles embedded in the 7 KB entry; the other views load the host 60 ms',
  '  after those rows).',
  '- Built-in data: `load + validate` of the eleven files at first use (4–7× JSON.parse, plus eleven file reads) →',
  '  one JSON.parse of the embedded, build-time-validated dataset.',
  '- Round trip p50: 2.27× → 2.21× a ping (replies validated only under the tests) → 1.86–2.3× (production build;',
  '  p95 1.13–1.25×) → 1.16–1.37× (p95 0.74–0.92×), 2026-11-22: a comparison now travels in parts. Marks in the frame',
  '  showed the whole 54 KB reply arriving 3.6 ms after a ping\'s and the webview\'s zod check of it taking 1.2 ms;',
  '  both grow with its size, and the host\'s work (0.1 ms) does not matter: a ping answered with a precomputed',
  '  comparison took as long. The page now asks for what the open tab draws, and a new pair on the overview tab asks',
  '  for its table and guidance only (about 12 KB): the FAQ, the GenAI table and the sources are the same for every',
  '  pair and are kept until the data changes. The rest follows in one request in the background. #4 times that',
  '  first request, the one that stands between choosing a pair and seeing it; the whole comparison is reported',
  '  beside it (1.82–2.2×). Tried before and dropped: the reply as UTF-8 bytes (2.15× → 1.85×), as one JSON string',
  '  (no change).',
];

function writeBenchmarks() {
  const vscodeVersion = JSON.parse(readFileSync(join(ensureCodeServer().codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'), 'utf8')).version;
  const cpu = cpus();
  const lines = [
    '# Benchmarks', '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB of memory,`,
    `VS Code ${vscodeVersion} (code-server ${CODE_SERVER_VERSION}), headless Chromium. Each ratio is against a baseline measured in the same`,
    `run, alternating subject and baseline, median of ${SAMPLES} (activation: ${ACTIVATION_LAUNCHES} launches, every order of the extensions equally often; first paint: ${Math.max(SAMPLES, 11)}, after a warm-up); ratios, not milliseconds, compare across machines.`, '',
    '| # | measure | Career Lens | baseline | ratio | target | met |', '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.n} | ${r.measure} | ${r.subject} | ${r.baseline} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.target} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`),
    '', ...NOTES, '',
  ];
  writeFileSync(join(REPO_ROOT, 'BENCHMARKS.md'), lines.join('\n'));
  console.log('\nwrote BENCHMARKS.md');
}

// Last, after every constant above is initialised.
if (!only) writeBenchmarks();
// A handle left open by a closed workbench would keep Node alive; everything is measured and
// written, so exit (which also puts the development build back, above).
process.exit(0);

// `npm run bench`: what users feel, each figure a ratio against a baseline measured in the same
// run (alternating subject and baseline, median of 7), printed as a table and written to
// BENCHMARKS.md with the date, the machine and the VS Code version. Nothing here passes or
// fails a test. BENCH_ONLY=scan|activation|load|paint|trips|views|weights|history runs one measurement.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
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
  rows.push({
    n,
    measure,
    subject: `${subjectMs.toFixed(1)} ${unit}`,
    baseline: baselineMs ? `${baselineMs.toFixed(1)} ${unit}` : '—',
    ratio,
    target,
    met: limit === null || ratio === null ? null : ratio <= limit,
  });
  console.log(
    `  ${measure.padEnd(58)} ${`${subjectMs.toFixed(1)} ${unit}`.padStart(11)}  ${ratio === null ? '' : `${ratio.toFixed(2)}x`.padStart(7)}  target ${target}`,
  );
}

if (!only) {
  execFileSync('node', [join(REPO_ROOT, 'out', 'test', 'bench', 'index.js')], { stdio: 'inherit' });
  execFileSync('node', [join(REPO_ROOT, 'out', 'test', 'bench', 'packs.js')], { stdio: 'inherit' }); // signed packs (#26)
}
// Reading a person's commits against plain `git log --numstat` (test/bench/history.ts).
if (wants('history'))
  execFileSync('node', [join(REPO_ROOT, 'out', 'test', 'bench', 'history.js')], { stdio: 'inherit' });

// Every figure below is of the build users install (minified, no source maps), not the
// development build the tests use; the development build is put back when the bench exits.
execFileSync('node', ['esbuild.mjs', '--production'], { cwd: REPO_ROOT });
process.once('exit', () => execFileSync('node', ['esbuild.mjs'], { cwd: REPO_ROOT }));

// 1 and 8: activation inside the extension host, and the heap a compare, a quiz and a scan add.
if (wants('activation')) {
  console.log(
    `\nActivation inside the extension host (median of ${ACTIVATION_LAUNCHES} launches, every order equally often)`,
  );
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
        label: 'bench',
        workspace,
        extraExtensions: [fixture('warmup-extension'), fixture('empty-extension'), fixture('one-command-extension')],
        onLog: (line) => {
          const at = line.indexOf('__CAREER_LENS_BENCH__');
          if (at < 0) return false;
          const r = JSON.parse(line.slice(at + '__CAREER_LENS_BENCH__'.length));
          ours.push(r.ours);
          empty.push(r.empty);
          heap.push(r.heapMb);
          oneCommand.push(r.oneCommand);
          return true;
        },
      });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }
  if (ours.length) {
    row(
      1,
      'activation: activate() with module load, in the extension host',
      median(ours),
      median(empty),
      '≤ 1.5×',
      1.5,
    );
    // What VS Code charges any extension that calls its API (its API object, the first message
    // to the workbench), which the empty extension never pays. Not the issue's target: it puts
    // #1's floor in view.
    row(1, 'activation: an extension that registers one command', median(oneCommand), median(empty), 'report', null);
    row(1, 'activation: Career Lens vs the one-command extension', median(ours), median(oneCommand), 'report', null);
    // How far single launches scatter: Career Lens over the empty extension in the same launch.
    const each = ours.map((o, i) => o / empty[i]).sort((a, b) => a - b);
    const quartile = (q) => each[Math.round(q * (each.length - 1))].toFixed(2);
    rows.push({
      n: 1,
      measure: "activation: the middle half of the launches' own ratios",
      subject: `${quartile(0.25)}–${quartile(0.75)}×`,
      baseline: '—',
      ratio: null,
      target: 'report',
      met: null,
    });
    console.log(`  the middle half of the launches' own ratios ${`${quartile(0.25)}–${quartile(0.75)}x`.padStart(30)}`);
    rows.push({
      n: 8,
      measure: 'extension-host heap after compare ×12 + quiz + scan, minus before',
      subject: `${median(heap).toFixed(1)} MB`,
      baseline: '—',
      ratio: null,
      target: 'report',
      met: null,
    });
    console.log(`  heap added by compare ×12 + quiz + scan ${median(heap).toFixed(1).padStart(26)} MB`);
  }
}

// 2: loading the code activation loads, in a fresh Node process, against a trivial bundle.
if (wants('load')) {
  const loader = join(mkdtempSync(join(tmpdir(), 'career-lens-bench-load-')), 'load.cjs');
  writeFileSync(
    loader,
    `
    const Module = require('module');
    const load = Module._load;
    // The vscode module exists only in an extension host; a stand-in lets the bundle load.
    Module._load = function (request, ...rest) { return request === 'vscode' ? new Proxy({}, { get: () => new Proxy(function () {}, { get: () => ({}) }) }) : load.call(this, request, ...rest); };
    const t = process.hrtime.bigint();
    require(process.argv[2]);
    process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));
  `,
  );
  const nodeBin = ensureCodeServer().nodeBin; // the Node the extension host runs on
  const time = (file) => Number(execFileSync(nodeBin, [loader, file], { encoding: 'utf8' }));
  const ours = [];
  const trivial = [];
  for (let i = 0; i < SAMPLES; i++) {
    trivial.push(time(join(fixture('empty-extension'), 'extension.js')));
    ours.push(time(join(REPO_ROOT, 'dist', 'extension.js')));
  }
  console.log(
    `\nCode load in a fresh Node ${execFileSync(nodeBin, ['--version'], { encoding: 'utf8' }).trim()} process (median of ${SAMPLES}, alternating)`,
  );
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

// 3: time to interactive and first paint of the comparison, against a plain-HTML panel opened the
// same way. The headline is the moment the page works: its real controls (the toolkit's) in place
// and answering input. A look-alike that paints early does not count for it.
if (wants('paint')) {
  await inWorkbench(async (page) => {
    // The ends are read on the frame's own clock, the same wall clock as t0: finding the frame by
    // polling would add up to a polling interval of noise to every sample.
    const measure = async (command, selector, ours) => {
      const t0 = Date.now();
      await runFromPalette(page, command);
      const frame = await webviewFrame(page, selector, 60_000);
      // First paint: the frame's first contentful paint. Both pages draw all of their first
      // screen in the task that draws any of it, so that paint is the full one.
      const painted = await frame.waitForFunction(
        () => {
          const fcp = globalThis.performance.getEntriesByName('first-contentful-paint')[0];
          return fcp ? globalThis.performance.timeOrigin + fcp.startTime : false;
        },
        undefined,
        { timeout: 10_000 },
      );
      const ms = (await painted.jsonValue()) - t0;
      if (!ours) {
        await closeAll();
        return { ms };
      }
      // Time to interactive: the first animation frame after the page mounted its real controls
      // (boot.ts marks it: a frame's callbacks run only when its main thread is free, so input
      // would be answered then). Read from the frame's own clock, so the bench's polling adds
      // nothing; then checked: the toolkit's controls, defined and connected, with no look-alike left.
      const readyAt = await (
        await frame.waitForFunction(
          () => {
            const d = globalThis.document;
            const at = globalThis.performance.getEntriesByName('career-lens:interactive')[0]?.startTime;
            if (at === undefined) return false;
            const controls = [
              'vscode-panels',
              'vscode-panel-tab[aria-selected="true"]',
              'vscode-dropdown#role-a',
              'vscode-dropdown#role-b',
              'vscode-button#swap',
            ];
            const inPlace = controls.every((sel) => {
              const el = d.querySelector(sel);
              return el && el.matches(':defined') && el.shadowRoot && el.isConnected;
            });
            return inPlace && !d.querySelector('.look-alike') && [globalThis.performance.timeOrigin + at, at];
          },
          undefined,
          { timeout: 20_000 },
        )
      ).jsonValue();
      const ready = readyAt[0] - t0;
      // Then it must answer: a click on another tab shows that tab (not timed).
      await frame.click('vscode-panel-tab#tab-sources');
      await frame.waitForSelector('[data-testid="panel-sources"]', { state: 'visible', timeout: 10_000 });
      // What each part of the page's start-up cost, from its marks (webview/boot.ts) and the
      // fetches of its later scripts, once the checks have loaded and 'ready' has gone.
      const phases = await (
        await frame.waitForFunction(
          () => {
            const p = globalThis.performance;
            const at = (name) => p.getEntriesByName(`career-lens:${name}`)[0]?.startTime;
            const fetched = (file) =>
              p.getEntriesByType('resource').find((e) => e.name.split('?')[0].endsWith(file))?.responseEnd;
            if (at('ready') === undefined) return false;
            const fcp = p.getEntriesByName('first-contentful-paint')[0]?.startTime;
            return {
              fcp,
              painted: at('painted'),
              pageImport: at('page-import'),
              pageFetched: fetched('webview-page.js'),
              pageEvaluated: at('page-evaluated'),
              registered: at('toolkit-registered'),
              mounted: at('mounted'),
              checksImport: at('checks-import'),
              checksFetched: fetched('webview-checks.js'),
              ready: at('ready'),
            };
          },
          undefined,
          { timeout: 20_000 },
        )
      ).jsonValue();
      await closeAll();
      return { ms, ready, phases: { ...phases, interactive: readyAt[1] } };
    };
    const closeAll = async () => {
      await runFromPalette(page, 'View: Close All Editors');
      // Closed once no editor tab is left.
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10_000 });
    };
    const plain = [];
    const ours = [];
    const interactive = [];
    const phases = [];
    // One unmeasured open of each first: the first open also activates the extension, which #1
    // measures. This figure swings by ±0.07 between runs of 7, so it takes more samples.
    const samples = Math.max(SAMPLES, 11);
    for (let i = -1; i < samples; i++) {
      const p = await measure('Career Lens Bench: Open Plain Panel', '#plain', false);
      const o = await measure('Career Lens: Open Comparison', '[data-testid="overview-table"]', true);
      if (i >= 0) {
        plain.push(p.ms);
        ours.push(o.ms);
        interactive.push(o.ready);
        phases.push(o.phases);
      }
    }
    console.log(
      `\nWebview time to interactive and first paint, palette to the frame (median of ${samples} after a warm-up, alternating)`,
    );
    row(
      3,
      "time to interactive: palette → real controls in place and answering input (vs the plain panel's paint)",
      median(interactive),
      median(plain),
      '≤ 1.20×',
      1.2,
    );
    row(3, 'first paint: palette → overview table rendered', median(ours), median(plain), '≤ 1.10×', 1.1);
    // The start-up's parts, in the frame (ms, medians): where the time between the two goes.
    const part = (label, from, to) => {
      const xs = phases
        .map((ph) => (ph[from] !== undefined && ph[to] !== undefined ? ph[to] - ph[from] : undefined))
        .filter((x) => x !== undefined);
      if (!xs.length) return;
      rows.push({
        n: 3,
        measure: `start-up part: ${label}`,
        subject: `${median(xs).toFixed(1)} ms`,
        baseline: '—',
        ratio: null,
        target: 'report',
        met: null,
      });
      console.log(`    ${label.padEnd(62)} ${median(xs).toFixed(1).padStart(7)} ms`);
    };
    part("first screen drawn → the frame's first contentful paint", 'painted', 'fcp');
    part('page script asked for → first screen drawn', 'pageImport', 'painted');
    part("the frame's first contentful paint → page mounted", 'fcp', 'mounted');
    part('page mounted → controls found in place and answering (next frame)', 'mounted', 'interactive');
    part('page script (webview-page.js) fetched', 'pageImport', 'pageFetched');
    part('page script evaluated (the toolkit, the views)', 'pageFetched', 'pageEvaluated');
    part('toolkit components registered', 'pageEvaluated', 'registered');
    part('page mounted: real controls drawn, overview taken over', 'registered', 'mounted');
    part('checks (webview-checks.js) fetched', 'checksImport', 'checksFetched');
    part('checks evaluated, first state validated, ready sent', 'checksFetched', 'ready');
  });
}

// 4: a round trip webview → host → webview for a comparison's parts, against a ping the host answers at
// once, interleaved in the same panel; the webview times them (webview/roundTrips.ts).
if (wants('trips')) {
  await inWorkbench(async (page) => {
    await runFromPalette(page, 'Career Lens: Open Comparison');
    const frame = await webviewFrame(page, '[data-testid="overview-table"]', 60_000);
    // The probe always answers (every request settles, webview/requests.ts); a minute is the
    // bench's own limit, so a hang is reported, never waited on.
    const run = (count) =>
      frame.evaluate(
        (n) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`the round-trip probe gave no answer to ${n} rounds in 60 s`)),
              60_000,
            );
            globalThis.addEventListener(
              'career-lens:round-trips-done',
              (e) => {
                clearTimeout(timer);
                if (e.detail?.error) reject(new Error(`the round-trip probe failed: ${e.detail.error}`));
                else resolve(e.detail);
              },
              { once: true },
            );
            globalThis.dispatchEvent(new CustomEvent('career-lens:round-trips', { detail: { count: n } }));
          }),
        count,
      );
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
        const { page, ms } = await startup(
          which === 'with' ? server.workbenchUrl() : server.workbenchUrl({ extensionPath: null }),
        );
        (which === 'with' ? withUs : without).push(ms);
        if (which === 'with') {
          // Let the extension host finish starting, so neither tree pays for it.
          await page.waitForTimeout(3_000);
          // The trivial tree first or second, alternating; each in a window where neither has loaded.
          if (i % 2) {
            trivial.push(await firstRows(page, 'Career Lens Bench', 'Bench item one'));
            roles.push(await firstRows(page, 'Career Lens', 'Data Engineer'));
          } else {
            roles.push(await firstRows(page, 'Career Lens', 'Data Engineer'));
            trivial.push(await firstRows(page, 'Career Lens Bench', 'Bench item one'));
          }
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
      label: 'bench',
      workspace,
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
    rows.push({
      n: 6,
      measure: 'workspace scan: Cancel to stopped (worst of 5)',
      subject: `${r.cancelMax.toFixed(1)} ms`,
      baseline: '—',
      ratio: null,
      target: '≤ 200 ms',
      met: r.cancelMax <= 200,
    });
  }
}

// 9: weights of what ships.
if (wants('weights')) {
  execFileSync('npm', ['run', '-s', 'package'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const weigh = (file) => {
    const b = readFileSync(file);
    return `${kb(b.length)} (${kb(gzipSync(b).length)} gzipped)`;
  };
  const toolkitOnly = join(mkdtempSync(join(tmpdir(), 'career-lens-bench-tk-')), 'toolkit.js');
  writeFileSync(
    `${toolkitOnly}.ts`,
    "import { provideVSCodeDesignSystem, vsCodeButton, vsCodeDropdown, vsCodeOption, vsCodePanels, vsCodePanelTab, vsCodePanelView, vsCodeProgressRing } from '@vscode/webview-ui-toolkit';\nprovideVSCodeDesignSystem().register(vsCodeButton(), vsCodeDropdown(), vsCodeOption(), vsCodePanels(), vsCodePanelTab(), vsCodePanelView(), vsCodeProgressRing());\n",
  );
  execFileSync(
    join(REPO_ROOT, 'node_modules', '.bin', 'esbuild'),
    [`${toolkitOnly}.ts`, '--bundle', '--minify', '--format=iife', `--outfile=${toolkitOnly}`],
    { cwd: REPO_ROOT, stdio: 'ignore', env: { ...process.env, NODE_PATH: join(REPO_ROOT, 'node_modules') } },
  );
  const page = statSync(join(REPO_ROOT, 'dist', 'webview-page.js')).size;
  const toolkit = statSync(toolkitOnly).size;
  console.log('\nWeights (production)');
  // webview.js is what runs before the first paint; webview-page.js (the toolkit and the tabs)
  // and webview-checks.js (zod and the protocol's schemas) are imported after it, in that order.
  const dist = (name) => [name, join(REPO_ROOT, 'dist', name)];
  for (const [name, file] of [
    dist('extension.js'),
    dist('webview.js'),
    dist('webview-page.js'),
    dist('webview-checks.js'),
    ['career-lens.vsix', join(REPO_ROOT, 'career-lens.vsix')],
  ]) {
    rows.push({
      n: 9,
      measure: `weight: ${name}`,
      subject: weigh(file),
      baseline: '—',
      ratio: null,
      target: 'report',
      met: null,
    });
    console.log(`  ${name.padEnd(20)} ${weigh(file)}`);
  }
  // What each part of the page script weighs, minified, from esbuild's account of its inputs.
  const { metafile } = await esbuild.build({
    entryPoints: [join(REPO_ROOT, 'webview', 'comparisonPage.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: tmpdir(),
    absWorkingDir: REPO_ROOT,
    logLevel: 'silent',
  });
  const inputs = Object.values(metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {};
  const byPart = {};
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const part =
      pkg ??
      (file.startsWith('webview/views/')
        ? "webview/views (the tabs' views)"
        : file.startsWith('src/')
          ? 'src (formatting, shared values)'
          : 'webview (page, controllers, wrappers)');
    byPart[part] = (byPart[part] ?? 0) + bytesInOutput;
  }
  for (const [part, bytes] of Object.entries(byPart).sort((a, b) => b[1] - a[1])) {
    rows.push({
      n: 9,
      measure: `weight: webview-page.js, of which ${part}`,
      subject: kb(bytes),
      baseline: '—',
      ratio: null,
      target: 'report',
      met: null,
    });
    console.log(`    of which ${part.padEnd(40)} ${kb(bytes)}`);
  }
  rows.push({
    n: 9,
    measure: 'weight: webview-page.js vs a bundle of only the toolkit components used',
    subject: kb(page),
    baseline: kb(toolkit),
    ratio: page / toolkit,
    target: 'report',
    met: null,
  });
  console.log(
    `  webview-page.js is ${(page / toolkit).toFixed(2)}x a bundle of only the toolkit components it uses (${kb(toolkit)})`,
  );
}

/** A 50,000-file workspace: 500 folders of source, docs and data files, with ~170 manifests among them. */
function generateWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'career-lens-bench-ws-'));
  const content = {
    'requirements.txt': 'pandas\nscikit-learn\nmlflow\n',
    'pyproject.toml': '[project]\nname = "x"\ndependencies = ["pyspark", "dbt-core"]\n',
    Dockerfile: 'FROM python:3.12\nRUN pip install fastapi torch\n',
    'package.json': '{"dependencies":{"kafkajs":"^2"}}',
    'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n',
    'main.tf': 'resource "google_bigquery_dataset" "d" {}\n',
  };
  const manifests = Object.keys(content);
  let files = 0;
  for (let d = 0; d < 500; d++) {
    const dir = join(root, `pkg${d % 25}`, `mod${d}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 99; f++)
      writeFileSync(join(dir, `file${f}.${['py', 'md', 'csv', 'sql'][f % 4]}`), `# ${d}/${f}\n`);
    files += 99;
    if (d % 3 === 0) {
      const m = manifests[d % manifests.length];
      writeFileSync(join(dir, m), content[m]);
      files++;
    }
  }
  for (let i = files; i < 50_000; i++) writeFileSync(join(root, 'pkg0', `extra${i}.txt`), '');
  return root;
}

/**
 * Writes BENCHMARKS.md: the figures of this run (the machine, then the table) into the prose
 * kept by hand in test/bench/BENCHMARKS.template.md, at its {{figures}} mark.
 */
function writeBenchmarks() {
  const vscodeVersion = JSON.parse(
    readFileSync(
      join(ensureCodeServer().codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'),
      'utf8',
    ),
  ).version;
  const cpu = cpus();
  const figures = [
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB of memory,`,
    `VS Code ${vscodeVersion} (code-server ${CODE_SERVER_VERSION}), headless Chromium. Each ratio is against a baseline measured in the same`,
    `run, alternating subject and baseline, median of ${SAMPLES} (activation: ${ACTIVATION_LAUNCHES} launches, every order of the extensions equally often; first paint: ${Math.max(SAMPLES, 11)}, after a warm-up); ratios, not milliseconds, compare across machines.`,
    '',
    '| # | measure | Career Lens | baseline | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.n} | ${r.measure} | ${r.subject} | ${r.baseline} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.target} | ${r.met === null ? '—' : r.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  const template = readFileSync(join(REPO_ROOT, 'test', 'bench', 'BENCHMARKS.template.md'), 'utf8');
  if (!template.includes('{{figures}}')) throw new Error('test/bench/BENCHMARKS.template.md has no {{figures}} mark');
  // The template's own comment says where the figures come from; BENCHMARKS.md says it in one line.
  const text = template
    .replace(
      /<!--[\s\S]*?-->\n\n/,
      '<!-- Written by `npm run bench`: figures from this run, prose from test/bench/BENCHMARKS.template.md. -->\n\n',
    )
    .replace('{{figures}}', () => figures);
  writeFileSync(join(REPO_ROOT, 'BENCHMARKS.md'), text);
  console.log('\nwrote BENCHMARKS.md');
}

// Last, after every constant above is initialised.
if (!only) writeBenchmarks();
// A handle left open by a closed workbench would keep Node alive; everything is measured and
// written, so exit (which also puts the development build back, above).
process.exit(0);

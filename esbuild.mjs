// Builds the extension host bundle and the webview bundle; `--tests` also builds the test
// suites (unit, integration, bench) into out/ so mocha and the extension host can load them.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = new Set(process.argv.slice(2));

/** The newest modification time of the files a build reads (sources, data, lockfile, this file). */
function newestInput() {
  let newest = 0;
  const visit = (p) => {
    const st = statSync(p);
    if (st.isDirectory()) for (const n of readdirSync(p)) visit(join(p, n));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['src', 'data', 'esbuild.mjs', 'package-lock.json', 'tsconfig.json']) if (existsSync(p)) visit(p);
  return newest;
}

// `npm run evidence` builds the CLI only when it is missing or older than its sources: a run on
// an up-to-date build costs one directory walk, not a build (about 1.4 s). esbuild is loaded
// after this check for the same reason.
const CLI_OUT = 'out/cli/evidence.js';
if (args.has('--cli-if-stale') && existsSync(CLI_OUT) && statSync(CLI_OUT).mtimeMs >= newestInput()) process.exit(0);
const esbuild = await import('esbuild');

/**
 * The l10n bundle's messages: every `l10n.t('…')` in src/ and webview/ (vscode.l10n on the host,
 * @vscode/l10n in the webview and core/format.ts), found by @vscode/l10n-dev, VS Code's own
 * extractor, sorted so the file's diff stays small. `npm run l10n` writes l10n/bundle.l10n.json.
 */
export async function extractL10nStrings(roots = ['src', 'webview']) {
  const { getL10nJson } = await import('@vscode/l10n-dev');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.d.ts'))
        files.push({ contents: readFileSync(p, 'utf8'), extension: '.ts' });
    }
  };
  for (const root of roots) walk(root);
  const messages = await getL10nJson(files);
  return Object.fromEntries(Object.entries(messages).sort(([a], [b]) => a.localeCompare(b)));
}

// Imported (by the unit test that checks the bundle), this module only exports; run, it builds.
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain && args.has('--l10n')) {
  writeFileSync('l10n/bundle.l10n.json', `${JSON.stringify(await extractL10nStrings(), null, 2)}\n`);
  console.log('wrote l10n/bundle.l10n.json');
  process.exit(0);
}
const production = args.has('--production');
const watch = args.has('--watch');
const withTests = args.has('--tests');

// zod's classic API re-exports every locale (about 250 KB minified); we only ever use the
// English messages it installs by default, so the locale index is swapped for English alone.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /locales\/index\.(js|cjs)$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`) ? { path: 'zod-locales-en', namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: process.cwd(),
    }));
  },
};

// What the web worker build resolves differently. It cannot require a sibling file, so
// './host.js' resolves to its source, which esbuild wraps so that it still runs only when that
// require is first reached. It has no disk, so src/host/diskAccess.ts becomes diskAccess.web.ts.
const webWorkerModules = {
  name: 'web-worker-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\/host\.js$/ }, () => ({ path: join(process.cwd(), 'src', 'host', 'main.ts') }));
    build.onResolve({ filter: /^\.\/diskAccess$/ }, (args) => ({ path: join(args.resolveDir, 'diskAccess.web.ts') }));
    build.onResolve({ filter: /^\.\/historyAccess$/ }, (args) => ({
      path: join(args.resolveDir, 'historyAccess.web.ts'),
    }));
  },
};

const NODE_HOST_DEFINES = { navigator: 'undefined' };

// jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow; its ES module build
// bundles like any other.
const ALIASES = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };

/** Runs a core module at build time: bundled to CommonJS in memory, then evaluated. */
async function loadCoreModule(entry) {
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    plugins: [zodEnglishOnly],
    alias: ALIASES,
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', out.outputFiles[0].text)(mod, mod.exports);
  return mod.exports;
}

// data/*.json is validated here, by the same code that validates user packs, and embedded in
// the host bundle as one JSON string: at run time the built-in data costs a JSON.parse, with no
// file reads and no schema pass. Invalid data fails the build with every issue named.
const BUILT_IN_DATASET = 'career-lens:built-in-dataset';
/** @type {{ key: string, dataset: Promise<unknown> } | undefined} */
let validatedData;
const builtInDataset = {
  name: 'built-in-dataset',
  setup(build) {
    // The whole dataset for the host, and only the roles' row fields for the activation entry,
    // which draws the Roles view's first rows before the host is loaded (src/extension.ts).
    build.onResolve({ filter: /^career-lens:built-in-(dataset|roles)$/ }, (args) => ({
      path: args.path,
      namespace: 'built-in-dataset',
    }));
    // Several bundles embed it; the data is validated once per set of file contents.
    build.onLoad({ filter: /.*/, namespace: 'built-in-dataset' }, async (args) => {
      const names = readdirSync('data')
        .filter((n) => n.endsWith('.json'))
        .sort();
      const files = names.map((name) => ({
        name: `data/${name}`,
        bytes: new Uint8Array(readFileSync(join('data', name))),
      }));
      const key = files.map((f) => `${f.name}:${Buffer.from(f.bytes).toString('base64')}`).join('\n');
      if (validatedData?.key !== key) {
        validatedData = {
          key,
          dataset: (async () => (await loadCoreModule('src/core/packs.ts')).loadBuiltIn(files))(),
        };
      }
      const dataset = await validatedData.dataset;
      const value =
        args.path === BUILT_IN_DATASET
          ? dataset
          : dataset.roles.map(({ id, name, kind, summary, aliases }) => ({ id, name, kind, summary, aliases }));
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`,
        loader: 'js',
        watchFiles: names.map((n) => join(process.cwd(), 'data', n)),
      };
    });
  },
};

// esbuild gives each module that does `import * as vscode from 'vscode'` its own copy of the
// API's namespace: its interop helper defines a getter for each of the API's hundreds of
// properties, on every import, while the extension loads. Here every such import is of one
// module that re-exports the API, so a bundle copies it once.
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once'
        ? { path: 'vscode', external: true }
        : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({
      contents: "export * from 'vscode';",
      loader: 'js',
    }));
  },
};

const common = {
  plugins: [zodEnglishOnly, builtInDataset],
  alias: ALIASES,
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

const configs = [
  {
    ...common,
    // The thin activation entry; './host.js' is the rest, required at first use (src/extension.ts).
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['./host.js'],
    plugins: [...common.plugins, vscodeOnce],
    define: NODE_HOST_DEFINES,
  },
  {
    ...common,
    // The history reader runs as a child process of the Node host (src/host/historyAccess.ts).
    entryPoints: { host: 'src/host/main.ts', historyReader: 'src/cli/historyChild.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    plugins: [...common.plugins, vscodeOnce],
    // zod probes `navigator` (for Cloudflare Workers); in Node 21+ extension hosts, reading the
    // global logs a PendingMigrationError. No extension host here is a Cloudflare Worker.
    define: NODE_HOST_DEFINES,
  },
  {
    ...common,
    // The web extension (vscode.dev, github.dev): the same entry for the web worker extension
    // host, one file, with the host bundled in and still evaluated only at first use.
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    plugins: [...common.plugins, webWorkerModules, vscodeOnce],
  },
  {
    ...common,
    // Three ES modules: the page's first script (webview/main.ts, which runs boot.ts: a new
    // panel's first screen, no toolkit), the rest of the page (comparisonPage.ts: the toolkit and
    // the tabs), and checks.ts (zod and the protocol's schemas). The boot imports the other two by
    // address, beside the first script's (which may be in the page itself, with no address of its
    // own). Not esbuild's code splitting: the small modules they share would become files fetched
    // before the first script may run; each bundle keeps its own copy of them instead.
    entryPoints: {
      webview: 'webview/main.ts',
      'webview-page': 'webview/comparisonPage.ts',
      'webview-checks': 'webview/checks.ts',
    },
    outdir: 'dist',
    platform: 'browser',
    format: 'esm',
    loader: { '.css': 'css' },
  },
];

// Every test/integration/*.test.ts, found when the tests are built, keyed by its name without
// `.test.ts`: a new suite runs in both extension hosts without being listed anywhere. Required
// when run() asks, not imported: a suite's describe() calls need mocha's globals first.
const integrationSuites = {
  name: 'integration-suites',
  setup(build) {
    build.onResolve({ filter: /^career-lens:integration-suites$/ }, (args) => ({
      path: args.path,
      namespace: 'integration-suites',
    }));
    build.onLoad({ filter: /.*/, namespace: 'integration-suites' }, () => {
      const dir = join(process.cwd(), 'test', 'integration');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .sort();
      if (files.length === 0) throw new Error(`no integration suites (*.test.ts) in ${dir}`);
      const entries = files.map(
        (f) => `  ${JSON.stringify(f.slice(0, -'.test.ts'.length))}: () => require(${JSON.stringify(`./${f}`)}),`,
      );
      return {
        contents: `export default {\n${entries.join('\n')}\n};\n`,
        loader: 'js',
        resolveDir: dir,
        watchDirs: [dir],
      };
    });
  },
};

function testEntries(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}

// The evidence CLI and its corpus benchmark: Node programs over the same core, never shipped.
// With --cli-if-stale (reached only when the CLI is stale) the CLI alone is built, and dist/ is kept.
const cliOnly = args.has('--cli-if-stale');
if (cliOnly) configs.length = 0;
if (withTests || args.has('--cli') || cliOnly) {
  const cliCommon = { ...common, minify: false, sourcemap: 'inline', platform: 'node', format: 'cjs' };
  configs.push({ ...cliCommon, entryPoints: ['src/cli/evidence.ts'], outfile: CLI_OUT });
  if (!cliOnly) {
    configs.push(
      { ...cliCommon, entryPoints: ['src/cli/pack.ts'], outfile: 'out/cli/pack.js' },
      { ...cliCommon, entryPoints: ['test/bench/evidence.ts'], outfile: 'out/test/bench/evidence.js' },
    );
  }
}

if (withTests) {
  const testCommon = { ...common, minify: false, sourcemap: 'inline', platform: 'node', format: 'cjs' };
  configs.push(
    // Packages stay external here, so Node loads jsonc-parser's UMD build itself: no alias.
    { ...testCommon, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', packages: 'external', alias: {} },
    {
      ...testCommon,
      entryPoints: ['test/integration/index.ts'],
      outdir: 'out/test/integration',
      external: ['vscode', 'mocha'],
      define: NODE_HOST_DEFINES,
      plugins: [...common.plugins, integrationSuites],
    },
    {
      // The same suites for the web worker host: one browser bundle with mocha's browser build,
      // and node:assert/strict swapped for a shim (the worker has no Node built-ins).
      ...testCommon,
      entryPoints: { index: 'test/integration/web.ts' },
      outdir: 'out/test/web',
      platform: 'browser',
      external: ['vscode', 'node:fs', 'node:child_process'],
      plugins: [
        ...common.plugins,
        webWorkerModules,
        integrationSuites,
        {
          name: 'web-assert',
          setup(build) {
            build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({
              path: join(process.cwd(), 'test', 'integration', 'webAssert.ts'),
            }));
          },
        },
      ],
    },
    {
      ...testCommon,
      entryPoints: ['test/bench/index.ts', 'test/bench/history.ts', 'test/bench/packs.ts'],
      outdir: 'out/test/bench',
      packages: 'external',
      alias: {},
    },
    { ...testCommon, entryPoints: ['test/ui/webviewPage.ts'], outdir: 'out/test/ui', packages: 'external', alias: {} },
    {
      ...testCommon,
      entryPoints: ['test/bench/hostScan.ts', 'test/bench/hostActivation.ts'],
      outdir: 'out/test/bench',
      external: ['vscode'],
      define: NODE_HOST_DEFINES,
    },
  );
}

// Start from an empty dist/, so a production build never ships a stale development source map.
if (isMain && !watch && !cliOnly) rmSync('dist', { recursive: true, force: true });

/** Writes dist/data-pack.schema.json from the zod schema, so editors validate packs as they are typed. */
async function writeDataPackSchema() {
  const { dataPackJsonSchema } = await loadCoreModule('src/core/schema.ts');
  writeFileSync('dist/data-pack.schema.json', `${JSON.stringify(dataPackJsonSchema(), null, 1)}\n`);
}

if (!isMain) {
  // Imported for extractL10nStrings: nothing to build.
} else if (watch) {
  const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[esbuild] watching…');
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
  if (!cliOnly) await writeDataPackSchema();
}

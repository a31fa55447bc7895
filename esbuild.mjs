// Builds the extension host bundle and the webview bundle; `--tests` also builds the test
// suites (unit, integration, bench) into out/ so mocha and the extension host can load them.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const withTests = args.has('--tests');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

const configs = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: { webview: 'webview/main.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    loader: { '.css': 'css' },
  },
];

function testEntries(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f));
}

if (withTests) {
  const testCommon = { ...common, minify: false, sourcemap: 'inline', platform: 'node', format: 'cjs' };
  configs.push(
    { ...testCommon, entryPoints: testEntries('test/unit'), outdir: 'out/test/unit', packages: 'external' },
    { ...testCommon, entryPoints: ['test/integration/index.ts'], outdir: 'out/test/integration', external: ['vscode', 'mocha'] },
    { ...testCommon, entryPoints: ['test/bench/index.ts'], outdir: 'out/test/bench', packages: 'external' },
  );
}

if (watch) {
  const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[esbuild] watching…');
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
}

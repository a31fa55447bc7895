import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './fixtures';

describe('packaging (vsce ls)', function () {
  this.timeout(60_000);
  const files = execFileSync(join(REPO, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], {
    cwd: REPO,
    encoding: 'utf8',
  })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  it('ships the bundles, every data file, the l10n bundle and the walkthrough', () => {
    const required = [
      'package.json',
      'package.nls.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/extension.js',
      'dist/host.js',
      'dist/web/extension.js',
      'dist/webview.js',
      'dist/webview-page.js',
      'dist/webview-checks.js',
      'media/icon.png',
      'dist/webview.css',
      'dist/data-pack.schema.json',
      'l10n/bundle.l10n.json',
      ...readdirSync(join(REPO, 'data')).map((f) => `data/${f}`),
      ...readdirSync(join(REPO, 'l10n', 'walkthrough')).map((f) => `l10n/walkthrough/${f}`),
    ];
    for (const f of required) assert.ok(files.includes(f), `${f} is not packaged`);
  });

  it('ships every image the README shows, so it renders in the Extensions view without rewriting', () => {
    const images = [...readFileSync(join(REPO, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(
      (m) => m[1]!,
    );
    assert.ok(images.length > 0);
    for (const image of images) assert.ok(files.includes(image), `${image} is shown in the README but not packaged`);
  });

  it('ships no sources, tests, fixtures or dependencies', () => {
    const leaked = files.filter(
      (f) => /^(src|test|webview|node_modules|out|\.github|\.ci)\//.test(f) || f.endsWith('.ts'),
    );
    assert.deepEqual(leaked, []);
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CommandId } from '../../src/host/commandIds';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const declared: { command: string; title: string; category?: string; icon?: string }[] = manifest.contributes.commands;
const catalogue = new Set<string>(Object.values(CommandId));

describe('manifest', () => {
  it('gives every command a category and an nls title that exists', () => {
    for (const c of declared) {
      assert.ok(c.category, `${c.command} has no category`);
      const m = /^%(.+)%$/.exec(c.title);
      assert.ok(m, `${c.command} title is not localised`);
      assert.ok(nls[m[1]!], `${c.command} title key ${m[1]} is missing from package.nls.json`);
    }
  });

  it('declares exactly the commands in the catalogue', () => {
    assert.deepEqual(new Set(declared.map((c) => c.command)), catalogue);
  });

  it('resolves every %key% in the manifest', () => {
    const keys = JSON.stringify(manifest).match(/%[A-Za-z0-9_.-]+%/g) ?? [];
    for (const k of keys) assert.ok(nls[k.slice(1, -1)], `${k} is missing from package.nls.json`);
  });

  it('names command ids in code only through the catalogue', () => {
    const viewsAndSettings = new Set<string>([
      ...Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id),
      ...Object.keys(manifest.contributes.configuration?.properties ?? {}),
    ]);
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.endsWith('commandIds.ts')) continue;
      for (const [, id] of readFileSync(file, 'utf8').matchAll(/['"`](careerLens\.[A-Za-z.]+)['"`]/g)) {
        if (viewsAndSettings.has(id!) || id === 'careerLens.comparison' || id!.startsWith('careerLens.state')) continue;
        assert.ok(catalogue.has(id!), `${file} names '${id}' directly; use CommandId`);
      }
    }
  });
});

import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PAY_CHOICE, PAY_KIND_CHOICES, REGION_CHOICES } from '../../src/core/payChoices';
import {
  CommandId,
  ContextKey,
  DEFAULT_PAIR,
  ITEM_ONLY_COMMANDS,
  Setting,
  VIEW_ITEM_VALUES,
} from '../../src/host/manifestNames';

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
      ...Object.values(manifest.contributes.views as Record<string, { id: string }[]>)
        .flat()
        .map((v) => v.id),
      ...Object.keys(manifest.contributes.configuration?.properties ?? {}),
    ]);
    for (const file of sourceFiles(join(root, 'src'))) {
      if (file.endsWith('manifestNames.ts')) continue;
      for (const [, id] of readFileSync(file, 'utf8').matchAll(/['"`](careerLens\.[A-Za-z.]+)['"`]/g)) {
        if (viewsAndSettings.has(id!) || id === 'careerLens.comparison' || id!.startsWith('careerLens.state.'))
          continue;
        assert.ok(catalogue.has(id!), `${file} names '${id}' directly; use CommandId`);
      }
    }
  });
});

describe('manifest conventions', () => {
  it('gives every command a codicon', () => {
    for (const c of declared) assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${c.command} has no codicon`);
  });

  it('ends the titles of commands that prompt with an ellipsis, and only those', () => {
    const prompting = new Set([
      'careerLens.compareRoles',
      'careerLens.findSkill',
      'careerLens.showPay',
      'careerLens.showTransitionPlan',
      'careerLens.exportMarkdown',
      'careerLens.compareWith',
      'careerLens.scanWorkspace',
      'careerLens.newDataPack',
    ]);
    for (const c of declared) {
      const title = nls[c.title.slice(1, -1)]!;
      assert.equal(title.endsWith('…'), prompting.has(c.command), `${c.command}: "${title}"`);
    }
  });

  it('hides item-only commands from the palette', () => {
    const hidden = new Set(
      (manifest.contributes.menus.commandPalette as { command: string; when: string }[])
        .filter((m) => m.when === 'false')
        .map((m) => m.command),
    );
    assert.deepEqual(hidden, new Set(ITEM_ONLY_COMMANDS));
  });

  it('uses only catalogued context keys in when clauses', () => {
    const known = new Set<string>(Object.values(ContextKey));
    const viewIds = new Set<string>(
      Object.values(manifest.contributes.views as Record<string, { id: string }[]>)
        .flat()
        .map((v) => v.id),
    );
    const whens: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'when' && typeof x === 'string') whens.push(x);
          else walk(x);
        }
    };
    walk(manifest.contributes);
    assert.ok(whens.length > 5);
    for (const when of whens) {
      for (const [key] of when.matchAll(/careerLens\.[A-Za-z.]+/g)) {
        if (viewIds.has(key)) continue; // view ids in `view == …`
        assert.ok(known.has(key), `${key} in "${when}" is not a catalogued context key`);
      }
    }
  });

  it('matches every viewItem clause against the catalogue, and uses every catalogued value', () => {
    const items = (manifest.contributes.menus['view/item/context'] as { when: string }[]).map((m) => m.when);
    const used = new Set<string>();
    for (const when of items) {
      const eq = /viewItem == ([\w-]+)/.exec(when);
      const re = /viewItem =~ \/\^\(([^)]+)\)\$\//.exec(when) ?? /viewItem =~ \/\^([\w-]+)-\(([^)]+)\)\$\//.exec(when);
      const values = eq
        ? [eq[1]!]
        : re
          ? re.length === 3
            ? re[2]!.split('|').map((m) => `${re[1]}-${m}`)
            : re[1]!.split('|')
          : [];
      assert.ok(values.length, `a viewItem clause the test cannot read: ${when}`);
      for (const v of values) {
        assert.ok(
          (VIEW_ITEM_VALUES as readonly string[]).includes(v),
          `"${v}" in "${when}" is not a catalogued context value`,
        );
        used.add(v);
      }
    }
    assert.deepEqual(
      VIEW_ITEM_VALUES.filter((v) => !used.has(v)),
      [],
      'catalogued context values no menu uses',
    );
  });

  it('declares exactly the catalogued settings', () => {
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), Object.values(Setting).sort());
    assert.deepEqual(manifest.contributes.configuration.properties[Setting.defaultRoles].default, DEFAULT_PAIR);
  });

  // package.json cannot import src/core/payChoices.ts: this is what keeps the two in step. Adding
  // a region there fails here until the setting lists it, with its description, in the same place.
  it('offers exactly the pay choices of src/core/payChoices.ts, with the same defaults', () => {
    const props = manifest.contributes.configuration.properties;
    for (const [setting, choices, fallback] of [
      [Setting.payKind, PAY_KIND_CHOICES, DEFAULT_PAY_CHOICE.kind],
      [Setting.region, REGION_CHOICES, DEFAULT_PAY_CHOICE.region],
    ] as const) {
      const prop = props[setting] as { enum: string[]; enumDescriptions: string[]; default: string };
      assert.deepEqual(prop.enum, [...choices], `${setting}'s enum`);
      assert.equal(prop.enumDescriptions.length, choices.length, `${setting}: one description per choice`);
      for (const d of prop.enumDescriptions)
        assert.ok(nls[d.slice(1, -1)], `${setting}: ${d} is missing from package.nls.json`);
      assert.equal(prop.default, fallback, `${setting}'s default`);
    }
  });

  it('gives every walkthrough step a completion event and existing media', () => {
    const keys = new Set<string>(Object.values(ContextKey));
    for (const step of manifest.contributes.walkthroughs[0].steps) {
      assert.ok(step.completionEvents?.length, step.id);
      for (const ev of step.completionEvents as string[]) {
        if (ev.startsWith('onCommand:')) assert.ok(catalogue.has(ev.slice(10)), ev);
        // A negated or unset key would complete the step before the user does anything.
        if (ev.startsWith('onContext:'))
          assert.ok(keys.has(ev.slice(10)), `${ev} must name a catalogued key, un-negated`);
      }
      assert.ok(statSync(join(root, step.media.markdown)).isFile(), step.media.markdown);
    }
  });

  it('describes every setting in Markdown', () => {
    for (const [key, prop] of Object.entries(
      manifest.contributes.configuration.properties as Record<string, { markdownDescription?: string }>,
    )) {
      assert.ok(prop.markdownDescription && nls[prop.markdownDescription.slice(1, -1)], key);
    }
  });
});

describe('localisation', () => {
  it('has every runtime string in l10n/bundle.l10n.json (run `npm run l10n` after adding one)', async function () {
    // l10n-dev parses every source file with tree-sitter: a few seconds on a busy machine.
    this.timeout(60_000);
    const { extractL10nStrings } = (await import(`file://${join(root, 'esbuild.mjs')}`)) as {
      extractL10nStrings(roots: string[]): Promise<Record<string, string>>;
    };
    const bundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.json'), 'utf8'));
    const strings = await extractL10nStrings([join(root, 'src'), join(root, 'webview')]);
    assert.ok(Object.keys(strings).length > 30);
    assert.deepEqual(bundle, strings);
  });

  it('calls l10n.t only with literal strings, so extraction sees them all, and never a bare t()', () => {
    for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'webview'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*([^\s)])/g))
        assert.ok(m[1] === "'" || m[1] === '"', `${file}: l10n.t() with a non-literal argument`);
      // A message in a bare t('…') call is invisible to the extractor, so it would never be translated.
      assert.doesNotMatch(text, /(?<![.\w])t\(\s*['"]/, `${file}: a bare t('…') call; use l10n.t`);
    }
  });
});

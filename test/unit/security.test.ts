// Regressions from the attacker's review (issue: command links from pack text, and messages
// that damaged the saved profile), plus the rule that keeps host code on the sink helpers.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compare, SameRoleError } from '../../src/core/compare';
import { applyUserPacks } from '../../src/core/packs';
import { Answers } from '../../src/core/quiz';
import { ToHost } from '../../src/shared/protocol';
import { builtIn, packFile, REPO } from './fixtures';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('security: untrusted text and hostile messages', () => {
  it('host code writes to notifications, quick picks, the status bar and tree items only through sinks.ts', () => {
    const raw =
      /window\.(showInformationMessage|showWarningMessage|showErrorMessage|showQuickPick|setStatusBarMessage|createStatusBarItem|showInputBox)\b|new vscode\.TreeItem\(/;
    const offenders = filesUnder(join(REPO, 'src')).filter(
      (f) => !f.endsWith(join('host', 'sinks.ts')) && raw.test(readFileSync(f, 'utf8')),
    );
    assert.deepEqual(
      offenders.map((f) => relative(REPO, f)),
      [],
    );
  });

  it('a pack key made of a command link is refused with the key quoted short, once', () => {
    const key = `[Fix this pack](command:workbench.action.terminal.new?${encodeURIComponent('{"config":{"executable":"/bin/sh"}}')})`;
    const r = applyUserPacks(builtIn(), [packFile('packs/evil.json', { [key]: [] })]);
    const reason = r.errors[0]!.reason;
    assert.match(reason, /^unrecognized key "\[Fix this pack\]\(command:/);
    assert.equal(reason.split('Fix this pack').length - 1, 1, `the key is repeated: ${reason}`);
    assert.ok(reason.length < 120, reason);
  });

  it('a 100 KB unknown key does not make a 100 KB message', () => {
    const r = applyUserPacks(builtIn(), [packFile('packs/long.json', { ['k'.repeat(100_000)]: 1 })]);
    assert.ok(r.errors[0]!.reason.length < 120);
  });

  it('quiz answers with a __proto__ key are refused, not silently emptied', () => {
    const raw = JSON.parse('{"type":"submitQuiz","requestId":1,"answers":{"__proto__":"x"}}');
    const parsed = ToHost.safeParse(raw);
    assert.equal(parsed.success, false);
    assert.match(JSON.stringify(parsed.error?.issues), /__proto__/);
    for (const key of ['constructor', 'prototype']) assert.equal(Answers.safeParse({ [key]: 'x' }).success, false, key);
    assert.deepEqual(Answers.parse({ 'pay-ceiling': 'pay-top', 'x-y': null }), {
      'pay-ceiling': 'pay-top',
      'x-y': null,
    });
  });

  it("a role is never compared with itself, in the API and in the messages' handler", () => {
    assert.throws(() => compare(builtIn(), 'data-engineer', 'data-engineer'), SameRoleError);
    assert.throws(() => compare(builtIn(), 'zz-unknown', 'ml-engineer'), /unknown role 'zz-unknown'/);
  });

  it('Statistics is shown as contested: graded for both, but a source classes it as unique to ML engineers', () => {
    const row = compare(builtIn(), 'data-engineer', 'ml-engineer').skills.find((s) => s.skill.id === 'statistics')!;
    assert.equal(row.overlap, 'shared');
    assert.ok(row.dissent.length > 0, 'the dissenting classification is carried');
    assert.ok(row.dissent.every((d) => d.overlap === 'unique' && d.role === 'ml-engineer'));
  });

  it('a grouping that every classifying source agrees with is not contested', () => {
    const rows = compare(builtIn(), 'data-engineer', 'ml-engineer').skills;
    for (const row of rows.filter((r) => r.dissent.length === 0 && r.claims.length)) {
      for (const c of row.claims) {
        if (c.overlap === 'shared') assert.equal(row.overlap, 'shared', row.skill.id);
        else assert.equal(row.overlap, c.role === 'data-engineer' ? 'only-a' : 'only-b', row.skill.id);
      }
    }
  });
});

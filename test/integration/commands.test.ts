import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoleNode } from '../../src/host/rolesTree';
import { readText, startsFresh, testHooks, workspaceUri, writeWorkspaceFile } from './helpers';

describe('commands with programmatic arguments', () => {
  startsFresh();
  it('refuses a bad argument with an error naming it, never a TypeError (regression: showPay filter)', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('careerLens.showPay', 'ml-engineer', 'staff', { kind: 'bogus' })),
      (err: Error) => {
        assert.match(err.message, /^Invalid argument 'filter' for careerLens\.showPay: kind: /);
        assert.doesNotMatch(err.message, /TypeError|reading/);
        return true;
      },
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('careerLens.showPay', 'ml-engineer', 'principal')),
      /Invalid argument 'level'/,
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('careerLens.openComparison', { tab: 'settings' })),
      /Invalid argument 'options' for careerLens\.openComparison: tab: /,
    );
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('careerLens.markHave', 42)),
      /Invalid argument 'skill'/,
    );
    const staff = await vscode.commands.executeCommand<{ min: number }[]>(
      'careerLens.showPay',
      'ml-engineer',
      'staff',
      { kind: 'total', region: 'us' },
    );
    assert.deepEqual(
      staff.map((f) => f.min),
      [420000],
    );
  });

  it('shows an open-ended move from a pack as "6+ months", never "6–null" (regression)', async () => {
    await writeWorkspaceFile(
      'packs/open-ended.json',
      JSON.stringify({
        transitions: [
          {
            id: 'x-open',
            from: 'data-engineer',
            to: 'ml-platform-engineer',
            monthsMin: 6,
            monthsMax: null,
            gaps: [],
            source: 'ai-pulse',
          },
        ],
      }),
    );
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', ['packs/open-ended.json'], vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('careerLens.refresh');
    const { trees } = await testHooks();
    const role = (await trees.roles.getChildren()).find((n) => n.kind === 'role' && n.roleId === 'data-engineer')!;
    const section = (await trees.roles.getChildren(role)).find(
      (n) => n.kind === 'section' && n.section === 'transitions',
    )!;
    const shown = (await trees.roles.getChildren(section)).map((n) => String(trees.roles.getTreeItem(n).description));
    assert.ok(
      shown.some((d) => d.startsWith('6+ months')),
      shown.join(' | '),
    );
    assert.ok(!shown.some((d) => /null/.test(d)));
    const target = workspaceUri('exports', 'r.md');
    await vscode.commands.executeCommand('careerLens.exportMarkdown', {
      target,
      roles: ['data-engineer', 'ml-platform-engineer'],
    });
    assert.match(await readText(target), /Data Engineer → ML Platform Engineer: 6\+ months/);
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('openComparison opens the pair and tab it is given', async () => {
    const r = await vscode.commands.executeCommand<{ pair: string[]; tab: string }>('careerLens.openComparison', {
      roles: ['ml-engineer', 'data-engineer'],
      tab: 'pay',
    });
    assert.deepEqual(r, { pair: ['ml-engineer', 'data-engineer'], tab: 'pay' });
  });

  it('openComparison refuses an unknown role by name', async () => {
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('careerLens.openComparison', { roles: ['data-engineer', 'wizard'] }),
      ),
      /Unknown role 'wizard'/,
    );
  });

  it('compareRoles returns the comparison of any two roles', async () => {
    const c = await vscode.commands.executeCommand<{ roles: { id: string }[]; skills: unknown[] }>(
      'careerLens.compareRoles',
      'data-engineer',
      'ai-infrastructure-engineer',
    );
    assert.deepEqual(
      c.roles.map((r) => r.id),
      ['data-engineer', 'ai-infrastructure-engineer'],
    );
  });

  it("showPay returns each source's figures for a role and level", async () => {
    const figures = await vscode.commands.executeCommand<{ min: number; max: number; source: string }[]>(
      'careerLens.showPay',
      'ml-engineer',
      'staff',
      { kind: 'total', region: 'us' },
    );
    assert.deepEqual(
      figures.map((f) => [f.min, f.max, f.source]),
      [[420000, 650000, 'ai-pulse']],
    );
  });

  it("showTransitionPlan returns every source's months", async () => {
    const t = await vscode.commands.executeCommand<{ monthsMin: number; monthsMax: number }[]>(
      'careerLens.showTransitionPlan',
      'data-engineer',
      'ml-engineer',
    );
    assert.deepEqual(t.map((x) => `${x.monthsMin}-${x.monthsMax}`).sort(), ['12-18', '6-12', '6-9']);
  });

  it('findSkill reveals a skill in the Skills view', async () => {
    assert.equal(await vscode.commands.executeCommand('careerLens.findSkill', 'feature-stores'), 'feature-stores');
  });

  it('exportMarkdown writes a report with its sections to a file', async () => {
    const target = workspaceUri('exports', 'report.md');
    const r = await vscode.commands.executeCommand<{ content: string }>('careerLens.exportMarkdown', {
      target,
      roles: ['data-engineer', 'ml-engineer'],
    });
    const text = await readText(target);
    assert.equal(text, r.content);
    for (const heading of [
      '# Career Lens report',
      '## Data Engineer vs Machine Learning Engineer',
      '### At a glance',
      '### Pay by level',
      '### Skills',
      '## Sources',
    ])
      assert.ok(text.includes(heading), heading);
    assert.ok(text.includes('$420K–$650K total (AI Pulse (2026))'));
  });

  it('exportMarkdown can write pay as CSV', async () => {
    const r = await vscode.commands.executeCommand<{ content: string }>('careerLens.exportMarkdown', {
      target: 'untitled',
      format: 'csv',
      roles: ['data-engineer', 'ml-engineer'],
    });
    const lines = r.content.trim().split('\r\n');
    assert.equal(
      lines[0],
      'role,level,years,kind,region,currency,period,min,max,open_ended,employer,source,source_title,p10,p25,p50,p75,p90,data_points,small_sample,survey_date',
    );
    assert.ok(lines.some((l) => l.startsWith('ml-engineer,staff,8+ years,total,unstated,USD,year,420000,650000')));
  });

  it('openSources returns every source', async () => {
    const sources = await vscode.commands.executeCommand<{ id: string }[]>('careerLens.openSources');
    assert.equal(sources.length, 5);
  });

  it('takeQuiz without answers opens the quiz tab and returns the last result (none yet)', async () => {
    const hooks = await testHooks();
    assert.equal(await vscode.commands.executeCommand('careerLens.takeQuiz'), null);
    assert.equal(hooks.panel()!.tab, 'quiz');
    await vscode.commands.executeCommand('careerLens.showLog');
  });

  it('item commands work on tree nodes', async () => {
    const hooks = await testHooks();
    const roles = await hooks.trees.roles.getChildren();
    const de = roles.find((n) => n.kind === 'role' && n.roleId === 'data-engineer')!;
    assert.deepEqual(await vscode.commands.executeCommand('careerLens.compareWith', de, 'ml-platform-engineer'), [
      'data-engineer',
      'ml-platform-engineer',
    ]);
    const sections = await hooks.trees.roles.getChildren(de);
    const pay = sections.find((n) => n.kind === 'section' && n.section === 'pay')!;
    const levels = await hooks.trees.roles.getChildren(pay);
    const junior = levels.find((n) => n.kind === 'item' && n.item.label === 'Junior')!;
    assert.ok(await vscode.commands.executeCommand<string[]>('careerLens.showItemSources', junior));
    assert.deepEqual(await vscode.commands.executeCommand('careerLens.openSection', junior), {
      pair: ['data-engineer', 'ml-engineer'],
      tab: 'pay',
    });
    const demand = sections.find((n) => n.kind === 'section' && n.section === 'demand')!;
    const growth = (await hooks.trees.roles.getChildren(demand)).find(
      (n): n is Extract<RoleNode, { kind: 'item' }> => n.kind === 'item' && n.item.id === 'de-posting-growth',
    )!;
    const copied = await vscode.commands.executeCommand<string>('careerLens.copyFigure', growth);
    assert.equal(copied, 'Data engineer job postings, year over year: +18% (AI Pulse (2026))');
    assert.equal(await vscode.env.clipboard.readText(), copied);
  });
});

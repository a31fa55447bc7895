import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, readText, startsFresh, testHooks, workspaceUri } from './helpers';

describe('quiz, profile and plan in the extension host', () => {
  startsFresh();
  beforeEach(async () => (await testHooks()).reset());

  it('takeQuiz scores programmatic answers, saves them, and exposes them on the profile', async () => {
    const api = await activateExtension();
    const answers = {
      'accuracy-or-reliability': 'pipeline-reliability',
      'models-or-substrate': 'substrate',
      'deterministic-or-probabilistic': 'deterministic',
    };
    const result = await vscode.commands.executeCommand<{ fits: { role: string }[]; verdict: string }>(
      'careerLens.takeQuiz',
      answers,
    );
    assert.equal(result.fits[0]!.role, 'data-engineer');
    assert.equal(result.verdict, 'clear');
    const { state } = await api.getProfile();
    assert.deepEqual(state.quiz?.answers, answers);
    assert.deepEqual(await api.scoreQuiz(answers), result);
  });

  it('takeQuiz refuses unknown answers by name', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('careerLens.takeQuiz', { 'pay-ceiling': 'infinite' })),
      /has no option 'infinite'/,
    );
  });

  it('marks skills through commands, shows them in the Skills tree, and computes the gap', async () => {
    const api = await activateExtension();
    const hooks = await testHooks();
    assert.equal(await vscode.commands.executeCommand('careerLens.markHave', 'python'), 'have');
    assert.equal(
      await vscode.commands.executeCommand('careerLens.markLearning', {
        kind: 'skill',
        group: 'shared',
        skillId: 'statistics',
      }),
      'learning',
    );
    assert.equal(await vscode.commands.executeCommand('careerLens.markNotYet', 'mlops'), 'not-yet');
    hooks.panel()?.dispose();
    await vscode.commands.executeCommand('careerLens.openComparison', { tab: 'plan' });
    await hooks.panel()!.handleMessage({ type: 'setPlan', current: 'data-engineer', target: 'ml-engineer' });
    const { state, gap } = await api.getProfile();
    assert.deepEqual(state.skills, { python: 'have', statistics: 'learning', mlops: 'not-yet' });
    assert.ok(gap && gap.target.id === 'ml-engineer');
    assert.deepEqual(
      gap.transfers.map((t) => t.skill.id),
      ['python'],
    );
    assert.deepEqual(gap.time.map((t) => `${t.monthsMin}-${t.monthsMax}`).sort(), ['12-18', '6-12', '6-9']);
    const node = await hooks.trees.skills.nodeFor('python');
    const item = hooks.trees.skills.getTreeItem(node!);
    assert.equal(
      (item.checkboxState as { state: vscode.TreeItemCheckboxState }).state,
      vscode.TreeItemCheckboxState.Checked,
    );
    assert.equal(item.contextValue, 'skill-have');
    assert.equal(await vscode.commands.executeCommand('careerLens.clearMark', 'mlops'), null);
  });

  it('exports Markdown with the comparison, the quiz explanation and the plan checklist', async () => {
    // This test makes its own quiz result, marks and plan: no test relies on another's state.
    await vscode.commands.executeCommand('careerLens.takeQuiz', { 'accuracy-or-reliability': 'pipeline-reliability' });
    await vscode.commands.executeCommand('careerLens.markHave', 'python');
    await vscode.commands.executeCommand('careerLens.markLearning', 'statistics');
    await vscode.commands.executeCommand('careerLens.openComparison', { tab: 'plan' });
    await (
      await testHooks()
    )
      .panel()!
      .handleMessage({ type: 'setPlan', current: 'data-engineer', target: 'ml-engineer' });
    const target = workspaceUri('exports', 'plan.md');
    await vscode.commands.executeCommand('careerLens.exportMarkdown', {
      target,
      roles: ['data-engineer', 'ml-engineer'],
    });
    const text = await readText(target);
    for (const heading of [
      '## Data Engineer vs Machine Learning Engineer',
      '## Fit quiz result',
      '### What raised Data Engineer',
      '## Plan: towards Machine Learning Engineer',
      '### How long the move takes',
      '### Checklist',
      '## Sources',
    ]) {
      assert.ok(text.includes(heading), heading);
    }
    assert.match(text, /- \[x\] Python/);
    assert.match(text, /- \[ \] Statistics and probability _\(Learning\)_/);
    assert.match(text, /- 6–9 months \(AI Pulse \(2026\)\)/);
    // Every checklist line is a well-formed task item.
    for (const line of text.split('\n').filter((l) => l.startsWith('- ['))) assert.match(line, /^- \[( |x)\] \S/);
  });
});

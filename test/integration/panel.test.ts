import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { startsFresh, testHooks } from './helpers';

async function openPanel() {
  const hooks = await testHooks();
  await vscode.commands.executeCommand('careerLens.openComparison', { roles: ['data-engineer', 'ml-engineer'] });
  const panel = hooks.panel();
  assert.ok(panel, 'the panel is open');
  return panel;
}

/** The first state the host put into the page, once the page is set (the host builds it asynchronously). */
async function firstStateOf(page: {
  readonly html: string;
}): Promise<{ state?: unknown; comparison?: unknown; tab?: unknown }> {
  for (let i = 0; i < 100 && !page.html.includes('id="initial-state"'); i++)
    await new Promise((r) => setTimeout(r, 20));
  const json = /<script type="application\/json" id="initial-state">(.*?)<\/script>/s.exec(page.html)?.[1];
  assert.ok(json, 'the page carries its first state');
  return JSON.parse(json) as { state?: unknown; comparison?: unknown; tab?: unknown };
}

describe('comparison panel in the extension host', () => {
  startsFresh();
  it('answers ready with state and a comparison request with its id', async () => {
    const panel = await openPanel();
    const before = panel.posted.length;
    await panel.handleMessage({ type: 'ready' });
    await panel.handleMessage({
      type: 'requestComparison',
      requestId: 41,
      roleA: 'data-engineer',
      roleB: 'ai-infrastructure-engineer',
    });
    assert.deepEqual(panel.posted.slice(before), ['state', 'comparison']);
  });

  it('never takes back a tab the user chose while the page was loading', async () => {
    // The page sends what the user did before its checks loaded right after 'ready'; the host
    // handles both at once. An answer to 'ready' naming a tab would undo the user's choice.
    const panel = await openPanel();
    const before = panel.posted.length;
    await Promise.all([
      panel.handleMessage({ type: 'ready' }),
      panel.handleMessage({ type: 'tabChanged', tab: 'pay' }),
      panel.handleMessage({ type: 'tabChanged', tab: 'skills' }),
    ]);
    assert.deepEqual(panel.posted.slice(before), ['state']);
    assert.equal(panel.tab, 'skills');
  });

  it('opens a new panel on the tab asked for, inside the page, and asks an open one by message', async () => {
    const hooks = await testHooks();
    hooks.panel()?.dispose();
    assert.equal(hooks.panel(), undefined, 'the panel closed');
    await vscode.commands.executeCommand('careerLens.takeQuiz');
    const panel = hooks.panel()!;
    const first = await firstStateOf(panel);
    assert.equal(first.tab, 'quiz');
    assert.equal((first.state as { type: string }).type, 'state');
    assert.ok(!panel.posted.includes('focusTab'), `posted: ${panel.posted.join()}`);
    await vscode.commands.executeCommand('careerLens.openSources');
    assert.equal(hooks.panel(), panel, 'the same panel');
    assert.equal(panel.posted.at(-1), 'focusTab');
    assert.equal(panel.tab, 'sources');
  });

  it('answers a request for some parts of a comparison with those parts and the roles, nothing else', async () => {
    const panel = await openPanel();
    await panel.handleMessage({
      type: 'requestComparison',
      requestId: 42,
      roleA: 'data-engineer',
      roleB: 'ml-engineer',
      parts: ['overview', 'guidance'],
    });
    const reply = panel.lastPosted as { type: string; requestId: number; comparison: Record<string, unknown> };
    assert.equal(reply.type, 'comparison');
    assert.equal(reply.requestId, 42);
    assert.deepEqual(Object.keys(reply.comparison).sort(), ['guidance', 'overview', 'roles']);
    assert.deepEqual(
      (reply.comparison.roles as { id: string }[]).map((r) => r.id),
      ['data-engineer', 'ml-engineer'],
    );
    // None named: the whole comparison, every part.
    await panel.handleMessage({
      type: 'requestComparison',
      requestId: 43,
      roleA: 'data-engineer',
      roleB: 'ml-engineer',
    });
    assert.equal(Object.keys((panel.lastPosted as { comparison: object }).comparison).length, 12);
  });

  it('tells the page when the data changed, so that parts it kept are dropped even for the same pair', async () => {
    const panel = await openPanel();
    await panel.handleMessage({ type: 'ready' });
    const before = panel.lastPosted as { type: string; dataVersion: number };
    assert.equal(before.type, 'state');
    await vscode.commands.executeCommand('careerLens.refresh');
    let after = panel.lastPosted as { type: string; dataVersion?: number };
    for (let i = 0; i < 100 && !(after.type === 'state' && after.dataVersion! > before.dataVersion); i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = panel.lastPosted as typeof after;
    }
    assert.equal(after.type, 'state');
    assert.ok(after.dataVersion! > before.dataVersion, `data version ${before.dataVersion} → ${after.dataVersion}`);
  });

  it('answers a ping with a pong and does nothing else (the round-trip baseline)', async () => {
    const panel = await openPanel();
    const before = panel.posted.length;
    await panel.handleMessage({ type: 'ping', requestId: 9 });
    assert.deepEqual(panel.posted.slice(before), ['pong']);
  });

  it('drops invalid messages without throwing, and stays responsive', async () => {
    const panel = await openPanel();
    const before = panel.posted.length;
    for (const bad of [
      null,
      undefined,
      42,
      'ready',
      [],
      {},
      { type: 'nope' },
      { type: 'selectRoles', roleA: '<b>', roleB: 'x' },
      { type: 'requestComparison', requestId: -5, roleA: 'a', roleB: 'b' },
      {
        type: 'requestComparison',
        requestId: 5,
        roleA: 'data-engineer',
        roleB: 'ml-engineer',
        parts: ['overview', '__proto__'],
      },
      { type: 'requestComparison', requestId: 6, roleA: 'data-engineer', roleB: 'ml-engineer', parts: [] },
    ]) {
      await panel.handleMessage(bad);
    }
    assert.equal(panel.posted.length, before, 'nothing was answered to invalid messages');
    await panel.handleMessage({ type: 'ready' });
    assert.ok(panel.posted.slice(before).includes('state'), 'the host still answers');
  });

  it('answers a well-formed request for an unknown role with an error message', async () => {
    const panel = await openPanel();
    await panel.handleMessage({ type: 'requestComparison', requestId: 9, roleA: 'data-engineer', roleB: 'wizard' });
    assert.equal(panel.posted.at(-1), 'error');
  });

  it('refuses bad input from the page as input (a warning), never as a bug: an unknown skill to reveal', async () => {
    const panel = await openPanel();
    assert.equal(await panel.handleMessage({ type: 'revealSkill', skillId: 'zz-unknown-skill' }), 'refused');
    assert.equal(panel.posted.at(-1), 'error');
    assert.match(JSON.stringify(panel.lastPosted), /Unknown skill 'zz-unknown-skill'/);
    assert.equal(await panel.handleMessage({ type: 'revealSkill', skillId: 'feature-stores' }), 'handled');
  });

  it('survives being disposed while a request is pending', async () => {
    const panel = await openPanel();
    const pending = panel.handleMessage({
      type: 'requestComparison',
      requestId: 77,
      roleA: 'data-engineer',
      roleB: 'ml-engineer',
    });
    const postedBefore = panel.posted.length;
    panel.dispose();
    await pending;
    assert.equal(panel.posted.length, postedBefore, 'nothing is posted to a disposed panel');
    assert.equal((await testHooks()).panel(), undefined);
  });

  it('is a single instance', async () => {
    const first = await openPanel();
    const second = await openPanel();
    assert.equal(first, second);
  });
});

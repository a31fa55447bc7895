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

describe('comparison panel in the extension host', () => {
  startsFresh();
  it('answers ready with state and a comparison request with its id', async () => {
    const panel = await openPanel();
    const before = panel.posted.length;
    await panel.handleMessage({ type: 'ready' });
    await panel.handleMessage({ type: 'requestComparison', requestId: 41, roleA: 'data-engineer', roleB: 'ai-infrastructure-engineer' });
    const after = panel.posted.slice(before).filter((t) => t !== 'focusTab');
    assert.deepEqual(after, ['state', 'comparison']);
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
    for (const bad of [null, undefined, 42, 'ready', [], {}, { type: 'nope' }, { type: 'selectRoles', roleA: '<b>', roleB: 'x' }, { type: 'requestComparison', requestId: -5, roleA: 'a', roleB: 'b' }]) {
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

  it('survives being disposed while a request is pending', async () => {
    const panel = await openPanel();
    const pending = panel.handleMessage({ type: 'requestComparison', requestId: 77, roleA: 'data-engineer', roleB: 'ml-engineer' });
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

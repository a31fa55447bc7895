import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/host/commandIds';
import { activateExtension, startsFresh } from './helpers';

describe('activation', () => {
  startsFresh();

  it('returns the public API with apiVersion 1', async () => {
    const api = await activateExtension();
    assert.equal(api.apiVersion, 1);
    // Test hooks are not part of the public API: only test mode adds them.
    assert.deepEqual(Object.keys(api).filter((k) => k !== 'testHooks').sort(), ['apiVersion', 'compare', 'getDataStatus', 'getDataset', 'getProfile', 'scanWorkspace', 'scoreQuiz']);
  });

  it('registers every catalogued command', async () => {
    await activateExtension();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(CommandId)) assert.ok(all.has(id), `${id} is not registered`);
  });

  it('opens the comparison panel with the default pair', async () => {
    const result = await vscode.commands.executeCommand<{ pair: string[] }>(CommandId.openComparison);
    assert.deepEqual(result.pair, ['data-engineer', 'ml-engineer']);
  });
});

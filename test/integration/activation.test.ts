import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerLensApi, CareerLensTestHooks } from '../../src/extension';
import { CommandId } from '../../src/host/commandIds';

export const EXTENSION_ID = 'career-lens.career-lens';

export async function activateExtension(): Promise<CareerLensApi> {
  const ext = vscode.extensions.getExtension<CareerLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** The test-mode hooks; they exist because this suite runs with extensionTestsPath. */
export async function testHooks(): Promise<CareerLensTestHooks> {
  const api = await activateExtension() as CareerLensApi & { testHooks?: CareerLensTestHooks };
  assert.ok(api.testHooks, 'test hooks are present in ExtensionMode.Test');
  return api.testHooks;
}

describe('activation', () => {
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

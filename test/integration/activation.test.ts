import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandId } from '../../src/host/manifestNames';
import { activateExtension, EXTENSION_ID, startsFresh } from './helpers';

describe('activation', () => {
  startsFresh();

  it('returns the public API with apiVersion 1', async () => {
    const api = await activateExtension();
    assert.equal(api.apiVersion, 1);
    // Test hooks are not part of the public API: only test mode adds them.
    assert.deepEqual(
      Object.keys(api)
        .filter((k) => k !== 'testHooks')
        .sort(),
      ['apiVersion', 'compare', 'getDataStatus', 'getDataset', 'getProfile', 'scanWorkspace', 'scoreQuiz'],
    );
  });

  // The other links of the chain are checked elsewhere: each catalogued id has its handler by
  // type (src/host/commands/index.ts), and the catalogue is package.json's list (manifest.test.ts).
  it('registers exactly the commands package.json contributes, and no other careerLens.* command', async () => {
    await activateExtension();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: { command: string }[]; views: Record<string, { id: string }[]> };
    };
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    // VS Code adds commands of its own for each view (focus, collapse all…), named after the view.
    const viewIds = Object.values(manifest.contributes.views)
      .flat()
      .map((v) => `${v.id}.`);
    const registered = (await vscode.commands.getCommands(true))
      .filter((id) => id.startsWith('careerLens.') && !viewIds.some((v) => id.startsWith(v)))
      .sort();
    assert.ok(declared.length >= 14, `only ${declared.length} commands declared`);
    assert.deepEqual(registered, declared);
  });

  it('opens the comparison panel with the default pair', async () => {
    const result = await vscode.commands.executeCommand<{ pair: string[] }>(CommandId.openComparison);
    assert.deepEqual(result.pair, ['data-engineer', 'ml-engineer']);
  });
});

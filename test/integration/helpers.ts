// Shared by the integration suites: the extension, its test hooks, and a fresh start per suite.
// Only vscode APIs touch files here, so the suites run in both extension hosts (Node and web).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CareerLensApi, CareerLensTestHooks } from '../../src/extension';

export const EXTENSION_ID = 'career-lens.career-lens';

export async function activateExtension(): Promise<CareerLensApi> {
  const ext = vscode.extensions.getExtension<CareerLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

/** The test-mode hooks; they exist because this suite runs with extensionTestsPath. */
export async function testHooks(): Promise<CareerLensTestHooks> {
  const api = (await activateExtension()) as CareerLensApi & { testHooks?: () => Promise<CareerLensTestHooks> };
  assert.ok(api.testHooks, 'test hooks are present in ExtensionMode.Test');
  return api.testHooks();
}

export function workspaceUri(...path: string[]): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, ...path);
}

/** Writes a file in the workspace folder (parent folders are created). */
export async function writeWorkspaceFile(path: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(...path.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

const SETTINGS = ['dataPacks', 'scan.enabled', 'defaultRoles', 'payKind', 'region'];
/** User-scope settings a suite may set; cleared too, so a trusted key never outlives its suite. */
const USER_SETTINGS = ['trustedPublishers', 'allowUnsignedPacks'];

/**
 * Before the calling suite: no saved profile or pair, no panel, default settings, and the
 * workspace folder back to the sample fixture, so no suite depends on another's leftovers.
 */
export function startsFresh(): void {
  before(async () => {
    const config = vscode.workspace.getConfiguration('careerLens');
    for (const key of SETTINGS) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    for (const key of USER_SETTINGS) await config.update(key, undefined, vscode.ConfigurationTarget.Global);
    const folder = workspaceUri();
    const fixture = vscode.Uri.joinPath(
      vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri,
      'test',
      'fixtures',
      'workspace',
    );
    for (const [name] of await vscode.workspace.fs.readDirectory(folder)) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name), { recursive: true, useTrash: false });
    }
    for (const [name] of await vscode.workspace.fs.readDirectory(fixture)) {
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(fixture, name), vscode.Uri.joinPath(folder, name), {
        overwrite: true,
      });
    }
    await (await testHooks()).reset();
  });
}

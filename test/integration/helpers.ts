// Shared by the integration suites: the extension, its test hooks, and a fresh start per suite.
import * as assert from 'node:assert/strict';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
  const api = await activateExtension() as CareerLensApi & { testHooks?: () => Promise<CareerLensTestHooks> };
  assert.ok(api.testHooks, 'test hooks are present in ExtensionMode.Test');
  return api.testHooks();
}

const SETTINGS = ['dataPacks', 'scan.enabled', 'defaultRoles', 'payKind', 'region'];

/**
 * Before the calling suite: no saved profile or pair, no panel, default settings, and the
 * workspace folder back to the sample fixture, so no suite depends on another's leftovers.
 */
export function startsFresh(): void {
  before(async () => {
    const config = vscode.workspace.getConfiguration('careerLens');
    for (const key of SETTINGS) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    const fixture = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'test', 'fixtures', 'workspace');
    for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true, force: true });
    cpSync(fixture, folder, { recursive: true });
    await (await testHooks()).reset();
  });
}

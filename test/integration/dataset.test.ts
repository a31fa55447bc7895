import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, startsFresh } from './helpers';

async function setPacks(paths: string[] | undefined): Promise<void> {
  await vscode.workspace
    .getConfiguration('careerLens')
    .update('dataPacks', paths, vscode.ConfigurationTarget.Workspace);
}

describe('dataset in the extension host', () => {
  startsFresh();
  after(() => setPacks(undefined));

  it('exposes the validated built-in dataset on the API', async () => {
    const api = await activateExtension();
    const d = await api.getDataset();
    assert.equal(d.roles.length, 4);
    assert.ok(d.compensation.length >= 30);
  });

  it('compares any two roles through the API', async () => {
    const api = await activateExtension();
    const c = await api.compare('data-engineer', 'ml-platform-engineer');
    assert.equal(c.roles[1].name, 'ML Platform Engineer');
    assert.ok(c.skills.length > 0);
    await assert.rejects(api.compare('data-engineer', 'nope'), /unknown role 'nope'/);
  });

  it('applies a workspace-relative data pack when the setting changes', async () => {
    const api = await activateExtension();
    await setPacks(['packs/team-survey.json']);
    await waitFor(async () => (await api.getDataset()).roles.some((r) => r.id === 'analytics-engineer'));
    const d = await api.getDataset();
    assert.ok(d.sources.some((s) => s.id === 'team-survey'));
  });

  it('refuses broken packs whole and keeps the built-in roles and the good pack', async () => {
    const api = await activateExtension();
    await setPacks([
      'packs/broken-syntax.json',
      'packs/team-survey.json',
      'packs/broken-schema.json',
      'packs/missing.json',
    ]);
    await waitFor(async () => {
      const d = await api.getDataset();
      return d.roles.some((r) => r.id === 'analytics-engineer') && !d.roles.some((r) => r.id === 'broken');
    });
    const d = await api.getDataset();
    assert.equal(d.roles.filter((r) => r.kind === 'core').length, 2);
    assert.ok(!d.roles.some((r) => r.id === 'broken'));
    const { applied, packErrors } = await api.getDataStatus();
    assert.deepEqual(
      applied.map((a) => a.file),
      ['packs/team-survey.json'],
    );
    assert.deepEqual(
      packErrors.map((e) => [e.file, e.path]),
      [
        ['packs/broken-syntax.json', '$'],
        ['packs/broken-schema.json', '$.roles[0].kind'],
        ['packs/missing.json', '$'],
      ],
    );
    assert.match(packErrors[0]!.reason, /invalid JSON at line 1, column 14: expected a value, found ","/);
    assert.match(packErrors[2]!.reason, /file not found/);
    // The bundle keeps zod's English messages (its other locales are left out at build time).
    assert.match(packErrors[1]!.reason, /Invalid option: expected one of "core"\|"hybrid"/);
  });
});

describe('editing a data pack', () => {
  startsFresh();
  it("gets schema diagnostics from VS Code's JSON support for *.careerlens.json files", async function () {
    this.timeout(60_000);
    await activateExtension();
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const uri = vscode.Uri.joinPath(folder, 'packs', 'draft.careerlens.json');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode('{\n  "roles": [{ "id": "x", "kind": "wizard" }],\n  "rolez": []\n}\n'),
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    let messages: string[] = [];
    await waitFor(async () => {
      messages = vscode.languages.getDiagnostics(uri).map((d) => d.message);
      return messages.length >= 2;
    }, 45_000);
    assert.ok(
      messages.some((m) => /wizard|core|hybrid/i.test(m)),
      messages.join(' | '),
    );
    assert.ok(
      messages.some((m) => /rolez|not allowed/i.test(m)),
      messages.join(' | '),
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

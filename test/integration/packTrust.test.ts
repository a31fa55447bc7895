// Signed data packs in the real extension host (this suite runs in the Node host and, through
// web.ts, in the web worker host). The packs are signed by the real minisign before the run
// (test/harness/signedPacks.mjs); here the extension verifies them as a user's would be.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoleNode } from '../../src/host/rolesTree';
import {
  activateExtension,
  EXTENSION_ID,
  readText,
  startsFresh,
  testHooks,
  workspaceUri,
  writeWorkspaceFile,
} from './helpers';

interface Status {
  applied: {
    file: string;
    trust?: { kind: string; publisher?: string; fingerprint?: string; packId?: string; version?: string };
  }[];
  packErrors: { file: string; reason: string }[];
}

const signed = (name: string) =>
  vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'out', 'test', 'signed', name);

async function keys(): Promise<{ publisher: string; stranger: string }> {
  return JSON.parse(await readText(signed('keys.json'))) as { publisher: string; stranger: string };
}

async function trustPublishers(list: { name: string; publicKey: string }[] | undefined): Promise<void> {
  await vscode.workspace
    .getConfiguration('careerLens')
    .update('trustedPublishers', list, vscode.ConfigurationTarget.Global);
}

/** Copies a signed pack (and its .minisig) into the workspace, points the setting at it, reloads. */
async function usePack(name: string): Promise<Status> {
  for (const file of [name, `${name}.minisig`]) {
    await vscode.workspace.fs.copy(signed(file), workspaceUri('packs', file), { overwrite: true });
  }
  await vscode.workspace
    .getConfiguration('careerLens')
    .update('dataPacks', [`packs/${name}`], vscode.ConfigurationTarget.Workspace);
  return vscode.commands.executeCommand<Status>('careerLens.refresh');
}

/** Every label, description and tooltip of the Roles view's data engineer, three levels deep. */
async function dataEngineerText(): Promise<string> {
  const { trees } = await testHooks();
  const out: string[] = [];
  await trees.roles.getChildren(); // loads the current dataset into the view
  const walk = async (node: RoleNode, depth: number) => {
    const item = trees.roles.getTreeItem(node);
    out.push(
      typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
      String(item.description ?? ''),
      item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? ''),
    );
    if (depth < 3) for (const child of await trees.roles.getChildren(node)) await walk(child, depth + 1);
  };
  await walk({ kind: 'role', roleId: 'data-engineer' }, 0);
  return out.join('\n');
}

describe('signed data packs (minisign), verified in the extension host', function () {
  this.timeout(60_000);
  startsFresh();
  after(async () => {
    await trustPublishers(undefined);
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('allowUnsignedPacks', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('applies a pack signed by a trusted publisher and labels its figures with publisher, key id and version', async () => {
    await activateExtension();
    await trustPublishers([{ name: 'Acme People', publicKey: (await keys()).publisher }]);
    const status = await usePack('acme-v2.careerlens.json');
    assert.deepEqual(status.packErrors, []);
    const trust = status.applied[0]?.trust;
    assert.equal(trust?.kind, 'signed');
    assert.equal(trust?.publisher, 'Acme People');
    assert.match(trust?.fingerprint ?? '', /^[0-9A-F]{1,16}$/);
    assert.deepEqual([trust?.packId, trust?.version], ['acme-pay', '2.0.0']);
    const label = `signed by Acme People · ${trust!.fingerprint!} · v2.0.0`;
    const comparison = await (await activateExtension()).compare('data-engineer', 'ml-engineer');
    assert.deepEqual(comparison.sources.find((s) => s.id === 'acme-bands')?.trust, trust);
    const shown = await dataEngineerText();
    assert.ok(
      shown.includes(`Acme People team (2026) · ${label}`),
      'the Roles view names the signer beside the figure',
    );
  });

  it('refuses an older version after a newer one from the same publisher (downgrade)', async () => {
    const status = await usePack('acme-v1.careerlens.json');
    assert.deepEqual(status.applied, []);
    assert.match(
      status.packErrors[0]?.reason ?? '',
      /refused: downgrade: this is version 1\.0\.0 of pack acme-pay, but version 2\.0\.0/,
    );
    assert.ok(!(await (await activateExtension()).getDataset()).sources.some((s) => s.id === 'acme-bands'));
  });

  it('refuses a pack with one byte changed after signing, and the built-in data keeps working', async () => {
    const status = await usePack('acme-tampered.careerlens.json');
    assert.deepEqual(status.applied, []);
    assert.match(status.packErrors[0]?.reason ?? '', /refused: signature: the signature does not match the file/);
    const d = await (await activateExtension()).getDataset();
    assert.equal(d.roles.length, 4);
    assert.ok(!d.compensation.some((c) => c.id === 'acme-de-senior'));
  });

  it('refuses a pack signed with a key the user does not trust', async () => {
    const status = await usePack('acme-stranger.careerlens.json');
    assert.deepEqual(status.applied, []);
    assert.match(
      status.packErrors[0]?.reason ?? '',
      /refused: signed with key [0-9A-F]{1,16}, which is not a trusted publisher's key/,
    );
  });

  it('a workspace cannot add a trusted key: .vscode/settings.json is not read for it', async () => {
    await trustPublishers(undefined);
    await vscode.workspace.fs.copy(
      signed('acme-v2.careerlens.json'),
      workspaceUri('packs', 'acme-v2.careerlens.json'),
      { overwrite: true },
    );
    await vscode.workspace.fs.copy(
      signed('acme-v2.careerlens.json.minisig'),
      workspaceUri('packs', 'acme-v2.careerlens.json.minisig'),
      { overwrite: true },
    );
    await writeWorkspaceFile(
      '.vscode/settings.json',
      JSON.stringify({
        'careerLens.dataPacks': ['packs/acme-v2.careerlens.json'],
        'careerLens.trustedPublishers': [{ name: 'Planted by the workspace', publicKey: (await keys()).publisher }],
        'careerLens.allowUnsignedPacks': true,
      }),
    );
    const deadline = Date.now() + 15_000;
    while (
      JSON.stringify(vscode.workspace.getConfiguration('careerLens').get('dataPacks')) !==
      '["packs/acme-v2.careerlens.json"]'
    ) {
      assert.ok(Date.now() < deadline, 'the workspace settings file was not picked up');
      await new Promise((r) => setTimeout(r, 100));
    }
    const status = await vscode.commands.executeCommand<Status>('careerLens.refresh');
    assert.deepEqual(status.applied, []);
    assert.match(status.packErrors[0]?.reason ?? '', /not a trusted publisher's key \(trusted: none\)/);
    assert.ok(!(await dataEngineerText()).includes('Planted by the workspace'));
  });

  it('applies an unsigned pack the user points at, labelled "unsigned"; refuses it when unsigned packs are off', async () => {
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', ['packs/team-survey.json'], vscode.ConfigurationTarget.Workspace);
    let status = await vscode.commands.executeCommand<Status>('careerLens.refresh');
    assert.deepEqual(
      status.applied.map((a) => a.trust),
      [{ kind: 'unsigned' }],
    );
    assert.ok(
      (await (await activateExtension()).compare('analytics-engineer', 'data-engineer')).sources.some(
        (s) => s.id === 'team-survey' && s.trust?.kind === 'unsigned',
      ),
    );
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('allowUnsignedPacks', false, vscode.ConfigurationTarget.Global);
    status = await vscode.commands.executeCommand<Status>('careerLens.refresh');
    assert.deepEqual(status.applied, []);
    assert.match(
      status.packErrors[0]?.reason ?? '',
      /refused: the pack is unsigned, and unsigned packs are turned off/,
    );
  });

  it('New Data Pack… writes a starter pack with the schema attached that applies as it is', async () => {
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('allowUnsignedPacks', undefined, vscode.ConfigurationTarget.Global);
    const target = workspaceUri('packs', 'starter.careerlens.json');
    await vscode.commands.executeCommand('careerLens.newDataPack', { target });
    const pack = JSON.parse(await readText(target)) as Record<string, unknown[]> & { $schema: string };
    assert.ok(pack.$schema.endsWith('/dist/data-pack.schema.json'), pack.$schema);
    assert.equal(pack.compensation?.length, 2, 'a range and a survey with percentiles');
    assert.equal(pack.levels?.length, 1);
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', ['packs/starter.careerlens.json'], vscode.ConfigurationTarget.Workspace);
    const status = await vscode.commands.executeCommand<Status>('careerLens.refresh');
    assert.deepEqual(status.packErrors, []);
    assert.deepEqual(
      status.applied.map((a) => a.trust),
      [{ kind: 'unsigned' }],
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

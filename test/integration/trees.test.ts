import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoleNode } from '../../src/host/rolesTree';
import { activateExtension, startsFresh, testHooks, writeWorkspaceFile } from './helpers';

const item = (n: RoleNode) => (n.kind === 'item' ? n.item : undefined);

describe('sidebar trees', () => {
  startsFresh();
  after(() =>
    vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', undefined, vscode.ConfigurationTarget.Workspace),
  );

  it('lists every role with the ten sections', async () => {
    const api = await activateExtension();
    const hooks = await testHooks();
    const d = await api.getDataset();
    const roots = await hooks.trees.roles.getChildren();
    assert.deepEqual(
      roots.filter((n) => n.kind === 'role').map((n) => (n as { roleId: string }).roleId),
      d.roles.map((r) => r.id),
    );
    const sections = await hooks.trees.roles.getChildren(roots.find((n) => n.kind === 'role')!);
    assert.equal(sections.length, 10);
  });

  it('shows pay items that match the dataset, with the source in the tooltip', async () => {
    const hooks = await testHooks();
    const roots = await hooks.trees.roles.getChildren();
    const mle = roots.find((n) => n.kind === 'role' && n.roleId === 'ml-engineer')!;
    const pay = (await hooks.trees.roles.getChildren(mle)).find((n) => n.kind === 'section' && n.section === 'pay')!;
    const junior = (await hooks.trees.roles.getChildren(pay)).find((n) => item(n)?.label === 'Junior')!;
    assert.equal(item(junior)!.description, '$130K–$185K total');
    const treeItem = hooks.trees.roles.getTreeItem(junior);
    assert.match((treeItem.tooltip as vscode.MarkdownString).value, /AI Pulse/);
  });

  it('says "No data in sources" for a hybrid with no pay figures', async () => {
    const hooks = await testHooks();
    const roots = await hooks.trees.roles.getChildren();
    const mlp = roots.find((n) => n.kind === 'role' && n.roleId === 'ml-platform-engineer')!;
    const pay = (await hooks.trees.roles.getChildren(mlp)).find((n) => n.kind === 'section' && n.section === 'pay')!;
    const children = await hooks.trees.roles.getChildren(pay);
    assert.deepEqual(
      children.map((n) => item(n)?.label),
      ['No data in sources'],
    );
  });

  it('groups skills as shared and unique, matching compare()', async () => {
    const api = await activateExtension();
    const hooks = await testHooks();
    const c = await api.compare('data-engineer', 'ml-engineer');
    const groups = await hooks.trees.skills.getChildren();
    const shared = await hooks.trees.skills.getChildren(groups.find((g) => g.kind === 'group' && g.group === 'shared'));
    assert.deepEqual(
      shared.map((n) => (n as { skillId: string }).skillId).sort(),
      c.skills
        .filter((s) => s.overlap === 'shared')
        .map((s) => s.skill.id)
        .sort(),
    );
  });

  it('gives each skill row a spoken label where its description is symbols', async () => {
    const hooks = await testHooks();
    const groups = await hooks.trees.skills.getChildren();
    const onlyDe = await hooks.trees.skills.getChildren(groups.find((g) => g.kind === 'group' && g.group === 'only-a'));
    const row = onlyDe.find((n) => (n as { skillId?: string }).skillId === 'workflow-orchestration')!;
    const item = await hooks.trees.skills.getTreeItem(row);
    assert.match(String(item.description), /DE ✓ · MLE —/);
    assert.equal(
      item.accessibilityInformation?.label,
      'Workflow orchestration. Data Engineer: listed; Machine Learning Engineer: not listed',
    );
  });

  it('shows a pack added at runtime after Refresh, and a refused pack as a warning row', async () => {
    const hooks = await testHooks();
    await writeWorkspaceFile('packs/runtime.json', '{"roles": []}');
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('dataPacks', ['packs/runtime.json', 'packs/broken-schema.json'], vscode.ConfigurationTarget.Workspace);
    await writeWorkspaceFile(
      'packs/runtime.json',
      JSON.stringify({
        sources: [{ id: 'runtime-src', publisher: 'Runtime', title: 'Added while running', asOf: null, basis: null }],
        roles: [
          {
            id: 'data-analyst',
            name: 'Data Analyst',
            kind: 'hybrid',
            aliases: [],
            summary: 'Added at runtime.',
            coreFocus: 'Analysis.',
            sources: ['runtime-src'],
          },
        ],
      }),
    );
    const status = await vscode.commands.executeCommand<{
      applied: { file: string }[];
      packErrors: { file: string }[];
    }>('careerLens.refresh');
    assert.deepEqual(
      status.applied.map((a) => a.file),
      ['packs/runtime.json'],
    );
    assert.deepEqual(
      status.packErrors.map((e) => e.file),
      ['packs/broken-schema.json'],
    );
    const roots = await hooks.trees.roles.getChildren();
    assert.equal(roots[0]!.kind, 'warning');
    assert.equal(hooks.trees.roles.getTreeItem(roots[0]!).label, '1 data pack refused');
    const ids = roots.filter((n) => n.kind === 'role').map((n) => (n as { roleId: string }).roleId);
    assert.deepEqual(ids, [
      'data-engineer',
      'ml-engineer',
      'ml-platform-engineer',
      'ai-infrastructure-engineer',
      'data-analyst',
    ]);
  });
});

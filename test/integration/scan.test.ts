import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, startsFresh } from './helpers';

describe('workspace evidence scan in the extension host', () => {
  startsFresh();
  after(() => vscode.workspace.getConfiguration('careerLens').update('scan.enabled', undefined, vscode.ConfigurationTarget.Workspace));

  it('finds skills in the sample workspace\'s manifests and names the files', async () => {
    const api = await activateExtension();
    const r = await api.scanWorkspace();
    assert.equal(r.skipped, null);
    const found = new Map<string, string[]>();
    for (const e of r.evidence) found.set(e.skill, [...(found.get(e.skill) ?? []), `${e.file}:${e.match}`]);
    assert.deepEqual(found.get('workflow-orchestration'), ['analytics/requirements.txt:apache-airflow']);
    assert.deepEqual(found.get('dbt-transformation'), ['analytics/dbt_project.yml:dbt_project.yml']);
    assert.deepEqual(found.get('ml-frameworks'), ['ml/pyproject.toml:torch']);
    assert.ok(found.has('data-warehousing') && found.has('feature-stores') && found.has('model-evaluation'));
    assert.ok(!r.evidence.some((e) => e.file.includes('node_modules')));
  });

  it('refuses a hostile manifest with a reason and keeps the rest', async () => {
    const api = await activateExtension();
    const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    writeFileSync(join(folder, 'package.json'), `{"dependencies":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    const r = await api.scanWorkspace();
    assert.deepEqual(r.refused, [{ file: 'package.json', reason: 'nested too deeply to be a package.json' }]);
    assert.ok(r.evidence.some((e) => e.skill === 'ml-frameworks'));
  });

  it('applies the evidence as "have" marks only where the user has not marked the skill', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('careerLens.markNotYet', 'feature-stores');
    await vscode.commands.executeCommand('careerLens.scanWorkspace', { apply: true });
    const { state } = await api.getProfile();
    assert.equal(state.skills['dbt-transformation'], 'have');
    assert.equal(state.skills['feature-stores'], 'not-yet', 'an existing mark is not overwritten');
  });

  it('does nothing when the setting is off, and says why', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('careerLens').update('scan.enabled', false, vscode.ConfigurationTarget.Workspace);
    const r = await api.scanWorkspace();
    assert.match(r.skipped ?? '', /careerLens\.scan\.enabled is off/);
    assert.deepEqual(r.evidence, []);
  });
});

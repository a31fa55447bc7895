import * as assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, startsFresh } from './helpers';

const folder = () => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
const found = (r: { skills: { id: string; strength: string; evidence: { file: string; line: number; match: string }[] }[] }, id: string) => r.skills.find((s) => s.id === id);

describe('workspace evidence scan in the extension host', () => {
  startsFresh();
  after(() => vscode.workspace.getConfiguration('careerLens').update('scan.enabled', undefined, vscode.ConfigurationTarget.Workspace));

  it('finds skills in the sample workspace\'s manifests, with file, line and strength', async () => {
    const api = await activateExtension();
    const r = await api.scanWorkspace();
    assert.equal(r.skippedScan, null);
    assert.deepEqual(found(r, 'workflow-orchestration')?.evidence, [{ file: 'analytics/requirements.txt', line: 2, match: 'apache-airflow', strength: 'strong' }]);
    assert.deepEqual(found(r, 'ml-frameworks')?.evidence.map((e) => `${e.file}:${e.line}:${e.match}`), ['ml/pyproject.toml:4:torch']);
    assert.equal(found(r, 'dbt-transformation')?.strength, 'strong');
    for (const id of ['data-warehousing', 'feature-stores', 'mlops', 'python']) assert.ok(found(r, id), id);
    // The project's own name ("example-model") and version are not packages.
    assert.ok(!r.skills.some((s) => s.evidence.some((e) => e.match === 'example-model')));
  });

  it('does not follow a symbolic link out of the workspace, and says so', async () => {
    const api = await activateExtension();
    const outside = join(folder(), '..', 'outside-workspace');
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'requirements.txt'), 'pyspark\n');
    symlinkSync(outside, join(folder(), 'up'));
    const r = await api.scanWorkspace();
    assert.equal(found(r, 'apache-spark'), undefined, 'nothing under the link was read');
    assert.ok(r.skipped.some((s) => s.file === 'up/requirements.txt' && /symbolic link/.test(s.reason)), JSON.stringify(r.skipped));
  });

  it('skips build and vendor folders and virtual environments, with a reason for each', async () => {
    const api = await activateExtension();
    for (const dir of ['.terraform/modules/x', 'dbt_packages/dbt_utils', 'target', 'oddly-named-env/lib']) mkdirSync(join(folder(), dir), { recursive: true });
    writeFileSync(join(folder(), 'oddly-named-env', 'pyvenv.cfg'), 'home = /usr/bin\n');
    writeFileSync(join(folder(), 'oddly-named-env', 'lib', 'requirements.txt'), 'pyspark\n');
    writeFileSync(join(folder(), 'dbt_packages', 'dbt_utils', 'dbt_project.yml'), 'name: dbt_utils\n');
    writeFileSync(join(folder(), 'target', 'requirements.txt'), 'pyspark\n');
    const r = await api.scanWorkspace();
    assert.equal(found(r, 'apache-spark'), undefined);
    const reasons = new Map(r.skipped.map((s) => [s.file, s.reason]));
    assert.match(reasons.get('oddly-named-env/lib/requirements.txt') ?? '', /virtual environment/);
    assert.match(reasons.get('dbt_packages/dbt_utils/dbt_project.yml') ?? '', /dbt_packages/);
    assert.match(reasons.get('target/requirements.txt') ?? '', /target/);
  });

  it('refuses a hostile manifest with a reason and keeps the rest', async () => {
    const api = await activateExtension();
    writeFileSync(join(folder(), 'pyproject.toml'), '"a['.repeat(80_000));
    writeFileSync(join(folder(), 'docker-compose.yml'), `services: ${'['.repeat(5000)}${']'.repeat(5000)}`);
    const r = await api.scanWorkspace();
    const reasons = new Map(r.skipped.map((s) => [s.file, s.reason]));
    assert.match(reasons.get('pyproject.toml') ?? '', /not valid TOML/);
    assert.match(reasons.get('docker-compose.yml') ?? '', /nested deeper/);
    assert.ok(found(r, 'ml-frameworks'), 'the other files still count');
  });

  it('applies only strong evidence as "have" marks, and only where the user has not marked the skill', async () => {
    const api = await activateExtension();
    mkdirSync(join(folder(), 'docs'), { recursive: true });
    writeFileSync(join(folder(), 'docs', 'requirements.txt'), 'langchain\n');
    await vscode.commands.executeCommand('careerLens.markNotYet', 'feature-stores');
    await vscode.commands.executeCommand('careerLens.scanWorkspace', { apply: true });
    const { state } = await api.getProfile();
    assert.equal(state.skills['dbt-transformation'], 'have');
    assert.equal(state.skills['feature-stores'], 'not-yet', 'an existing mark is not overwritten');
    assert.equal(state.skills['llm-applications'], undefined, 'weak evidence (a docs folder) is not applied');
  });

  it('does nothing when the setting is off, and says why', async () => {
    const api = await activateExtension();
    await vscode.workspace.getConfiguration('careerLens').update('scan.enabled', false, vscode.ConfigurationTarget.Workspace);
    const r = await api.scanWorkspace();
    assert.match(r.skippedScan ?? '', /careerLens\.scan\.enabled is off/);
    assert.deepEqual(r.skills, []);
  });
});

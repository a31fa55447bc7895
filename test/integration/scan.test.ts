import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, startsFresh, testHooks, workspaceUri, writeWorkspaceFile } from './helpers';

/** Symbolic links can only be made with Node's fs; the web worker host has none (see below). */
const inNodeHost = typeof process !== 'undefined';
const found = (
  r: { skills: { id: string; strength: string; evidence: { file: string; line: number; match: string }[] }[] },
  id: string,
) => r.skills.find((s) => s.id === id);

describe('workspace evidence scan in the extension host', () => {
  startsFresh();
  after(() =>
    vscode.workspace
      .getConfiguration('careerLens')
      .update('scan.enabled', undefined, vscode.ConfigurationTarget.Workspace),
  );

  it("finds skills in the sample workspace's manifests, with file, line and strength", async () => {
    const api = await activateExtension();
    const r = await api.scanWorkspace();
    assert.equal(r.skippedScan, null);
    assert.deepEqual(found(r, 'workflow-orchestration')?.evidence, [
      { file: 'analytics/requirements.txt', line: 2, match: 'apache-airflow', strength: 'strong' },
    ]);
    assert.deepEqual(
      found(r, 'ml-frameworks')?.evidence.map((e) => `${e.file}:${e.line}:${e.match}`),
      ['ml/pyproject.toml:4:torch'],
    );
    assert.equal(found(r, 'dbt-transformation')?.strength, 'strong');
    for (const id of ['data-warehousing', 'feature-stores', 'mlops', 'python']) assert.ok(found(r, id), id);
    // The project's own name ("example-model") and version are not packages.
    assert.ok(!r.skills.some((s) => s.evidence.some((e) => e.match === 'example-model')));
  });

  // In the web worker host no file system there can make a link; the rule itself is pure
  // (src/core/evidence/select.ts) and unit-tested, so only the Node host checks it end to end.
  (inNodeHost ? it : it.skip)('does not follow a symbolic link out of the workspace, and says so', async () => {
    const api = await activateExtension();
    const { mkdirSync, symlinkSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
    const folder = workspaceUri().fsPath;
    const outside = `${folder}/../outside-workspace`;
    mkdirSync(outside, { recursive: true });
    writeFileSync(`${outside}/requirements.txt`, 'pyspark\n');
    symlinkSync(outside, `${folder}/up`);
    const r = await api.scanWorkspace();
    assert.equal(found(r, 'apache-spark'), undefined, 'nothing under the link was read');
    assert.ok(
      r.skipped.some((s) => s.file === 'up/requirements.txt' && /symbolic link/.test(s.reason)),
      JSON.stringify(r.skipped),
    );
  });

  it('skips build and vendor folders and virtual environments, with a reason for each', async () => {
    const api = await activateExtension();
    await vscode.workspace.fs.createDirectory(workspaceUri('.terraform', 'modules', 'x'));
    await writeWorkspaceFile('oddly-named-env/pyvenv.cfg', 'home = /usr/bin\n');
    await writeWorkspaceFile('oddly-named-env/lib/requirements.txt', 'pyspark\n');
    await writeWorkspaceFile('dbt_packages/dbt_utils/dbt_project.yml', 'name: dbt_utils\n');
    await writeWorkspaceFile('target/requirements.txt', 'pyspark\n');
    const r = await api.scanWorkspace();
    assert.equal(found(r, 'apache-spark'), undefined);
    const reasons = new Map(r.skipped.map((s) => [s.file, s.reason]));
    assert.match(reasons.get('oddly-named-env/lib/requirements.txt') ?? '', /virtual environment/);
    assert.match(reasons.get('dbt_packages/dbt_utils/dbt_project.yml') ?? '', /dbt_packages/);
    assert.match(reasons.get('target/requirements.txt') ?? '', /target/);
  });

  it('refuses a hostile manifest with a reason and keeps the rest', async () => {
    const api = await activateExtension();
    await writeWorkspaceFile('pyproject.toml', '"a['.repeat(80_000));
    await writeWorkspaceFile('docker-compose.yml', `services: ${'['.repeat(5000)}${']'.repeat(5000)}`);
    const r = await api.scanWorkspace();
    const reasons = new Map(r.skipped.map((s) => [s.file, s.reason]));
    assert.match(reasons.get('pyproject.toml') ?? '', /not valid TOML/);
    assert.match(reasons.get('docker-compose.yml') ?? '', /nested deeper/);
    assert.ok(found(r, 'ml-frameworks'), 'the other files still count');
  });

  it('refuses a manifest too large to read, and one that is itself a link, before reading either', async () => {
    const api = await activateExtension();
    await writeWorkspaceFile('big/requirements.txt', `pyspark\n${'#'.repeat(300 * 1024)}\n`);
    if (inNodeHost) {
      const { mkdirSync, symlinkSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
      const folder = workspaceUri().fsPath;
      mkdirSync(`${folder}/../outside-file`, { recursive: true });
      writeFileSync(`${folder}/../outside-file/requirements.txt`, 'pyspark\n');
      mkdirSync(`${folder}/linked`, { recursive: true });
      symlinkSync(`${folder}/../outside-file/requirements.txt`, `${folder}/linked/requirements.txt`);
    }
    const r = await api.scanWorkspace();
    const reasons = new Map(r.skipped.map((s) => [s.file, s.reason]));
    assert.match(reasons.get('big/requirements.txt') ?? '', /larger than 256 KB/);
    if (inNodeHost) assert.match(reasons.get('linked/requirements.txt') ?? '', /symbolic link, not followed/);
    assert.equal(found(r, 'apache-spark'), undefined, 'neither file was read');
    assert.ok(found(r, 'ml-frameworks'), 'the other files still count');
  });

  it('applies only strong evidence as "have" marks, and only where the user has not marked the skill', async () => {
    const api = await activateExtension();
    await writeWorkspaceFile('docs/requirements.txt', 'langchain\n');
    await vscode.commands.executeCommand('careerLens.markNotYet', 'feature-stores');
    await vscode.commands.executeCommand('careerLens.scanWorkspace', { apply: true });
    const { state } = await api.getProfile();
    assert.equal(state.skills['dbt-transformation'], 'have');
    assert.equal(state.skills['feature-stores'], 'not-yet', 'an existing mark is not overwritten');
    assert.equal(state.skills['llm-applications'], undefined, 'weak evidence (a docs folder) is not applied');
  });

  it('walks the folders where the search fails, and finds the same evidence', async () => {
    const api = await activateExtension();
    const searched = await api.scanWorkspace();
    const r = await (
      await testHooks()
    ).scan(undefined, { search: () => Promise.reject(new Error('no search provider for this scheme')) });
    assert.equal(r.skippedScan, null);
    assert.equal(r.walked.length, 1);
    assert.match(r.walked[0]!.reason, /cannot be searched \(no search provider for this scheme\)/);
    assert.deepEqual(r.skills, searched.skills, 'a walk lists what the search lists');
    assert.deepEqual(r.incomplete, []);
  });

  it('walks the folders when the search never answers (no provider registers), after a bounded wait', async () => {
    const r = await (
      await testHooks()
    ).scan(undefined, { search: () => new Promise<vscode.Uri[]>(() => undefined), searchWaitMs: 300 });
    assert.match(r.walked[0]?.reason ?? '', /did not answer/);
    assert.deepEqual(
      found(r, 'workflow-orchestration')?.evidence.map((e) => e.file),
      ['analytics/requirements.txt'],
    );
  });

  it('walks a file system that only a provider serves, without following its links', async () => {
    const hooks = await testHooks();
    const scheme = `careerlens-mem-${Date.now()}`;
    const registration = vscode.workspace.registerFileSystemProvider(
      scheme,
      memoryFileSystem({
        'pyproject.toml': '',
        'notes.md': '',
        'svc/requirements/base.txt': '',
        'svc/node_modules/x/package.json': '',
        'linked/': 'link-dir',
        'linked-requirements.txt': 'link-file',
      }),
      { isReadonly: true },
    );
    try {
      const walk = await hooks.walkFolder(vscode.Uri.from({ scheme, path: '/' }));
      assert.deepEqual(walk.files.sort(), ['linked-requirements.txt', 'pyproject.toml', 'svc/requirements/base.txt']);
      assert.deepEqual(walk.symlinked.sort(), ['linked', 'linked-requirements.txt']);
      assert.equal(walk.truncated, false);
    } finally {
      registration.dispose();
    }
  });
  it('does nothing when the setting is off, and says why', async () => {
    const api = await activateExtension();
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('scan.enabled', false, vscode.ConfigurationTarget.Workspace);
    const r = await api.scanWorkspace();
    assert.match(r.skippedScan ?? '', /careerLens\.scan\.enabled is off/);
    assert.deepEqual(r.skills, []);
  });
});

/**
 * A read-only file system of empty files with no search provider, as a virtual file system
 * on vscode.dev may be. A path ending in `/` is a folder; 'link-dir' and 'link-file' make links.
 */
function memoryFileSystem(entries: Record<string, string>): vscode.FileSystemProvider {
  const types = new Map<string, vscode.FileType>([['', vscode.FileType.Directory]]);
  for (const [raw, kind] of Object.entries(entries)) {
    const path = raw.replace(/\/$/, '');
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) types.set(parts.slice(0, i).join('/'), vscode.FileType.Directory);
    types.set(
      path,
      kind === 'link-dir'
        ? vscode.FileType.Directory | vscode.FileType.SymbolicLink
        : kind === 'link-file'
          ? vscode.FileType.File | vscode.FileType.SymbolicLink
          : vscode.FileType.File,
    );
  }
  const key = (uri: vscode.Uri) => uri.path.replace(/^\/+|\/+$/g, '');
  const refuse = () => {
    throw vscode.FileSystemError.NoPermissions('read-only');
  };
  return {
    onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
    watch: () => new vscode.Disposable(() => undefined),
    stat: (uri) => {
      const type = types.get(key(uri));
      if (type === undefined) throw vscode.FileSystemError.FileNotFound(uri);
      return { type, ctime: 0, mtime: 0, size: 0 };
    },
    readDirectory: (uri) => {
      const dir = key(uri);
      return [...types]
        .filter(([p]) => p !== '' && p.slice(0, Math.max(0, p.lastIndexOf('/'))) === dir)
        .map(([p, t]) => [p.slice(p.lastIndexOf('/') + 1), t]);
    },
    readFile: () => new Uint8Array(),
    createDirectory: refuse,
    writeFile: refuse,
    delete: refuse,
    rename: refuse,
  };
}

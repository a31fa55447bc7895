import * as assert from 'node:assert/strict';
import { selectFiles } from '../../src/core/evidence/select';
import { walkListing, type DirEntry } from '../../src/core/evidence/walk';

/** An in-memory tree: a folder is an object, a file a string, a link `{ link: 'file' | 'dir' }`. */
type Tree = { [name: string]: string | Tree | { link: 'file' | 'dir' } };

function reader(root: Tree, reads: string[] = []) {
  return async (path: string): Promise<DirEntry[]> => {
    reads.push(path);
    let node: Tree = root;
    for (const part of path ? path.split('/') : []) {
      const next = node[part];
      if (typeof next !== 'object' || 'link' in next) throw new Error(`not a folder: ${path}`);
      node = next as Tree;
    }
    return Object.entries(node).map(([name, v]) =>
      typeof v === 'string'
        ? { name, dir: false, link: false }
        : 'link' in v && typeof v.link === 'string'
          ? { name, dir: v.link === 'dir', link: true }
          : { name, dir: true, link: false },
    );
  };
}

describe('evidence: listing by walking folders (file systems that cannot search)', () => {
  it('lists the names a search would, at any depth, and nothing else', async () => {
    const walk = await walkListing({
      readDir: reader({
        'README.md': '',
        'pyproject.toml': '',
        api: { 'Dockerfile.gpu': '', 'main.py': '', requirements: { 'base.txt': '', 'notes.md': '' } },
        infra: { prod: { 'main.tf': '', 'vars.json': '' } },
        '.venv': { 'pyvenv.cfg': '' },
      }),
    });
    assert.deepEqual(walk.files.sort(), [
      '.venv/pyvenv.cfg',
      'api/Dockerfile.gpu',
      'api/requirements/base.txt',
      'infra/prod/main.tf',
      'pyproject.toml',
    ]);
    assert.equal(walk.truncated, false);
    assert.equal(walk.entries, 14);
  });

  it('lists Helm values and build-output markers, so selection can judge a build/ folder by what is in it', async () => {
    const walk = await walkListing({
      readDir: reader({
        build: { Dockerfile: '', 'main.go': '' },
        svc: { build: { 'CACHEDIR.TAG': '', Dockerfile: '', 'app.o': '' } },
        chart: { 'Chart.yaml': '', 'values.yaml': '', 'values.schema.json': '', templates: { 'deployment.yaml': '' } },
      }),
    });
    assert.deepEqual(walk.files.sort(), [
      'build/Dockerfile',
      'chart/Chart.yaml',
      'chart/values.yaml',
      'svc/build/CACHEDIR.TAG',
      'svc/build/Dockerfile',
    ]);
    const selection = selectFiles(walk.files);
    assert.deepEqual(selection.chosen.map((c) => c.path).sort(), [
      'build/Dockerfile',
      'chart/Chart.yaml',
      'chart/values.yaml',
    ]);
    assert.match(
      selection.skipped.find((s) => s.file === 'svc/build/Dockerfile')?.reason ?? '',
      /CACHEDIR\.TAG marks as build output/,
    );
  });

  it('never enters the folders a search excludes', async () => {
    const reads: string[] = [];
    const walk = await walkListing({
      readDir: reader(
        { node_modules: { x: { 'package.json': '' } }, '.git': { config: '' }, src: { 'package.json': '' } },
        reads,
      ),
    });
    assert.deepEqual(walk.files, ['src/package.json']);
    assert.deepEqual(reads.sort(), ['', 'src']);
  });

  it('does not follow a symbolic link, and selection then skips a linked file with a reason', async () => {
    const reads: string[] = [];
    const walk = await walkListing({
      readDir: reader({ up: { link: 'dir' }, 'requirements.txt': { link: 'file' }, 'setup.py': '' }, reads),
    });
    assert.deepEqual(reads, [''], 'the linked folder was not read');
    assert.deepEqual(walk.symlinked.sort(), ['requirements.txt', 'up']);
    const selection = selectFiles(walk.files, { symlinked: new Set(walk.symlinked) });
    assert.deepEqual(
      selection.chosen.map((c) => c.path),
      ['setup.py'],
    );
    assert.match(selection.skipped.find((s) => s.file === 'requirements.txt')?.reason ?? '', /symbolic link/);
  });

  it('stops at its bound shallow first, keeps the shallow manifests, and says it stopped', async () => {
    const deep: Tree = {};
    for (let i = 0; i < 50; i++)
      deep[`d${String(i).padStart(2, '0')}`] = { 'requirements.txt': '', 'a.py': '', 'b.py': '' };
    const walk = await walkListing({ readDir: reader({ 'pyproject.toml': '', ...deep }), maxEntries: 60 });
    assert.equal(walk.truncated, true);
    assert.equal(walk.entries, 60);
    assert.ok(walk.files.includes('pyproject.toml'));
    // 51 entries at the top, then 9 more: the first three folders' files.
    assert.deepEqual(
      walk.files.filter((f) => f !== 'pyproject.toml'),
      ['d00/requirements.txt', 'd01/requirements.txt', 'd02/requirements.txt'],
    );
  });

  it('reports a folder it cannot read and lists the rest', async () => {
    const tree: Tree = { ok: { 'setup.cfg': '' }, locked: { 'setup.cfg': '' } };
    const read = reader(tree);
    const walk = await walkListing({
      readDir: (p) => (p === 'locked' ? Promise.reject(new Error('permission denied')) : read(p)),
    });
    assert.deepEqual(walk.files, ['ok/setup.cfg']);
    assert.deepEqual(walk.unreadable, [{ dir: 'locked', reason: 'permission denied' }]);
  });

  it('stops when cancelled, between batches of folders', async () => {
    let cancelled = false;
    const tree: Tree = {};
    for (let i = 0; i < 10; i++) tree[`f${i}`] = { 'setup.py': '' };
    const read = reader(tree);
    const walk = await walkListing({
      readDir: async (p) => {
        const r = await read(p);
        cancelled = true;
        return r;
      },
      isCancelled: () => cancelled,
      concurrency: 1,
    });
    assert.deepEqual(walk.files, [], 'the first level was read, no folder below it');
    assert.equal(walk.entries, 10);
  });
});

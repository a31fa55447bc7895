// History evidence against real git repositories built here: a hostile repository whose config
// would run a program at every turn (none may run), shallow and partial clones and missing
// objects (read as far as possible, with the reason), and the CLI's arguments and privacy.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepositories, readRepository } from '../../src/cli/git';
import { identityMatcher } from '../../src/core/evidence/history/identity';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'out', 'cli', 'evidence.js');
const ME = '123+me@users.noreply.github.com';
const THEM = 'teammate.secret@corp.example';

/** git for building fixtures only (trusted setup, not the code under test). */
function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
  });
}

function commit(repo: string, email: string, day: number, files: Record<string, string>, subject: string): void {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(repo, p, '..'), { recursive: true });
    writeFileSync(join(repo, p), text);
  }
  git(repo, ['add', '-A']);
  const date = `2026-0${1 + (day % 9)}-1${day % 10}T12:00:00Z`;
  git(repo, ['-c', `user.email=${email}`, '-c', 'user.name=N', 'commit', '-q', '--no-verify', '-m', subject], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}

/** A repository with the person's Airflow work and a teammate's Spark work. */
function sample(dir: string): string {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  commit(
    dir,
    ME,
    1,
    {
      'dags/load.py': 'from airflow import DAG\nfrom airflow.operators.bash import BashOperator\n\ndag = DAG("load")\n',
    },
    'Add the load DAG',
  );
  commit(
    dir,
    THEM,
    2,
    { 'jobs/spark_job.py': 'from pyspark.sql import SparkSession\nspark = SparkSession.builder.getOrCreate()\n' },
    'Their Spark job',
  );
  commit(
    dir,
    ME,
    3,
    {
      'dags/load.py':
        'from airflow import DAG\nfrom airflow.operators.bash import BashOperator\n\ndag = DAG("load")\nt1 = BashOperator(task_id="a", bash_command="echo a", dag=dag)\nt2 = BashOperator(task_id="b", bash_command="echo b", dag=dag)\nt1 >> t2\n',
    },
    'Two tasks',
  );
  commit(
    dir,
    ME,
    5,
    {
      'dags/other.py': 'from airflow import DAG\n\nwith DAG("other") as dag:\n    pass\n# more\n# lines\n# here\n',
      '.gitattributes': '* diff=evil filter=evil\n',
    },
    'Another DAG',
  );
  return dir;
}

describe('history: reading real repositories', function () {
  this.timeout(60_000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'career-lens-history-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));
  const me = identityMatcher([ME]);

  it('runs nothing a hostile repository configures: textconv, external diff, fsmonitor, pager, hooks, aliases, signatures', async () => {
    const repo = sample(join(tmp, 'hostile'));
    const canaries = join(tmp, 'canaries');
    mkdirSync(canaries);
    const script = join(tmp, 'canary.sh');
    writeFileSync(script, `#!/bin/sh\ntouch "${canaries}/$1"\ncat\n`);
    chmodSync(script, 0o755);
    const run = (name: string) => `${script} ${name}`;
    const hooks = join(tmp, 'hooks');
    mkdirSync(hooks);
    for (const h of [
      'pre-commit',
      'post-checkout',
      'post-index-change',
      'reference-transaction',
      'pre-auto-gc',
      'post-rewrite',
      'fsmonitor-watchman',
    ]) {
      writeFileSync(join(hooks, h), `#!/bin/sh\ntouch "${canaries}/hook-${h}"\n`);
      chmodSync(join(hooks, h), 0o755);
      writeFileSync(join(repo, '.git', 'hooks', h), `#!/bin/sh\ntouch "${canaries}/githook-${h}"\n`);
      chmodSync(join(repo, '.git', 'hooks', h), 0o755);
    }
    const set = (k: string, v: string) => git(repo, ['config', k, v]);
    set('diff.evil.textconv', run('textconv'));
    set('diff.evil.command', run('diff-command'));
    set('diff.external', run('diff-external'));
    set('core.fsmonitor', run('fsmonitor'));
    set('core.pager', run('core-pager'));
    set('pager.log', run('pager-log'));
    set('core.hooksPath', hooks);
    set('alias.lg', `!${run('alias-lg')}`);
    set('alias.log', `!${run('alias-log')}`);
    set('log.showSignature', 'true');
    set('gpg.program', run('gpg'));
    set('filter.evil.clean', run('filter-clean'));
    set('filter.evil.smudge', run('filter-smudge'));
    set('core.sshCommand', run('ssh'));
    set('credential.helper', `!${run('credential')}`);
    set('core.alternateRefsCommand', run('alternate-refs'));
    set('diff.orderFile', '/etc/passwd');
    set('i18n.logOutputEncoding', 'UTF-16');
    set('diff.noprefix', 'true');
    set('grep.patternType', 'perl');
    // The fixture is armed: a plain `git log -p` in it runs the external diff and the log alias is a no-op.
    spawnSync('git', ['log', '-p', '-1'], { cwd: repo, env: { ...process.env, GIT_PAGER: '' } });
    assert.ok(readdirSync(canaries).length > 0, 'a plain git log -p runs what the repository configures');
    for (const f of readdirSync(canaries)) rmSync(join(canaries, f));
    const read = await readRepository(repo, { identities: me, cap: 100 });
    assert.deepEqual(readdirSync(canaries), [], 'no canary file');
    assert.equal(read.commits.length, 3, JSON.stringify(read.skipped));
    assert.equal(read.depth, 'lines');
    const load = read.commits.find((c) => c.subject === 'Two tasks')!.files[0]!;
    assert.equal(load.added, 3);
    assert.ok(load.addedLines.some((l) => l.includes('BashOperator(task_id="a"')));
    // The CLI over the same repository: still nothing runs, and the teammate is nowhere in the output.
    const out = spawnSync(process.execPath, [CLI, tmp, '--author', ME, '--json'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    assert.deepEqual(readdirSync(canaries), [], 'no canary file after the CLI');
    assert.ok(!out.stdout.includes(THEM) && !out.stderr.includes(THEM), "another author's address appears nowhere");
    assert.ok(!out.stdout.includes('Their Spark job'), 'nor their subject');
    const report = JSON.parse(out.stdout) as {
      skills: { id: string; evidence: { repo: string; commit: string; date: string; lines: number }[] }[];
    };
    assert.deepEqual(report.skills.map((s) => s.id).sort(), ['python', 'workflow-orchestration']);
    const e = report.skills.find((s) => s.id === 'workflow-orchestration')!.evidence[0]!;
    assert.match(e.commit, /^[0-9a-f]{40}$/);
    assert.match(e.date, /^2026-\d\d-\d\d$/);
    assert.equal(e.repo, 'hostile');
    assert.ok(e.lines > 0);
  });

  it('finds nested clones and reads a shallow clone without crediting its boundary', async () => {
    const src = sample(join(tmp, 'src'));
    const outer = join(tmp, 'many');
    mkdirSync(join(outer, 'group'), { recursive: true });
    git(tmp, ['clone', '-q', '--depth', '2', `file://${src}`, join(outer, 'group', 'shallow')]);
    git(tmp, ['clone', '-q', src, join(outer, 'full')]);
    git(tmp, ['clone', '-q', src, join(outer, 'full', 'vendor-clone')]);
    assert.deepEqual(
      findRepositories([outer]).map((r) => r.slice(outer.length + 1)),
      ['full', 'full/vendor-clone', 'group/shallow'],
    );
    const shallow = await readRepository(join(outer, 'group', 'shallow'), { identities: me, cap: 100 });
    assert.ok(shallow.skipped.some((s) => /shallow clone/.test(s.reason)));
    assert.equal(shallow.boundary.size, 1);
    assert.ok(
      shallow.commits.some((c) => shallow.boundary.has(c.hash)),
      'the boundary is one of the commits read',
    );
  });

  it('reads a partial clone by file names, and a repository with missing objects as far as it can', async () => {
    const src = sample(join(tmp, 'src2'));
    git(src, ['config', 'uploadpack.allowFilter', 'true']);
    const partial = join(tmp, 'partial');
    git(tmp, ['clone', '-q', '--filter=blob:none', '--no-checkout', `file://${src}`, partial]);
    const p = await readRepository(partial, { identities: me, cap: 100 });
    assert.equal(p.depth, 'names');
    assert.equal(p.commits.length, 3);
    assert.ok(p.skipped.some((s) => /partial clone/.test(s.reason)));
    assert.ok(p.commits.every((c) => c.files.every((f) => f.added === -1)));
    // Missing objects: one blob of the person's work deleted from a plain (loose-object) repository.
    const broken = sample(join(tmp, 'broken'));
    const blob = git(broken, ['rev-parse', 'HEAD:dags/other.py']).trim();
    rmSync(join(broken, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const b = await readRepository(broken, { identities: me, cap: 100 });
    assert.equal(b.commits.length, 3, JSON.stringify(b.skipped));
    assert.ok(
      b.skipped.some((s) => /could not be read/.test(s.reason)),
      JSON.stringify(b.skipped),
    );
  });

  it('refuses an unknown flag or a missing value with usage and exit code 2', () => {
    for (const args of [
      [tmp, '--autor', ME],
      [tmp, '--author'],
      [tmp, '--author', ME, '--since', 'last week'],
      ['--json'],
    ]) {
      const out = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      assert.equal(out.status, 2, args.join(' '));
      assert.match(out.stderr, /usage: npm run evidence -- DIR/);
    }
  });
});

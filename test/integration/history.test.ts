// "From your commits" in the real extension host: the person's own commits in a repository of
// the workspace are read in a child process and offered as suggestions; another author's
// address and subjects appear nowhere (result, saved state, report); Cancel stops the reader
// within 200 ms. In the web worker host there is no git: the command says so.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BIDI, HOSTILE_VECTORS, LIVE_CODICON } from '../unit/hostileVectors';
import { activateExtension, startsFresh, testHooks, workspaceUri } from './helpers';

const inNodeHost = typeof process !== 'undefined';
const ME = '123+me@users.noreply.github.com';
const THEM = 'teammate.secret@corp.example';

interface HistoryResultShape {
  report: null | {
    skills: { id: string; commits: number; evidence: { commit: string; subject: string; file: string }[] }[];
    identities: string[];
    commits: number;
  };
  skippedScan: string | null;
}

describe('evidence from your commits', () => {
  startsFresh();
  after(() =>
    vscode.workspace
      .getConfiguration('careerLens')
      .update('evidence.identities', undefined, vscode.ConfigurationTarget.Global),
  );

  (inNodeHost ? it.skip : it)('says plainly that the web worker host has no git', async () => {
    await activateExtension();
    const r = await vscode.commands.executeCommand<HistoryResultShape>('careerLens.scanWorkspace', {
      source: 'commits',
      apply: false,
    });
    assert.equal(r.report, null);
    assert.match(r.skippedScan ?? '', /no git/);
  });

  (inNodeHost ? it : it.skip)("offers the person's sustained work, and nothing of another author", async function () {
    this.timeout(120_000);
    const api = await activateExtension();
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    const { mkdirSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
    const repo = workspaceUri('clones', 'pipelines').fsPath;
    mkdirSync(repo, { recursive: true });
    const git = (args: string[], env: Record<string, string> = {}) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
      });
    git(['init', '-q']);
    const commit = (email: string, day: number, path: string, text: string, subject: string) => {
      mkdirSync(`${repo}/${path.split('/').slice(0, -1).join('/')}`, { recursive: true });
      writeFileSync(`${repo}/${path}`, text);
      git(['add', '-A']);
      const date = new Date(Date.now() - day * 86_400_000).toISOString();
      git(['-c', `user.email=${email}`, '-c', 'user.name=Someone', 'commit', '-q', '-m', subject], {
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      });
    };
    commit(ME, 30, 'dags/load.py', 'from airflow import DAG\n\ndag = DAG("load")\n', 'Add the load DAG');
    commit(
      THEM,
      25,
      'jobs/spark.py',
      'from pyspark.sql import SparkSession\nspark = SparkSession.builder.getOrCreate()\n',
      'Secret teammate subject',
    );
    commit(
      ME,
      20,
      'dags/load.py',
      'from airflow import DAG\n\ndag = DAG("load")\nfrom airflow.operators.bash import BashOperator\nt = BashOperator(task_id="a", bash_command="echo", dag=dag)\n',
      'Add a task',
    );
    commit(
      ME,
      10,
      'dags/more.py',
      'from airflow import DAG\n\nwith DAG("more") as dag:\n    a = 1\n    b = 2\n    c = 3\n    d = 4\n    e = 5\n',
      '<img src=x onerror=alert(1)> [link](command:workbench.action.quit) $(zap)',
    );
    await vscode.workspace
      .getConfiguration('careerLens')
      .update('evidence.identities', [ME], vscode.ConfigurationTarget.Global);
    const r = await vscode.commands.executeCommand<HistoryResultShape>('careerLens.scanWorkspace', {
      source: 'commits',
      apply: false,
    });
    assert.equal(r.skippedScan, null);
    assert.ok(r.report);
    assert.equal(r.report.commits, 3);
    assert.ok(r.report.identities.includes(ME));
    const wf = r.report.skills.find((s) => s.id === 'workflow-orchestration');
    assert.ok(wf, JSON.stringify(r.report.skills.map((s) => s.id)));
    assert.equal(wf.commits, 3);
    assert.ok(!r.report.skills.some((s) => s.id === 'apache-spark'), "the teammate's Spark is not the person's");
    // Applying marks and exporting: the other author is nowhere.
    await vscode.commands.executeCommand('careerLens.scanWorkspace', { source: 'commits', apply: true });
    const hooks = await testHooks();
    const profile = await api.getProfile();
    assert.equal(profile.state.skills['workflow-orchestration'], 'have');
    const kept = profile.state.evidence?.['workflow-orchestration'];
    assert.equal(kept?.source, 'commits', 'the ticked mark keeps its evidence');
    assert.match(kept?.summary ?? '', /^3 commits · \d+ lines · /);
    assert.match(kept?.examples[0]?.commit ?? '', /^[0-9a-f]{40}$/);
    const everywhere = JSON.stringify([r, hooks.saved(), await api.getProfile()]);
    assert.ok(!everywhere.includes(THEM) && !everywhere.includes('Secret teammate'), 'another author appears nowhere');
  });

  (inNodeHost ? it : it.skip)('stops the reader within 200 ms of Cancel', async function () {
    this.timeout(120_000);
    const hooks = await testHooks();
    const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
    const { mkdirSync } = require('node:fs') as typeof import('node:fs');
    const repo = workspaceUri('clones', 'big').fsPath;
    mkdirSync(repo, { recursive: true });
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
    execFileSync('git', ['init', '-q'], { cwd: repo, env });
    // 3,000 commits, each a 200-line change: long enough to be mid-read when cancelled.
    const parts: string[] = [];
    for (let n = 1; n <= 3000; n++) {
      const body = Array.from({ length: 200 }, (_, k) => `x${k} = ${n}`).join('\n');
      parts.push(
        `commit refs/heads/master\nauthor Me <${ME}> ${1_700_000_000 + n * 60} +0000\ncommitter Me <${ME}> ${1_700_000_000 + n * 60} +0000\ndata 2\nc\nM 100644 inline f${n % 50}.py\ndata ${Buffer.byteLength(body)}\n${body}\n\n`,
      );
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, env, input: parts.join('') });
    const run = hooks.readHistory([repo], [ME]);
    await run.progressed;
    const t = Date.now();
    run.cancel();
    const outcome = await run.done;
    const ms = Date.now() - t;
    assert.deepEqual(outcome, { cancelled: true });
    assert.ok(ms <= 200, `stopped after ${ms} ms`);
  });

  (inNodeHost ? it : it.skip)(
    'shows commit subjects, author names, branch names and paths as plain text (sink matrix)',
    async function () {
      this.timeout(120_000);
      const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
      const { mkdirSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
      const repo = workspaceUri('clones', 'hostile-text').fsPath;
      mkdirSync(repo, { recursive: true });
      const git = (args: string[], env: Record<string, string> = {}) =>
        execFileSync('git', args, {
          cwd: repo,
          env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
        });
      git(['init', '-q']);
      // Branch names cannot hold most vectors; a planted one is as close as git allows.
      git(['checkout', '-q', '-b', 'fix/$(warning)-<img-src=x>']);
      const vectors = Object.entries(HOSTILE_VECTORS).filter(([name]) => name !== '100 KB string');
      vectors.forEach(([, v], i) => {
        // Paths: the vector as a folder name (no '/', no NUL), each holding real Airflow code.
        const dir = `dags/${v.replace(/[/\0]/g, '_').slice(0, 120)}`;
        mkdirSync(`${repo}/${dir}`, { recursive: true });
        writeFileSync(
          `${repo}/${dir}/dag_${i}.py`,
          `from airflow import DAG\n${Array.from({ length: 12 }, (_, k) => `x${k} = ${i}`).join('\n')}\n`,
        );
        git(['add', '-A']);
        const date = new Date(Date.now() - (i + 1) * 86_400_000).toISOString();
        git(
          [
            '-c',
            `user.email=${ME}`,
            '-c',
            `user.name=${v.replace(/[<>\n]/g, ' ').slice(0, 200)}`,
            'commit',
            '-q',
            '-m',
            v.slice(0, 5000),
          ],
          { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        );
      });
      await vscode.workspace
        .getConfiguration('careerLens')
        .update('evidence.identities', [ME], vscode.ConfigurationTarget.Global);
      const r = await vscode.commands.executeCommand<HistoryResultShape>('careerLens.scanWorkspace', {
        source: 'commits',
        apply: false,
      });
      assert.ok(r.report, r.skippedScan ?? '');
      const wf = r.report.skills.find((s) => s.id === 'workflow-orchestration');
      assert.ok(wf && wf.evidence.some((e) => e.file.includes('command:')), 'the planted paths are among the evidence');
      const shown = await (await testHooks()).historyShown(r.report as never);
      assert.ok(
        shown.some((t) => t.includes('workbench.action')),
        'the vectors reach the sink',
      );
      // Quick picks render codicons (never links or HTML): what must not survive is a live icon, a
      // direction override, or a second line.
      for (const t of shown) {
        assert.doesNotMatch(t, LIVE_CODICON, t);
        assert.doesNotMatch(t, BIDI, t);
        assert.ok(!/[\r\n]/.test(t), `one line: ${JSON.stringify(t)}`);
      }
      // Author names and branch names are never read: none appears in what was kept.
      assert.ok(!JSON.stringify(r).includes('fix/$(warning)'));
    },
  );
});

// The pure steps of evidence from a person's own commits: parsing git's output, who is "you",
// kinds of files, imports in added lines, churn, and the strength rule.
import * as assert from 'node:assert/strict';
import { LOG_FORMAT, LogParser, type Commit, type FileChange } from '../../src/core/evidence/history/gitLog';
import { identityMatcher } from '../../src/core/evidence/history/identity';
import { importsOf, notebookCode, pythonPackage } from '../../src/core/evidence/history/imports';
import { classify, dbtProjects } from '../../src/core/evidence/history/paths';
import { historyReport, windowOf } from '../../src/core/evidence/history/report';
import { addedDeclarations, signalsOf } from '../../src/core/evidence/history/signals';
import { creditCommits, DAY_S, strengthOf } from '../../src/core/evidence/history/strength';

const H1 = 'a'.repeat(40);
const H2 = 'b'.repeat(40);
const H3 = 'c'.repeat(40);

/** One record as `git log -z --numstat --patch --unified=0 --format=LOG_FORMAT` writes it. */
function record(hash: string, email: string, subject: string, numstat: string[], patch: string): string {
  return `\x1eC${hash}\x1f\x1f1700000000\x1f${email}\x1f${subject}\0\n${numstat.map((n) => `${n}\0`).join('')}\0${patch}`;
}

function parseAll(text: string, chunk: number, wanted = (e: string) => e === 'me@x.org'): Commit[] {
  const out: Commit[] = [];
  const p = new LogParser({ mode: 'numstat', wanted, linesOf: () => 'both', onCommit: (c) => out.push(c) });
  for (let i = 0; i < text.length; i += chunk) p.feed(text.slice(i, i + chunk));
  p.end();
  return out;
}

describe('history: parsing git log', () => {
  it('uses a record separator and fixed fields', () => {
    assert.match(LOG_FORMAT, /^%x1eC%H%x1f%P%x1f%at%x1f%aE%x1f%s$/);
  });

  const text = [
    record(
      H1,
      'me@x.org',
      'Add the model \x1eC' + H3 + ' not a record',
      ['3\t1\tsrc/train.py', '-\t-\tdata/blob.bin', '0\t0\t', 'old/name.py', 'new/name.py'],
      'diff --git a/src/train.py b/src/train.py\n@@ -1 +1,3 @@ from sklearn import linear_model\n+import torch\n+\x1eCfake\n+x = 1\n-y = 2\n' +
        'diff --git a/data/blob.bin b/data/blob.bin\nBinary files differ\ndiff --git a/old/name.py b/new/name.py\nsimilarity index 100%\nrename from old/name.py\nrename to new/name.py\n',
    ),
    record(
      H2,
      'someone.else@y.org',
      'Their secret subject',
      ['5\t0\tother.py'],
      'diff --git a/other.py b/other.py\n@@ -0,0 +1 @@\n+import pyspark\n',
    ),
  ].join('');

  it('reads files, renames, binaries, added and removed lines, in chunks of any size', () => {
    for (const chunk of [1, 7, 64, 100_000]) {
      const [c, ...rest] = parseAll(text, chunk);
      assert.equal(rest.length, 0, `chunk ${chunk}: the other author's commit is dropped`);
      assert.equal(c!.hash, H1);
      assert.equal(c!.subject, `Add the model \x1eC${H3} not a record`);
      assert.deepEqual(
        c!.files.map((f) => [f.path, f.oldPath, f.added, f.removed]),
        [
          ['src/train.py', undefined, 3, 1],
          ['data/blob.bin', undefined, -1, -1],
          ['new/name.py', 'old/name.py', 0, 0],
        ],
      );
      assert.deepEqual(c!.files[0]!.addedLines, ['import torch', '\x1eCfake', 'x = 1']);
      assert.deepEqual(c!.files[0]!.removedLines, ['y = 2']);
      assert.deepEqual(c!.files[0]!.context, ['from sklearn import linear_model']);
    }
  });

  it('keeps nothing of another author: not their address, not their subject', () => {
    const kept = JSON.stringify(parseAll(text, 13));
    assert.ok(!kept.includes('someone.else'));
    assert.ok(!kept.includes('secret subject'));
  });

  it('passes on a commit only when complete: a run cut short drops the one in flight', () => {
    const out: Commit[] = [];
    const p = new LogParser({
      mode: 'numstat',
      wanted: () => true,
      linesOf: () => 'added',
      onCommit: (c) => out.push(c),
    });
    p.feed(text.slice(0, text.indexOf('other.py') + 3));
    assert.equal(out.length, 1);
  });

  it('reads --name-status output when contents are not available', () => {
    const ns = `\x1eC${H1}\x1f\x1f1700000000\x1fme@x.org\x1fs\0\nM\0a.py\0R100\0old.sql\0new.sql\0\x1eC${H2}\x1f\x1f1700000000\x1fme@x.org\x1ft\0\nA\0b.tf\0`;
    const out: Commit[] = [];
    const p = new LogParser({
      mode: 'name-status',
      wanted: () => true,
      linesOf: () => 'added',
      onCommit: (c) => out.push(c),
    });
    p.feed(ns);
    p.end();
    assert.deepEqual(
      out.map((c) => c.files.map((f) => [f.path, f.oldPath ?? null, f.added])),
      [
        [
          ['a.py', null, -1],
          ['new.sql', 'old.sql', -1],
        ],
        [['b.tf', null, -1]],
      ],
    );
  });
});

describe('history: identities', () => {
  it('matches whole addresses as fixed strings, case-insensitively; a + is a character', () => {
    const me = identityMatcher(['123+Me@users.noreply.github.com', ' other@x.org ', 'not-an-email']);
    assert.deepEqual(me.list, ['123+me@users.noreply.github.com', 'other@x.org']);
    assert.ok(me.has('123+me@users.noreply.github.com'));
    assert.ok(!me.has('1233me@users.noreply.github.com'), '+ is not a regex quantifier');
    assert.ok(!me.has('123me@users.noreply.github.com'));
    assert.ok(!me.has('xother@x.org'), 'no substring match');
  });
});

describe('history: kinds of files', () => {
  it("ignores churn and other people's code", () => {
    for (const p of [
      'poetry.lock',
      'web/package-lock.json',
      'go.sum',
      'vendor/lib/a.py',
      'third_party/x.go',
      'dist/app.min.js',
      'proto/a_pb2.py',
      'docs/guide.md',
      'README.md',
      'data/train.csv',
      'models/model.pkl',
    ]) {
      assert.equal(classify(p).kind, 'ignored', p);
    }
  });
  it('knows dbt models by the project around them, and other kinds by path', () => {
    const roots = dbtProjects(['transform/dbt_project.yml', 'transform/models/a.sql', 'x.py']);
    assert.deepEqual(roots, ['transform/']);
    assert.equal(classify('transform/models/staging/stg_orders.sql', roots).kind, 'dbt-model');
    assert.equal(classify('transform/models/staging/_schema.yml', roots).kind, 'dbt-model');
    assert.equal(classify('queries/report.sql', roots).kind, 'sql');
    assert.equal(classify('.github/workflows/ci.yml').kind, 'ci');
    assert.equal(classify('azure-pipelines.yml').kind, 'ci');
    assert.equal(classify('infra/main.tf').kind, 'terraform');
    assert.equal(classify('charts/app/templates/deploy.yaml').kind, 'kubernetes');
    assert.equal(classify('docker/Dockerfile.gpu').kind, 'dockerfile');
    assert.equal(classify('requirements.txt').kind, 'manifest');
    assert.ok(classify('tests/test_model.py').test);
    assert.equal(classify('tests/test_model.py').kind, 'python');
  });
});

describe('history: imports in added lines', () => {
  it('maps import names to package names', () => {
    assert.equal(pythonPackage('sklearn.linear_model'), 'scikit-learn');
    assert.equal(pythonPackage('cv2'), 'opencv-python');
    assert.equal(pythonPackage('google.cloud.bigquery'), 'google-cloud-bigquery');
    assert.equal(pythonPackage('airflow.operators.python'), 'apache-airflow');
    assert.equal(pythonPackage('snowflake.connector'), 'snowflake-connector-python');
    assert.equal(pythonPackage('azure.storage.blob'), 'azure-storage');
  });
  it('reads Python, notebook cells, JS/TS, Go and JVM imports', () => {
    const names = (kind: string, lines: string[]) => importsOf(kind, lines).map((n) => `${n.ecosystem}:${n.name}`);
    assert.deepEqual(
      names('python', [
        'import numpy as np, pyspark.sql',
        'from sklearn.metrics import f1_score',
        'from . import local',
        '# import torch',
      ]),
      ['pypi:numpy', 'pypi:pyspark', 'pypi:scikit-learn'],
    );
    assert.equal(notebookCode('    "from airflow import DAG\\n",'), 'from airflow import DAG\n');
    assert.deepEqual(names('notebook', ['    "import mlflow\\n",', '    "print(1)"']), ['pypi:mlflow']);
    assert.deepEqual(
      names('js', [
        "import { Kafka } from 'kafkajs';",
        "const x = require('@aws-sdk/client-s3');",
        "import './local';",
      ]),
      ['npm:kafkajs', 'npm:@aws-sdk/client-s3'],
    );
    assert.deepEqual(
      names('go', ['import "cloud.google.com/go/bigquery"', '\tbq "cloud.google.com/go/bigquery"', '"fmt"']),
      ['go:cloud.google.com/go/bigquery'],
    );
    assert.deepEqual(names('jvm', ['import org.apache.spark.sql.SparkSession;', 'import java.util.List;']), [
      'maven:spark-core',
    ]);
  });
});

function change(path: string, added: string[], extra: Partial<FileChange> = {}): FileChange {
  return { path, added: added.length, removed: 0, addedLines: added, removedLines: [], ...extra };
}

describe('history: churn', () => {
  it('a pin bump names nothing; an added dependency does; a compiled requirements file is a lockfile', () => {
    assert.deepEqual(
      addedDeclarations(
        change('requirements.txt', ['dbt-core==1.8.0'], { removed: 1, removedLines: ['dbt-core==1.7.0'] }),
      ),
      [],
    );
    assert.deepEqual(
      addedDeclarations(
        change('pyproject.toml', ['  "pyspark>=3.5",', 'dbt-core = "^1.8"'], {
          removed: 1,
          removedLines: ['dbt-core = "^1.7"'],
        }),
      ),
      ['pyspark'],
    );
    assert.deepEqual(
      addedDeclarations(change('requirements.txt', ['pyspark==3.5.0', '    # via -r requirements.in'])),
      [],
    );
  });
  it('a change that only moves versions shows nothing, in any kind of file', () => {
    const bump = (path: string, from: string[], to: string[]) =>
      signalsOf(change(path, to, { removed: from.length, removedLines: from }), classify(path));
    assert.deepEqual(
      bump('docker/Dockerfile', ['FROM apache/airflow:2.7.1-python3.10'], ['FROM apache/airflow:2.9.3-python3.11']),
      [],
    );
    assert.deepEqual(
      bump('charts/app/Chart.yaml', ['version: 0.1.2', 'appVersion: "1.4"'], ['version: 0.1.3', 'appVersion: "1.5"']),
      [],
    );
    assert.deepEqual(bump('infra/versions.tf', ['      version = "~> 4.0"'], ['      version = "~> 5.1"']), []);
    assert.deepEqual(
      bump('Dockerfile', ['FROM python@sha256:' + 'a'.repeat(64)], ['FROM python@sha256:' + 'b'.repeat(64)]),
      [],
    );
    // A real edit is not a bump.
    assert.ok(bump('docker/Dockerfile', ['FROM python:3.10'], ['FROM apache/airflow:2.9.3']).length > 0);
  });

  it('a pure move shows nothing, and a dependency alone is only support', () => {
    assert.deepEqual(signalsOf(change('new/train.py', [], { oldPath: 'old/train.py' }), classify('new/train.py')), []);
    const s = signalsOf(change('requirements.txt', ['pyspark==3.5.0']), classify('requirements.txt'));
    assert.deepEqual(
      s.map((x) => [x.skill, x.grade]),
      [['apache-spark', 'support']],
    );
  });
  it('code, models and infrastructure are work', () => {
    const skills = (path: string, lines: string[]) =>
      [
        ...new Set(
          signalsOf(change(path, lines), classify(path, ['']))
            .filter((s) => s.grade === 'work')
            .map((s) => s.skill),
        ),
      ].sort();
    assert.deepEqual(skills('models/stg_orders.sql', ["select * from {{ ref('orders') }}"]), [
      'dbt-transformation',
      'sql',
    ]);
    assert.deepEqual(
      skills('jobs/etl.py', [
        'from pyspark.sql import SparkSession',
        'df = spark.sql("""SELECT id FROM t',
        'LEFT JOIN u ON t.id = u.id""")',
      ]),
      ['apache-spark', 'python', 'sql'],
    );
    assert.deepEqual(skills('infra/snowflake.tf', ['resource "snowflake_warehouse" "main" {']), [
      'cloud-platforms',
      'data-warehousing',
    ]);
    assert.deepEqual(skills('pipelines/train.py', ['from azureml.core import Workspace']), [
      'cloud-platforms',
      'mlops',
      'python',
    ]);
  });
});

describe('history: strength and window', () => {
  const now = 1_800_000_000;
  it('is strong only when sustained and recent; a single bulk commit is weak', () => {
    assert.equal(strengthOf({ commits: 1, days: 1, lines: 50_000, last: now, work: true }, now).strength, 'weak');
    assert.equal(strengthOf({ commits: 3, days: 1, lines: 300, last: now, work: true }, now).strength, 'weak');
    assert.equal(strengthOf({ commits: 5, days: 4, lines: 5, last: now, work: true }, now).strength, 'weak');
    assert.equal(strengthOf({ commits: 9, days: 9, lines: 900, last: now, work: false }, now).strength, 'weak');
    assert.equal(strengthOf({ commits: 2, days: 2, lines: 40, last: now, work: true }, now).strength, 'medium');
    assert.equal(strengthOf({ commits: 3, days: 2, lines: 40, last: now, work: true }, now).strength, 'strong');
    assert.equal(
      strengthOf({ commits: 30, days: 20, lines: 4000, last: now - 900 * DAY_S, work: true }, now).strength,
      'medium',
    );
  });
  it('ends the window now in the editor, or at the newest commit for archives', () => {
    assert.equal(windowOf([now - 10 * 365 * DAY_S], { anchor: 'now', now }).until, now);
    assert.equal(windowOf([now - 10 * 365 * DAY_S], { anchor: 'latest', now }).until, now - 10 * 365 * DAY_S);
  });
  it('counts commits, lines and days, leaves out work older than the window and a shallow boundary', () => {
    const c = (hash: string, days: number, files: FileChange[]): Commit => ({
      hash,
      parents: [],
      time: now - days * DAY_S,
      email: 'me@x.org',
      subject: 's',
      files,
    });
    const commits = [
      c(H1, 6, [change('dags/load.py', ['from airflow import DAG', 'x = 1'])]),
      c(H2, 3, [change('dags/load.py', ['y = 2', 'z = 3', 'a = 1', 'b = 2', 'c = 3', 'd = 4'])]),
      c(H3, 5, [
        change('dags/other.py', ['from airflow.operators.bash import BashOperator', ...Array(10).fill('pass')]),
      ]),
      c('d'.repeat(40), 2000, [change('old/spark.py', ['import pyspark', 'pass', 'pass'])]),
      c('e'.repeat(40), 4, [change('big/everything.py', ['import torch', ...Array(500).fill('x')])]),
    ];
    const r = historyReport(
      [{ repo: 'r', commits, dbtRoots: [], boundary: new Set(['e'.repeat(40)]), skipped: [] }],
      ['me@x.org'],
      { anchor: 'now', now },
    );
    const wf = r.skills.find((s) => s.id === 'workflow-orchestration');
    assert.ok(wf, JSON.stringify(r.skills.map((s) => s.id)));
    assert.equal(wf.commits, 3, 'the later change below the import counts too');
    assert.equal(wf.days, 3);
    assert.equal(wf.lines, 2 + 6 + 11);
    assert.equal(wf.strength, 'strong');
    assert.ok(!r.skills.concat(r.weak).some((s) => s.id === 'apache-spark'), 'older than the window');
    assert.ok(
      !r.skills.concat(r.weak).some((s) => s.id === 'ml-frameworks'),
      "a shallow boundary commit is not the author's work",
    );
    assert.equal(r.commits, 4);
    assert.ok(r.skipped.some((s) => /1 commit\(s\) before/.test(s.reason)));
    assert.deepEqual(creditCommits([], { windowEnd: now }), []);
  });
});

describe('history: marks keep what they rest on', () => {
  it('a saved "have" keeps its evidence, and the plan says evidence or your word', async () => {
    const { restoreState, computeGap } = await import('../../src/core/profile');
    const { planMarkdown } = await import('../../src/core/markdown');
    const { builtIn } = await import('./fixtures');
    const d = builtIn();
    const evidence = {
      source: 'commits' as const,
      summary: '41 commits · 1,930 lines · Mar 2025–Nov 2026 · e.g. models/stg_orders.sql (a1b2c3d)',
      examples: [{ file: 'models/stg_orders.sql', commit: 'a1b2c3d', date: '2026-11-02', repo: 'warehouse' }],
      foundAt: '2026-12-01T00:00:00Z',
    };
    const saved = {
      version: 1,
      skills: { 'dbt-transformation': 'have', sql: 'have' },
      evidence: { 'dbt-transformation': evidence },
      current: null,
      target: 'data-engineer',
      quiz: null,
    };
    const r = restoreState(saved);
    assert.equal(r.problem, null);
    const gap = computeGap(d, r.state, 'data-engineer');
    const all = [...gap.transfers, ...gap.missing];
    assert.equal(all.find((i) => i.skill.id === 'dbt-transformation')?.evidence, evidence.summary);
    assert.equal(all.find((i) => i.skill.id === 'sql')?.evidence, null);
    const text = planMarkdown(d, gap).join('\n');
    assert.match(text, /dbt[^\n]*— evidence: 41 commits/);
    assert.match(text, /\bSQL[^\n]*— on your word/);
    // A bad commit id or an unknown source is refused, like any other invalid saved state.
    assert.notEqual(
      restoreState({ ...saved, evidence: { sql: { ...evidence, examples: [{ file: 'a', commit: 'not a hash' }] } } })
        .problem,
      null,
    );
    assert.notEqual(restoreState({ ...saved, evidence: { sql: { ...evidence, source: 'hearsay' } } }).problem, null);
  });
});

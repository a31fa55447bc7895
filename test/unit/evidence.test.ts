import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, type Declared } from '../../src/core/evidence/manifests';
import { NOT_VISIBLE_IN_MANIFESTS, RULES, skillsOf } from '../../src/core/evidence/rules';
import { decodeManifest, findingsOf, scanListing, type ScanReport } from '../../src/core/evidence/scan';
import { manifestKind, selectFiles, type ManifestKind } from '../../src/core/evidence/select';
import { hostileManifests } from '../bench/adversarial';
import { CORPUS, scoreCorpus } from '../bench/evidence';
import { builtIn } from './fixtures';

const enc = (s: string) => new TextEncoder().encode(s);

function declared(kind: ManifestKind, text: string): Declared[] {
  const r = parseManifest(kind, text);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.declared;
}
const names = (kind: ManifestKind, text: string) => declared(kind, text).map((d) => d.name);

/** Scans an in-memory workspace. */
function scan(files: Record<string, string | Uint8Array>, opts: { symlinked?: Set<string> } = {}): Promise<ScanReport> {
  return scanListing(Object.keys(files), {
    ...opts,
    read: async (p) =>
      p in files ? (typeof files[p] === 'string' ? enc(files[p] as string) : (files[p] as Uint8Array)) : undefined,
  });
}
const ids = (r: ScanReport) => r.skills.map((s) => s.id).sort();

describe('evidence: selection', () => {
  it('recognises manifests by name, case-insensitively, including the ones the old glob missed', () => {
    for (const p of [
      'requirement.txt',
      'requirements/base.txt',
      'requirements/dev.in',
      'Dockerfile.gpu',
      'api.Dockerfile',
      'dockerfile',
      'Containerfile',
      'compose.yaml',
      'docker-compose.prod.yml',
      'conda.yaml',
      'infra/main.tf',
      'chart/Chart.yaml',
      'MLproject',
      'feature_store.yaml',
    ]) {
      assert.ok(manifestKind(p), p);
    }
    for (const p of ['README.md', 'src/app.py', 'values.txt', 'requirements.md'])
      assert.equal(manifestKind(p), null, p);
  });

  it('is deterministic, prefers shallow files, and reports every file left out by the cap', () => {
    const listing = Array.from(
      { length: 30 },
      (_, i) => `pkg${String(i).padStart(2, '0')}/deep/requirements.txt`,
    ).concat(['requirements.txt', 'pyproject.toml', 'svc/Dockerfile']);
    const a = selectFiles(listing, { max: 5 });
    const b = selectFiles([...listing].reverse(), { max: 5 });
    assert.deepEqual(a, b);
    assert.deepEqual(
      a.chosen.map((c) => c.path),
      [
        'pyproject.toml',
        'requirements.txt',
        'svc/Dockerfile',
        'pkg00/deep/requirements.txt',
        'pkg01/deep/requirements.txt',
      ],
    );
    assert.equal(a.skipped.filter((s) => /over the limit of 5/.test(s.reason)).length, 28);
  });

  it('skips build, vendor and virtual-environment folders and symbolic links, with a reason each', () => {
    const { chosen, skipped } = selectFiles(
      [
        '.terraform/modules/x/main.tf',
        'dbt_packages/u/dbt_project.yml',
        'target/requirements.txt',
        'lib/python3.11/site-packages/x/pyproject.toml',
        'myenv/pyvenv.cfg',
        'myenv/share/requirements.txt',
        'up/requirements.txt',
        'ok/requirements.txt',
      ],
      { symlinked: new Set(['up']) },
    );
    assert.deepEqual(
      chosen.map((c) => c.path),
      ['ok/requirements.txt'],
    );
    assert.equal(skipped.length, 6);
    assert.match(skipped.find((s) => s.file === 'myenv/share/requirements.txt')!.reason, /virtual environment/);
    assert.match(skipped.find((s) => s.file === 'up/requirements.txt')!.reason, /symbolic link/);
  });
});

describe('evidence: manifest parsers', () => {
  it('pyproject: dependency values only, never the project name, keywords or extras names', () => {
    const text =
      '[project]\nname = "feast"\nkeywords = ["pytorch", "ray"]\ndependencies = ["pyarrow>=10", "SQLAlchemy[mypy]>1"]\n[project.optional-dependencies]\nray = ["ray[serve]>=2"]\nduckdb = ["duckdb"]\npytorch = []\n';
    const d = declared('pyproject', text);
    assert.deepEqual(
      d.map((x) => `${x.name}:${x.scope}`),
      ['pyarrow:main', 'sqlalchemy:main', 'ray:optional', 'duckdb:optional'],
    );
    assert.deepEqual(d.find((x) => x.name === 'ray')!.extras, ['serve']);
    assert.equal(d[0]!.line, 4);
  });

  it('pyproject: Poetry, PDM and dependency groups', () => {
    assert.deepEqual(
      names(
        'pyproject',
        '[tool.poetry.dependencies]\npython = "^3.11"\nlangchain = "^0.2"\n[tool.poetry.group.test.dependencies]\npytest = "*"\n[tool.pdm.dev-dependencies]\nlint = ["ruff"]\n[dependency-groups]\ndocs = ["mkdocs"]\n',
      ),
      ['mkdocs', 'langchain', 'pytest', 'ruff'],
    );
  });

  it('requirements: -e …#egg=, -r includes, comments, markers, continuations, URLs', () => {
    const r = parseManifest(
      'requirements',
      '-r base.txt\n-e git+https://x/y.git#egg=my_pkg\ntorch>=2 ; python_version>"3.9"  # gpu\napache-airflow[celery]\\\n  ==2.9\nhttps://x/y.whl\n--index-url https://x\n',
    );
    assert.ok(r.ok);
    assert.deepEqual(
      r.declared.map((d) => d.name),
      ['my-pkg', 'torch', 'apache-airflow'],
    );
    assert.deepEqual(r.includes, [{ path: 'base.txt', line: 1 }]);
  });

  it('requirements in UTF-16 with a BOM are read; other binary is refused', () => {
    const text = 'pyspark\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    const d = decodeManifest(utf16);
    assert.ok(d.ok && d.text === text);
    assert.deepEqual(decodeManifest(new Uint8Array([0x61, 0, 0x62])), { ok: false, reason: 'binary content' });
  });

  it('Pipfile, setup.cfg, setup.py and conda (channel::name, nested pip)', () => {
    assert.deepEqual(
      names('pipfile', '[packages]\nrequests = "*"\nprefect = "==2.0"\n[dev-packages]\npytest = "*"\n'),
      ['requests', 'prefect', 'pytest'],
    );
    assert.deepEqual(
      names(
        'setup-cfg',
        '[metadata]\nname = x\n[options]\ninstall_requires =\n    kafka-python>=2\n    boto3\n[options.extras_require]\nml = torch\n',
      ),
      ['kafka-python', 'boto3', 'torch'],
    );
    assert.deepEqual(
      names(
        'setup-py',
        'setup(name="x", install_requires=["dask[dataframe]>=2", \'feast\'], extras_require={"x": ["ray"]})',
      ),
      ['dask', 'feast'],
    );
    assert.deepEqual(
      names(
        'conda',
        'channels: [conda-forge]\ndependencies:\n  - conda-forge::pyspark=3.5\n  - python=3.11\n  - pip:\n    - mlflow==2\n',
      ),
      ['pyspark', 'python', 'mlflow'],
    );
  });

  it('compose images, Dockerfile FROM and installs, Terraform resources and modules', () => {
    assert.deepEqual(
      names(
        'compose',
        'services:\n  broker:\n    image: confluentinc/cp-kafka:7.6.0\n  db:\n    image: "docker.io/pgvector/pgvector:pg16"\n',
      ),
      ['confluentinc/cp-kafka', 'pgvector/pgvector'],
    );
    assert.deepEqual(
      names(
        'dockerfile',
        'FROM --platform=linux/amd64 bitnami/spark:3.5 AS base\nRUN pip install --no-cache-dir \\\n    pandas "mlflow==2.1" && apt-get install -y postgresql-client\nRUN conda install -c conda-forge xgboost\n',
      ),
      ['dockerfile', 'bitnami/spark', 'pandas', 'mlflow', 'postgresql-client', 'xgboost'],
    );
    assert.deepEqual(
      names(
        'terraform',
        'resource "google_bigquery_dataset" "d" {}\ndata "aws_iam_policy" "p" {}\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
      ),
      ['terraform', 'google_bigquery_dataset', 'aws_iam_policy', 'terraform-aws-modules/vpc/aws'],
    );
  });

  it('dbt profiles adapters and packages, Helm, go.mod (indirect ignored), Maven, Gradle, Cargo', () => {
    assert.deepEqual(names('dbt-profiles', 'jaffle:\n  target: dev\n  outputs:\n    dev:\n      type: snowflake\n'), [
      'adapter:snowflake',
    ]);
    assert.deepEqual(names('dbt-packages', 'packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.1.1\n'), [
      'package:dbt-labs/dbt_utils',
    ]);
    assert.deepEqual(
      names('helm-chart', 'apiVersion: v2\nname: x\ndependencies:\n  - name: postgresql\n    version: 12.x\n'),
      ['helm-chart', 'postgresql'],
    );
    assert.deepEqual(
      names(
        'go-mod',
        'module x\nrequire (\n\tgithub.com/lib/pq v1.10.0 // indirect\n\tcloud.google.com/go/bigquery v1.5.0\n)\n',
      ),
      ['cloud.google.com/go/bigquery'],
    );
    assert.deepEqual(
      names(
        'maven',
        '<dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.12</artifactId></dependency>',
      ),
      ['spark-sql_2.12'],
    );
    assert.deepEqual(names('gradle', 'dependencies {\n  implementation "org.apache.kafka:kafka-clients:3.7.0"\n}\n'), [
      'kafka-clients',
    ]);
    assert.deepEqual(names('cargo', '[dependencies]\narrow = "52"\nserde = { version = "1" }\n'), ['arrow', 'serde']);
  });
});

describe('evidence: rules in context', () => {
  const py = (name: string, extras: string[] = []): Declared => ({
    ecosystem: 'pypi',
    name,
    extras,
    line: 1,
    scope: 'main',
  });

  it('ray is model serving only as ray[serve]; plain ray is a task runner, not serving or training', () => {
    assert.deepEqual(skillsOf(py('ray')), ['distributed-systems']);
    assert.ok(skillsOf(py('ray', ['serve'])).includes('model-serving'));
    assert.ok(!skillsOf(py('ray', ['default'])).includes('model-serving'));
  });

  it('scipy alone is not statistics and protobuf is not a data format; mlflow is MLOps; kfp is orchestration', () => {
    assert.deepEqual(skillsOf(py('scipy')), []);
    assert.deepEqual(skillsOf(py('protobuf')), []);
    assert.ok(skillsOf(py('mlflow')).includes('mlops'));
    assert.ok(skillsOf(py('kfp')).includes('workflow-orchestration'));
    assert.ok(
      skillsOf({ ecosystem: 'pypi', name: 'dbt-snowflake', line: 1, scope: 'main' }).includes('data-warehousing'),
    );
  });

  it('a web server next to a model framework is model serving (context); alone it is nothing', () => {
    const f = findingsOf('svc/requirements.txt', 'requirements', [py('flask'), py('scikit-learn')]);
    assert.deepEqual(
      f.filter((x) => x.skill === 'model-serving').map((x) => x.strength),
      ['context'],
    );
    assert.equal(
      findingsOf('svc/requirements.txt', 'requirements', [py('flask')]).filter((x) => x.skill === 'model-serving')
        .length,
      0,
    );
  });

  it('strength: a main dependency is strong; an optional extra, a test or docs folder, or a dev file is weak', async () => {
    const r = await scan({
      'pyproject.toml':
        '[project]\ndependencies = ["pyspark"]\n[project.optional-dependencies]\nkafka = ["confluent-kafka"]\n',
      'docs/requirements.txt': 'langchain\n',
      'requirements-dev.txt': 'great-expectations\n',
    });
    const strength = Object.fromEntries(r.skills.map((s) => [s.id, s.strength]));
    assert.deepEqual(
      [
        strength['apache-spark'],
        strength['stream-processing'],
        strength['llm-applications'],
        strength['data-contracts'],
      ],
      ['strong', 'weak', 'weak', 'weak'],
    );
  });

  it('-r includes are followed within the workspace, never outside it', async () => {
    const r = await scan({
      'svc/requirements-prod.txt': '-r ../common/base.txt\n-r ../../../etc/x.txt\n',
      'common/base.txt': 'pyspark\n',
    });
    assert.ok(ids(r).includes('apache-spark'));
    assert.ok(r.skipped.some((s) => /outside the workspace/.test(s.reason)));
  });

  it('every skill in data/skills.json is reachable by a rule or listed as not visible in manifests', () => {
    const reachable = new Set(
      RULES.flatMap((r) => r.skills).concat(['python', 'model-serving', 'distributed-training', 'distributed-systems']),
    );
    const hidden = new Set<string>(NOT_VISIBLE_IN_MANIFESTS);
    const orphans = builtIn()
      .skills.map((s) => s.id)
      .filter((id) => !reachable.has(id) && !hidden.has(id));
    assert.deepEqual(orphans, []);
    for (const id of hidden) assert.ok(!reachable.has(id), `${id} is both reachable and "not visible"`);
  });
});

describe('evidence: hostile files are read or refused with a reason, never a hang', () => {
  for (const c of hostileManifests()) {
    it(c.name, async () => {
      // The 100 ms target is measured by bench:evidence; this only catches a catastrophe (the
      // old TOML regex took 35–59 s on these shapes), so it cannot flake on a slow machine.
      const started = performance.now();
      const r = await scanListing([c.path], { read: async () => c.bytes });
      assert.ok(performance.now() - started < 1500, `${c.name} took ${(performance.now() - started).toFixed(0)} ms`);
      assert.equal(r.filesRead + r.skipped.length, 1, 'the file was either read or refused with a reason');
    });
  }
});

describe('evidence: labelled real repositories (../shared/evidence-corpus)', function () {
  this.timeout(60_000);
  before(function () {
    if (existsSync(CORPUS)) return;
    console.log(`SKIPPED: ../shared/evidence-corpus not found at ${join(CORPUS)}`);
    if (process.env.CI) throw new Error('CI must have ../shared/evidence-corpus beside the clone');
    this.skip();
  });

  it('meets the bar: pooled precision ≥ 95%, recall ≥ 90%, no forbidden hit, every control clean', async () => {
    const scores = await scoreCorpus();
    const sum = (f: (r: (typeof scores)[number]) => number) => scores.reduce((a, r) => a + f(r), 0);
    const precision = sum((r) => r.good) / sum((r) => r.suggested.length);
    const recall = sum((r) => r.hit) / sum((r) => r.expected);
    assert.ok(precision >= 0.95, `precision ${precision}`);
    assert.ok(recall >= 0.9, `recall ${recall}`);
    assert.deepEqual(
      scores.flatMap((r) => r.forbidden.map((f) => `${r.repo}: ${f}`)),
      [],
    );
    assert.deepEqual(
      scores.filter((r) => r.kind === 'control' && r.suggested.length).map((r) => r.repo),
      [],
    );
  });

  it('prefect: Ray as a task runner is not model serving or distributed training', async () => {
    const prefect = (await scoreCorpus()).find((r) => r.repo === 'PrefectHQ/prefect')!;
    assert.ok(!prefect.suggested.includes('model-serving') && !prefect.suggested.includes('distributed-training'));
    assert.ok(prefect.suggested.includes('workflow-orchestration'));
  });
});

import * as assert from 'node:assert/strict';
import { EVIDENCE_MAX_BYTES, evidenceFromFile, groupEvidence } from '../../src/core/evidence';
import { builtIn } from './fixtures';

const file = (path: string, text: string | Uint8Array) => ({ path, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });
function skills(path: string, text: string): string[] {
  const r = evidenceFromFile(file(path, text));
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return [...new Set(r.evidence.map((e) => e.skill))].sort();
}

describe('workspace evidence rules', () => {
  it('reads requirements files, ignoring versions, extras, markers and comments', () => {
    const text = 'pandas==2.2\ntorch>=2.3 ; python_version>"3.9"\napache-airflow[celery]~=2.9  # orchestration\n-r other.txt\nmlflow\nFeast\n';
    assert.deepEqual(skills('svc/requirements-dev.txt', text), ['feature-stores', 'ml-frameworks', 'model-evaluation', 'python', 'workflow-orchestration']);
  });

  it('reads PEP 621 and Poetry pyproject files', () => {
    const pep621 = '[project]\nname = "x"\ndependencies = ["pyspark>=3.5", "dbt-snowflake", "great_expectations"]\n';
    assert.deepEqual(skills('pyproject.toml', pep621), ['apache-spark', 'data-contracts', 'dbt-transformation', 'python']);
    const poetry = '[tool.poetry.dependencies]\npython = "^3.11"\nlangchain = "^0.2"\nqdrant-client = "*"\n[tool.black]\nline-length = 100\n';
    assert.deepEqual(skills('pyproject.toml', poetry), ['llm-applications', 'python', 'vector-databases']);
  });

  it('reads package.json dependency names and conda environments', () => {
    assert.deepEqual(skills('web/package.json', JSON.stringify({ dependencies: { kafkajs: '^2', '@aws-sdk/client-s3': '^3' }, devDependencies: { pg: '^8' } })), ['cloud-platforms', 'sql', 'stream-processing']);
    assert.deepEqual(skills('environment.yml', 'dependencies:\n  - python=3.11\n  - scikit-learn\n  - statsmodels\n'), ['ml-frameworks', 'python', 'statistics']);
  });

  it('counts some files by their presence', () => {
    assert.deepEqual(skills('analytics/dbt_project.yml', 'name: x'), ['dbt-transformation']);
    assert.deepEqual(skills('Dockerfile', 'FROM python:3.12'), ['docker-kubernetes']);
    assert.deepEqual(skills('infra/main.tf', 'provider "aws" {}'), ['cloud-platforms']);
  });

  it('names the file and the package behind each piece of evidence', () => {
    const r = evidenceFromFile(file('ml/requirements.txt', 'torch\nxgboost\n'));
    assert.ok(r.ok);
    const grouped = groupEvidence(r.evidence);
    assert.deepEqual(grouped.get('ml-frameworks')!.map((e) => [e.file, e.match]), [['ml/requirements.txt', 'torch'], ['ml/requirements.txt', 'xgboost']]);
  });

  it('only points at skills that exist in the dataset', () => {
    const ids = new Set(builtIn().skills.map((s) => s.id));
    const text = 'pandas torch mlflow kubeflow bentoml horovod feast pyspark prefect dbt-core confluent-kafka duckdb snowflake-connector-python soda-core openai chromadb boto3 scipy pyarrow'.split(' ').join('\n');
    const r = evidenceFromFile(file('requirements.txt', text));
    assert.ok(r.ok);
    for (const e of r.evidence) assert.ok(ids.has(e.skill), e.skill);
    assert.ok(r.evidence.length >= 19);
  });
});

describe('workspace evidence: hostile files are refused or ignored, never half-read', () => {
  it('refuses a file over the size cap', () => {
    const r = evidenceFromFile(file('requirements.txt', new Uint8Array(EVIDENCE_MAX_BYTES + 1).fill(0x61)));
    assert.deepEqual(r, { ok: false, reason: 'larger than 256 KB' });
  });
  it('refuses binary content', () => assert.deepEqual(evidenceFromFile(file('requirements.txt', new Uint8Array([0x70, 0, 0x71]))), { ok: false, reason: 'binary content' }));
  it('refuses invalid UTF-8', () => assert.deepEqual(evidenceFromFile(file('requirements.txt', new Uint8Array([0xff, 0xfe]))), { ok: false, reason: 'not UTF-8 text' }));
  it('refuses a package.json nested 10,000 deep without recursing', () => {
    assert.deepEqual(evidenceFromFile(file('package.json', `{"dependencies":${'['.repeat(10_000)}${']'.repeat(10_000)}}`)), { ok: false, reason: 'nested too deeply to be a package.json' });
  });
  it('refuses a malformed package.json', () => assert.deepEqual(evidenceFromFile(file('package.json', '{"dependencies": {')), { ok: false, reason: 'not valid JSON' }));
  it('ignores names that are not package names', () => {
    const r = evidenceFromFile(file('requirements.txt', '<script>alert(1)</script>\n$(rm -rf /)\n`torch`\n' + 'x'.repeat(5000) + '\n'));
    assert.ok(r.ok);
    assert.deepEqual(r.evidence.map((e) => e.match), ['requirements.txt']);
  });
  it('does not treat dependency-like keys outside dependency tables as dependencies', () => {
    assert.deepEqual(skills('pyproject.toml', '[tool.ruff]\ntorch = 1\n'), ['python']);
  });
});

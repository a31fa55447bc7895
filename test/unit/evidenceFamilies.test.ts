// The manifest scan's families of names (issue #25, item 8), each with the cases it must read
// and the look-alikes it must not: integrations, extras, image paths, LLM inference servers,
// Helm values, Dockerfile installs, folders named like build output, transformers, deep YAML.
import * as assert from 'node:assert/strict';
import { parseManifest, type Declared, type Ecosystem } from '../../src/core/evidence/manifests';
import { localInstall, yamlShape, YAML_MAX_DEPTH, YAML_MAX_FLOW_ENTRIES } from '../../src/core/evidence/read';
import { contextSkills, skillsOf } from '../../src/core/evidence/rules';
import { scanListing, type ScanReport } from '../../src/core/evidence/scan';
import { isListed, manifestKind, selectFiles, type ManifestKind } from '../../src/core/evidence/select';

const enc = (s: string) => new TextEncoder().encode(s);
const dep = (name: string, extras: string[] = [], ecosystem: Ecosystem = 'pypi'): Declared => ({
  ecosystem,
  name,
  extras,
  line: 1,
  scope: 'main',
});
const skills = (name: string, extras: string[] = []) => skillsOf(dep(name, extras)).sort();
const image = (name: string) => skillsOf(dep(name, [], 'image')).sort();
const names = (kind: ManifestKind, text: string) => {
  const r = parseManifest(kind, text);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.declared.map((d) => d.name);
};
function scan(files: Record<string, string>): Promise<ScanReport> {
  return scanListing(Object.keys(files), { read: async (p) => (p in files ? enc(files[p]!) : undefined) });
}
const ids = (r: ScanReport) => r.skills.map((s) => s.id).sort();

describe('evidence families: integration packages credit the system they drive', () => {
  it('reads the suffix of an Airflow provider, a Dagster or Prefect integration, as the system', () => {
    assert.deepEqual(skills('apache-airflow-providers-google'), ['cloud-platforms', 'workflow-orchestration']);
    assert.deepEqual(skills('apache-airflow-providers-cncf-kubernetes'), [
      'docker-kubernetes',
      'workflow-orchestration',
    ]);
    assert.deepEqual(skills('apache-airflow-providers-snowflake'), ['data-warehousing', 'workflow-orchestration']);
    assert.deepEqual(skills('apache-airflow-providers-apache-spark'), ['apache-spark', 'workflow-orchestration']);
    assert.deepEqual(skills('apache-airflow-providers-microsoft-mssql'), ['sql', 'workflow-orchestration']);
    assert.deepEqual(skills('dagster-dbt'), ['dbt-transformation', 'workflow-orchestration']);
    assert.deepEqual(skills('dagster-gcp-pyspark'), ['apache-spark', 'cloud-platforms', 'workflow-orchestration']);
    assert.deepEqual(skills('prefect-kubernetes'), ['docker-kubernetes', 'workflow-orchestration']);
    assert.deepEqual(skills('prefect-sqlalchemy'), ['sql', 'workflow-orchestration']);
  });

  it('reads LLM framework integrations the same way', () => {
    assert.deepEqual(skills('langchain-pinecone'), ['llm-applications', 'vector-databases']);
    assert.deepEqual(skills('llama-index-vector-stores-qdrant'), ['llm-applications', 'vector-databases']);
    // A client of a model server is an application, not serving: the package rule speaks first.
    assert.deepEqual(skills('langchain-ollama'), ['llm-applications']);
    assert.deepEqual(skills('astronomer-cosmos', ['dbt-snowflake']), ['data-warehousing', 'dbt-transformation']);
  });

  it('credits only the orchestrator when the suffix names no system (HTTP, Slack, its own web server)', () => {
    for (const name of [
      'apache-airflow-providers-http',
      'apache-airflow-providers-slack',
      'dagster-webserver',
      'dagster-cloud',
      'dagster-graphql',
      'prefect-shell',
      'prefect-github',
    ]) {
      assert.deepEqual(skills(name), ['workflow-orchestration'], name);
    }
    // Gemini through LangChain is a model API, not a cloud platform.
    assert.deepEqual(skills('langchain-google-genai'), ['llm-applications']);
  });

  it('prefect-ray is Ray as a task runner: never model serving or distributed training', () => {
    const s = skills('prefect-ray');
    assert.ok(!s.includes('model-serving') && !s.includes('distributed-training'), s.join());
  });
});

describe('evidence families: extras name the parts installed', () => {
  it('expands each extra through the same rules', () => {
    assert.deepEqual(skills('apache-airflow', ['google', 'cncf.kubernetes']), [
      'cloud-platforms',
      'docker-kubernetes',
      'workflow-orchestration',
    ]);
    assert.deepEqual(skills('apache-beam', ['gcp']), ['cloud-platforms', 'stream-processing']);
    assert.deepEqual(skills('pyiceberg', ['pyarrow', 's3fs']), ['cloud-platforms', 'data-formats']);
    assert.deepEqual(skills('feast', ['spark', 'redis']), ['apache-spark', 'feature-stores']);
  });

  it('reads extras from a requirements file and a Dockerfile', async () => {
    const r = await scan({
      'requirements.txt': 'apache-airflow[postgres,amazon]==2.9.1\n',
      Dockerfile: 'FROM python:3.11\nRUN pip install "apache-airflow[cncf.kubernetes]==${AIRFLOW_VERSION}"\n',
    });
    assert.deepEqual(ids(r), ['cloud-platforms', 'docker-kubernetes', 'python', 'sql', 'workflow-orchestration']);
  });

  it('the project installed with its own extras makes those groups strong, [all] expanded into the groups it names', async () => {
    const pyproject =
      '[project]\nname = "myproj"\ndependencies = ["pandas"]\n[project.optional-dependencies]\nspark = ["pyspark"]\ngcp = ["google-cloud-bigquery"]\nllm = ["langchain"]\nall = ["myproj[spark, gcp]"]\n';
    const strength = (r: ScanReport) => Object.fromEntries(r.skills.map((s) => [s.id, s.strength]));
    const before = strength(await scan({ 'pyproject.toml': pyproject }));
    assert.deepEqual(
      [before['apache-spark'], before['data-warehousing'], before['llm-applications']],
      ['weak', 'weak', 'weak'],
    );
    const viaDocker = strength(
      await scan({
        'pyproject.toml': pyproject,
        Dockerfile: 'FROM python:3.12\nCOPY . /app\nRUN pip install --no-cache-dir -e ".[all]"\n',
      }),
    );
    assert.deepEqual(
      [viaDocker['apache-spark'], viaDocker['data-warehousing'], viaDocker['llm-applications']],
      ['strong', 'strong', 'weak'],
    );
    const viaRequirements = strength(
      await scan({ 'svc/pyproject.toml': pyproject, 'svc/requirements.txt': '-e .[llm]\n' }),
    );
    assert.deepEqual([viaRequirements['apache-spark'], viaRequirements['llm-applications']], ['weak', 'strong']);
    // An install from a docs or test requirements file, or of a folder without a pyproject, promotes nothing.
    const fromDocs = strength(
      await scan({
        'pyproject.toml': pyproject,
        'docs/requirements.txt': '-e ..[all]\n',
        'requirements.txt': '-e ./elsewhere[llm]\n',
      }),
    );
    assert.deepEqual([fromDocs['apache-spark'], fromDocs['llm-applications']], ['weak', 'weak']);
  });

  it('Poetry: an optional dependency is optional, in the extras that name it, and installing that extra makes it strong', async () => {
    const pyproject =
      '[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\npython = "^3.11"\npandas = "^2"\npyspark = { version = "^3.5", optional = true }\nfeast = { version = "*", optional = true }\n[tool.poetry.extras]\nspark = ["pyspark"]\n';
    const parsed = parseManifest('pyproject', pyproject);
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.declared.map((d) => `${d.name}:${d.scope}:${d.group ?? '-'}`),
      ['pandas:main:-', 'pyspark:optional:spark', 'feast:optional:-'],
    );
    const r = await scan({ 'pyproject.toml': pyproject, Dockerfile: 'FROM python:3.12\nRUN pip install ".[spark]"\n' });
    const strength = Object.fromEntries(r.skills.map((s) => [s.id, s.strength]));
    assert.deepEqual([strength['apache-spark'], strength['feature-stores']], ['strong', 'weak']);
  });

  it("reads the project's own install with extras, and nothing else, as a local install", () => {
    assert.deepEqual(localInstall('.[serve]', 3), { path: '.', extras: ['serve'], line: 3 });
    assert.deepEqual(localInstall('"./svc/[all, cncf.kubernetes]"', 1), {
      path: './svc',
      extras: ['all', 'cncf-kubernetes'],
      line: 1,
    });
    for (const w of ['.', './svc', 'pkg[all]', '.[', 'https://x/y[z]', '.[a]; rm -rf /'])
      assert.equal(localInstall(w, 1), null, w);
  });

  it('a bundle with no named part (all, standard, dev) adds nothing', () => {
    assert.deepEqual(skills('fastapi', ['all']), []);
    assert.deepEqual(skills('uvicorn', ['standard']), []);
    assert.deepEqual(skills('sqlalchemy', ['mypy', 'asyncio']), ['sql']);
    assert.deepEqual(skills('prefect', ['all', 'dev']), ['workflow-orchestration']);
  });
});

describe('evidence families: images name what they package', () => {
  it('reads every path segment, and its words, through the rules (registry and tag stripped)', async () => {
    const r = await scan({
      'docker-compose.yml': [
        'services:',
        '  scheduler: { image: "quay.io/astronomer/astro-runtime:9.1.0" }',
        '  fn: { image: "public.ecr.aws/lambda/python:3.12" }',
        '  broker: { image: "confluentinc/cp-server:7.6.0" }',
        '  worker: { image: "dagster/dagster-celery-k8s:1.7.0" }',
      ].join('\n'),
    });
    assert.deepEqual(ids(r), ['cloud-platforms', 'docker-kubernetes', 'stream-processing', 'workflow-orchestration']);
    assert.deepEqual(image('azure-functions/python'), ['cloud-platforms']);
    assert.deepEqual(image('google-appengine/python'), ['cloud-platforms']);
    assert.deepEqual(image('vertex-ai/prediction/sklearn-cpu.1-3'), ['cloud-platforms', 'ml-frameworks', 'mlops']);
    assert.deepEqual(image('pytorch-inference'), ['ml-frameworks']);
    assert.deepEqual(image('jupyter/tensorflow-notebook'), ['ml-frameworks']);
  });

  it('reads nothing from base images, tools and look-alike words', () => {
    for (const name of [
      'python',
      'library/node',
      'nginx',
      'redis',
      'composer',
      'distroless/python3',
      'google/cadvisor',
      'amazonlinux',
      'devcontainers/python',
      'nvidia/cuda',
      'alpine/git',
    ]) {
      assert.deepEqual(image(name), [], name);
    }
  });
});

describe('evidence families: LLM inference servers', () => {
  it('are model serving of language models, as packages and as images', () => {
    for (const name of ['vllm', 'sglang', 'tensorrt-llm', 'lmdeploy'])
      assert.deepEqual(skills(name), ['llm-applications', 'model-serving'], name);
    for (const name of [
      'vllm/vllm-openai',
      'ollama/ollama',
      'huggingface/text-generation-inference',
      'ggerganov/llama.cpp',
      'lmsysorg/sglang',
    ]) {
      assert.deepEqual(image(name), ['llm-applications', 'model-serving'], name);
    }
    assert.deepEqual(image('nvidia/tritonserver'), ['model-serving']);
  });

  it('their clients are LLM applications, serving only with a server extra', () => {
    assert.deepEqual(skills('ollama'), ['llm-applications']);
    assert.deepEqual(skills('llama-cpp-python'), ['llm-applications']);
    assert.deepEqual(skills('llama-cpp-python', ['server']), ['llm-applications', 'model-serving']);
    assert.deepEqual(skillsOf(dep('ollama', [], 'npm')), ['llm-applications']);
  });
});

describe('evidence families: transformers needs a companion to be LLM work', () => {
  const context = (...deps: string[]) =>
    contextSkills(
      'svc/requirements.txt',
      deps.map((d) => dep(d)),
    ).map((c) => `${c.skill}:${c.because.name}`);

  it('alone it is a model framework (a BERT classifier is as likely), not an LLM application', async () => {
    assert.deepEqual(skills('transformers'), ['ml-frameworks']);
    assert.deepEqual(ids(await scan({ 'requirements.txt': 'transformers\ntorch\ndatasets\n' })), [
      'ml-frameworks',
      'python',
    ]);
  });

  it('beside a quantisation or LLM-kernel package it is LLM work; beside an LLM framework that framework says so', async () => {
    assert.deepEqual(context('transformers', 'bitsandbytes'), ['llm-applications:bitsandbytes']);
    assert.deepEqual(context('transformers', 'scikit-learn'), []);
    assert.ok(ids(await scan({ 'requirements.txt': 'transformers\npeft\n' })).includes('llm-applications'));
    assert.ok(ids(await scan({ 'requirements.txt': 'transformers\nlangchain\n' })).includes('llm-applications'));
  });
});

describe('evidence families: Helm values and Dockerfile installs are read', () => {
  it('Helm values: images at any depth, as strings or registry/repository tables', () => {
    const values = [
      'defaultAirflowRepository: apache/airflow',
      'images:',
      '  statsd:',
      '    repository: quay.io/prometheus/statsd-exporter',
      '    tag: v0.26.0',
      'postgresql:',
      '  image:',
      '    registry: docker.io',
      '    repository: bitnami/postgresql',
      'inference:',
      '  sidecarImage: "vllm/vllm-openai:v0.5.0"',
      'repository: https://charts.example.com/stable',
      'name: spark',
      'worker: { replicas: 3 }',
    ].join('\n');
    assert.deepEqual(names('helm-values', values).sort(), [
      'apache/airflow',
      'bitnami/postgresql',
      'prometheus/statsd-exporter',
      'vllm/vllm-openai',
    ]);
  });

  it('recognises values files by name, and lists them', () => {
    for (const p of [
      'chart/values.yaml',
      'deploy/values-prod.yml',
      'helm/prod-values.yaml',
      'helm/values.staging.yaml',
    ]) {
      assert.equal(manifestKind(p), 'helm-values', p);
      assert.ok(isListed(p), p);
    }
    for (const p of ['values.json', 'myvalues.yaml', 'src/values.py'])
      assert.notEqual(manifestKind(p), 'helm-values', p);
  });

  it('Dockerfile: npm, uv, pipx, poetry, conda and apt installs, exec form and heredocs; options, paths and variables name nothing', () => {
    const text = [
      'FROM python:3.11-slim AS spark',
      'RUN --mount=type=cache,target=/root/.cache /opt/conda/bin/pip --no-cache-dir install mlflow -r requirements.txt -e ".[dev]" .',
      'RUN uv pip install --system vllm && npm install -g @langchain/core@0.2 && npm ci',
      'RUN ["python", "-m", "pip", "install", "torch"]',
      'RUN <<EOF',
      'apt-get update',
      'apt-get install -y --no-install-recommends postgresql-client-15',
      'EOF',
      'RUN conda install -y -c conda-forge conda-forge::pyspark=3.5 && poetry install --no-root && pipx install dbt-core',
      'RUN pip install "apache-airflow==${AIRFLOW_VERSION}" $EXTRA 2>&1 | tee /tmp/log',
      'FROM spark',
      'FROM $BASE_IMAGE',
    ].join('\n');
    assert.deepEqual(names('dockerfile', text), [
      'dockerfile',
      'python',
      'mlflow',
      'vllm',
      '@langchain/core',
      'torch',
      'postgresql-client-15',
      'pyspark',
      'dbt-core',
      'apache-airflow',
    ]);
  });

  it('Dockerfile: a shift in shell arithmetic is not a heredoc, so later steps are still read', () => {
    assert.deepEqual(names('dockerfile', 'FROM python:3.12\nRUN echo $((1<<2))\nRUN pip install feast\n'), [
      'dockerfile',
      'python',
      'feast',
    ]);
  });

  it('Dockerfile of a web app: build headers, sqlite, git and its own stages say nothing about data work', async () => {
    const r = await scan({
      Dockerfile:
        'FROM node:20-alpine AS build\nRUN apk add --no-cache git ca-certificates sqlite libpq-dev && npm ci && npm install -g pm2\nFROM build AS runtime\nRUN apt-get install -y build-essential libpq-dev sqlite3\n',
    });
    assert.deepEqual(ids(r), ['docker-kubernetes']);
  });
});

describe('evidence families: folders named like build output are decided by what is in them', () => {
  it('reads hand-written build and deploy files in build/ and dist/', () => {
    const { chosen } = selectFiles([
      'build/Dockerfile',
      'build/package/Dockerfile',
      'build/ci/docker-compose.yml',
      'dist/deploy/values.yaml',
      'svc/build/requirements.txt',
    ]);
    assert.deepEqual(chosen.map((c) => c.path).sort(), [
      'build/Dockerfile',
      'build/ci/docker-compose.yml',
      'build/package/Dockerfile',
      'dist/deploy/values.yaml',
      'svc/build/requirements.txt',
    ]);
  });

  it("skips a build folder a tool marked, the subfolders tools write, and packagers' copies, with a reason each", () => {
    const { chosen, skipped } = selectFiles([
      'svc/build/Dockerfile',
      'svc/build/CACHEDIR.TAG',
      'out/build/CMakeCache.txt',
      'out/build/compose.yml',
      'build/lib/mypkg/requirements.txt',
      'build/bdist.linux-x86_64/Dockerfile',
      'build/resources/main/docker-compose.yml',
      'dist/package.json',
      'build/pyproject.toml',
      'target/Dockerfile',
      'build/Dockerfile',
      'docs/build/html/_sources/requirements.rst.txt',
    ]);
    assert.deepEqual(
      chosen.map((c) => c.path),
      ['build/Dockerfile'],
    );
    const reason = new Map(skipped.map((s) => [s.file, s.reason]));
    assert.match(reason.get('svc/build/Dockerfile')!, /svc\/build\/CACHEDIR\.TAG marks as build output/);
    assert.match(reason.get('out/build/compose.yml')!, /CMakeCache\.txt/);
    assert.match(reason.get('build/lib/mypkg/requirements.txt')!, /build\/lib\/, where build tools write/);
    assert.match(reason.get('build/resources/main/docker-compose.yml')!, /build\/resources\//);
    assert.match(reason.get('dist/package.json')!, /packager's copy/);
    assert.match(reason.get('target/Dockerfile')!, /inside target\//);
    assert.ok(isListed('svc/build/CACHEDIR.TAG') && isListed('out/build/CMakeCache.txt'));
  });
});

describe('evidence families: deep YAML is refused by a named limit, before parsing', () => {
  const deep = {
    'compact sequences': `name: x\ndependencies:\n  - ${'- '.repeat(5000)}pyspark\n`,
    'explicit keys': `dependencies:\n${'? '.repeat(3000)}x\n`,
    'indented mappings': `dependencies:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 1)}a${i}:`).join('\n')}\n`,
    'flow inside block': `dependencies:\n  - pip: ${'['.repeat(100)}${']'.repeat(100)}\n`,
  };
  for (const [shape, text] of Object.entries(deep)) {
    it(`environment.yml of ${shape}: refused with the limit named, quickly, and the rest is read`, async () => {
      assert.ok(yamlShape(text).depth > YAML_MAX_DEPTH);
      const started = performance.now();
      const r = await scan({ 'envs/gpu/environment.yml': text, 'requirements.txt': 'pandas\n' });
      assert.ok(performance.now() - started < 1500, 'a catastrophe, not the 100 ms bench target');
      const refused = r.skipped.find((s) => s.file === 'envs/gpu/environment.yml');
      assert.ok(refused, JSON.stringify(r.skipped));
      assert.equal(
        refused.reason,
        `nested deeper than ${YAML_MAX_DEPTH} levels, the YAML depth limit; refused without parsing`,
      );
      assert.doesNotMatch(refused.reason, /call stack/);
      assert.equal(r.filesRead, 1);
    });
  }

  it('a YAML manifest of a huge one-line flow list is refused by the flow limit, before parsing', async () => {
    const text = `services: [${'{image: postgres},'.repeat(YAML_MAX_FLOW_ENTRIES)}]\n`;
    const r = await scan({ 'docker-compose.yml': text, 'requirements.txt': 'pandas\n' });
    assert.deepEqual(r.skipped, [
      {
        file: 'docker-compose.yml',
        reason: `more than ${YAML_MAX_FLOW_ENTRIES} entries in [ ] or { } lists, the YAML flow limit; refused without parsing`,
      },
    ]);
    assert.equal(yamlShape('a: [1, 2, {b: 3}]\n').flowEntries, 4, 'two collections and two separators');
  });

  it('a real environment.yml, nested a few levels, is read', () => {
    const text =
      'name: x\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - pip:\n    - mlflow==2 # a comment [with brackets\n    - "feast[gcp]"\n';
    assert.deepEqual(yamlShape(text), { depth: 4, flowEntries: 0 });
    assert.deepEqual(names('conda', text), ['python', 'mlflow', 'feast']);
  });
});

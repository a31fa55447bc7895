// Evidence of skills in a workspace, read from manifest-like files only. Nothing is executed:
// files are read as text, package names are pulled out with simple line rules, and each name
// is matched against a fixed table. Hostile or huge files are refused, not half-read.
import { tooDeepAt } from './jsonSyntax';

export const EVIDENCE_MAX_BYTES = 256 * 1024;
export const EVIDENCE_MAX_FILES = 200;
/** The files the scan looks at (a glob for workspace.findFiles). */
export const EVIDENCE_GLOB = '**/{requirements*.txt,pyproject.toml,Pipfile,environment.yml,environment.yaml,package.json,dbt_project.yml,Dockerfile,docker-compose.yml,docker-compose.yaml,MLproject,dvc.yaml,*.tf}';
export const EVIDENCE_EXCLUDE = '**/{node_modules,.git,.venv,venv,env,.tox,dist,build,site-packages,__pycache__}/**';

/** Package or file name → skill ids. Names are compared lower-case with `_` read as `-`. */
const PACKAGES: [RegExp, string[]][] = [
  [/^(pandas|numpy|polars)$/, ['python']],
  [/^(torch|pytorch|tensorflow|tensorflow-.+|keras|jax|flax|scikit-learn|sklearn|xgboost|lightgbm|catboost)$/, ['ml-frameworks']],
  [/^(mlflow|wandb|neptune-client|optuna)$/, ['model-evaluation']],
  [/^(kubeflow|kfp|metaflow|zenml|dvc)$/, ['mlops']],
  [/^(bentoml|tritonclient|sagemaker|seldon-core|ray)$/, ['model-serving']],
  [/^(horovod|deepspeed|accelerate)$/, ['distributed-training']],
  [/^(feast|tecton)$/, ['feature-stores']],
  [/^(pyspark|apache-beam|apache-flink|pyflink|delta-spark)$/, ['apache-spark']],
  [/^(apache-airflow|apache-airflow-.+|dagster|dagster-.+|prefect)$/, ['workflow-orchestration']],
  [/^(dbt-core|dbt-[a-z]+)$/, ['dbt-transformation']],
  [/^(kafka-python|confluent-kafka|kafkajs|aiokafka|faust-streaming)$/, ['stream-processing']],
  [/^(snowflake-connector-python|snowflake-sqlalchemy|google-cloud-bigquery|redshift-connector|databricks-sql-connector)$/, ['data-warehousing']],
  [/^(great-expectations|soda-core|soda-core-.+|pandera)$/, ['data-contracts']],
  [/^(sqlalchemy|psycopg2|psycopg2-binary|psycopg|duckdb|pg|mysql2|sqlglot)$/, ['sql']],
  [/^(langchain|langchain-.+|llama-index|llama-index-.+|openai|anthropic|transformers|sentence-transformers|@langchain\/.+|ai)$/, ['llm-applications']],
  [/^(pinecone|pinecone-client|weaviate-client|pgvector|qdrant-client|chromadb|@pinecone-database\/pinecone)$/, ['vector-databases']],
  [/^(boto3|aws-cdk-lib|google-cloud-.+|azure-.+|@aws-sdk\/.+|@google-cloud\/.+|@azure\/.+)$/, ['cloud-platforms']],
  [/^(scipy|statsmodels|pymc)$/, ['statistics']],
  [/^(pyarrow|fastavro|protobuf|avro)$/, ['data-formats']],
];

/** Files whose mere presence is evidence. */
const FILES: [RegExp, string[]][] = [
  [/^dbt_project\.yml$/, ['dbt-transformation']],
  [/^(dockerfile|docker-compose\.ya?ml)$/, ['docker-kubernetes']],
  [/\.tf$/, ['cloud-platforms']],
  [/^(mlproject|dvc\.yaml)$/, ['mlops']],
  [/^(requirements.*\.txt|pyproject\.toml|pipfile|environment\.ya?ml)$/, ['python']],
];

export interface Evidence {
  skill: string;
  /** Workspace-relative path. */
  file: string;
  /** The package or file name that matched. */
  match: string;
}

export interface EvidenceFile { path: string; bytes: Uint8Array }

export type FileVerdict = { ok: true; evidence: Evidence[] } | { ok: false; reason: string };

const NAME = /^[A-Za-z0-9@][A-Za-z0-9._/@-]{0,100}$/;

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/_/g, '-');
}

function fromRequirements(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter((l) => l && !l.startsWith('-'))
    .map((l) => l.split(/[\s<>=!~;[@(]/)[0]!);
}

function fromToml(text: string): string[] {
  const names: string[] = [];
  // PEP 621 dependency arrays: "name>=1.0" strings anywhere in the file.
  for (const m of text.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;].*?)?["']/g)) names.push(m[1]!);
  // Poetry and Pipfile tables: `name = "..."` lines inside a [*dependencies*] or [packages] table.
  let inDeps = false;
  for (const line of text.split(/\r?\n/)) {
    const table = /^\s*\[([^\]]+)\]/.exec(line);
    if (table) { inDeps = /dependencies|packages/i.test(table[1]!); continue; }
    const key = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*=/.exec(line);
    if (inDeps && key) names.push(key[1]!);
  }
  return names;
}

function fromCondaYaml(text: string): string[] {
  return text.split(/\r?\n/).map((l) => /^\s*-\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(l)?.[1]).filter((x): x is string => Boolean(x));
}

function fromPackageJson(text: string): string[] | string {
  if (tooDeepAt(text, 64) !== undefined) return 'nested too deeply to be a package.json';
  let json: unknown;
  try { json = JSON.parse(text); } catch { return 'not valid JSON'; }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'not a JSON object';
  const j = json as Record<string, unknown>;
  return ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((k) => {
    const deps = j[k];
    return typeof deps === 'object' && deps !== null && !Array.isArray(deps) ? Object.keys(deps) : [];
  });
}

/** Reads one manifest file. Anything that is not plain, bounded text is refused with a reason. */
export function evidenceFromFile(file: EvidenceFile): FileVerdict {
  if (file.bytes.byteLength > EVIDENCE_MAX_BYTES) return { ok: false, reason: `larger than ${EVIDENCE_MAX_BYTES / 1024} KB` };
  if (file.bytes.includes(0)) return { ok: false, reason: 'binary content' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
  const base = (file.path.split(/[\\/]/).pop() ?? '').toLowerCase();
  const evidence: Evidence[] = [];
  const add = (skills: string[], match: string) => {
    for (const skill of skills) if (!evidence.some((e) => e.skill === skill && e.match === match)) evidence.push({ skill, file: file.path, match });
  };
  for (const [re, skills] of FILES) if (re.test(base)) add(skills, base);

  let names: string[] | string = [];
  if (/^requirements.*\.txt$/.test(base)) names = fromRequirements(text);
  else if (base === 'pyproject.toml' || base === 'pipfile') names = fromToml(text);
  else if (/^environment\.ya?ml$/.test(base)) names = fromCondaYaml(text);
  else if (base === 'package.json') names = fromPackageJson(text);
  if (typeof names === 'string') return { ok: false, reason: names };

  for (const raw of names) {
    if (!NAME.test(raw)) continue; // not a package name: ignore rather than guess
    const name = normalise(raw);
    for (const [re, skills] of PACKAGES) if (re.test(name)) add(skills, name);
  }
  return { ok: true, evidence };
}

/** Evidence grouped by skill, each skill with every file and name that pointed to it. */
export function groupEvidence(all: Evidence[]): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  for (const e of all) out.set(e.skill, [...(out.get(e.skill) ?? []), e]);
  return out;
}

// What the lines someone added name: imports in Python (and notebooks' code cells), JS/TS, Go
// and Java/Scala, turned into package names so the manifest scan's rule table can read them.
// An import name is not always its package's name (`sklearn` is scikit-learn, `cv2` is OpenCV):
// IMPORT_TO_PACKAGE holds the well-known differences; the rest are read as they are.
import type { Declared, Ecosystem } from '../read';
import { pythonName } from '../read';

/** Python import roots (or dotted prefixes) whose distribution has another name. */
const IMPORT_TO_PACKAGE: Record<string, string> = {
  sklearn: 'scikit-learn',
  cv2: 'opencv-python',
  yaml: 'pyyaml',
  pil: 'pillow',
  bs4: 'beautifulsoup4',
  airflow: 'apache-airflow',
  dbt: 'dbt-core',
  kafka: 'kafka-python',
  beam: 'apache-beam',
  apache_beam: 'apache-beam',
  pyflink: 'apache-flink',
  'snowflake.connector': 'snowflake-connector-python',
  'snowflake.snowpark': 'snowflake-snowpark-python',
  'snowflake.sqlalchemy': 'snowflake-sqlalchemy',
  great_expectations: 'great-expectations',
  pinecone: 'pinecone',
  sentence_transformers: 'sentence-transformers',
  llama_index: 'llama-index',
  faiss: 'faiss-cpu',
  qdrant_client: 'qdrant-client',
  weaviate: 'weaviate-client',
  pymilvus: 'pymilvus',
  chromadb: 'chromadb',
  tensorflow_serving: 'tensorflow-serving-api',
  'google.generativeai': 'google-generativeai',
  'google.genai': 'google-genai',
  vertexai: 'vertexai',
  'google.cloud.aiplatform': 'google-cloud-aiplatform',
  databricks: 'databricks-sdk',
  'databricks.sql': 'databricks-sql-connector',
  'databricks.connect': 'databricks-connect',
  delta: 'delta-spark',
  redshift_connector: 'redshift-connector',
  pandas_gbq: 'pandas-gbq',
  feast: 'feast',
  soda: 'soda-core',
  pandera: 'pandera',
  dagster: 'dagster',
  prefect: 'prefect',
  mlflow: 'mlflow',
  wandb: 'wandb',
  lightgbm: 'lightgbm',
  xgboost: 'xgboost',
  catboost: 'catboost',
  keras: 'keras',
  torch: 'torch',
  jax: 'jax',
  pytorch_lightning: 'pytorch-lightning',
  lightning: 'lightning',
  statsmodels: 'statsmodels',
  pymc: 'pymc',
  pymc3: 'pymc3',
  scipy: 'scipy',
  psycopg2: 'psycopg2',
  psycopg: 'psycopg',
  sqlalchemy: 'sqlalchemy',
  pyarrow: 'pyarrow',
  fastavro: 'fastavro',
  docker: 'docker',
  kubernetes: 'kubernetes',
  transformers: 'transformers',
  huggingface_hub: 'huggingface-hub',
  openai: 'openai',
  anthropic: 'anthropic',
  langchain: 'langchain',
  boto3: 'boto3',
  confluent_kafka: 'confluent-kafka',
  ray: 'ray',
  horovod: 'horovod',
  deepspeed: 'deepspeed',
  bentoml: 'bentoml',
};

/** JVM package prefixes and the artifact the rule table knows them by. */
const JVM_TO_ARTIFACT: [RegExp, string][] = [
  [/^org\.apache\.spark\b/, 'spark-core'],
  [/^org\.apache\.kafka\.streams\b/, 'kafka-streams'],
  [/^org\.apache\.kafka\b/, 'kafka-clients'],
  [/^org\.apache\.flink\b/, 'flink-core'],
  [/^org\.apache\.beam\b/, 'beam-sdks-java-core'],
  [/^com\.amazonaws\b|^software\.amazon\.awssdk\b/, 'aws-java-sdk'],
  [/^com\.google\.cloud\.(\w+)/, 'google-cloud-$1'],
  [/^com\.azure\.(\w+)/, 'azure-$1'],
  [/^org\.postgresql\b/, 'postgresql'],
  [/^org\.hibernate\b/, 'hibernate-core'],
  [/^org\.jooq\b/, 'jooq'],
];

export interface Named {
  ecosystem: Ecosystem;
  name: string;
  line: string;
}

/** The package a Python module path belongs to: the longest known dotted prefix, else its first part. */
export function pythonPackage(module: string): string {
  const parts = module.split('.');
  for (let n = Math.min(parts.length, 3); n >= 1; n--) {
    const known = IMPORT_TO_PACKAGE[parts.slice(0, n).join('.').toLowerCase()];
    if (known) return known;
  }
  const root = parts[0]!.toLowerCase();
  // Namespace packages are published per service: google.cloud.bigquery → google-cloud-bigquery.
  if (((root === 'google' && parts[1] === 'cloud') || root === 'azure') && parts.length > 1) {
    return pythonName(parts.slice(0, root === 'google' ? 3 : 2).join('-'));
  }
  return pythonName(root);
}

const PY_IMPORT = /^\s*import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)/;
const PY_FROM = /^\s*from\s+([\w.]+)\s+import\s+([\w*,\s()]+)/;

/** The modules a line of Python imports (`from a.b import c` also yields a.b.c, for namespace packages). */
export function pythonImports(line: string): string[] {
  const from = PY_FROM.exec(line);
  if (from) {
    if (from[1]!.startsWith('.')) return [];
    const names = from[2]!
      .replace(/[()]/g, '')
      .split(',')
      .map((s) => s.trim().split(/\s+/)[0]!)
      .filter((s) => /^\w+$/.test(s));
    return [from[1]!, ...names.map((n) => `${from[1]}.${n}`)];
  }
  const imp = PY_IMPORT.exec(line);
  return imp
    ? imp[1]!
        .split(',')
        .map((s) => s.trim().split(/\s+/)[0]!)
        .filter(Boolean)
    : [];
}

/** A notebook's added JSON lines hold its cells' source as JSON strings: `    "import x\n",`. */
export function notebookCode(line: string): string | null {
  const m = /^\s*"((?:[^"\\]|\\.)*)",?\s*$/.exec(line);
  if (!m) return null;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return null;
  }
}

const JS_IMPORT =
  /(?:^\s*import\s[^'"]*?from\s*|^\s*import\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"]([^'"\s]{1,200})['"]/;

export function jsPackage(spec: string): string | null {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) return null;
  const parts = spec.split('/');
  return (spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!).toLowerCase();
}

/** Everything the added lines of one file import, as declarations the rule table reads. */
export function importsOf(kind: string, lines: readonly string[]): Named[] {
  const out: Named[] = [];
  const seen = new Set<string>();
  const add = (ecosystem: Ecosystem, name: string, line: string) => {
    const key = `${ecosystem}:${name}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ ecosystem, name, line });
    }
  };
  for (const raw of lines) {
    if (kind === 'python' || kind === 'notebook') {
      const code = kind === 'notebook' ? notebookCode(raw) : raw;
      if (code === null) continue;
      for (const m of pythonImports(code)) add('pypi', pythonPackage(m), code.trim());
    } else if (kind === 'js') {
      const m = JS_IMPORT.exec(raw);
      const pkg = m ? jsPackage(m[1]!) : null;
      if (pkg) add('npm', pkg, raw.trim());
    } else if (kind === 'go') {
      const m = /^\s*(?:import\s+)?(?:\w+\s+)?"([\w.-]+\.[a-z]{2,}\/[^"\s]{1,200})"/.exec(raw);
      if (m) add('go', m[1]!.toLowerCase(), raw.trim());
    } else if (kind === 'jvm') {
      const m = /^\s*import\s+(?:static\s+)?([\w.]+)/.exec(raw);
      if (!m) continue;
      for (const [re, artifact] of JVM_TO_ARTIFACT)
        if (re.test(m[1]!)) {
          add('maven', m[1]!.replace(re, artifact).split('.')[0]!.toLowerCase(), raw.trim());
          break;
        }
    }
  }
  return out;
}

/** As declarations, for skillsOf(): added code is the author's own, so its scope is main. */
export function asDeclared(n: Named): Declared {
  return { ecosystem: n.ecosystem, name: n.name, line: 0, scope: 'main' };
}

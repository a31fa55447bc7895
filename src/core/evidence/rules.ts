// What a declared dependency says about a skill. Rules are general (names of well-known
// packages, images and cloud resources), and some hold only in context: `ray` is model serving
// only as `ray[serve]`; scipy or protobuf alone say nothing; a web server is model serving only
// next to a model framework. Integration packages, extras and image paths are read part by part
// through the same table (systems.ts). Skills that no manifest can show are listed as such.
import type { Declared, Ecosystem } from './manifests';
import { extraSkills, imagePathSkills, integrationSkills } from './systems';

type Rule = { ecosystems: Ecosystem[]; name: RegExp; skills: string[] };
const PY: Ecosystem[] = ['pypi', 'conda'];
const rule = (ecosystems: Ecosystem[], name: RegExp, ...skills: string[]): Rule => ({ ecosystems, name, skills });

export const RULES: Rule[] = [
  // Models and their lifecycle
  rule(
    PY,
    /^(torch|pytorch|torchvision|torchaudio|torchtext|tensorflow(-(gpu|cpu|macos|intel))?|tf-keras|keras|jax|flax|scikit-learn|sklearn|xgboost|lightgbm|catboost|pytorch-lightning|lightning|mxnet|paddlepaddle|fastai)$/,
    'ml-frameworks',
  ),
  rule(PY, /^(mlflow|mlflow-skinny|wandb|neptune|neptune-client|comet-ml|clearml)$/, 'mlops', 'model-evaluation'),
  rule(PY, /^(evidently|deepchecks|whylogs)$/, 'model-evaluation', 'mlops'),
  // A cloud vendor's ML SDK (google-cloud-aiplatform, azure-ai-ml) is cloud evidence, not MLOps practice.
  rule(PY, /^(kfp|kubeflow|metaflow|zenml|dvc|kserve)$/, 'mlops'),
  rule(PY, /^(bentoml|tritonclient|seldon-core|torchserve|kserve|ray-serve)$/, 'model-serving'),
  // LLM inference servers (and engines that are one with `serve`): serving language models.
  rule(
    PY,
    /^(vllm|sglang|tensorrt-llm|lmdeploy|openllm|xinference|text-generation-inference|mlc-llm|aphrodite-engine|llama-cpp-server)$/,
    'model-serving',
    'llm-applications',
  ),
  // Their clients and local runtimes: an application that calls a language model.
  rule(PY, /^(ollama|text-generation|llama-cpp-python|ctransformers|exllamav2|gpt4all)$/, 'llm-applications'),
  rule(PY, /^(horovod|deepspeed|fairscale|torchrun)$/, 'distributed-training'),
  rule(PY, /^(feast|tecton|hopsworks|featureform)$/, 'feature-stores'),
  rule(PY, /^(featuretools|tsfresh|category-encoders|feature-engine)$/, 'feature-engineering'),
  rule(PY, /^(statsmodels|pymc|pymc3|pingouin|lifelines|arviz|linearmodels)$/, 'statistics'),
  // Data engineering
  rule(PY, /^(pyspark|delta-spark|databricks-connect|spark-nlp|koalas)$/, 'apache-spark'),
  rule(
    PY,
    /^(apache-beam|kafka-python|confluent-kafka|aiokafka|faust|faust-streaming|apache-flink|pyflink|pulsar-client|quixstreams|bytewax)$/,
    'stream-processing',
  ),
  rule(['npm'], /^(kafkajs|node-rdkafka)$/, 'stream-processing'),
  rule(
    PY,
    /^(apache-airflow|apache-airflow-.+|dagster|dagster-.+|prefect|prefect-.+|luigi|kfp|flytekit|hamilton|mage-ai)$/,
    'workflow-orchestration',
  ),
  rule(
    PY,
    /^(dbt-core|dbt-(postgres|snowflake|bigquery|redshift|databricks|spark|duckdb|trino|synapse|fabric|clickhouse|athena|glue|sqlserver|oracle|teradata|vertica|exasol|dremio|materialize|risingwave))$/,
    'dbt-transformation',
  ),
  rule(
    PY,
    /^(snowflake-connector-python|snowflake-sqlalchemy|snowflake-snowpark-python|google-cloud-bigquery|google-cloud-bigquery-storage|pandas-gbq|redshift-connector|databricks-sql-connector|dbt-(snowflake|bigquery|redshift|databricks|synapse|fabric))$/,
    'data-warehousing',
  ),
  rule(PY, /^(great-expectations|soda-core|soda-core-.+|pandera|dbt-expectations)$/, 'data-contracts'),
  rule(PY, /^(airbyte-cdk|meltano|singer-sdk|dlt|pyairbyte)$/, 'etl-elt'),
  rule(
    PY,
    /^(sqlalchemy|sqlmodel|psycopg|psycopg2|psycopg2-binary|asyncpg|pymysql|mysqlclient|duckdb|sqlglot|alembic|pyodbc|cx-oracle|oracledb|trino|clickhouse-connect)$/,
    'sql',
  ),
  rule(['npm'], /^(pg|mysql2|knex|sequelize|typeorm|@prisma\/client|better-sqlite3|duckdb)$/, 'sql'),
  rule(PY, /^(pyarrow|fastavro|avro|avro-python3|fastparquet|deltalake|pyiceberg)$/, 'data-formats'),
  rule(PY, /^(dask|distributed|ray)$/, 'distributed-systems'),
  // GenAI
  // transformers is as often a BERT classifier as a language model: a model framework alone, LLM
  // work only beside a companion (contextSkills). huggingface-hub, its download client, says neither.
  rule(
    PY,
    /^(langchain|langchain-.+|langgraph|llama-index|llama-index-.+|openai|anthropic|google-genai|google-generativeai|vertexai|litellm|mistralai|cohere|guidance|dspy|dspy-ai|peft|trl|unsloth|axolotl)$/,
    'llm-applications',
  ),
  rule(PY, /^transformers$/, 'ml-frameworks'),
  rule(
    ['npm'],
    /^(openai|@anthropic-ai\/sdk|langchain|@langchain\/.+|llamaindex|@google\/generative-ai|ollama)$/,
    'llm-applications',
  ),
  rule(PY, /^(sentence-transformers|fastembed|voyageai|langchain-text-splitters|tiktoken)$/, 'embedding-pipelines'),
  rule(
    PY,
    /^(pinecone|pinecone-client|weaviate-client|pgvector|qdrant-client|chromadb|pymilvus|faiss-cpu|faiss-gpu|lancedb|redisvl)$/,
    'vector-databases',
  ),
  rule(
    ['npm'],
    /^(@pinecone-database\/pinecone|chromadb|@qdrant\/js-client-rest|weaviate-ts-client)$/,
    'vector-databases',
  ),
  rule(PY, /^(ragas|deepeval|trulens|trulens-eval|promptfoo|langsmith)$/, 'prompt-evaluation'),
  rule(['npm'], /^promptfoo$/, 'prompt-evaluation'),
  // Cloud and containers
  rule(
    PY,
    /^(boto3|botocore|aiobotocore|aws-cdk-lib|awswrangler|s3fs|gcsfs|adlfs|google-cloud-.+|google-api-python-client|google-auth|azure-.+|firebase-admin)$/,
    'cloud-platforms',
  ),
  rule(['npm'], /^(@aws-sdk\/.+|aws-sdk|aws-cdk-lib|@google-cloud\/.+|@azure\/.+|firebase-admin)$/, 'cloud-platforms'),
  rule(
    ['go'],
    /^(cloud\.google\.com\/go|github\.com\/aws\/aws-sdk-go|github\.com\/azure\/azure-sdk-for-go)/,
    'cloud-platforms',
  ),
  rule(['maven'], /^(google-cloud-.+|aws-java-sdk.*|azure-.+)$/, 'cloud-platforms'),
  rule(PY, /^(kubernetes|docker)$/, 'docker-kubernetes'),
  rule(['cargo'], /^(arrow|arrow-.+|parquet|apache-avro|datafusion-.*-format)$/, 'data-formats'),
  rule(['cargo'], /^(sqlparser|datafusion|sqlx|diesel|tokio-postgres|postgres)$/, 'sql'),
  rule(['maven'], /^(spark-(core|sql|streaming)(_[\d.]+)?)$/, 'apache-spark'),
  rule(['maven'], /^(kafka-clients|kafka-streams|flink-.+|beam-sdks-java-core)$/, 'stream-processing'),
  rule(['maven'], /^(postgresql|mysql-connector-java|mysql-connector-j|hibernate-core|jooq)$/, 'sql'),
  // Container images (registry and tag stripped). These see the whole name and each path
  // segment; segments and their words are also read as packages and system names (systems.ts).
  rule(
    ['image'],
    /(^|\/)(cp-kafka|kafka|cp-schema-registry|cp-kafka-connect|redpanda|flink|pulsar|debezium.*|connect)$/,
    'stream-processing',
  ),
  rule(['image'], /(^|\/)(spark|pyspark-notebook|all-spark-notebook|spark-py)$/, 'apache-spark'),
  rule(['image'], /(^|\/)(airflow|kestra|prefect|dagster|mage-ai)$/, 'workflow-orchestration'),
  rule(['image'], /(^|\/)(postgres|postgresql|mysql|mariadb|pgadmin4|cloud-sql-proxy|mssql-server)$/, 'sql'),
  rule(['image'], /(^|\/)(pgvector|qdrant|chroma|milvus|weaviate)$/, 'vector-databases'),
  rule(['image'], /(^|\/)(clickhouse-server|trino|presto)$/, 'data-warehousing'),
  rule(['image'], /(^|\/)(mlflow|tritonserver|torchserve|seldon-core.*|tensorflow\/serving|serving)$/, 'model-serving'),
  rule(['image'], /(^|\/)(cloud-sdk|aws-cli|google-cloud-cli)$/, 'cloud-platforms'),
  rule(['image'], /(^|\/)(dbt-(core|postgres|snowflake|bigquery|redshift))$/, 'dbt-transformation'),
  // Terraform resources and modules
  rule(['terraform'], /^(aws|google|azurerm|azuread|oci|alicloud|ibm|digitalocean)_/, 'cloud-platforms'),
  rule(
    ['terraform'],
    /^(google_bigquery_|aws_redshift|snowflake_|azurerm_synapse_|databricks_sql_)/,
    'data-warehousing',
  ),
  rule(['terraform'], /^(google_dataproc_|aws_emr_|databricks_cluster)/, 'apache-spark'),
  rule(['terraform'], /^(aws_kinesis|aws_msk_|google_pubsub_|confluent_kafka_|google_dataflow_)/, 'stream-processing'),
  rule(['terraform'], /^(google_composer_|aws_mwaa_|google_workflows_|aws_sfn_)/, 'workflow-orchestration'),
  rule(['terraform'], /^(aws_sagemaker_|google_vertex_ai_|azurerm_machine_learning_)/, 'mlops'),
  rule(
    ['terraform'],
    /^(aws_ecs_|aws_eks_|google_container_|azurerm_kubernetes_|kubernetes_|helm_release)/,
    'docker-kubernetes',
  ),
  rule(['terraform'], /^(google_sql_|aws_db_instance|aws_rds_|azurerm_(postgresql|mysql|mssql)_)/, 'sql'),
  // System packages a Dockerfile installs (apt, apk): a database, or the client of one, a cloud or
  // a cluster. Build headers (libpq-dev) and an embedded sqlite are what any web app installs.
  rule(
    ['apt'],
    /^(postgresql(-client)?(-\d+)?|(default-)?mysql-client|mariadb-client|msodbcsql\d*|mssql-tools\d*)$/,
    'sql',
  ),
  rule(['apt'], /^(google-cloud-cli|google-cloud-sdk|awscli|aws-cli|azure-cli)$/, 'cloud-platforms'),
  rule(['apt'], /^(kubectl|helm|docker-ce|docker-ce-cli|docker\.io|docker-cli)$/, 'docker-kubernetes'),
  // dbt
  rule(
    ['dbt'],
    /^adapter:(snowflake|bigquery|redshift|databricks|synapse|fabric|clickhouse|trino|athena)$/,
    'data-warehousing',
  ),
  rule(['dbt'], /^(adapter|package):/, 'dbt-transformation'),
  // Files whose presence is the evidence
  rule(['file'], /^(dockerfile|compose|kustomize|helm-chart)$/, 'docker-kubernetes'),
  rule(['file'], /^terraform$/, 'cloud-platforms'),
  rule(['file'], /^dbt-project$/, 'dbt-transformation', 'sql'),
  rule(['file'], /^(mlflow|dvc)$/, 'mlops'),
  rule(['file'], /^(bentoml|triton)$/, 'model-serving'),
  rule(['file'], /^feature-store$/, 'feature-stores'),
  rule(['file'], /^great-expectations$/, 'data-contracts'),
];

/**
 * Infrastructure files are named for the service they run: `modules/kinesis/main.tf`,
 * `spark-base.Dockerfile`, `warehouse/docker-compose.yml`. Their folder and file names are weak
 * evidence of their own, which counts where the content is unavailable or says nothing more.
 */
const INFRA_NAME_TOKENS: [RegExp, string][] = [
  [/^(spark|pyspark|dataproc|emr|databricks)$/, 'apache-spark'],
  [/^(kafka|redpanda|kinesis|flink|pubsub|msk)$/, 'stream-processing'],
  [/^(bigquery|bq|redshift|snowflake|synapse|warehouse|dwh)$/, 'data-warehousing'],
  [/^(airflow|composer|kestra|dagster|prefect|mwaa)$/, 'workflow-orchestration'],
  [/^(mlflow|kubeflow|sagemaker)$/, 'mlops'],
];

export function infraNameSkills(path: string): { skill: string; token: string }[] {
  const tokens = path
    .toLowerCase()
    .split(/[/._-]+/)
    .filter(Boolean);
  const out: { skill: string; token: string }[] = [];
  for (const token of tokens)
    for (const [re, skill] of INFRA_NAME_TOKENS)
      if (re.test(token) && !out.some((o) => o.skill === skill)) out.push({ skill, token });
  return out;
}

/** Skills no manifest can show: they are about how someone works, not what a project declares. */
export const NOT_VISIBLE_IN_MANIFESTS = [
  'data-pipeline-design',
  'data-modeling',
  'query-optimization',
  'ml-fundamentals',
  'software-engineering',
] as const;

// aiohttp is left out: it is mostly used as an HTTP client.
const WEB_SERVERS = /^(flask|fastapi|gunicorn|uvicorn|starlette|litestar)$/;
const MODEL_STACK = new Set(['ml-frameworks', 'mlops']);
const RAY_SERVING = /^(serve|serve-grpc)$/;
const RAY_TRAINING = /^(train|tune)$/;
/** An extra that adds a server to a model package: `llama-cpp-python[server]`. */
const SERVER_EXTRA = /^(serve|server|serving|serve-grpc)$/;
/**
 * Beside transformers, these say a language model: quantised loading and LLM attention kernels.
 * LLM frameworks (langchain, peft, vllm…) need no help: their own rules say so.
 */
const LLM_COMPANIONS = /^(bitsandbytes|auto-gptq|autoawq|gptqmodel|flash-attn)$/;
const DISTRIBUTED_PATH =
  /(^|\/)(distributed|ddp|fsdp\d*|deepspeed|horovod|tensor[-_]parallelism|pipeline[-_]parallelism)(\/|$)/i;

/** The skills one declaration points to on its own. */
export function skillsOf(d: Declared): string[] {
  // Ray: serving only with `ray[serve]`, training with `ray[train]`/`ray[tune]`; plain ray is a
  // general distributed runtime (often a task runner), never serving or training.
  if ((d.ecosystem === 'pypi' || d.ecosystem === 'conda') && d.name === 'ray') {
    const extras = d.extras ?? [];
    if (extras.some((e) => RAY_SERVING.test(e))) return ['model-serving', 'distributed-systems'];
    if (extras.some((e) => RAY_TRAINING.test(e))) return ['distributed-training', 'distributed-systems'];
    return ['distributed-systems'];
  }
  if (d.ecosystem === 'image') return imagePathSkills(d.name, (n) => tableSkills('image', n), packageSkills);
  const out = tableSkills(d.ecosystem, d.name);
  if (d.ecosystem === 'pypi' || d.ecosystem === 'conda') {
    // An integration credits the system it drives; extras name the parts installed with it.
    out.push(...integrationSkills(d.name, pypiTable), ...extraSkills(d.extras ?? [], pypiTable));
    if (
      out.some((s) => MODEL_STACK.has(s) || s === 'llm-applications') &&
      (d.extras ?? []).some((e) => SERVER_EXTRA.test(e))
    )
      out.push('model-serving');
  }
  return [...new Set(out)];
}

function tableSkills(ecosystem: Ecosystem, name: string): string[] {
  const out: string[] = [];
  for (const r of RULES) if (r.ecosystems.includes(ecosystem) && r.name.test(name)) out.push(...r.skills);
  return out;
}

const pypiTable = (name: string) => tableSkills('pypi', name);
/** A word read as a Python package, integrations included (`dagster-k8s` in an image path). */
const packageSkills = (name: string) => [...pypiTable(name), ...integrationSkills(name, pypiTable)];

/**
 * Skills a manifest shows only through the combination of what it declares: a web server next
 * to a model framework serves models; a model framework in a folder about distributed training
 * is distributed training.
 */
export function contextSkills(path: string, declared: readonly Declared[]): { skill: string; because: Declared }[] {
  const out: { skill: string; because: Declared }[] = [];
  const main = declared.filter((d) => d.scope === 'main');
  const model = main.find((d) => skillsOf(d).some((s) => MODEL_STACK.has(s)));
  const server = main.find((d) => (d.ecosystem === 'pypi' || d.ecosystem === 'conda') && WEB_SERVERS.test(d.name));
  if (model && server) out.push({ skill: 'model-serving', because: server });
  const transformers = main.find((d) => d.ecosystem !== 'image' && d.name === 'transformers');
  const companion = main.find(
    (d) => (d.ecosystem === 'pypi' || d.ecosystem === 'conda') && LLM_COMPANIONS.test(d.name),
  );
  if (transformers && companion) out.push({ skill: 'llm-applications', because: companion });
  const framework = main.find((d) => skillsOf(d).includes('ml-frameworks'));
  if (framework && DISTRIBUTED_PATH.test(path.slice(0, path.lastIndexOf('/') + 1)))
    out.push({ skill: 'distributed-training', because: framework });
  return out;
}

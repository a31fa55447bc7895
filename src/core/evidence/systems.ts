// What a name says about the system it drives or packages. An integration package names the
// system after its hub (`apache-airflow-providers-google`, `dagster-k8s`, `prefect-snowflake`),
// an extra names a part to install (`apache-airflow[cncf.kubernetes]`), and a container image
// names what it runs in its path (`astronomer/astro-runtime`, `lambda/python`,
// `vllm/vllm-openai`). Each part is read first as a whole, then word by word, through the
// package rules (given by the caller) and the table of system names below.

/**
 * Names of systems as they appear inside other names: products, and the vendor namespaces
 * that publish only that product's images (`confluentinc`, `astronomer`). Words that also
 * mean something else are left out: `composer` (PHP's), `google` (many unrelated images),
 * `cloud`, `server`, `runtime`.
 */
const SYSTEMS: [RegExp, string[]][] = [
  // Clouds and their serverless runtimes (`lambda/python`, `azure-functions/python`, `google-appengine/python`).
  [
    /^(aws|gcp|gcloud|azure|lambda|serverless|appengine|google-appengine|cloudsdktool|cloud-sdk|localstack|sagemaker|vertex-ai|vertexai)$/,
    ['cloud-platforms'],
  ],
  [/^(docker|kubernetes|k8s|kubectl|helm|kustomize)$/, ['docker-kubernetes']],
  [/^(spark|pyspark|databricks|databricksruntime|dataproc|emr|livy)$/, ['apache-spark']],
  [
    /^(kafka|confluent|confluentinc|redpanda|redpandadata|kinesis|flink|pubsub|msk|pulsar|debezium|ksqldb|dataflow)$/,
    ['stream-processing'],
  ],
  [
    /^(bigquery|redshift|snowflake|synapse|clickhouse|trino|trinodb|presto|prestodb|starburst|starburstdata|athena|hive)$/,
    ['data-warehousing'],
  ],
  [
    /^(airflow|astronomer|astronomerio|kestra|dagster|prefect|prefecthq|mwaa|mageai|mage-ai|luigi|flyte|flytekit)$/,
    ['workflow-orchestration'],
  ],
  [/^(dbt|dbt-cloud|dbt-labs|dbtlabs)$/, ['dbt-transformation']],
  [/^(mlflow|kubeflow|sagemaker|vertex-ai|zenml|metaflow|clearml|wandb)$/, ['mlops']],
  [/^(tritonserver|triton|triton-inference-server|torchserve|kserve|seldon|seldonio|bentoml)$/, ['model-serving']],
  // LLM inference servers: serving, of language models.
  [
    /^(vllm|vllm-openai|sglang|lmsysorg|text-generation-inference|tgi|tensorrt-llm|trtllm|lmdeploy|ollama|llama\.cpp|llama-cpp|llamacpp|localai|xinference|openllm)$/,
    ['model-serving', 'llm-applications'],
  ],
  [/^(text-embeddings-inference|infinity-emb)$/, ['model-serving', 'embedding-pipelines']],
  [/^(postgres|postgresql|mysql|mariadb|mssql|sqlserver|sqlite|common-sql|cockroachdb)$/, ['sql']],
  [/^(pgvector|qdrant|chroma|chromadb|milvus|milvusdb|weaviate|pinecone|lancedb)$/, ['vector-databases']],
  [/^(feast|feastdev|tecton|hopsworks)$/, ['feature-stores']],
  [/^(airbyte|meltano|fivetran|embedded-elt)$/, ['etl-elt']],
  [/^(great-expectations|pandera)$/, ['data-contracts']],
];

/** Parts that name a system only as the whole suffix of an integration or an extra. */
const WHOLE_SUFFIX: [RegExp, string[]][] = [[/^(google|amazon|microsoft-azure)$/, ['cloud-platforms']]];

/** Hubs whose integration packages are named `<hub>-<system>`; the hub itself is credited by the package rules. */
const INTEGRATION_HUB = /^(apache-airflow-providers|airflow-provider|dagster|prefect|langchain|llama-index)-(.+)$/;

/** Extras that name no part: a bundle of everything, or a way of working. */
const NO_PART =
  /^(all|full|complete|default|standard|extras?|dev|devel|develop|test|tests|testing|docs?|lint|typing|mypy|ci|build|release)$/;

export type PackageSkills = (name: string) => string[];

function table(rows: [RegExp, string[]][], word: string): string[] {
  return rows.flatMap(([re, skills]) => (re.test(word) ? skills : []));
}

/**
 * A part read as a whole, and if that says nothing, word by word. A package of that name
 * speaks first: `langchain-ollama` drives the `ollama` client (an LLM application), where an
 * `ollama` image is the server itself.
 */
function partSkills(part: string, pkg: PackageSkills): string[] {
  const named = (word: string) => {
    const p = pkg(word);
    return p.length ? p : table(SYSTEMS, word);
  };
  const whole = named(part);
  return whole.length
    ? whole
    : part
        .split(/[-_.]+/)
        .filter(Boolean)
        .flatMap(named);
}

/** `prefect-snowflake` → data-warehousing; `dagster-gcp-pyspark` → cloud and Spark. */
export function integrationSkills(name: string, pkg: PackageSkills): string[] {
  const suffix = INTEGRATION_HUB.exec(name)?.[2];
  return suffix ? unique([...table(WHOLE_SUFFIX, suffix), ...partSkills(suffix, pkg)]) : [];
}

/** `apache-airflow[google,cncf.kubernetes]` → cloud and Kubernetes; `[all]` or `[dev]` → nothing. */
export function extraSkills(extras: readonly string[], pkg: PackageSkills): string[] {
  return unique(
    extras
      .map((e) => e.toLowerCase().replace(/[_.]+/g, '-'))
      .filter((e) => !NO_PART.test(e))
      .flatMap((e) => [...table(WHOLE_SUFFIX, e), ...partSkills(e, pkg)]),
  );
}

/**
 * An image's path, registry and tag already stripped (`astronomer/astro-runtime`): each
 * segment is read as a whole (through `whole`, the image rules, and as a package), then word
 * by word. The image rules see the whole name too (`tensorflow/serving`).
 */
export function imagePathSkills(name: string, whole: (candidate: string) => string[], pkg: PackageSkills): string[] {
  const out = whole(name);
  for (const segment of name.split('/')) {
    const named = [...whole(segment), ...pkg(segment), ...table(SYSTEMS, segment)];
    out.push(
      ...(named.length
        ? named
        : segment
            .split(/[-_.]+/)
            .filter(Boolean)
            .flatMap((w) => [...pkg(w), ...table(SYSTEMS, w)])),
    );
  }
  return unique(out);
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

// What kind of work a changed file is, from its path alone (and the repository's dbt projects).
// Churn and other people's code are recognised here: lockfiles, vendored and generated files,
// docs, data and binaries carry no skill; the rest is code, configuration or infrastructure.
import { manifestKind, type ManifestKind } from '../select';

export type FileKind =
  | 'ignored' // lockfiles, vendored, generated, docs, data, media
  | 'python'
  | 'notebook'
  | 'js'
  | 'go'
  | 'jvm'
  | 'r'
  | 'shell'
  | 'other-code'
  | 'sql'
  | 'dbt-model'
  | 'dbt-config'
  | 'terraform'
  | 'dockerfile'
  | 'compose'
  | 'kubernetes'
  | 'cloud-template'
  | 'ci'
  | 'manifest'
  | 'config';

export interface Classified {
  kind: FileKind;
  /** Set for manifests the manifest scan understands. */
  manifest?: ManifestKind;
  /** A test file: counts toward software engineering as well as its language. */
  test: boolean;
  /** Why a file is ignored, for the report. */
  why?: string;
}

const LOCKFILE =
  /^(poetry\.lock|pipfile\.lock|uv\.lock|pdm\.lock|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lockb|cargo\.lock|go\.sum|gemfile\.lock|composer\.lock|conda-lock\.ya?ml|package-lock\.ya?ml|\.terraform\.lock\.hcl|.*\.lock)$/;
const VENDORED_DIR =
  /^(vendor|vendored|third[-_]party|node_modules|site-packages|dist-packages|bower_components|external|extern|\.venv|venv|dbt_packages|dbt_modules)$/i;
const GENERATED_DIR =
  /^(dist|build|target|out|\.next|__pycache__|\.ipynb_checkpoints|generated|gen|_build|site|coverage|htmlcov)$/i;
const GENERATED_FILE = /(\.min\.(js|css)|\.map|_pb2(_grpc)?\.pyi?|\.pb\.go|\.generated\.\w+|\.g\.dart|\.snap|\.pyc)$/i;
const DOCS_DIR = /^(docs?|documentation|\.github\/ISSUE_TEMPLATE)$/i;
const PROSE =
  /\.(md|markdown|mdx|rst|txt|adoc|asciidoc|org|tex|html?|css|scss|svg|png|jpe?g|gif|ico|webp|pdf|docx?|pptx?|xlsx?)$/i;
const DATA =
  /\.(csv|tsv|parquet|avro|orc|feather|arrow|pkl|pickle|joblib|h5|hdf5|npy|npz|onnx|pt|pth|ckpt|safetensors|bin|zip|gz|tgz|bz2|xz|7z|jar|whl|db|sqlite|duckdb|log)$/i;
const CI_PATH =
  /(^|\/)(\.github\/workflows\/|\.circleci\/|\.gitlab-ci\.ya?ml$|\.travis\.ya?ml$|jenkinsfile$|azure-pipelines[^/]*\.ya?ml$|\.azure-pipelines\/|\.pipelines\/|azdo[-_]pipelines?\/|bitbucket-pipelines\.ya?ml$|\.buildkite\/|cloudbuild\.ya?ml$|\.pre-commit-config\.ya?ml$|tox\.ini$|noxfile\.py$|makefile$)/i;
const TEST_PATH =
  /(^|\/)(tests?|testing|__tests__|spec)\/|(^|\/)(test_[^/]+\.py|[^/]+_test\.(py|go)|[^/]+\.(test|spec)\.[jt]sx?|conftest\.py|[^/]+Test\.(java|scala|kt))$/i;
// Folders named for Kubernetes; YAML elsewhere counts only if it holds Kubernetes objects (signals.ts).
const HELM_OR_K8S_DIR = /(^|\/)(charts?|helm|k8s|kubernetes|kustomize)\//i;

/** Folders holding dbt projects at HEAD, from the paths of their dbt_project.yml ("" for the root). */
export function dbtProjects(treePaths: readonly string[]): string[] {
  return treePaths.filter((p) => /(^|\/)dbt_project\.ya?ml$/i.test(p)).map((p) => p.slice(0, p.lastIndexOf('/') + 1));
}

export function classify(path: string, dbtRoots: readonly string[] = []): Classified {
  const lower = path.toLowerCase();
  const parts = lower.split('/');
  const base = parts[parts.length - 1]!;
  const dirs = parts.slice(0, -1);
  const test = TEST_PATH.test(lower);
  const ignored = (why: string): Classified => ({ kind: 'ignored', test: false, why });
  if (LOCKFILE.test(base)) return ignored('lockfile');
  const vendored = dirs.find((d) => VENDORED_DIR.test(d));
  if (vendored) return ignored(`vendored (${vendored}/)`);
  if (GENERATED_FILE.test(base) || dirs.some((d) => GENERATED_DIR.test(d))) return ignored('generated');
  if (DATA.test(base)) return ignored('data or binary');
  const manifest = manifestKind(path) ?? undefined;
  // A compiled requirements file is a lockfile by another name; the parser sees its `# via` lines.
  if (manifest === 'dockerfile') return { kind: 'dockerfile', manifest, test };
  if (manifest === 'compose') return { kind: 'compose', manifest, test };
  if (manifest === 'terraform' || /\.(tfvars|hcl)$/.test(base))
    return { kind: 'terraform', ...(manifest ? { manifest } : {}), test };
  if (manifest === 'helm-chart' || manifest === 'kustomize') return { kind: 'kubernetes', manifest, test };
  if (manifest === 'dbt-project' || manifest === 'dbt-packages' || manifest === 'dbt-profiles')
    return { kind: 'dbt-config', manifest, test };
  if (CI_PATH.test(lower)) return { kind: 'ci', test: false };
  if (manifest && manifest !== 'setup-py') return { kind: 'manifest', manifest, test };
  const inDocs = dirs.some((d) => DOCS_DIR.test(d));
  // A docs folder's code is its examples, except the site generator's settings (Sphinx's conf.py).
  if (PROSE.test(base) || (inDocs && (!/\.(py|sql|ipynb)$/.test(base) || base === 'conf.py')))
    return ignored('documentation');
  const inDbt = dbtRoots.find(
    (r) =>
      lower.startsWith(r.toLowerCase()) &&
      /^(models|macros|snapshots|seeds|tests|analyses)\//.test(lower.slice(r.length)),
  );
  if (inDbt !== undefined && /\.(sql|ya?ml)$/.test(base)) return { kind: 'dbt-model', test };
  if (base.endsWith('.sql')) return { kind: 'sql', test };
  if (/\.(py|pyi|pyx)$/.test(base)) return { kind: 'python', test };
  if (base.endsWith('.ipynb')) return { kind: 'notebook', test };
  if (/\.(m?[jt]sx?|cjs|cts|mts)$/.test(base)) return { kind: 'js', test };
  if (base.endsWith('.go')) return { kind: 'go', test };
  if (/\.(java|scala|kt|kts|sc)$/.test(base)) return { kind: 'jvm', test };
  if (/\.(r|rmd)$/.test(base)) return { kind: 'r', test };
  if (/\.(sh|bash|zsh|ps1)$/.test(base)) return { kind: 'shell', test };
  if (/\.(rs|c|cc|cpp|h|hpp|cs|rb|php|swift|jl|lua)$/.test(base)) return { kind: 'other-code', test };
  if (/\.(ya?ml)$/.test(base) && HELM_OR_K8S_DIR.test(lower)) return { kind: 'kubernetes', test };
  if (/\.(json|ya?ml|bicep)$/.test(base)) return { kind: 'config', test };
  return { kind: 'config', test };
}

/** Kinds written in a general-purpose programming language. */
export const PROGRAM_KINDS: ReadonlySet<FileKind> = new Set([
  'python',
  'notebook',
  'js',
  'go',
  'jvm',
  'r',
  'other-code',
]);

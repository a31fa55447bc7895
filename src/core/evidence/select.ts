// Which files a scan reads, as a pure function of the workspace listing: every candidate
// manifest is either chosen or skipped with a reason. The order is deterministic (shallow
// first, then by kind, then by path), so a cap always drops the same, least telling files.

/** The manifest kinds the parsers understand; `null` for a path that is not a manifest. */
export type ManifestKind =
  | 'requirements'
  | 'pyproject'
  | 'setup-cfg'
  | 'pipfile'
  | 'conda'
  | 'package-json'
  | 'dbt-project'
  | 'dbt-profiles'
  | 'dbt-packages'
  | 'compose'
  | 'dockerfile'
  | 'terraform'
  | 'helm-chart'
  | 'helm-values'
  | 'go-mod'
  | 'maven'
  | 'gradle'
  | 'cargo'
  | 'mlflow'
  | 'dvc'
  | 'bentoml'
  | 'feature-store'
  | 'triton'
  | 'great-expectations'
  | 'kustomize'
  | 'setup-py';

/** Most telling first: a cap keeps these. */
const KIND_ORDER: ManifestKind[] = [
  'pyproject',
  'requirements',
  'pipfile',
  'conda',
  'setup-cfg',
  'setup-py',
  'package-json',
  'dbt-project',
  'compose',
  'dockerfile',
  'terraform',
  'mlflow',
  'dvc',
  'bentoml',
  'feature-store',
  'triton',
  'dbt-profiles',
  'dbt-packages',
  'helm-chart',
  'helm-values',
  'great-expectations',
  'go-mod',
  'maven',
  'gradle',
  'cargo',
  'kustomize',
];

const RULES: [RegExp, ManifestKind][] = [
  [/^(.*[-_.])?requirements?([-_.].*)?\.(txt|in)$/, 'requirements'],
  [/^pyproject\.toml$/, 'pyproject'],
  [/^setup\.cfg$/, 'setup-cfg'],
  [/^setup\.py$/, 'setup-py'],
  [/^pipfile$/, 'pipfile'],
  [/^(environment|conda)([-_.].*)?\.ya?ml$/, 'conda'],
  [/^package\.json$/, 'package-json'],
  [/^dbt_project\.ya?ml$/, 'dbt-project'],
  [/^profiles\.ya?ml$/, 'dbt-profiles'],
  [/^(packages|dependencies)\.ya?ml$/, 'dbt-packages'],
  [/^(docker-)?compose([-_.].*)?\.ya?ml$/, 'compose'],
  [/^(dockerfile|containerfile)([-_.].*)?$|\.(dockerfile|containerfile)$/, 'dockerfile'],
  [/\.tf$/, 'terraform'],
  [/^chart\.ya?ml$/, 'helm-chart'],
  [/^(.*[-_.])?values([-_.].*)?\.ya?ml$/, 'helm-values'],
  [/^kustomization\.ya?ml$/, 'kustomize'],
  [/^go\.mod$/, 'go-mod'],
  [/^pom\.xml$/, 'maven'],
  [/^(build|settings)\.gradle(\.kts)?$/, 'gradle'],
  [/^cargo\.toml$/, 'cargo'],
  [/^(mlproject|mlmodel)$/, 'mlflow'],
  [/^dvc\.ya?ml$/, 'dvc'],
  [/^bentofile\.ya?ml$/, 'bentoml'],
  [/^feature_store\.ya?ml$/, 'feature-store'],
  [/^config\.pbtxt$/, 'triton'],
  [/^great_expectations\.ya?ml$/, 'great-expectations'],
];

/**
 * Folders that only ever hold other people's code, a tool's output or caches, never the user's
 * manifests. `target/` is here: Maven, Cargo, sbt and dbt write it, and no convention puts
 * hand-written files there.
 */
const EXCLUDED_DIRS = new Set([
  'node_modules',
  'bower_components',
  '.git',
  '.hg',
  '.svn',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '.eggs',
  'site-packages',
  'dist-packages',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.terraform',
  '.terragrunt-cache',
  'dbt_packages',
  'dbt_modules',
  'target',
  'vendor',
  'third_party',
  'third-party',
  '.gradle',
  '.idea',
  '.cache',
  '.next',
  '.nuxt',
  'coverage',
  'conda-meta',
  '.ipynb_checkpoints',
]);

/**
 * Folders named like build output that projects also fill by hand: `build/` holds Dockerfiles
 * and CI files by convention (golang-standards' project layout), and `dist/` deploy files.
 * What is in them decides (see outputFolder).
 */
const OUTPUT_NAMED_DIRS = new Set(['build', 'dist']);
/** Files build tools leave in their output: a cache tag, CMake's cache, a Python build's metadata. */
const OUTPUT_MARKERS = /^(cachedir\.tag|cmakecache\.txt|pkg-info)$/;
/** Subfolders where tools write (setuptools' lib and bdist, Gradle's classes, resources and tmp, CMake's files, Sphinx's pages). */
const OUTPUT_SUBDIRS =
  /^(lib|lib\..+|bdist\..+|classes|test-classes|resources|generated|generated-.+|intermediates|tmp|libs|cmakefiles|html|doctrees|_sources|.+\.egg-info|.+\.dist-info)$/;
/** What people write by hand to build and deploy; packaging manifests in an output folder are a packager's copies. */
const HAND_WRITTEN_KINDS = new Set<ManifestKind>([
  'dockerfile',
  'compose',
  'helm-chart',
  'helm-values',
  'kustomize',
  'terraform',
  'requirements',
  'conda',
]);

/** The glob a host lists with (findFiles): every name a rule above could match, any depth. */
export const LISTING_GLOB =
  '**/{*requirement*.txt,*requirement*.in,requirements/*.txt,requirements/*.in,pyproject.toml,setup.cfg,setup.py,Pipfile,environment*.yml,environment*.yaml,conda*.yml,conda*.yaml,package.json,dbt_project.yml,profiles.yml,packages.yml,dependencies.yml,*compose*.yml,*compose*.yaml,Dockerfile*,dockerfile*,*.Dockerfile,*.dockerfile,Containerfile*,*.tf,Chart.yaml,values*.yaml,values*.yml,*[-_.]values.yaml,*[-_.]values.yml,kustomization.yaml,go.mod,pom.xml,build.gradle,build.gradle.kts,Cargo.toml,MLproject,MLmodel,dvc.yaml,bentofile.yaml,feature_store.yaml,config.pbtxt,great_expectations.yml,pyvenv.cfg,CACHEDIR.TAG,CMakeCache.txt,PKG-INFO}';
/** Folders a host's listing never enters (the rest is decided here, with reasons). */
export const LISTING_EXCLUDED_DIRS: readonly string[] = [
  'node_modules',
  '.git',
  'site-packages',
  '.terraform',
  '__pycache__',
];
/** The same folders as the exclude glob a host lists with. */
export const LISTING_EXCLUDE = `**/{${LISTING_EXCLUDED_DIRS.join(',')}}/**`;
/** Files read at most in one scan; the rest are reported as left out. */
export const MAX_CHOSEN = 1000;

/** Whether a listing keeps this path: a manifest, or the marker of a virtual environment or of build output. */
export function isListed(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return manifestKind(path) !== null || base === 'pyvenv.cfg' || OUTPUT_MARKERS.test(base);
}

/**
 * Why a manifest in a folder named like build output is a tool's output, or null when it is
 * hand-written: the folder holds a build tool's marker, the file sits in a subfolder tools
 * write, or it is a packaging manifest (a packager's copy of the project's own).
 */
function outputFolder(path: string, kind: ManifestKind, markers: readonly string[]): string | null {
  const dirs = path.split('/').slice(0, -1);
  const at = dirs.findIndex((d) => OUTPUT_NAMED_DIRS.has(d.toLowerCase()));
  if (at < 0) return null;
  const folder = `${dirs.slice(0, at + 1).join('/')}/`;
  const marker = markers.find((m) => m.startsWith(folder));
  if (marker) return `inside ${folder}, which ${marker} marks as build output`;
  const sub = dirs.slice(at + 1).find((d) => OUTPUT_SUBDIRS.test(d.toLowerCase()));
  if (sub) return `inside ${folder}${sub}/, where build tools write their output`;
  if (!HAND_WRITTEN_KINDS.has(kind))
    return `inside ${folder}, where a ${kind} file is a packager's copy, not the project's own`;
  return null;
}

export function manifestKind(path: string): ManifestKind | null {
  const segments = path.split('/');
  const base = segments[segments.length - 1]!.toLowerCase();
  const parent = (segments[segments.length - 2] ?? '').toLowerCase();
  if (parent === 'requirements' && /\.(txt|in)$/.test(base)) return 'requirements';
  for (const [re, kind] of RULES) if (re.test(base)) return kind;
  return null;
}

export interface Selection {
  chosen: { path: string; kind: ManifestKind }[];
  skipped: { file: string; reason: string }[];
}

/**
 * Chooses the manifests to read from a workspace listing (paths relative to the folder, with
 * `/`). `symlinked` holds folders or files the host found to be symbolic links: nothing at or
 * under them is read, so a scan never leaves the workspace folder.
 */
export function selectFiles(
  listing: readonly string[],
  opts: { max?: number; symlinked?: ReadonlySet<string> } = {},
): Selection {
  const max = opts.max ?? MAX_CHOSEN;
  const venvs = listing
    .filter((p) => p.split('/').pop() === 'pyvenv.cfg')
    .map((p) => p.slice(0, p.lastIndexOf('/') + 1));
  const markers = listing.filter((p) => OUTPUT_MARKERS.test(p.slice(p.lastIndexOf('/') + 1).toLowerCase()));
  const candidates: Selection['chosen'] = [];
  const skipped: Selection['skipped'] = [];
  for (const path of [...new Set(listing)].sort()) {
    const kind = manifestKind(path);
    if (!kind) continue;
    const dirs = path.split('/').slice(0, -1);
    const excluded = dirs.find((d) => EXCLUDED_DIRS.has(d.toLowerCase()));
    if (excluded) {
      skipped.push({ file: path, reason: `inside ${excluded}/, which holds build output or other people's code` });
      continue;
    }
    const output = outputFolder(path, kind, markers);
    if (output) {
      skipped.push({ file: path, reason: output });
      continue;
    }
    const venv = venvs.find((v) => v !== '' && path.startsWith(v));
    if (venv !== undefined) {
      skipped.push({ file: path, reason: `inside a virtual environment (${venv}pyvenv.cfg)` });
      continue;
    }
    const link = opts.symlinked && [...prefixes(path)].find((p) => opts.symlinked!.has(p));
    if (link) {
      skipped.push({ file: path, reason: `under a symbolic link (${link}), which may lead out of the workspace` });
      continue;
    }
    candidates.push({ path, kind });
  }
  const depth = (p: string) => p.split('/').length;
  candidates.sort(
    (a, b) =>
      depth(a.path) - depth(b.path) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  for (const left of candidates.slice(max))
    skipped.push({ file: left.path, reason: `over the limit of ${max} files per scan` });
  return { chosen: candidates.slice(0, max), skipped };
}

/** "a", "a/b", "a/b/c.txt" for "a/b/c.txt". */
function* prefixes(path: string): Generator<string> {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) yield parts.slice(0, i).join('/');
}

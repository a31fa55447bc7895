// Reading what manifest files declare: dependency names with their line and scope, images,
// Terraform resource types, dbt adapters. Real parsers for TOML (smol-toml) and YAML (yaml),
// line rules for formats that are lines (requirements, Dockerfiles), and bounded regular
// expressions (no nested quantifiers) for code-like files. Nothing is executed.
import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';
import type { ManifestKind } from './select';

/** Where a declaration sits: the project's own runtime needs, or something weaker. */
export type Scope = 'main' | 'optional' | 'dev';

export type Ecosystem = 'pypi' | 'npm' | 'conda' | 'image' | 'apt' | 'terraform' | 'maven' | 'go' | 'cargo' | 'helm' | 'dbt' | 'file';

export interface Declared {
  ecosystem: Ecosystem;
  /** Lower-case, `_` and `.` read as `-` for Python names. */
  name: string;
  line: number;
  scope: Scope;
  /** PEP 508 extras, e.g. `ray[serve]` → ['serve']. */
  extras?: string[];
}

export type Parsed = { ok: true; declared: Declared[]; includes: { path: string; line: number }[] } | { ok: false; reason: string };

// YAML limits that keep the parser inside its time budget on hostile input (measured: deep
// flow nesting and 40k-item sequences take the yaml package 0.4–0.6 s at 256 KB).
const YAML_MAX_LINES = 5000;
const YAML_MAX_DEPTH = 40;

/**
 * Line numbers for names found in a parsed file. Declarations are looked up in the order they
 * appear, so each search starts where the last one ended (linear overall, not quadratic), and
 * offsets map to lines by binary search over the line starts.
 */
function lineFinder(text: string): (needle: string) => number {
  const lower = text.toLowerCase();
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  let cursor = 0;
  return (needle) => {
    const n = needle.toLowerCase();
    let at = lower.indexOf(n, cursor);
    if (at < 0) at = lower.indexOf(n);
    if (at < 0) return 1;
    cursor = at + n.length;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Joins backslash-continued lines; returns each logical line with its first line number. */
function logicalLines(text: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const at = i + 1;
    const parts = [lines[i]!];
    while (/\\\s*$/.test(parts[parts.length - 1]!) && i + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1]!.replace(/\\\s*$/, ' ');
      parts.push(lines[++i]!);
    }
    out.push({ line: parts.join(''), at });
  }
  return out;
}

export function pythonName(raw: string): string {
  return raw.trim().toLowerCase().replace(/[_.]+/g, '-');
}

/** The name and extras of a PEP 508 requirement string, or null if it does not start with one. */
export function pep508(spec: string): { name: string; extras: string[] } | null {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]{0,100}[A-Za-z0-9])?)\s*(?:\[([A-Za-z0-9_.,\s-]{0,200})\])?/.exec(spec);
  if (!m) return null;
  return { name: pythonName(m[1]!), extras: (m[2] ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean) };
}

/** requirements.txt: one requirement a line; `-r`/`-c` includes; `-e …#egg=name`. */
function requirements(text: string, scope: Scope): Parsed {
  const declared: Declared[] = [];
  const includes: { path: string; line: number }[] = [];
  // Continuations join the next line; a comment starts at a `#` after whitespace or at the start.
  for (const { line: raw, at } of logicalLines(text)) {
    let line = raw;
    const egg = /#egg=([A-Za-z0-9._-]{1,100})/.exec(line)?.[1];
    line = line.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const include = /^(?:-r|--requirement|-c|--constraint)[=\s]+(\S+)/.exec(line);
    if (include) { includes.push({ path: include[1]!, line: at }); continue; }
    const editable = /^(?:-e|--editable)[=\s]+(\S+)/.exec(line);
    if (editable) {
      if (egg) declared.push({ ecosystem: 'pypi', name: pythonName(egg), line: at, scope });
      continue;
    }
    if (line.startsWith('-')) continue; // other pip options (--index-url, --hash…)
    if (/^[a-z+]+:\/\//i.test(line) || line.startsWith('.') || line.startsWith('/')) continue; // URLs and paths name no package
    const req = pep508(line);
    if (req) declared.push({ ecosystem: 'pypi', name: req.name, extras: req.extras, line: at, scope });
  }
  return { ok: true, declared, includes };
}

function tomlTable(text: string): Record<string, unknown> | string {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (err) {
    return `not valid TOML (${String(err instanceof Error ? err.message : err).split('\n')[0]!.slice(0, 120)})`;
  }
}

const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Record<string, unknown> : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

type LineOf = (needle: string) => number;

function fromSpecs(lineOf: LineOf, specs: string[], scope: Scope, ecosystem: Ecosystem = 'pypi'): Declared[] {
  return specs.flatMap((spec) => {
    const req = pep508(spec);
    return req ? [{ ecosystem, name: req.name, extras: req.extras, line: lineOf(spec), scope }] : [];
  });
}

/** Poetry/Pipfile style tables: the keys are package names (values are versions or tables). */
function fromKeys(lineOf: LineOf, table: unknown, scope: Scope): Declared[] {
  return Object.keys(obj(table)).filter((k) => k.toLowerCase() !== 'python').map((k) => ({ ecosystem: 'pypi' as const, name: pythonName(k), line: lineOf(k), scope }));
}

/** pyproject.toml: PEP 621, PEP 735, Poetry and PDM dependency sections; never names or keywords. */
function pyproject(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = tomlTable(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const project = obj(doc.project);
  const tool = obj(doc.tool);
  const poetry = obj(tool.poetry);
  const declared = [
    ...fromSpecs(lineOf, strings(project.dependencies), 'main'),
    ...Object.values(obj(project['optional-dependencies'])).flatMap((v) => fromSpecs(lineOf, strings(v), 'optional')),
    ...Object.values(obj(doc['dependency-groups'])).flatMap((v) => fromSpecs(lineOf, strings(v), 'dev')),
    ...fromKeys(lineOf, poetry.dependencies, 'main'),
    ...fromKeys(lineOf, poetry['dev-dependencies'], 'dev'),
    ...Object.values(obj(poetry.group)).flatMap((g) => fromKeys(lineOf, obj(g).dependencies, 'dev')),
    ...Object.values(obj(obj(tool.pdm)['dev-dependencies'])).flatMap((v) => fromSpecs(lineOf, strings(v), 'dev')),
  ];
  return { ok: true, declared, includes: [] };
}

function pipfile(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = tomlTable(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  return { ok: true, declared: [...fromKeys(lineOf, doc.packages, 'main'), ...fromKeys(lineOf, doc['dev-packages'], 'dev')], includes: [] };
}

/** Cargo.toml: [dependencies] keys (a workspace's [workspace.dependencies] too). */
function cargo(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = tomlTable(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const deps = { ...obj(doc.dependencies), ...obj(obj(doc.workspace).dependencies) };
  return { ok: true, declared: Object.keys(deps).map((k) => ({ ecosystem: 'cargo' as const, name: k.toLowerCase(), line: lineOf(k), scope: 'main' as const })), includes: [] };
}

/** setup.cfg: install_requires (main) and extras_require (optional), as an INI file. */
function setupCfg(text: string): Parsed {
  const declared: Declared[] = [];
  let section = '';
  let key = '';
  text.split(/\r?\n/).forEach((raw, i) => {
    const sec = /^\s*\[([^\]]{1,100})\]/.exec(raw);
    if (sec) { section = sec[1]!.trim().toLowerCase(); key = ''; return; }
    const kv = /^([A-Za-z_][\w.-]{0,100})\s*[=:]\s*(.*)$/.exec(raw);
    let value = raw;
    if (kv) { key = kv[1]!.toLowerCase(); value = kv[2]!; } else if (!/^\s/.test(raw)) { key = ''; return; }
    const scope: Scope | null = section === 'options' && key === 'install_requires' ? 'main' : section === 'options.extras_require' && key ? 'optional' : null;
    const req = scope ? pep508(value.replace(/#.*/, '')) : null;
    if (scope && req) declared.push({ ecosystem: 'pypi', name: req.name, extras: req.extras, line: i + 1, scope });
  });
  return { ok: true, declared, includes: [] };
}

/** setup.py is code: only the quoted strings of an install_requires=[…] list are read. */
function setupPy(text: string): Parsed {
  const lineOf = lineFinder(text);
  const start = text.search(/install_requires\s*=\s*\[/);
  if (start < 0) return { ok: true, declared: [], includes: [] };
  // The list ends at the first `]` outside quotes (`"dask[dataframe]"` holds one inside).
  let end = text.indexOf('[', start) + 1;
  for (let quote = ''; end < text.length && end < start + 20_000; end++) {
    const c = text[end]!;
    if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c; else if (c === ']') break;
  }
  const list = text.slice(start, end);
  const specs = [...list.matchAll(/["']([^"'\n]{1,200})["']/g)].map((m) => m[1]!);
  return { ok: true, declared: fromSpecs(lineOf, specs, 'main'), includes: [] };
}

function yamlDoc(text: string): unknown | string {
  const lines = text.split('\n').length;
  if (lines > YAML_MAX_LINES) return `${lines} lines is more than the ${YAML_MAX_LINES} read from a YAML manifest`;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) { if (++depth > YAML_MAX_DEPTH) return `nested deeper than ${YAML_MAX_DEPTH} levels`; } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  if (/^ {160,}\S/m.test(text)) return `indented deeper than ${YAML_MAX_DEPTH} levels`;
  try {
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length) return `not valid YAML (${doc.errors[0]!.message.split('\n')[0]!.slice(0, 120)})`;
    return doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return `not valid YAML (${String(err instanceof Error ? err.message : err).split('\n')[0]!.slice(0, 120)})`;
  }
}

/** conda environment: `dependencies` strings (`channel::name=1.0`) and a nested `pip:` list. */
function conda(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const deps = obj(doc).dependencies;
  const declared: Declared[] = [];
  for (const d of Array.isArray(deps) ? deps : []) {
    if (typeof d === 'string') {
      const name = /^(?:[\w.-]{1,100}::)?([A-Za-z0-9][A-Za-z0-9._-]{0,100})/.exec(d.trim())?.[1];
      if (name) declared.push({ ecosystem: 'conda', name: pythonName(name), line: lineOf(d), scope: 'main' });
    } else declared.push(...fromSpecs(lineOf, strings(obj(d).pip), 'main'));
  }
  return { ok: true, declared, includes: [] };
}

function packageJson(text: string): Parsed {
  const lineOf = lineFinder(text);
  let doc: unknown;
  try { doc = JSON.parse(text); } catch { return { ok: false, reason: 'not valid JSON' }; }
  const j = obj(doc);
  const deps = (key: string, scope: Scope) => Object.keys(obj(j[key])).map((name) => ({ ecosystem: 'npm' as const, name: name.toLowerCase(), line: lineOf(`"${name}"`), scope }));
  return { ok: true, declared: [...deps('dependencies', 'main'), ...deps('peerDependencies', 'optional'), ...deps('optionalDependencies', 'optional'), ...deps('devDependencies', 'dev')], includes: [] };
}

/** An image reference without registry, tag or digest: `confluentinc/cp-kafka:7.2` → `confluentinc/cp-kafka`. */
export function imageName(ref: string): string {
  const noDigest = ref.split('@')[0]!;
  const parts = noDigest.split('/');
  const last = parts.pop()!.split(':')[0]!;
  const host = parts[0] && /[.:]|^localhost$/.test(parts[0]) ? parts.slice(1) : parts;
  return [...host, last].join('/').toLowerCase();
}

function compose(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const declared = Object.values(obj(obj(doc).services)).flatMap((svc) => {
    const image = obj(svc).image;
    return typeof image === 'string' && image ? [{ ecosystem: 'image' as const, name: imageName(image), line: lineOf(image), scope: 'main' as const }] : [];
  });
  return { ok: true, declared, includes: [] };
}

const OPTIONS_WITH_VALUE = /^(-c|--channel|-n|--name|-p|--prefix|-r|--requirement|--constraint|-i|--index-url|--extra-index-url|-f|--find-links|-t|--target|-o|--option)$/;

/** Dockerfile: FROM images, and packages named by pip, conda/mamba and apt installs. */
function dockerfile(text: string): Parsed {
  const declared: Declared[] = [];
  for (const { line, at } of logicalLines(text)) {
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(line);
    if (from && !from[1]!.startsWith('$')) declared.push({ ecosystem: 'image', name: imageName(from[1]!), line: at, scope: 'main' });
    if (!/^\s*RUN\s/i.test(line)) continue;
    for (const cmd of line.split(/&&|;|\|\|/)) {
      const words = cmd.trim().split(/\s+/);
      const tool = words.findIndex((w) => /^(pip3?|uv|conda|mamba|micromamba|apt-get|apt|apk)$/.test(w));
      if (tool < 0 || !words.slice(tool + 1).includes(words[tool] === 'uv' ? 'pip' : 'install') && !words.slice(tool + 1).includes('add')) continue;
      const ecosystem: Ecosystem = /^(apt-get|apt|apk)$/.test(words[tool]!) ? 'apt' : /^(conda|mamba|micromamba)$/.test(words[tool]!) ? 'conda' : 'pypi';
      const rest = words.slice(tool + 2);
      for (let k = 0; k < rest.length; k++) {
        const w = rest[k]!;
        // Options that take a value (a channel, an index, a file, a target) skip that value too.
        if (OPTIONS_WITH_VALUE.test(w)) { k++; continue; }
        if (w.startsWith('-') || w === 'install' || w === 'pip' || /[/$]/.test(w)) continue;
        const req = pep508(w.replace(/^["']|["']$/g, ''));
        if (req) declared.push({ ecosystem, name: req.name, extras: req.extras, line: at, scope: 'main' });
      }
    }
  }
  return { ok: true, declared, includes: [] };
}

/** Terraform: resource and data source types, and module sources. */
function terraform(text: string): Parsed {
  const lineOf = lineFinder(text);
  const declared: Declared[] = [];
  for (const m of text.matchAll(/^\s*(?:resource|data)\s+"([a-z][a-z0-9_]{0,100})"/gm)) declared.push({ ecosystem: 'terraform', name: m[1]!, line: lineOf(m[0]), scope: 'main' });
  for (const m of text.matchAll(/^\s*source\s*=\s*"([^"\n]{1,300})"/gm)) declared.push({ ecosystem: 'terraform', name: m[1]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  return { ok: true, declared, includes: [] };
}

/** dbt profiles.yml: each output's adapter `type`; packages.yml: package names. */
function dbtProfiles(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const declared = Object.values(obj(doc)).flatMap((profile) => Object.values(obj(obj(profile).outputs)).flatMap((out) => {
    const type = obj(out).type;
    return typeof type === 'string' ? [{ ecosystem: 'dbt' as const, name: `adapter:${type.toLowerCase()}`, line: lineOf(type), scope: 'main' as const }] : [];
  }));
  return { ok: true, declared, includes: [] };
}

function dbtPackages(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const pkgs = obj(doc).packages;
  const declared = (Array.isArray(pkgs) ? pkgs : []).flatMap((p) => {
    const name = obj(p).package ?? obj(p).git;
    return typeof name === 'string' ? [{ ecosystem: 'dbt' as const, name: `package:${name.toLowerCase()}`, line: lineOf(name), scope: 'main' as const }] : [];
  });
  return { ok: true, declared, includes: [] };
}

function helmChart(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const deps = obj(doc).dependencies;
  const declared = (Array.isArray(deps) ? deps : []).flatMap((d) => {
    const name = obj(d).name;
    return typeof name === 'string' ? [{ ecosystem: 'helm' as const, name: name.toLowerCase(), line: lineOf(name), scope: 'main' as const }] : [];
  });
  return { ok: true, declared, includes: [] };
}

/** go.mod: direct requirements only; `// indirect` ones are someone else's choice. */
function goMod(text: string): Parsed {
  const declared: Declared[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/\/\/\s*indirect/.test(line)) return;
    const m = /^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}\/[\w./-]{1,200})\s+v\d/i.exec(line);
    if (m) declared.push({ ecosystem: 'go', name: m[1]!.toLowerCase(), line: i + 1, scope: 'main' });
  });
  return { ok: true, declared, includes: [] };
}

/** pom.xml and Gradle builds: artifact ids (Maven coordinates `group:artifact`). */
function jvm(text: string, kind: 'maven' | 'gradle'): Parsed {
  const lineOf = lineFinder(text);
  const declared: Declared[] = [];
  if (kind === 'maven') {
    for (const m of text.matchAll(/<artifactId>\s*([\w.-]{1,100})\s*<\/artifactId>/g)) declared.push({ ecosystem: 'maven', name: m[1]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  } else {
    for (const m of text.matchAll(/["']([\w.-]{1,100}):([\w.-]{1,100})(?::[^"'\n]{0,60})?["']/g)) declared.push({ ecosystem: 'maven', name: m[2]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  }
  return { ok: true, declared, includes: [] };
}

/** Files whose presence (and kind) is the evidence; their content adds nothing we rely on. */
function presence(kind: ManifestKind): Parsed {
  return { ok: true, declared: [{ ecosystem: 'file', name: kind, line: 1, scope: 'main' }], includes: [] };
}

/** More declarations than any real manifest has; past this a file is refused, not half-read. */
export const MAX_DECLARED = 2000;

/** Parses one manifest's text by kind. A file that does not parse gives a reason, never throws. */
export function parseManifest(kind: ManifestKind, text: string, scope: Scope = 'main'): Parsed {
  const parsed = parseByKind(kind, text, scope);
  if (parsed.ok && parsed.declared.length > MAX_DECLARED) return { ok: false, reason: `declares ${parsed.declared.length} entries, more than the ${MAX_DECLARED} read from one file` };
  return parsed;
}

function parseByKind(kind: ManifestKind, text: string, scope: Scope): Parsed {
  try {
    switch (kind) {
      case 'requirements': return requirements(text, scope);
      case 'pyproject': return pyproject(text);
      case 'setup-cfg': return setupCfg(text);
      case 'setup-py': return setupPy(text);
      case 'pipfile': return pipfile(text);
      case 'conda': return conda(text);
      case 'package-json': return packageJson(text);
      case 'cargo': return cargo(text);
      case 'compose': return compose(text);
      case 'dockerfile': return withPresence(kind, dockerfile(text));
      case 'terraform': return withPresence(kind, terraform(text));
      case 'dbt-profiles': return dbtProfiles(text);
      case 'dbt-packages': return dbtPackages(text);
      case 'helm-chart': return withPresence(kind, helmChart(text));
      case 'go-mod': return goMod(text);
      case 'maven': return jvm(text, 'maven');
      case 'gradle': return jvm(text, 'gradle');
      case 'dbt-project': case 'mlflow': case 'dvc': case 'bentoml': case 'feature-store': case 'triton': case 'great-expectations': case 'kustomize':
        return presence(kind);
    }
  } catch (err) {
    return { ok: false, reason: `could not be read (${String(err instanceof Error ? err.message : err).slice(0, 120)})` };
  }
}

function withPresence(kind: ManifestKind, parsed: Parsed): Parsed {
  return parsed.ok ? { ...parsed, declared: [{ ecosystem: 'file', name: kind, line: 1, scope: 'main' }, ...parsed.declared] } : parsed;
}

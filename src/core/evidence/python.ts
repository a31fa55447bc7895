// Python packaging manifests: requirements files, pyproject.toml (PEP 621, PEP 735, Poetry,
// PDM), Pipfile, setup.cfg, setup.py (only its install_requires list) and conda environments.
import {
  fromKeys,
  fromSpecs,
  lineFinder,
  localInstall,
  logicalLines,
  obj,
  pep508,
  pythonName,
  strings,
  tomlTable,
  yamlDoc,
  type Declared,
  type LineOf,
  type LocalInstall,
  type Parsed,
  type Scope,
} from './read';

/** requirements.txt: one requirement a line; `-r`/`-c` includes; `-e …#egg=name`. */
export function requirements(text: string, scope: Scope): Parsed {
  const declared: Declared[] = [];
  const includes: { path: string; line: number }[] = [];
  const local: LocalInstall[] = [];
  // Continuations join the next line; a comment starts at a `#` after whitespace or at the start.
  for (const { line: raw, at } of logicalLines(text)) {
    let line = raw;
    const egg = /#egg=([A-Za-z0-9._-]{1,100})/.exec(line)?.[1];
    line = line.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const include = /^(?:-r|--requirement|-c|--constraint)[=\s]+(\S+)/.exec(line);
    if (include) {
      includes.push({ path: include[1]!, line: at });
      continue;
    }
    const editable = /^(?:-e|--editable)[=\s]+(\S+)/.exec(line);
    const own = localInstall(editable?.[1] ?? line, at);
    if (own) {
      local.push(own);
      continue;
    }
    if (editable) {
      if (egg) declared.push({ ecosystem: 'pypi', name: pythonName(egg), line: at, scope });
      continue;
    }
    if (line.startsWith('-')) continue; // other pip options (--index-url, --hash…)
    if (/^[a-z+]+:\/\//i.test(line) || line.startsWith('.') || line.startsWith('/')) continue; // URLs and paths name no package
    const req = pep508(line);
    if (req) declared.push({ ecosystem: 'pypi', name: req.name, extras: req.extras, line: at, scope });
  }
  return { ok: true, declared, includes, local };
}

/** pyproject.toml: PEP 621, PEP 735, Poetry and PDM dependency sections; never names or keywords. */
export function pyproject(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = tomlTable(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const project = obj(doc.project);
  const tool = obj(doc.tool);
  const poetry = obj(tool.poetry);
  const declared = [
    ...fromSpecs(lineOf, strings(project.dependencies), 'main'),
    ...Object.entries(obj(project['optional-dependencies'])).flatMap(([group, v]) =>
      fromSpecs(lineOf, strings(v), 'optional').map((d) => ({ ...d, group: pythonName(group) })),
    ),
    ...Object.values(obj(doc['dependency-groups'])).flatMap((v) => fromSpecs(lineOf, strings(v), 'dev')),
    ...poetryDependencies(lineOf, poetry.dependencies, poetry.extras),
    ...fromKeys(lineOf, poetry['dev-dependencies'], 'dev'),
    ...Object.values(obj(poetry.group)).flatMap((g) => fromKeys(lineOf, obj(g).dependencies, 'dev')),
    ...Object.values(obj(obj(tool.pdm)['dev-dependencies'])).flatMap((v) => fromSpecs(lineOf, strings(v), 'dev')),
  ];
  return { ok: true, declared, includes: [] };
}

/**
 * Poetry's main dependencies, where `{ optional = true }` marks one installed only through an
 * extra, and `[tool.poetry.extras]` names the extras (groups) that install it.
 */
function poetryDependencies(lineOf: LineOf, table: unknown, extras: unknown): Declared[] {
  const groups = Object.entries(obj(extras)).map(([group, names]) => ({
    group: pythonName(group),
    names: new Set(strings(names).map((n) => pythonName(n))),
  }));
  return Object.entries(obj(table))
    .filter(([k]) => k.toLowerCase() !== 'python')
    .map(([k, v]) => {
      const name = pythonName(k);
      const d: Declared = { ecosystem: 'pypi', name, line: lineOf(k), scope: 'main' };
      if (obj(v).optional !== true) return d;
      const group = groups.find((g) => g.names.has(name))?.group;
      return { ...d, scope: 'optional', ...(group ? { group } : {}) };
    });
}

export function pipfile(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = tomlTable(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  return {
    ok: true,
    declared: [...fromKeys(lineOf, doc.packages, 'main'), ...fromKeys(lineOf, doc['dev-packages'], 'dev')],
    includes: [],
  };
}

/** setup.cfg: install_requires (main) and extras_require (optional), as an INI file. */
export function setupCfg(text: string): Parsed {
  const declared: Declared[] = [];
  let section = '';
  let key = '';
  text.split(/\r?\n/).forEach((raw, i) => {
    const sec = /^\s*\[([^\]]{1,100})\]/.exec(raw);
    if (sec) {
      section = sec[1]!.trim().toLowerCase();
      key = '';
      return;
    }
    const kv = /^([A-Za-z_][\w.-]{0,100})\s*[=:]\s*(.*)$/.exec(raw);
    let value = raw;
    if (kv) {
      key = kv[1]!.toLowerCase();
      value = kv[2]!;
    } else if (!/^\s/.test(raw)) {
      key = '';
      return;
    }
    const scope: Scope | null =
      section === 'options' && key === 'install_requires'
        ? 'main'
        : section === 'options.extras_require' && key
          ? 'optional'
          : null;
    const req = scope ? pep508(value.replace(/#.*/, '')) : null;
    if (scope && req) declared.push({ ecosystem: 'pypi', name: req.name, extras: req.extras, line: i + 1, scope });
  });
  return { ok: true, declared, includes: [] };
}

/** setup.py is code: only the quoted strings of an install_requires=[…] list are read. */
export function setupPy(text: string): Parsed {
  const lineOf = lineFinder(text);
  const start = text.search(/install_requires\s*=\s*\[/);
  if (start < 0) return { ok: true, declared: [], includes: [] };
  // The list ends at the first `]` outside quotes (`"dask[dataframe]"` holds one inside).
  let end = text.indexOf('[', start) + 1;
  for (let quote = ''; end < text.length && end < start + 20_000; end++) {
    const c = text[end]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ']') break;
  }
  const list = text.slice(start, end);
  const specs = [...list.matchAll(/["']([^"'\n]{1,200})["']/g)].map((m) => m[1]!);
  return { ok: true, declared: fromSpecs(lineOf, specs, 'main'), includes: [] };
}

/** conda environment: `dependencies` strings (`channel::name=1.0`) and a nested `pip:` list. */
export function conda(text: string): Parsed {
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

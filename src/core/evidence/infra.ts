// Manifests outside Python packaging: package.json, Cargo.toml, compose files, Dockerfiles,
// Terraform, dbt profiles and packages, Helm charts, go.mod, Maven and Gradle builds.
import { imageName, lineFinder, logicalLines, obj, pep508, tomlTable, yamlDoc, type Declared, type Ecosystem, type Parsed, type Scope } from './read';

export function packageJson(text: string): Parsed {
  const lineOf = lineFinder(text);
  let doc: unknown;
  try { doc = JSON.parse(text); } catch { return { ok: false, reason: 'not valid JSON' }; }
  const j = obj(doc);
  const deps = (key: string, scope: Scope) => Object.keys(obj(j[key])).map((name) => ({ ecosystem: 'npm' as const, name: name.toLowerCase(), line: lineOf(`"${name}"`), scope }));
  return { ok: true, declared: [...deps('dependencies', 'main'), ...deps('peerDependencies', 'optional'), ...deps('optionalDependencies', 'optional'), ...deps('devDependencies', 'dev')], includes: [] };
}

/** Cargo.toml: [dependencies] keys (a workspace's [workspace.dependencies] too). */
export function cargo(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = tomlTable(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const deps = { ...obj(doc.dependencies), ...obj(obj(doc.workspace).dependencies) };
  return { ok: true, declared: Object.keys(deps).map((k) => ({ ecosystem: 'cargo' as const, name: k.toLowerCase(), line: lineOf(k), scope: 'main' as const })), includes: [] };
}

export function compose(text: string): Parsed {
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
export function dockerfile(text: string): Parsed {
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
export function terraform(text: string): Parsed {
  const lineOf = lineFinder(text);
  const declared: Declared[] = [];
  for (const m of text.matchAll(/^\s*(?:resource|data)\s+"([a-z][a-z0-9_]{0,100})"/gm)) declared.push({ ecosystem: 'terraform', name: m[1]!, line: lineOf(m[0]), scope: 'main' });
  for (const m of text.matchAll(/^\s*source\s*=\s*"([^"\n]{1,300})"/gm)) declared.push({ ecosystem: 'terraform', name: m[1]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  return { ok: true, declared, includes: [] };
}

/** dbt profiles.yml: each output's adapter `type`; packages.yml: package names. */
export function dbtProfiles(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const declared = Object.values(obj(doc)).flatMap((profile) => Object.values(obj(obj(profile).outputs)).flatMap((out) => {
    const type = obj(out).type;
    return typeof type === 'string' ? [{ ecosystem: 'dbt' as const, name: `adapter:${type.toLowerCase()}`, line: lineOf(type), scope: 'main' as const }] : [];
  }));
  return { ok: true, declared, includes: [] };
}

export function dbtPackages(text: string): Parsed {
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

export function helmChart(text: string): Parsed {
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
export function goMod(text: string): Parsed {
  const declared: Declared[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/\/\/\s*indirect/.test(line)) return;
    const m = /^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}\/[\w./-]{1,200})\s+v\d/i.exec(line);
    if (m) declared.push({ ecosystem: 'go', name: m[1]!.toLowerCase(), line: i + 1, scope: 'main' });
  });
  return { ok: true, declared, includes: [] };
}

/** pom.xml and Gradle builds: artifact ids (Maven coordinates `group:artifact`). */
export function jvm(text: string, kind: 'maven' | 'gradle'): Parsed {
  const lineOf = lineFinder(text);
  const declared: Declared[] = [];
  if (kind === 'maven') {
    for (const m of text.matchAll(/<artifactId>\s*([\w.-]{1,100})\s*<\/artifactId>/g)) declared.push({ ecosystem: 'maven', name: m[1]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  } else {
    for (const m of text.matchAll(/["']([\w.-]{1,100}):([\w.-]{1,100})(?::[^"'\n]{0,60})?["']/g)) declared.push({ ecosystem: 'maven', name: m[2]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  }
  return { ok: true, declared, includes: [] };
}

// Manifests outside Python packaging: package.json, Cargo.toml, compose files, Terraform, dbt
// profiles and packages, Helm charts and values, go.mod, Maven and Gradle builds.
import { imageName, lineFinder, obj, tomlTable, yamlDoc, type Declared, type Parsed, type Scope } from './read';

export function packageJson(text: string): Parsed {
  const lineOf = lineFinder(text);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const j = obj(doc);
  const deps = (key: string, scope: Scope) =>
    Object.keys(obj(j[key])).map((name) => ({
      ecosystem: 'npm' as const,
      name: name.toLowerCase(),
      line: lineOf(`"${name}"`),
      scope,
    }));
  return {
    ok: true,
    declared: [
      ...deps('dependencies', 'main'),
      ...deps('peerDependencies', 'optional'),
      ...deps('optionalDependencies', 'optional'),
      ...deps('devDependencies', 'dev'),
    ],
    includes: [],
  };
}

/** Cargo.toml: [dependencies] keys (a workspace's [workspace.dependencies] too). */
export function cargo(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = tomlTable(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const deps = { ...obj(doc.dependencies), ...obj(obj(doc.workspace).dependencies) };
  return {
    ok: true,
    declared: Object.keys(deps).map((k) => ({
      ecosystem: 'cargo' as const,
      name: k.toLowerCase(),
      line: lineOf(k),
      scope: 'main' as const,
    })),
    includes: [],
  };
}

export function compose(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const declared = Object.values(obj(obj(doc).services)).flatMap((svc) => {
    const image = obj(svc).image;
    return typeof image === 'string' && image
      ? [{ ecosystem: 'image' as const, name: imageName(image), line: lineOf(image), scope: 'main' as const }]
      : [];
  });
  return { ok: true, declared, includes: [] };
}

/** Terraform: resource and data source types, and module sources. */
export function terraform(text: string): Parsed {
  const lineOf = lineFinder(text);
  const declared: Declared[] = [];
  for (const m of text.matchAll(/^\s*(?:resource|data)\s+"([a-z][a-z0-9_]{0,100})"/gm))
    declared.push({ ecosystem: 'terraform', name: m[1]!, line: lineOf(m[0]), scope: 'main' });
  for (const m of text.matchAll(/^\s*source\s*=\s*"([^"\n]{1,300})"/gm))
    declared.push({ ecosystem: 'terraform', name: m[1]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  return { ok: true, declared, includes: [] };
}

/** dbt profiles.yml: each output's adapter `type`; packages.yml: package names. */
export function dbtProfiles(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const declared = Object.values(obj(doc)).flatMap((profile) =>
    Object.values(obj(obj(profile).outputs)).flatMap((out) => {
      const type = obj(out).type;
      return typeof type === 'string'
        ? [
            {
              ecosystem: 'dbt' as const,
              name: `adapter:${type.toLowerCase()}`,
              line: lineOf(type),
              scope: 'main' as const,
            },
          ]
        : [];
    }),
  );
  return { ok: true, declared, includes: [] };
}

export function dbtPackages(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const pkgs = obj(doc).packages;
  const declared = (Array.isArray(pkgs) ? pkgs : []).flatMap((p) => {
    const name = obj(p).package ?? obj(p).git;
    return typeof name === 'string'
      ? [
          {
            ecosystem: 'dbt' as const,
            name: `package:${name.toLowerCase()}`,
            line: lineOf(name),
            scope: 'main' as const,
          },
        ]
      : [];
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
    return typeof name === 'string'
      ? [{ ecosystem: 'helm' as const, name: name.toLowerCase(), line: lineOf(name), scope: 'main' as const }]
      : [];
  });
  return { ok: true, declared, includes: [] };
}

/** An image reference as values files write it: `apache/airflow:2.9.1`, `nvcr.io/nvidia/tritonserver`. */
const IMAGE_REF = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9._-]+)*(?::[\w.-]{1,128})?(?:@sha256:[a-f0-9]{64})?$/i;
/** Keys that hold an image: `image`, `repository`, and names ending so (`initImage`, `defaultAirflowRepository`). */
const IMAGE_KEY = /(^|[a-z_-])(image|repository)$/i;
/** Entries visited at most in one values file (it is already bounded in size and depth). */
const VALUES_MAX_NODES = 20_000;

/**
 * Helm values: every image the chart would run, at any depth: `image: repo:tag`, an `image`
 * table of registry, repository and tag, and a chart's own keys for nested images
 * (`images.airflow.repository`). Other values say nothing here.
 */
export function helmValues(text: string): Parsed {
  const lineOf = lineFinder(text);
  const doc = yamlDoc(text);
  if (typeof doc === 'string') return { ok: false, reason: doc };
  const found = new Set<string>();
  const declared: Declared[] = [];
  const stack: unknown[] = [doc];
  for (let visited = 0; stack.length && visited < VALUES_MAX_NODES; visited++) {
    const node = stack.pop();
    // One by one, not spread: a flow sequence of 100,000 items would overflow a call's arguments.
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const table = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(table)) {
      if (typeof value === 'object' && value !== null) {
        stack.push(value);
        continue;
      }
      if (!IMAGE_KEY.test(key) || typeof value !== 'string' || !IMAGE_REF.test(value)) continue;
      // A registry beside the repository is stripped by imageName, as a host in the reference is.
      const name = imageName(value);
      if (found.has(name)) continue;
      found.add(name);
      declared.push({ ecosystem: 'image', name, line: lineOf(value), scope: 'main' });
    }
  }
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
    for (const m of text.matchAll(/<artifactId>\s*([\w.-]{1,100})\s*<\/artifactId>/g))
      declared.push({ ecosystem: 'maven', name: m[1]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  } else {
    for (const m of text.matchAll(/["']([\w.-]{1,100}):([\w.-]{1,100})(?::[^"'\n]{0,60})?["']/g))
      declared.push({ ecosystem: 'maven', name: m[2]!.toLowerCase(), line: lineOf(m[0]), scope: 'main' });
  }
  return { ok: true, declared, includes: [] };
}

// Reading what manifest files declare: dependency names with their line and scope, images,
// Terraform resource types, dbt adapters. Real parsers for TOML (smol-toml) and YAML (yaml),
// line rules for formats that are lines (requirements, Dockerfiles' steps), and bounded regular
// expressions (no nested quantifiers) for code-like files. Nothing is executed.
import { dockerfile } from './dockerfile';
import {
  cargo,
  compose,
  dbtPackages,
  dbtProfiles,
  goMod,
  helmChart,
  helmValues,
  jvm,
  packageJson,
  terraform,
} from './infra';
import { conda, pipfile, pyproject, requirements, setupCfg, setupPy } from './python';
import { MAX_DECLARED, type Parsed, type Scope } from './read';
import type { ManifestKind } from './select';

export {
  imageName,
  MAX_DECLARED,
  pep508,
  pythonName,
  type Declared,
  type Ecosystem,
  type Parsed,
  type Scope,
} from './read';

/** Files whose presence (and kind) is the evidence; their content adds nothing we rely on. */
function presence(kind: ManifestKind): Parsed {
  return { ok: true, declared: [{ ecosystem: 'file', name: kind, line: 1, scope: 'main' }], includes: [] };
}

/** Parses one manifest's text by kind. A file that does not parse gives a reason, never throws. */
export function parseManifest(kind: ManifestKind, text: string, scope: Scope = 'main'): Parsed {
  const parsed = parseByKind(kind, text, scope);
  if (parsed.ok && parsed.declared.length > MAX_DECLARED)
    return {
      ok: false,
      reason: `declares ${parsed.declared.length} entries, more than the ${MAX_DECLARED} read from one file`,
    };
  return parsed;
}

function parseByKind(kind: ManifestKind, text: string, scope: Scope): Parsed {
  try {
    switch (kind) {
      case 'requirements':
        return requirements(text, scope);
      case 'pyproject':
        return pyproject(text);
      case 'setup-cfg':
        return setupCfg(text);
      case 'setup-py':
        return setupPy(text);
      case 'pipfile':
        return pipfile(text);
      case 'conda':
        return conda(text);
      case 'package-json':
        return packageJson(text);
      case 'cargo':
        return cargo(text);
      case 'compose':
        return compose(text);
      case 'dockerfile':
        return withPresence(kind, dockerfile(text));
      case 'terraform':
        return withPresence(kind, terraform(text));
      case 'dbt-profiles':
        return dbtProfiles(text);
      case 'dbt-packages':
        return dbtPackages(text);
      case 'helm-chart':
        return withPresence(kind, helmChart(text));
      case 'helm-values':
        return helmValues(text);
      case 'go-mod':
        return goMod(text);
      case 'maven':
        return jvm(text, 'maven');
      case 'gradle':
        return jvm(text, 'gradle');
      case 'dbt-project':
      case 'mlflow':
      case 'dvc':
      case 'bentoml':
      case 'feature-store':
      case 'triton':
      case 'great-expectations':
      case 'kustomize':
        return presence(kind);
    }
  } catch (err) {
    return {
      ok: false,
      reason: `could not be read (${String(err instanceof Error ? err.message : err).slice(0, 120)})`,
    };
  }
}

function withPresence(kind: ManifestKind, parsed: Parsed): Parsed {
  return parsed.ok
    ? { ...parsed, declared: [{ ecosystem: 'file', name: kind, line: 1, scope: 'main' }, ...parsed.declared] }
    : parsed;
}

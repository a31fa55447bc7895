// A project installed with its own extras (`pip install ".[serve]"` in a Dockerfile, `-e .[all]`
// in a requirements file) runs those optional groups of its pyproject.toml: what they declare
// is then as strong as a direct dependency. A group that names other groups of the same
// project (`all = ["myproj[spark,gcp]"]`) is followed, so `[all]` expands into its parts.
import { pythonName, type Declared, type LocalInstall } from './read';

/** Optional findings a scan may promote: those from an optional group of a pyproject.toml. */
export interface Promotable {
  file: string;
  group?: string;
  strength: 'strong' | 'context' | 'weak';
}

/** The groups `extras` install, following groups that name other groups of the same file. */
export function installedGroups(extras: readonly string[], declared: readonly Declared[]): Set<string> {
  const groups = new Set(declared.flatMap((d) => (d.group ? [d.group] : [])));
  const out = new Set(extras.filter((e) => groups.has(e)));
  for (let grew = true; grew;) {
    grew = false;
    for (const d of declared) {
      if (!d.group || !out.has(d.group)) continue;
      for (const e of (d.extras ?? []).map(pythonName))
        if (groups.has(e) && !out.has(e)) {
          out.add(e);
          grew = true;
        }
    }
  }
  return out;
}

/**
 * Makes strong the findings of each installed group. `installs` come from files in strong
 * places, resolved to the pyproject.toml they install; `pyprojects` holds what each declared.
 */
export function promoteOwnExtras(
  findings: Promotable[],
  installs: readonly { pyproject: string; install: LocalInstall }[],
  pyprojects: ReadonlyMap<string, readonly Declared[]>,
): void {
  for (const { pyproject, install } of installs) {
    const declared = pyprojects.get(pyproject);
    if (!declared) continue;
    const groups = installedGroups(install.extras, declared);
    for (const f of findings) if (f.file === pyproject && f.group && groups.has(f.group)) f.strength = 'strong';
  }
}

// Merging data packs into a dataset, and the integrity rules every merged dataset obeys:
// no duplicate keys within a pack, and no reference to a role, skill, source or background
// that does not exist.
import { EDITORIAL } from './editorial';
import { SECTION_NAMES, type DataPack, type Dataset, type SectionName } from './schema';

type Entry<S extends SectionName> = Dataset[S][number];
type RefKind = 'role' | 'skill' | 'source' | 'background-or-role';
interface Ref {
  path: string;
  kind: RefKind;
  id: string;
}

interface SectionRules<S extends SectionName> {
  /** Identity for duplicate detection and override-by-id. */
  key(e: Entry<S>): string;
  refs(e: Entry<S>): Ref[];
}

const src = (id: string): Ref => ({ path: 'source', kind: 'source', id });
const role = (id: string, path = 'role'): Ref => ({ path, kind: 'role', id });

const RULES: { [S in SectionName]: SectionRules<S> } = {
  sources: { key: (e) => e.id, refs: () => [] },
  roles: { key: (e) => e.id, refs: (e) => e.sources.map((s, i) => ({ path: `sources[${i}]`, kind: 'source', id: s })) },
  duties: { key: (e) => e.id, refs: (e) => [role(e.role), src(e.source)] },
  skills: { key: (e) => e.id, refs: () => [] },
  roleSkills: {
    key: (e) => `${e.role}|${e.skill}|${e.source}`,
    refs: (e) => [role(e.role), { path: 'skill', kind: 'skill', id: e.skill }, src(e.source)],
  },
  skillOverlaps: {
    key: (e) => `${e.skill}|${e.overlap}|${e.role ?? ''}|${e.source}`,
    refs: (e) => [{ path: 'skill', kind: 'skill', id: e.skill }, ...(e.role ? [role(e.role)] : []), src(e.source)],
  },
  skillUsages: {
    key: (e) => `${e.skill}|${e.role}|${e.source}`,
    refs: (e) => [{ path: 'skill', kind: 'skill', id: e.skill }, role(e.role), src(e.source)],
  },
  tools: { key: (e) => `${e.role}|${e.category}|${e.source}`, refs: (e) => [role(e.role), src(e.source)] },
  compensation: { key: (e) => e.id, refs: (e) => [role(e.role), src(e.source)] },
  metrics: { key: (e) => e.id, refs: (e) => [...e.roles.map((r, i) => role(r, `roles[${i}]`)), src(e.source)] },
  entry: { key: (e) => `${e.role}|${e.aspect}|${e.source}`, refs: (e) => [role(e.role), src(e.source)] },
  ladders: { key: (e) => `${e.role}|${e.kind}|${e.source}`, refs: (e) => [role(e.role), src(e.source)] },
  levels: {
    key: (e) => `${e.company}|${e.role ?? ''}|${e.source}`,
    refs: (e) => [...(e.role ? [role(e.role)] : []), src(e.source)],
  },
  promotions: { key: (e) => `${e.role}|${e.from}|${e.to}|${e.source}`, refs: (e) => [role(e.role), src(e.source)] },
  backgrounds: { key: (e) => e.id, refs: () => [] },
  transitions: {
    key: (e) => e.id,
    refs: (e) => [{ path: 'from', kind: 'background-or-role', id: e.from }, role(e.to, 'to'), src(e.source)],
  },
  interviews: { key: (e) => `${e.role}|${e.source}`, refs: (e) => [role(e.role), src(e.source)] },
  dimensions: {
    key: (e) => e.id,
    refs: (e) =>
      e.values.flatMap((v, i) => [
        role(v.role, `values[${i}].role`),
        { path: `values[${i}].source`, kind: 'source' as const, id: v.source },
      ]),
  },
  guidance: { key: (e) => e.id, refs: (e) => [role(e.role), src(e.source)] },
  genai: { key: (e) => e.id, refs: (e) => [...e.owners.map((o, i) => role(o, `owners[${i}]`)), src(e.source)] },
  faq: {
    key: (e) => e.id,
    refs: (e) => e.sources.map((s, i) => ({ path: `sources[${i}]`, kind: 'source' as const, id: s })),
  },
  quiz: {
    key: (e) => e.id,
    refs: (e) =>
      e.options.flatMap((o, i) => [
        ...Object.keys(o.weights).map((r) => role(r, `options[${i}].weights.${r}`)),
        { path: `options[${i}].source`, kind: 'source' as const, id: o.source },
      ]),
  },
};

export interface IntegrityIssue {
  /** JSON path inside the pack, e.g. `$.roleSkills[3].skill`. */
  path: string;
  message: string;
}

export function emptyDataset(): Dataset {
  return Object.fromEntries(SECTION_NAMES.map((s) => [s, []])) as unknown as Dataset;
}

function entries<S extends SectionName>(pack: DataPack, section: S): Entry<S>[] {
  return (pack[section] ?? []) as Entry<S>[];
}

/** Duplicate keys inside one pack: two entries claiming the same identity. */
export function duplicateIssues(pack: DataPack): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  for (const section of SECTION_NAMES) {
    const seen = new Map<string, number>();
    entries(pack, section).forEach((e, i) => {
      const key = (RULES[section] as SectionRules<typeof section>).key(e);
      const first = seen.get(key);
      if (first !== undefined)
        issues.push({ path: `$.${section}[${i}]`, message: `duplicate of $.${section}[${first}] (key '${key}')` });
      else seen.set(key, i);
    });
  }
  return issues;
}

/** References from `pack`'s entries that do not resolve in `dataset`. */
export function danglingIssues(pack: DataPack, dataset: Dataset): IntegrityIssue[] {
  const ids = {
    role: new Set(dataset.roles.map((r) => r.id)),
    skill: new Set(dataset.skills.map((s) => s.id)),
    // EDITORIAL is not a source but a statement's mark of being Career Lens's own reading.
    source: new Set([...dataset.sources.map((s) => s.id), EDITORIAL]),
    background: new Set(dataset.backgrounds.map((b) => b.id)),
  };
  const issues: IntegrityIssue[] = [];
  for (const section of SECTION_NAMES) {
    entries(pack, section).forEach((e, i) => {
      for (const ref of (RULES[section] as SectionRules<typeof section>).refs(e)) {
        const ok =
          ref.kind === 'background-or-role'
            ? ids.role.has(ref.id) || ids.background.has(ref.id)
            : ids[ref.kind].has(ref.id);
        if (!ok)
          issues.push({
            path: `$.${section}[${i}].${ref.path}`,
            message: `unknown ${ref.kind.replace('background-or-role', 'role or background')} '${ref.id}'`,
          });
      }
    });
  }
  return issues;
}

/** Adds `pack` on top of `base`: entries with an existing key replace it in place, new ones append. */
export function mergePack(base: Dataset, pack: DataPack): Dataset {
  const out = { ...base } as Record<SectionName, unknown[]>;
  for (const section of SECTION_NAMES) {
    const added = entries(pack, section);
    if (added.length === 0) continue;
    const rules = RULES[section] as SectionRules<typeof section>;
    const merged = [...(base[section] as Entry<typeof section>[])];
    const index = new Map(merged.map((e, i) => [rules.key(e), i]));
    for (const e of added) {
      const at = index.get(rules.key(e));
      if (at === undefined) {
        index.set(rules.key(e), merged.length);
        merged.push(e);
      } else {
        merged[at] = e;
      }
    }
    out[section] = merged;
  }
  return out as unknown as Dataset;
}

/** Keys `pack` would override in `base`, for telling the user what a pack changed. */
export function overriddenKeys(base: Dataset, pack: DataPack): string[] {
  const out: string[] = [];
  for (const section of SECTION_NAMES) {
    const rules = RULES[section] as SectionRules<typeof section>;
    const existing = new Set((base[section] as Entry<typeof section>[]).map((e) => rules.key(e)));
    for (const e of entries(pack, section)) if (existing.has(rules.key(e))) out.push(`${section}:${rules.key(e)}`);
  }
  return out;
}

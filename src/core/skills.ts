// How deep each role needs each skill, per source, and the rules for shared vs unique.
import { perDataset } from './memo';
import { DEPTHS, type Dataset, type Depth, type RoleSkill } from './schema';
import type { DepthCell } from './results';

export const MAX_DEPTH = DEPTHS.length - 1;
/** Weight for a skill a source names for a role without grading it: the scale's midpoint-plus. */
export const UNGRADED_DEPTH = DEPTHS.indexOf('moderate');

export function depthIndex(d: Depth): number {
  return DEPTHS.indexOf(d);
}

export interface RoleSkillProfile {
  cells: DepthCell[];
  /** Mean graded depth (0…6), or null when no source grades it for this role. */
  meanDepth: number | null;
  /** A source says the role has the skill (an overlap claim, or an ungraded mention). */
  claimed: boolean;
  /** The role needs the skill meaningfully: graded at least "light" on average, or claimed and ungraded. */
  present: boolean;
}

/** Below this mean grade ("rarely needed", "occasionally") a skill is peripheral, not part of the role. */
export const PRESENT_FROM = DEPTHS.indexOf('light');

function cell(rs: RoleSkill): DepthCell {
  return { depth: rs.depth, term: rs.term, source: rs.source };
}

// Trees and comparisons ask for the same profiles many times over; build each once.
const profilesOf = perDataset(() => new Map<string, ReadonlyMap<string, RoleSkillProfile>>());

/** Every skill the role needs according to any source, with each source's depth. */
export function skillProfile(dataset: Dataset, roleId: string): ReadonlyMap<string, RoleSkillProfile> {
  const byRole = profilesOf(dataset);
  let profile = byRole.get(roleId);
  if (!profile) byRole.set(roleId, (profile = buildProfile(dataset, roleId)));
  return profile;
}

function buildProfile(dataset: Dataset, roleId: string): Map<string, RoleSkillProfile> {
  const role = dataset.roles.find((r) => r.id === roleId);
  const out = new Map<string, RoleSkillProfile>();
  const entry = (skill: string) => {
    let p = out.get(skill);
    if (!p) out.set(skill, (p = { cells: [], meanDepth: null, claimed: false, present: false }));
    return p;
  };
  for (const rs of dataset.roleSkills) if (rs.role === roleId) entry(rs.skill).cells.push(cell(rs));
  for (const claim of dataset.skillOverlaps) {
    // A "shared" claim is about the two core roles; a "unique" claim names its role.
    const applies = claim.overlap === 'unique' ? claim.role === roleId : role?.kind === 'core';
    if (applies) entry(claim.skill).claimed = true;
  }
  for (const p of out.values()) {
    const graded = p.cells.filter((c) => c.depth !== null).map((c) => depthIndex(c.depth!));
    p.meanDepth = graded.length ? graded.reduce((a, b) => a + b, 0) / graded.length : null;
    if (p.cells.some((c) => c.depth === null)) p.claimed = true;
    p.present = p.meanDepth !== null ? p.meanDepth >= PRESENT_FROM : p.claimed;
  }
  return out;
}

/**
 * The weight a skill carries towards a role, on 0…1: its mean grade over the scale, or the
 * ungraded weight when sources name it without a grade. Skills the role lacks weigh 0.
 */
export function skillWeight(p: RoleSkillProfile | undefined): number {
  if (!p) return 0;
  if (p.meanDepth !== null) return p.meanDepth / MAX_DEPTH;
  return p.claimed ? UNGRADED_DEPTH / MAX_DEPTH : 0;
}

export function searchSkills(dataset: Dataset, text: string): Dataset['skills'] {
  const q = text.trim().toLowerCase();
  if (!q) return [...dataset.skills];
  const score = (s: Dataset['skills'][number]): number => {
    const name = s.name.toLowerCase();
    if (s.id === q || name === q) return 0;
    if (name.startsWith(q)) return 1;
    if (name.includes(q) || s.id.includes(q)) return 2;
    if (s.keywords.some((k) => k.toLowerCase().includes(q))) return 3;
    if (s.description.toLowerCase().includes(q)) return 4;
    return -1;
  };
  return dataset.skills
    .map((s) => [s, score(s)] as const)
    .filter(([, n]) => n >= 0)
    .sort((a, b) => a[1] - b[1])
    .map(([s]) => s);
}

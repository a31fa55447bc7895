// compare(a, b): everything the side-by-side view shows for any two roles, each fact cited.
import { InvalidInputError } from './errors';
import { nameOf } from './format';
import { LEVELS, type Dataset, type Role } from './schema';
import { payByLevel, type PayFilter } from './pay';
import { skillProfile } from './skills';
import { sourceInfos } from './sources';
import type {
  CareerSide,
  Cited,
  Comparison,
  MetricInfo,
  OverviewRow,
  PayRow,
  RoleInfo,
  SkillRow,
  ToolRow,
  TransitionInfo,
} from './results';

export class UnknownRoleError extends InvalidInputError {
  constructor(
    readonly roleId: string,
    known: string[],
  ) {
    super(`unknown role '${roleId}'; known roles: ${known.join(', ')}`);
  }
}

/** Comparing a role with itself shows nothing a user can act on, so it is refused everywhere. */
export class SameRoleError extends InvalidInputError {
  constructor(readonly roleId: string) {
    super(`cannot compare '${roleId}' with itself; choose two different roles`);
  }
}

/** Checks a pair before it is shown or saved: both roles known, and different. */
export function checkPair(dataset: Dataset, a: string, b: string): [Role, Role] {
  const pair: [Role, Role] = [findRole(dataset, a), findRole(dataset, b)];
  if (a === b) throw new SameRoleError(a);
  return pair;
}

export function findRole(dataset: Dataset, id: string): Role {
  const role = dataset.roles.find((r) => r.id === id);
  if (!role)
    throw new UnknownRoleError(
      id,
      dataset.roles.map((r) => r.id),
    );
  return role;
}

function roleInfo(r: Role): RoleInfo {
  return { id: r.id, name: r.name, kind: r.kind, aliases: r.aliases, summary: r.summary, coreFocus: r.coreFocus };
}

/** The order the overview table shows; rows not named here follow in data order. */
const OVERVIEW_ORDER = [
  'primary-work',
  'sql-depth',
  'python-depth',
  'ml-framework-fluency',
  'statistics-math',
  'distributed-training',
  'interview-rounds',
  'math-intensity',
  'cloud-depth',
  'beginner-friendliness',
  'ai-relevance',
  'education',
  'certification',
  'most-likely-employer',
  'latency-freshness',
];

function overview(d: Dataset, a: string, b: string): OverviewRow[] {
  const rows: OverviewRow[] = d.dimensions.map((dim) => ({
    id: dim.id,
    label: dim.label,
    cells: [a, b].map((r) =>
      dim.values.filter((v) => v.role === r).map((v) => ({ value: v.value, source: v.source })),
    ) as [Cited[], Cited[]],
  }));
  const fromEntry = (aspect: string, id: string, label: string) =>
    rows.push({
      id,
      label,
      cells: [a, b].map((r) =>
        d.entry.filter((e) => e.role === r && e.aspect === aspect).map((e) => ({ value: e.value, source: e.source })),
      ) as [Cited[], Cited[]],
    });
  fromEntry('education', 'education', 'Education');
  fromEntry('certification', 'certification', 'Top certification');
  fromEntry('beginner-friendliness', 'beginner-friendliness', 'Beginner friendliness');
  fromEntry('barrier', 'barrier', 'Barrier to entry');
  rows.push({
    id: 'interview-rounds',
    label: 'Interview rounds',
    cells: [a, b].map((r) =>
      d.interviews
        .filter((i) => i.role === r)
        .map((i) => ({ value: i.rounds.map((x) => x.name).join(' · '), source: i.source })),
    ) as [Cited[], Cited[]],
  });
  const rank = (id: string) => {
    const i = OVERVIEW_ORDER.indexOf(id);
    return i === -1 ? OVERVIEW_ORDER.length : i;
  };
  return rows
    .map((r, i) => [r, i] as const)
    .sort((x, y) => rank(x[0].id) - rank(y[0].id) || x[1] - y[1])
    .map(([r]) => r);
}

type OverlapClaim = SkillRow['claims'][number];

/**
 * The group a source's explicit claim puts a skill in for the pair a/b, or null when the claim
 * says nothing about this pair. The sources class skills as shared or unique when comparing the
 * two core roles, so their claims speak only to a pair of core roles.
 */
function claimedGroup(claim: OverlapClaim, a: string, b: string, corePair: boolean): SkillRow['overlap'] | null {
  if (!corePair) return null;
  if (claim.overlap === 'shared') return 'shared';
  return claim.role === a ? 'only-a' : claim.role === b ? 'only-b' : null;
}

function skills(d: Dataset, a: string, b: string): SkillRow[] {
  const pa = skillProfile(d, a);
  const pb = skillProfile(d, b);
  const rows: SkillRow[] = [];
  const core = (id: string) => d.roles.find((r) => r.id === id)?.kind === 'core';
  const corePair = core(a) && core(b);
  for (const skill of d.skills) {
    const sa = pa.get(skill.id);
    const sb = pb.get(skill.id);
    const inA = sa?.present ?? false;
    const inB = sb?.present ?? false;
    if (!inA && !inB) continue;
    const usage = (r: string): Cited[] =>
      d.skillUsages
        .filter((u) => u.skill === skill.id && u.role === r)
        .map((u) => ({ value: u.usage, source: u.source }));
    const meanA = sa?.meanDepth ?? null;
    const meanB = sb?.meanDepth ?? null;
    const overlap = inA && inB ? 'shared' : inA ? 'only-a' : 'only-b';
    const claims = d.skillOverlaps
      .filter((o) => o.skill === skill.id)
      .map((o) => ({ overlap: o.overlap, role: o.role, source: o.source }));
    rows.push({
      skill: { id: skill.id, name: skill.name, category: skill.category },
      overlap,
      depths: [sa?.cells ?? [], sb?.cells ?? []],
      meanDepth: [meanA, meanB],
      delta: meanA !== null && meanB !== null ? meanA - meanB : null,
      usage: [usage(a), usage(b)],
      claims,
      dissent: claims.filter((cl) => {
        const g = claimedGroup(cl, a, b, corePair);
        return g !== null && g !== overlap;
      }),
    });
  }
  const order = { shared: 0, 'only-a': 1, 'only-b': 2 } as const;
  return rows.sort((x, y) => order[x.overlap] - order[y.overlap] || Math.abs(y.delta ?? 0) - Math.abs(x.delta ?? 0));
}

/** Pay by level for two roles side by side; throws on an unknown or repeated role. */
export function payRows(d: Dataset, a: string, b: string, filter: PayFilter = {}): PayRow[] {
  checkPair(d, a, b);
  const [la, lb] = [payByLevel(d, a, filter), payByLevel(d, b, filter)];
  return LEVELS.flatMap((level) => {
    const ra = la.find((l) => l.level === level);
    const rb = lb.find((l) => l.level === level);
    if (!ra && !rb) return [];
    return [
      {
        level,
        figures: [ra?.figures ?? [], rb?.figures ?? []],
        spread: [ra?.spread ?? null, rb?.spread ?? null],
      } satisfies PayRow,
    ];
  });
}

function tools(d: Dataset, a: string, b: string): ToolRow[] {
  const categories = [...new Set(d.tools.filter((t) => t.role === a || t.role === b).map((t) => t.category))];
  return categories.map((category) => ({
    category,
    tools: [a, b].map((r) =>
      d.tools
        .filter((t) => t.role === r && t.category === category)
        .map((t) => ({ tools: t.tools, source: t.source, ...(t.editorial ? { editorial: t.editorial } : {}) })),
    ) as ToolRow['tools'],
  }));
}

export function transitionInfos(d: Dataset, from: string | undefined, to: string): TransitionInfo[] {
  const name = (id: string) => nameOf(d, id);
  return d.transitions
    .filter((t) => (from === undefined || t.from === from) && t.to === to)
    .map((t) => ({
      id: t.id,
      from: t.from,
      fromName: name(t.from),
      to: t.to,
      toName: name(t.to),
      monthsMin: t.monthsMin,
      monthsMax: t.monthsMax,
      gaps: t.gaps,
      note: t.note,
      source: t.source,
    }));
}

function careers(d: Dataset, r: string): CareerSide {
  return {
    ladders: d.ladders.filter((l) => l.role === r).map(({ kind, steps, source }) => ({ kind, steps, source })),
    promotions: d.promotions
      .filter((p) => p.role === r)
      .map(({ from, to, criterion, source }) => ({ from, to, criterion, source })),
    interviews: d.interviews.filter((i) => i.role === r).map(({ rounds, note, source }) => ({ rounds, note, source })),
  };
}

export function metricsFor(d: Dataset, roles: string[]): MetricInfo[] {
  return d.metrics.filter((m) => m.roles.length === 0 || m.roles.some((r) => roles.includes(r))).map((m) => ({ ...m }));
}

export function compare(d: Dataset, a: string, b: string, filter: PayFilter = {}): Comparison {
  const [ra, rb] = checkPair(d, a, b);
  return {
    roles: [roleInfo(ra), roleInfo(rb)],
    overview: overview(d, a, b),
    skills: skills(d, a, b),
    pay: payRows(d, a, b, filter),
    tools: tools(d, a, b),
    transitions: { aToB: transitionInfos(d, a, b), bToA: transitionInfos(d, b, a) },
    metrics: metricsFor(d, [a, b]),
    careers: [careers(d, a), careers(d, b)],
    genai: d.genai.map((g) => ({ ...g })),
    guidance: [a, b].map((r) =>
      d.guidance.filter((g) => g.role === r).map(({ id, kind, points, source }) => ({ id, kind, points, source })),
    ) as Comparison['guidance'],
    faq: d.faq.map((f) => ({ ...f })),
    sources: sourceInfos(d),
  };
}

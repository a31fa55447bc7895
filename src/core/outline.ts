// The sidebar's content, derived purely from the dataset: for each role, its sections and
// items with labels, short descriptions and Markdown tooltips that cite the source.
import { compare } from './compare';
import { skillProfile } from './skills';
import { payByLevel, type PayFilter } from './pay';
import {
  depthLabel,
  EDITORIAL_TITLE,
  formatRange,
  levelLabel,
  metricText,
  monthsText,
  nameOf,
  payText,
  sourceLabel,
} from './format';
import { EDITORIAL } from './editorial';
import type { Dataset } from './schema';
import type { SkillRow } from './results';

export const SECTIONS = [
  'overview',
  'responsibilities',
  'skills',
  'tools',
  'pay',
  'ladder',
  'transitions',
  'interviews',
  'demand',
  'entry',
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** The comparison tab each section opens. */
export const SECTION_TAB = {
  overview: 'overview',
  responsibilities: 'overview',
  skills: 'skills',
  tools: 'tools',
  pay: 'pay',
  ladder: 'career',
  transitions: 'career',
  interviews: 'career',
  demand: 'demand',
  entry: 'overview',
} as const satisfies Record<SectionId, string>;

export const SECTION_ICONS: Record<SectionId, string> = {
  overview: 'info',
  responsibilities: 'checklist',
  skills: 'mortar-board',
  tools: 'tools',
  pay: 'credit-card',
  ladder: 'arrow-up',
  transitions: 'arrow-swap',
  interviews: 'comment-discussion',
  demand: 'graph-line',
  entry: 'book',
};

export interface OutlineItem {
  /** Stable within its role and section. */
  id: string;
  label: string;
  description?: string;
  /** Markdown; data text inside it is escaped by the host before rendering. */
  tooltip: string[];
  icon: string;
  /** What Copy Figure puts on the clipboard, with its source. */
  figure?: string;
  sources: string[];
  children?: OutlineItem[];
  noData?: boolean;
}

/** The tooltip line that says where a statement comes from, with the reason for an editorial one. */
function cite(d: Dataset, source: string, editorial?: string): string {
  return source === EDITORIAL ? `${EDITORIAL_TITLE}: ${editorial ?? ''}` : `Source: ${sourceLabel(d, source)}`;
}

function noData(section: SectionId): OutlineItem {
  return {
    id: `${section}-none`,
    label: 'No data in sources',
    tooltip: ['None of the sources says anything about this for this role.'],
    icon: 'circle-slash',
    sources: [],
    noData: true,
  };
}

function build(d: Dataset, roleId: string, section: SectionId, pay: PayFilter): OutlineItem[] {
  const role = d.roles.find((r) => r.id === roleId)!;
  switch (section) {
    case 'overview': {
      const items: OutlineItem[] = [
        {
          id: 'summary',
          label: 'Summary',
          description: role.summary,
          tooltip: [role.summary],
          icon: 'note',
          sources: role.sources,
        },
        {
          id: 'focus',
          label: 'Core focus',
          description: role.coreFocus,
          tooltip: [role.coreFocus],
          icon: 'target',
          sources: role.sources,
        },
      ];
      if (role.aliases.length)
        items.push({
          id: 'aliases',
          label: 'Also called',
          description: role.aliases.join(', '),
          tooltip: [role.aliases.join(', ')],
          icon: 'tag',
          sources: role.sources,
        });
      for (const dim of d.dimensions) {
        for (const [i, v] of dim.values.filter((x) => x.role === roleId).entries()) {
          items.push({
            id: `dim-${dim.id}-${i}`,
            label: dim.label,
            description: v.value,
            tooltip: [`**${dim.label}:** ${v.value}`, cite(d, v.source, v.editorial)],
            icon: 'symbol-property',
            figure: `${dim.label}: ${v.value}`,
            sources: [v.source],
          });
        }
      }
      return items;
    }
    case 'responsibilities':
      return d.duties
        .filter((x) => x.role === roleId)
        .map((x) => ({
          id: x.id,
          label: x.title,
          description:
            x.percent !== undefined
              ? `${x.percent}%${x.context ? ` · ${x.context}` : ''}`
              : (x.context ??
                (x.kind === 'task' ? 'day to day' : x.kind === 'day-in-life' ? 'day in the life' : undefined)),
          tooltip: [
            `**${x.title}**`,
            ...(x.detail ? [x.detail] : []),
            ...(x.percent !== undefined ? [`${x.percent}% of the time${x.context ? ` (${x.context})` : ''}`] : []),
            cite(d, x.source, x.editorial),
          ],
          icon: x.kind === 'task' ? 'tasklist' : x.kind === 'day-in-life' ? 'calendar' : 'pass',
          figure: x.percent !== undefined ? `${x.title}: ${x.percent}%` : undefined,
          sources: [x.source],
        }));
    case 'skills': {
      const profile = skillProfile(d, roleId);
      return d.skills
        .filter((s) => profile.get(s.id)?.present)
        .map((s) => {
          const p = profile.get(s.id)!;
          const graded = p.cells.filter((c) => c.depth !== null);
          const description = graded.length
            ? [...new Set(graded.map((c) => depthLabel(c.depth!)))].join(' · ')
            : 'named, not graded';
          return {
            id: s.id,
            label: s.name,
            description,
            tooltip: [
              `**${s.name}**: ${s.description}`,
              ...p.cells.map((c) => `${c.term ?? 'Named without a depth'}: ${sourceLabel(d, c.source)}`),
            ],
            icon: 'mortar-board',
            sources: p.cells.map((c) => c.source),
          };
        });
    }
    case 'tools':
      return d.tools
        .filter((t) => t.role === roleId)
        .map((t, i) => ({
          id: `tools-${i}`,
          label: t.category,
          description: t.tools.join(', '),
          tooltip: [`**${t.category}:** ${t.tools.join(', ')}`, cite(d, t.source, t.editorial)],
          icon: 'tools',
          figure: `${t.category}: ${t.tools.join(', ')}`,
          sources: [t.source],
        }));
    case 'pay':
      return payByLevel(d, roleId, pay).map((level) => {
        const children = level.figures.map((f): OutlineItem => ({
          id: f.id,
          label: sourceLabel(d, f.source),
          description: `${payText(f)}${f.region === 'unstated' ? ' · region not stated' : ''}`,
          tooltip: [
            `**${levelLabel(f.level)}${f.years ? ` (${f.years})` : ''}:** ${payText(f)}`,
            ...(f.employer ? [`Employer: ${f.employer}`] : []),
            ...(f.note ? [f.note] : []),
            cite(d, f.source, f.editorial),
          ],
          icon: 'credit-card',
          figure: `${role.name}, ${levelLabel(f.level)}: ${payText(f)}`,
          sources: [f.source],
        }));
        const only = level.figures.length === 1 ? level.figures[0]! : undefined;
        const spread = level.spread!;
        return {
          id: `pay-${level.level}`,
          label: levelLabel(level.level),
          description: only
            ? payText(only)
            : `${formatRange({ min: spread.min, max: spread.max, currency: level.figures[0]!.currency, period: level.figures[0]!.period, openEnded: false })} across ${spread.sources} source${spread.sources > 1 ? 's' : ''}`,
          tooltip: [
            `**${role.name}, ${levelLabel(level.level)}**`,
            ...level.figures.map((f) => `${payText(f)}: ${sourceLabel(d, f.source)}`),
          ],
          icon: 'credit-card',
          figure: only ? `${role.name}, ${levelLabel(level.level)}: ${payText(only)}` : undefined,
          sources: [...new Set(level.figures.map((f) => f.source))],
          children: only ? undefined : children,
        };
      });
    case 'ladder':
      return [
        ...d.ladders
          .filter((l) => l.role === roleId)
          .map((l, i) => ({
            id: `ladder-${i}`,
            label:
              l.kind === 'levels' ? 'Levels' : l.kind === 'terminal-roles' ? 'Terminal roles' : 'Path to leadership',
            description: l.steps.join(l.kind === 'terminal-roles' ? ', ' : ' → '),
            tooltip: [l.steps.join(l.kind === 'terminal-roles' ? ', ' : ' → '), cite(d, l.source, l.editorial)],
            icon: 'arrow-up',
            sources: [l.source],
          })),
        ...d.promotions
          .filter((p) => p.role === roleId)
          .map((p, i) => ({
            id: `promo-${i}`,
            label: `${p.from} → ${p.to}`,
            description: p.criterion,
            tooltip: [`**${p.from} → ${p.to}:** ${p.criterion}`, cite(d, p.source, p.editorial)],
            icon: 'star-empty',
            sources: [p.source],
          })),
      ];
    case 'transitions': {
      const name = (id: string) => nameOf(d, id);
      return d.transitions
        .filter((t) => t.from === roleId || t.to === roleId)
        .map((t) => {
          const months = monthsText(t);
          const label = t.from === roleId ? `To ${name(t.to)}` : `From ${name(t.from)}`;
          return {
            id: t.id,
            label,
            description: `${months} · ${sourceLabel(d, t.source)}`,
            tooltip: [
              `**${name(t.from)} → ${name(t.to)}:** ${months}`,
              ...(t.gaps.length ? [`Gaps to fill: ${t.gaps.join(', ')}`] : []),
              ...(t.note ? [t.note] : []),
              cite(d, t.source, t.editorial),
            ],
            icon: 'arrow-swap',
            figure: `${name(t.from)} → ${name(t.to)}: ${months}`,
            sources: [t.source],
          };
        });
    }
    case 'interviews':
      return d.interviews
        .filter((i) => i.role === roleId)
        .map((iv, i) => ({
          id: `interview-${i}`,
          label: `${iv.rounds.length} rounds`,
          description: sourceLabel(d, iv.source),
          tooltip: [
            iv.rounds.map((r) => `- ${r.name}${r.focus ? `: ${r.focus}` : ''}`).join('\n'),
            ...(iv.note ? [iv.note] : []),
            cite(d, iv.source, iv.editorial),
          ],
          icon: 'comment-discussion',
          sources: [iv.source],
          children: iv.rounds.map((r, j) => ({
            id: `interview-${i}-${j}`,
            label: r.name,
            description: r.focus,
            tooltip: [r.focus ?? r.name, cite(d, iv.source, iv.editorial)],
            icon: 'circle-small',
            sources: [iv.source],
          })),
        }));
    case 'demand':
      return d.metrics
        .filter((m) => m.roles.includes(roleId))
        .map((m) => ({
          id: m.id,
          label: m.label,
          description: `${metricText(m)}${m.year ? ` · ${m.year}` : ''}`,
          tooltip: [`**${m.label}:** ${metricText(m)}`, ...(m.note ? [m.note] : []), cite(d, m.source, m.editorial)],
          icon: m.kind === 'premium' || m.kind === 'gap' || m.kind === 'salary-growth' ? 'credit-card' : 'graph-line',
          figure: `${m.label}: ${metricText(m)}`,
          sources: [m.source],
        }));
    case 'entry':
      return d.entry
        .filter((e) => e.role === roleId)
        .map((e, i) => ({
          id: `entry-${i}`,
          label:
            e.aspect === 'beginner-friendliness'
              ? 'Beginner friendliness'
              : e.aspect[0]!.toUpperCase() + e.aspect.slice(1),
          description: e.value,
          tooltip: [e.value, cite(d, e.source, e.editorial)],
          icon: e.aspect === 'certification' ? 'verified' : 'book',
          figure: e.value,
          sources: [e.source],
        }));
  }
}

export function sectionItems(d: Dataset, roleId: string, section: SectionId, pay: PayFilter = {}): OutlineItem[] {
  const items = build(d, roleId, section, pay);
  return items.length ? items : [noData(section)];
}

export type SkillGroup = 'shared' | 'only-a' | 'only-b' | 'elsewhere';

/** The Skills view: every skill grouped by the two default roles (shared, unique to each, neither). */
export function skillGroups(d: Dataset, a: string, b: string): Record<SkillGroup, string[]> {
  const groups: Record<SkillGroup, string[]> = { shared: [], 'only-a': [], 'only-b': [], elsewhere: [] };
  const rows = compare(d, a, b).skills;
  const placed = new Set<string>();
  for (const row of rows) {
    groups[row.overlap].push(row.skill.id);
    placed.add(row.skill.id);
  }
  for (const s of d.skills) if (!placed.has(s.id)) groups.elsewhere.push(s.id);
  return groups;
}

/** Skills whose grouping for the pair a/b some source contradicts, with those sources' claims. */
export function contestedSkills(d: Dataset, a: string, b: string): Map<string, SkillRow['dissent']> {
  return new Map(
    compare(d, a, b)
      .skills.filter((row) => row.dissent.length)
      .map((row) => [row.skill.id, row.dissent]),
  );
}

/** "DE Strong · MLE Moderate": each role's graded depth for the Skills view. */
export function depthSummary(d: Dataset, skillId: string, roles: string[]): string {
  return roles
    .map((r) => {
      const p = skillProfile(d, r).get(skillId);
      const role = d.roles.find((x) => x.id === r);
      const short = role?.aliases.find((a) => a.length <= 4) ?? role?.name ?? r;
      if (!p || !p.present) return `${short} —`;
      const graded = [...new Set(p.cells.filter((c) => c.depth !== null).map((c) => depthLabel(c.depth!)))];
      return `${short} ${graded.length ? graded.join('/') : '✓'}`;
    })
    .join(' · ');
}

/**
 * The same as depthSummary in words, for screen readers, which would read "DE ✓ · MLE —" as
 * symbols: "Data Engineer: listed; Machine Learning Engineer: not listed".
 */
export function depthSpoken(d: Dataset, skillId: string, roles: string[]): string {
  return roles
    .map((r) => {
      const p = skillProfile(d, r).get(skillId);
      const name = d.roles.find((x) => x.id === r)?.name ?? r;
      if (!p || !p.present) return `${name}: not listed`;
      const graded = [...new Set(p.cells.filter((c) => c.depth !== null).map((c) => depthLabel(c.depth!)))];
      return `${name}: ${graded.length ? graded.join(' or ') : 'listed'}`;
    })
    .join('; ');
}

// Shapes of query results. They cross the webview boundary, so they are zod schemas (the
// webview validates what it receives) and their TypeScript types are inferred from them.
import { z } from 'zod';
import { Depth, Id, Level, PayKind, Region, RoleKind } from './schema';
import { PercentileShape } from './percentiles';
import { PackTrust } from './trustSchema';

export const Cited = z.object({ value: z.string(), source: Id });
export type Cited = z.infer<typeof Cited>;

export const RoleInfo = z.object({
  id: Id,
  name: z.string(),
  kind: RoleKind,
  aliases: z.array(z.string()),
  summary: z.string(),
  coreFocus: z.string(),
});
export type RoleInfo = z.infer<typeof RoleInfo>;

/** One row of the side-by-side table; an empty list for a role means the sources say nothing. */
export const OverviewRow = z.object({
  id: z.string(),
  label: z.string(),
  cells: z.tuple([z.array(Cited), z.array(Cited)]),
});
export type OverviewRow = z.infer<typeof OverviewRow>;

export const DepthCell = z.object({ depth: Depth.nullable(), term: z.string().nullable(), source: Id });
export type DepthCell = z.infer<typeof DepthCell>;

export const SkillRow = z.object({
  skill: z.object({ id: Id, name: z.string(), category: z.string() }),
  overlap: z.enum(['shared', 'only-a', 'only-b']),
  depths: z.tuple([z.array(DepthCell), z.array(DepthCell)]),
  /** Mean position on the depth scale (0 not required … 6 core) over the sources that grade it. */
  meanDepth: z.tuple([z.number().nullable(), z.number().nullable()]),
  /** meanDepth[0] - meanDepth[1], where both are graded. */
  delta: z.number().nullable(),
  usage: z.tuple([z.array(Cited), z.array(Cited)]),
  claims: z.array(z.object({ overlap: z.enum(['shared', 'unique']), role: Id.optional(), source: Id })),
  /**
   * Sources that class the skill differently from the group it is shown in (a "unique to MLE"
   * claim on a skill shown as shared, say). Non-empty means the grouping is contested.
   */
  dissent: z.array(z.object({ overlap: z.enum(['shared', 'unique']), role: Id.optional(), source: Id })),
});
export type SkillRow = z.infer<typeof SkillRow>;

export const PayFigure = z.object({
  id: Id,
  role: Id,
  level: Level,
  years: z.string().optional(),
  region: Region,
  currency: z.enum(['USD', 'NGN']),
  period: z.enum(['year', 'month']),
  kind: PayKind,
  min: z.number().nullable(),
  max: z.number().nullable(),
  openEnded: z.boolean(),
  employer: z.string().optional(),
  note: z.string().optional(),
  source: Id,
  editorial: z.string().optional(),
  percentiles: PercentileShape.optional(),
  sampleSize: z.number().int().optional(),
  surveyDate: z.string().optional(),
  companyLevel: z.string().optional(),
});
export type PayFigure = z.infer<typeof PayFigure>;

/** Lowest minimum and highest maximum across the sources for one role and level. */
export const Spread = z.object({ min: z.number().nullable(), max: z.number().nullable(), sources: z.number().int() });
export type Spread = z.infer<typeof Spread>;

export const PayRow = z.object({
  level: Level,
  figures: z.tuple([z.array(PayFigure), z.array(PayFigure)]),
  spread: z.tuple([Spread.nullable(), Spread.nullable()]),
});
export type PayRow = z.infer<typeof PayRow>;

export const ToolRow = z.object({
  category: z.string(),
  tools: z.tuple([
    z.array(z.object({ tools: z.array(z.string()), source: Id, editorial: z.string().optional() })),
    z.array(z.object({ tools: z.array(z.string()), source: Id, editorial: z.string().optional() })),
  ]),
});
export type ToolRow = z.infer<typeof ToolRow>;

export const TransitionInfo = z.object({
  id: Id,
  from: Id,
  fromName: z.string(),
  to: Id,
  toName: z.string(),
  monthsMin: z.number().nullable(),
  monthsMax: z.number().nullable(),
  gaps: z.array(z.string()),
  note: z.string().optional(),
  source: Id,
});
export type TransitionInfo = z.infer<typeof TransitionInfo>;

export const MetricInfo = z.object({
  id: Id,
  kind: z.string(),
  label: z.string(),
  roles: z.array(Id),
  min: z.number(),
  max: z.number(),
  unit: z.string(),
  year: z.string().nullable(),
  note: z.string().optional(),
  source: Id,
});
export type MetricInfo = z.infer<typeof MetricInfo>;

export const CareerSide = z.object({
  ladders: z.array(
    z.object({ kind: z.enum(['levels', 'leadership-path', 'terminal-roles']), steps: z.array(z.string()), source: Id }),
  ),
  promotions: z.array(z.object({ from: z.string(), to: z.string(), criterion: z.string(), source: Id })),
  interviews: z.array(
    z.object({
      rounds: z.array(z.object({ name: z.string(), focus: z.string().optional() })),
      note: z.string().optional(),
      source: Id,
    }),
  ),
});
export type CareerSide = z.infer<typeof CareerSide>;

export const SourceInfo = z.object({
  id: Id,
  publisher: z.string().nullable(),
  title: z.string(),
  author: z.string().optional(),
  asOf: z.string().nullable(),
  basis: z.string().nullable(),
  /** How many facts of each kind the source contributes to the whole dataset. */
  contributes: z.record(z.string(), z.number().int()),
  /** Set for a user pack's sources: signed (by whom, which key, which version) or unsigned. */
  trust: PackTrust.optional(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const GenAiRow = z.object({
  id: Id,
  component: z.string(),
  description: z.string(),
  owners: z.array(Id),
  ownership: z.string(),
  source: Id,
  editorial: z.string().optional(),
});

export const GuidanceInfo = z.object({
  id: Id,
  kind: z.enum(['choose-if', 'persona', 'strategy']),
  points: z.array(z.string()),
  source: Id,
});
export const FaqInfo = z.object({ id: Id, question: z.string(), answer: z.string(), sources: z.array(Id) });

export const Comparison = z.object({
  roles: z.tuple([RoleInfo, RoleInfo]),
  overview: z.array(OverviewRow),
  skills: z.array(SkillRow),
  pay: z.array(PayRow),
  tools: z.array(ToolRow),
  transitions: z.object({ aToB: z.array(TransitionInfo), bToA: z.array(TransitionInfo) }),
  metrics: z.array(MetricInfo),
  careers: z.tuple([CareerSide, CareerSide]),
  genai: z.array(GenAiRow),
  /** "Choose this role if…", personas and strategies, per role. */
  guidance: z.tuple([z.array(GuidanceInfo), z.array(GuidanceInfo)]),
  faq: z.array(FaqInfo),
  sources: z.array(SourceInfo),
});
export type Comparison = z.infer<typeof Comparison>;

// The career dataset's schema: the single source of truth for every domain type. Data files
// and user packs share one shape (`DataPack`, every section optional); merged, they make a
// `Dataset`, where every section is present.
import { z } from 'zod';
import { EDITORIAL } from './editorial';
import { PAY_KIND_CHOICES, REGION_CHOICES } from './payChoices';
import { companyLevelFields, surveyFields } from './percentiles';
import { PackTrust } from './trustSchema';

export const Id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case id');
const Text = z.string().min(1).max(2000);
const Label = z.string().min(1).max(200);
const SourceRef = Id;
const RoleRef = Id;

/**
 * Provenance. Every statement names a source, or is Career Lens's own reading: then its source
 * is EDITORIAL and `editorial` says in one line why the product holds it. A reason without
 * EDITORIAL, or EDITORIAL without a reason, is refused, so no statement's origin is unclear.
 */
const editorial = { editorial: Label.optional() };
const hasProvenance = (s: { source: string; editorial?: string }) =>
  (s.source === EDITORIAL) === (s.editorial !== undefined);
const PROVENANCE = {
  message: `an editorial statement has source '${EDITORIAL}' and a one-line reason in 'editorial'; a sourced statement has no 'editorial'`,
  path: ['editorial'],
};

export const Source = z
  .object({
    id: Id,
    /** null where the article names no publisher. */
    publisher: Label.nullable(),
    title: Label,
    author: Label.optional(),
    /** As stated by the source: a year, a month, or null when it gives none. */
    asOf: z.string().max(40).nullable(),
    /** What the figures rest on, where stated (postings analysed, interview reports…). */
    basis: Text.nullable(),
  })
  .strict();

/** A core role (Data Engineer, ML Engineer) or a hybrid between them. */
export const RoleKind = z.enum(['core', 'hybrid']);

export const Role = z
  .object({
    id: Id,
    name: Label,
    kind: RoleKind,
    aliases: z.array(Label),
    summary: Text,
    coreFocus: Text,
    sources: z.array(SourceRef).min(1),
  })
  .strict();

/** Things a role does: day-to-day tasks, core responsibilities, and a day in the life. */
export const Duty = z
  .object({
    id: Id,
    role: RoleRef,
    kind: z.enum(['task', 'responsibility', 'day-in-life']),
    title: Label,
    detail: Text.optional(),
    /** The share of time, where the source states a split. */
    percent: z.number().min(0).max(100).optional(),
    context: Label.optional(),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

/** One ordered depth scale; each source's own word maps onto it. */
export const DEPTHS = ['not-required', 'rare', 'occasional', 'light', 'moderate', 'strong', 'core'] as const;
export const Depth = z.enum(DEPTHS);

export const Skill = z
  .object({
    id: Id,
    name: Label,
    category: z.enum(['foundation', 'data-infrastructure', 'machine-learning', 'genai', 'practice']),
    /** Career Lens's own words; the keywords are search aids, some naming tools no source names. */
    description: Text,
    keywords: z.array(Label).default([]),
    /** Why the description and keywords are Career Lens's reading (skills have no single source). */
    editorial: Label,
  })
  .strict();

/** A source's statement of how deep a role needs a skill. depth null: named, not graded. */
export const RoleSkill = z
  .object({
    role: RoleRef,
    skill: Id,
    depth: Depth.nullable(),
    /** The source's own word for the depth, e.g. "Strong", "Rarely needed". */
    term: Label.nullable(),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

/** A source's claim that a skill is shared between the core roles or unique to one. */
export const SkillOverlap = z
  .object({
    skill: Id,
    overlap: z.enum(['shared', 'unique']),
    role: RoleRef.optional(),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE)
  .refine(
    (o) => (o.overlap === 'unique') === (o.role !== undefined),
    'a unique skill names its role; a shared one does not',
  );

/** How a role uses a shared skill. */
export const SkillUsage = z
  .object({
    skill: Id,
    role: RoleRef,
    usage: Text,
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

export const ToolGroup = z
  .object({
    role: RoleRef,
    category: Label,
    tools: z.array(Label).min(1),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

export const LEVELS = [
  'entry',
  'junior',
  'mid',
  'mid-senior',
  'senior',
  'staff',
  'faang-l5',
  'faang-l6',
  'average',
] as const;
export const Level = z.enum(LEVELS);
/** The regions a person can choose (payChoices.ts), and 'unstated' where a source names none. */
export const Region = z.enum([...REGION_CHOICES, 'unstated'] as const);
/** The kinds a person can choose (payChoices.ts), and what only a source states. */
export const PayKind = z.enum([...PAY_KIND_CHOICES, 'average', 'unspecified'] as const);

export const Compensation = z
  .object({
    id: Id,
    role: RoleRef,
    level: Level,
    /** Years of experience, where the source attaches them to the level. */
    years: Label.optional(),
    region: Region,
    currency: z.enum(['USD', 'NGN']),
    period: z.enum(['year', 'month']),
    kind: PayKind,
    /** Left out (null) where the entry gives percentiles instead of a range. */
    min: z.number().nonnegative().nullable().default(null),
    /** null: no upper figure given ("exceeding $300K"). */
    max: z.number().nonnegative().nullable().default(null),
    /** The source writes an open upper bound such as "$275,000+". */
    openEnded: z.boolean().default(false),
    employer: Label.optional(),
    note: Text.optional(),
    ...surveyFields,
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE)
  .refine((c) => c.min === null || c.max === null || c.min <= c.max, 'min must not exceed max');

/** A stated figure: a premium, gap, growth rate, share, projection, ratio or market size. */
export const Metric = z
  .object({
    id: Id,
    kind: z.enum([
      'premium',
      'gap',
      'salary-growth',
      'posting-growth',
      'remote-share',
      'projection',
      'demand-supply',
      'market-size',
      'outcome',
    ]),
    label: Label,
    /** The roles the figure is about; empty when it is about the field as a whole. */
    roles: z.array(RoleRef),
    min: z.number(),
    max: z.number(),
    unit: z.enum(['percent', 'ratio', 'usd-billion']),
    year: z.string().max(40).nullable(),
    note: Text.optional(),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE)
  .refine((m) => m.min <= m.max, 'min must not exceed max');

export const Entry = z
  .object({
    role: RoleRef,
    aspect: z.enum(['education', 'certification', 'barrier', 'beginner-friendliness', 'preparation']),
    value: Text,
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

/** One row of a pack's `levels` table: a company level and the product level it maps to. */
export const LevelMap = z
  .object({ ...companyLevelFields, level: Level, role: RoleRef.optional(), source: SourceRef })
  .strict();

export const Ladder = z
  .object({
    role: RoleRef,
    kind: z.enum(['levels', 'leadership-path', 'terminal-roles']),
    steps: z.array(Label).min(1),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

export const Promotion = z
  .object({
    role: RoleRef,
    from: Label,
    to: Label,
    criterion: Text,
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

/** Where someone starts who is not in one of our roles (backend engineer, DBA…). */
export const Background = z.object({ id: Id, name: Label }).strict();

export const Transition = z
  .object({
    id: Id,
    /** A role id or a background id. */
    from: Id,
    to: RoleRef,
    monthsMin: z.number().positive().nullable(),
    monthsMax: z.number().positive().nullable(),
    gaps: z.array(Label),
    note: Text.optional(),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE)
  .refine(
    (t) => t.monthsMin === null || t.monthsMax === null || t.monthsMin <= t.monthsMax,
    'monthsMin must not exceed monthsMax',
  );

export const Interview = z
  .object({
    role: RoleRef,
    rounds: z.array(z.object({ name: Label, focus: Text.optional() }).strict()).min(1),
    note: Text.optional(),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

export const Dimension = z
  .object({
    id: Id,
    label: Label,
    values: z
      .array(
        z
          .object({ role: RoleRef, value: Text, source: SourceRef, ...editorial })
          .strict()
          .refine(hasProvenance, PROVENANCE),
      )
      .min(1),
  })
  .strict();

export const Guidance = z
  .object({
    id: Id,
    role: RoleRef,
    kind: z.enum(['choose-if', 'persona', 'strategy']),
    points: z.array(Text).min(1),
    /** Advice for someone drawn to both sides: shown, with its source, beside a quiz result too close to call. */
    closeCall: z.literal(true).optional(),
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

export const GenAiComponent = z
  .object({
    id: Id,
    component: Label,
    description: Text,
    owners: z.array(RoleRef).min(1),
    ownership: Text,
    source: SourceRef,
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE);

export const Faq = z
  .object({
    id: Id,
    question: Label,
    answer: Text,
    sources: z.array(SourceRef).min(1),
  })
  .strict();

export const QuizOption = z
  .object({
    id: Id,
    label: Label,
    /**
     * Per-role weights; a role left out scores 0 for this option. Weights are always Career
     * Lens's own judgement, derived from the passage the rationale cites; the UI says so.
     */
    weights: z.record(RoleRef, z.number().min(0).max(5)),
    rationale: Text,
    source: SourceRef,
    /**
     * Words from the cited article that the rationale rests on, at most nine so no sentence is
     * copied; a unit test finds each in its article. Required unless the option is editorial.
     */
    quote: z.string().min(3).max(120).optional(),
    /** For a background: the role or job a move starts from (a transition's `from`). */
    startsFrom: Id.optional(),
    ...editorial,
  })
  .strict()
  .refine(hasProvenance, PROVENANCE)
  .refine((o) => o.source === EDITORIAL || o.quote !== undefined, {
    message: 'a sourced quiz option quotes the words of its source it rests on',
    path: ['quote'],
  });

export const QuizQuestion = z
  .object({
    id: Id,
    prompt: Label,
    topic: Label,
    options: z.array(QuizOption).min(2),
  })
  .strict();

const sections = {
  sources: z.array(Source),
  roles: z.array(Role),
  duties: z.array(Duty),
  skills: z.array(Skill),
  roleSkills: z.array(RoleSkill),
  skillOverlaps: z.array(SkillOverlap),
  skillUsages: z.array(SkillUsage),
  tools: z.array(ToolGroup),
  compensation: z.array(Compensation),
  metrics: z.array(Metric),
  entry: z.array(Entry),
  ladders: z.array(Ladder),
  levels: z.array(LevelMap),
  promotions: z.array(Promotion),
  backgrounds: z.array(Background),
  transitions: z.array(Transition),
  interviews: z.array(Interview),
  dimensions: z.array(Dimension),
  guidance: z.array(Guidance),
  genai: z.array(GenAiComponent),
  faq: z.array(Faq),
  quiz: z.array(QuizQuestion),
};

export const SECTION_NAMES = Object.keys(sections) as (keyof typeof sections)[];
export type SectionName = keyof typeof sections;

// `$schema` lets an editor find the JSON Schema (the New Data Pack command writes it).
export const DataPack = z
  .object({ $schema: z.string().max(2000), ...sections })
  .partial()
  .strict();
// In the merged dataset a user pack's sources carry the pack's trust (signed or unsigned), set
// by Career Lens from the signature check; a pack cannot set it (DataPack's sources are strict).
export const DatasetSchema = z
  .object({ ...sections, sources: z.array(Source.extend({ trust: PackTrust.optional() })) })
  .strict();

export type Source = z.infer<typeof Source>;
export type Role = z.infer<typeof Role>;
export type Duty = z.infer<typeof Duty>;
export type Depth = z.infer<typeof Depth>;
export type Skill = z.infer<typeof Skill>;
export type RoleSkill = z.infer<typeof RoleSkill>;
export type SkillOverlap = z.infer<typeof SkillOverlap>;
export type SkillUsage = z.infer<typeof SkillUsage>;
export type ToolGroup = z.infer<typeof ToolGroup>;
export type Level = z.infer<typeof Level>;
export type Region = z.infer<typeof Region>;
export type PayKind = z.infer<typeof PayKind>;
export type Compensation = z.infer<typeof Compensation>;
export type Metric = z.infer<typeof Metric>;
export type Entry = z.infer<typeof Entry>;
export type Ladder = z.infer<typeof Ladder>;
export type LevelMap = z.infer<typeof LevelMap>;
export type Promotion = z.infer<typeof Promotion>;
export type Background = z.infer<typeof Background>;
export type Transition = z.infer<typeof Transition>;
export type Interview = z.infer<typeof Interview>;
export type Dimension = z.infer<typeof Dimension>;
export type Guidance = z.infer<typeof Guidance>;
export type GenAiComponent = z.infer<typeof GenAiComponent>;
export type Faq = z.infer<typeof Faq>;
export type QuizQuestion = z.infer<typeof QuizQuestion>;
export type QuizOption = z.infer<typeof QuizOption>;
export type DataPack = z.infer<typeof DataPack>;
export type Dataset = z.infer<typeof DatasetSchema>;

/** The data-pack JSON Schema for editors (refinements such as min ≤ max are checked on load). */
export function dataPackJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DataPack, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, { items?: { required?: string[] } }>;
  };
  // A pay entry may give `companyLevel` instead of `level` (the loader maps it through the
  // pack's `levels` table, companyLevels.ts), so an editor must not demand `level`.
  const pay = schema.properties.compensation?.items;
  if (pay?.required) pay.required = pay.required.filter((k) => k !== 'level');
  return {
    ...schema,
    title: 'Career Lens data pack',
    description:
      'Adds or overrides Career Lens roles, skills, sources and figures by id. Every figure names a source id.',
  };
}

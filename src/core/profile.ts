// The user's saved state (skill marks, plan choices, last quiz) and the gap to a target role.
// Saved state is validated and versioned; anything that does not fit is set aside, not lost.
import { z } from 'zod';
import { InvalidInputError } from './errors';
import { transitionInfos } from './compare';
import { Answers } from './quiz';
import type { Dataset } from './schema';
import { skillProfile, skillWeight } from './skills';
import type { DepthCell, TransitionInfo } from './results';

export const MARKS = ['have', 'learning', 'not-yet'] as const;
export const Mark = z.enum(MARKS);
export type Mark = z.infer<typeof Mark>;

/** How much a mark counts towards coverage: learning is half-way. */
export const MARK_CREDIT: Record<Mark, number> = { have: 1, learning: 0.5, 'not-yet': 0 };

export const STATE_VERSION = 1;

/**
 * The last quiz: the answers, never the scores. The result is scored again from the answers
 * against the data in force, so a changed weight or pack never shows a stale verdict. Earlier
 * builds saved the result too; it is dropped on reading rather than refused, so nothing else
 * in the profile is set aside for it.
 */
export const SavedQuiz = z.preprocess(
  (raw) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('result' in raw)) return raw;
    const { result: _stale, ...rest } = raw as Record<string, unknown>;
    return rest;
  },
  z.object({ answers: Answers, takenAt: z.string().max(40) }).strict(),
);

/**
 * What a "have" mark rests on when it was ticked from found evidence: which source, a one-line
 * summary and a few examples. A mark the user set by hand has none: it rests on their word.
 * Only the person's own work is ever kept here (never another author's address or subject).
 */
export const MarkEvidence = z
  .object({
    source: z.enum(['commits', 'manifests']),
    summary: z.string().max(300),
    examples: z
      .array(
        z
          .object({
            file: z.string().max(500),
            commit: z
              .string()
              .regex(/^[0-9a-f]{7,64}$/)
              .optional(),
            date: z.string().max(10).optional(),
            repo: z.string().max(300).optional(),
          })
          .strict(),
      )
      .max(5),
    foundAt: z.string().max(40),
  })
  .strict();
export type MarkEvidence = z.infer<typeof MarkEvidence>;

export const SavedState = z
  .object({
    version: z.literal(STATE_VERSION),
    skills: z.record(z.string().max(80), Mark),
    /** Evidence behind "have" marks ticked from a scan; absent for marks on the user's word. */
    evidence: z.record(z.string().max(80), MarkEvidence).optional(),
    /** Where the user is now: a role or background id. */
    current: z.string().max(80).nullable(),
    target: z.string().max(80).nullable(),
    quiz: SavedQuiz.nullable(),
  })
  .strict();
export type SavedState = z.infer<typeof SavedState>;

export function defaultState(): SavedState {
  return { version: STATE_VERSION, skills: {}, current: null, target: null, quiz: null };
}

export type RestoreResult = { state: SavedState; problem: null } | { state: SavedState; problem: string };

/** Validates saved state; anything unusable yields a fresh default plus a reason to report. */
export function restoreState(raw: unknown): RestoreResult {
  if (raw === undefined) return { state: defaultState(), problem: null };
  const what = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { state: defaultState(), problem: `saved state was ${what}, not an object` };
  const version = (raw as { version?: unknown }).version;
  if (version !== STATE_VERSION)
    return {
      state: defaultState(),
      problem: `saved state has version ${JSON.stringify(version ?? null)}; this version reads ${STATE_VERSION}`,
    };
  const parsed = SavedState.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      state: defaultState(),
      problem: `saved state is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    };
  }
  return { state: parsed.data, problem: null };
}

export const GapItem = z.object({
  skill: z.object({ id: z.string(), name: z.string(), category: z.string() }),
  /** The skill's weight towards the target (0…1): its mean depth over the scale. */
  weight: z.number(),
  mark: Mark.nullable(),
  /** What a "have" mark rests on: evidence's summary, or null for the user's word. */
  evidence: z.string().nullable().optional(),
  depths: z.array(z.object({ depth: z.string().nullable(), term: z.string().nullable(), source: z.string() })),
});
export type GapItem = z.infer<typeof GapItem>;

export const Gap = z.object({
  target: z.object({ id: z.string(), name: z.string() }),
  current: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Weighted coverage of the target's skills, 0…1; learning counts half. */
  coverage: z.number(),
  missing: z.array(GapItem),
  transfers: z.array(GapItem),
  /** Every source's estimate for the move, never merged into one number. */
  time: z.array(
    z.object({
      id: z.string(),
      monthsMin: z.number().nullable(),
      monthsMax: z.number().nullable(),
      gaps: z.array(z.string()),
      note: z.string().optional(),
      source: z.string(),
    }),
  ),
  marked: z.number().int(),
});
export type Gap = z.infer<typeof Gap>;

export function computeGap(
  d: Dataset,
  state: Pick<SavedState, 'skills' | 'current' | 'evidence'>,
  targetId: string,
): Gap {
  const target = d.roles.find((r) => r.id === targetId);
  if (!target) throw new InvalidInputError(`unknown target role '${targetId}'`);
  const profile = skillProfile(d, targetId);
  const items: GapItem[] = [];
  for (const skill of d.skills) {
    const p = profile.get(skill.id);
    const weight = skillWeight(p);
    if (!p || weight <= 0 || !p.present) continue;
    items.push({
      skill: { id: skill.id, name: skill.name, category: skill.category },
      weight,
      mark: state.skills[skill.id] ?? null,
      evidence: state.skills[skill.id] === 'have' ? (state.evidence?.[skill.id]?.summary ?? null) : null,
      depths: p.cells.map((c: DepthCell) => ({ depth: c.depth, term: c.term, source: c.source })),
    });
  }
  const total = items.reduce((n, i) => n + i.weight, 0);
  const earned = items.reduce((n, i) => n + i.weight * (i.mark ? MARK_CREDIT[i.mark] : 0), 0);
  const byWeight = (a: GapItem, b: GapItem) => b.weight - a.weight || a.skill.name.localeCompare(b.skill.name);
  const currentName = state.current
    ? (d.roles.find((r) => r.id === state.current)?.name ?? d.backgrounds.find((b) => b.id === state.current)?.name)
    : undefined;
  const time: TransitionInfo[] = state.current ? transitionInfos(d, state.current, targetId) : [];
  return {
    target: { id: target.id, name: target.name },
    current: state.current && currentName ? { id: state.current, name: currentName } : null,
    coverage: total > 0 ? earned / total : 0,
    missing: items.filter((i) => i.mark !== 'have').sort(byWeight),
    transfers: items.filter((i) => i.mark === 'have').sort(byWeight),
    time: time.map(({ id, monthsMin, monthsMax, gaps, note, source }) => ({
      id,
      monthsMin,
      monthsMax,
      gaps,
      note,
      source,
    })),
    marked: Object.keys(state.skills).length,
  };
}

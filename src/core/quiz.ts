// Fit-quiz scoring: pure, deterministic, and explainable. Every number in a result can be
// traced to the options chosen and their weights in data/quiz.json.
//
// One scale for every role: an answered question is worth the largest weight any of its
// options gives any role, and a role's fit is the weight its answers gave it over the sum of
// those worths. So 100% means every answer was the strongest vote the quiz can give, for any
// role, and a role weighted by few questions cannot reach 100% from a few answers. Verdicts
// are decided on the whole points the person sees, never on the unrounded fractions.
import { z } from 'zod';
import { transitionInfos } from './compare';
import { InvalidInputError } from './errors';
import type { Dataset, QuizOption, QuizQuestion } from './schema';
import { TransitionInfo } from './results';

/** Keys that name Object.prototype's machinery, never a question. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Question id → chosen option id; a question left out (or null) was skipped.
 * zod's record silently drops an own `__proto__` key, so `{"__proto__": "x"}` would arrive as
 * `{}`: prototype keys are refused on the raw object first, by name.
 */
export const Answers = z
  .unknown()
  .superRefine((raw, ctx) => {
    if (typeof raw !== 'object' || raw === null) return;
    const bad = Object.keys(raw).find((k) => PROTOTYPE_KEYS.has(k));
    if (bad !== undefined) ctx.addIssue({ code: 'custom', message: `'${bad}' is not a question id`, path: [bad] });
  })
  .pipe(z.record(z.string().max(80), z.string().max(80).nullable()));
export type Answers = z.infer<typeof Answers>;

/** Below this many points between the top two roles, as shown, the call is "too close". */
export const TOO_CLOSE_POINTS = 10;
/** How many answers each explanation list shows. */
const DRIVERS_SHOWN = 3;

export const RoleFit = z.object({
  role: z.string(),
  name: z.string(),
  /** The role's share of the scale, 0…1. */
  fit: z.number(),
  /** The same share in whole points, 0…100: what the person sees, and what verdicts compare. */
  points: z.number().int(),
  /** The weight the answers gave the role, on the scale `QuizResult.scale`. */
  raw: z.number(),
});
export type RoleFit = z.infer<typeof RoleFit>;

export const Driver = z.object({
  questionId: z.string(),
  optionId: z.string(),
  prompt: z.string(),
  label: z.string(),
  /** The role this answer favoured over the other of the top two. */
  role: z.string(),
  name: z.string(),
  /** How many more points (of 100) this answer gave `role` than the other of the top two. */
  points: z.number(),
  rationale: z.string(),
  source: z.string(),
  /** The reason, when the rationale is Career Lens's own reading rather than a source's. */
  editorial: z.string().optional(),
});
export type Driver = z.infer<typeof Driver>;

/** One source's advice for a person drawn to both sides, shown beside a close call. */
export const Advice = z.object({
  guidance: z.string(),
  role: z.string(),
  name: z.string(),
  kind: z.string(),
  text: z.string(),
  source: z.string(),
});

export const QuizResult = z.object({
  answered: z.number().int(),
  skipped: z.number().int(),
  total: z.number().int(),
  /** The sum of the answered questions' worths: what 100% of a fit stands for. */
  scale: z.number(),
  fits: z.array(RoleFit),
  /** `no-signal`: questions were answered, but none of the answers points at any role. */
  verdict: z.enum(['clear', 'too-close', 'no-answers', 'no-signal']),
  /** Whole points between the top two, as shown: `fits[0].points - fits[1].points`. */
  margin: z.number().int(),
  threshold: z.number().int(),
  /** The answers that gave the top role more than the runner-up, most first. */
  raised: z.array(Driver),
  /** The answers that gave the runner-up more than the top role, most first. */
  favouredRunnerUp: z.array(Driver),
  /** For a close call: what each source advises someone drawn to both sides, with the hybrid to compare. */
  closeCall: z
    .object({ advice: z.array(Advice), hybrid: z.object({ role: z.string(), name: z.string() }).nullable() })
    .nullable(),
  /** Where the person starts, when their background is a role or job the data has moves from. */
  startingPoint: z
    .object({
      from: z.string(),
      fromName: z.string(),
      to: z.string(),
      toName: z.string(),
      moves: z.array(TransitionInfo),
    })
    .nullable(),
});
export type QuizResult = z.infer<typeof QuizResult>;

export class QuizAnswerError extends InvalidInputError {}

/** Refuses answers naming a question or option that does not exist, naming which. */
export function checkAnswers(d: Pick<Dataset, 'quiz'>, answers: Answers): void {
  for (const [qid, oid] of Object.entries(answers)) {
    const q = d.quiz.find((x) => x.id === qid);
    if (!q) throw new QuizAnswerError(`unknown question '${qid}'`);
    if (oid !== null && !q.options.some((o) => o.id === oid))
      throw new QuizAnswerError(`question '${qid}' has no option '${oid}'`);
  }
}

/** The answers that still name a question and option in the data; a pack may have removed some since they were saved. */
export function knownAnswers(d: Pick<Dataset, 'quiz'>, answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).filter(([qid, oid]) => {
      const q = d.quiz.find((x) => x.id === qid);
      return q !== undefined && (oid === null || q.options.some((o) => o.id === oid));
    }),
  );
}

/** The largest weight any option of the question gives any role: what answering it is worth. */
export function worth(q: QuizQuestion): number {
  return Math.max(0, ...q.options.flatMap((o) => Object.values(o.weights)));
}

/** Whole points of 100, as shown; the one rounding every comparison uses. */
export const toPoints = (share: number): number => Math.round(share * 100);

export function scoreQuiz(d: Dataset, answers: Answers): QuizResult {
  checkAnswers(d, answers);
  const chosen = d.quiz.flatMap((q) => {
    const option = typeof answers[q.id] === 'string' ? q.options.find((o) => o.id === answers[q.id]) : undefined;
    return option ? [{ q, option }] : [];
  });
  const scale = chosen.reduce((sum, { q }) => sum + worth(q), 0);
  const share = (n: number) => (scale > 0 ? n / scale : 0);
  const fits = d.roles
    .map((r) => {
      const raw = chosen.reduce((sum, { option }) => sum + (option.weights[r.id] ?? 0), 0);
      return { role: r.id, name: r.name, fit: share(raw), points: toPoints(share(raw)), raw };
    })
    .sort((a, b) => b.points - a.points || b.raw - a.raw);

  const base = {
    answered: chosen.length,
    skipped: d.quiz.length - chosen.length,
    total: d.quiz.length,
    scale,
    fits,
    threshold: TOO_CLOSE_POINTS,
  };
  const empty = { margin: 0, raised: [], favouredRunnerUp: [], closeCall: null, startingPoint: null };
  const [top, second] = fits;
  if (chosen.length === 0 || !top || !second) return { ...base, ...empty, verdict: 'no-answers' };
  if (top.raw <= 0) return { ...base, ...empty, verdict: 'no-signal' };

  const margin = top.points - second.points;
  const verdict = margin < TOO_CLOSE_POINTS ? 'too-close' : 'clear';
  const edge = (option: QuizOption) =>
    share((option.weights[top.role] ?? 0) - (option.weights[second.role] ?? 0)) * 100;
  const drivers = chosen.map(({ q, option }) => ({ q, option, edge: edge(option) }));
  const driver = ({ q, option, edge: e }: (typeof drivers)[number], favoured: RoleFit): Driver => ({
    questionId: q.id,
    optionId: option.id,
    prompt: q.prompt,
    label: option.label,
    role: favoured.role,
    name: favoured.name,
    points: Math.abs(e),
    rationale: option.rationale,
    source: option.source,
    ...(option.editorial ? { editorial: option.editorial } : {}),
  });
  const most = (a: { edge: number }, b: { edge: number }) => Math.abs(b.edge) - Math.abs(a.edge);
  return {
    ...base,
    verdict,
    margin,
    raised: drivers
      .filter((x) => x.edge > 1e-9)
      .sort(most)
      .slice(0, DRIVERS_SHOWN)
      .map((x) => driver(x, top)),
    favouredRunnerUp: drivers
      .filter((x) => x.edge < -1e-9)
      .sort(most)
      .slice(0, DRIVERS_SHOWN)
      .map((x) => driver(x, second)),
    closeCall: verdict === 'too-close' ? closeCall(d) : null,
    startingPoint: startingPoint(
      d,
      chosen.map((c) => c.option),
      top,
    ),
  };
}

/** Every source's advice for people drawn to both sides (guidance marked `closeCall`), and the hybrid it names. */
function closeCall(d: Dataset): NonNullable<QuizResult['closeCall']> {
  const name = (id: string) => d.roles.find((r) => r.id === id)?.name ?? id;
  const advice = d.guidance
    .filter((g) => g.closeCall)
    .map((g) => ({
      guidance: g.id,
      role: g.role,
      name: name(g.role),
      kind: g.kind,
      text: g.points[0]!,
      source: g.source,
    }));
  const hybrid = d.roles.find((r) => r.kind === 'hybrid' && advice.some((a) => a.role === r.id));
  return { advice, hybrid: hybrid ? { role: hybrid.id, name: hybrid.name } : null };
}

/** A background is where a move starts, not a preference: it says how long each source puts the move at. */
function startingPoint(d: Dataset, options: QuizOption[], top: RoleFit): QuizResult['startingPoint'] {
  const from = options.find((o) => o.startsFrom)?.startsFrom;
  if (!from) return null;
  const moves = from === top.role ? [] : transitionInfos(d, from, top.role);
  const fromName = d.roles.find((r) => r.id === from)?.name ?? moves[0]?.fromName ?? from;
  return { from, fromName, to: top.role, toName: top.name, moves };
}

/** The result if one answer were different; identical to re-scoring the changed answers. */
export function whatIf(d: Dataset, answers: Answers, questionId: string, optionId: string | null): QuizResult {
  return scoreQuiz(d, { ...answers, [questionId]: optionId });
}

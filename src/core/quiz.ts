// Fit-quiz scoring: pure, deterministic, and explainable. Every number in a result can be
// traced to the options chosen and their weights in data/quiz.json.
import { z } from 'zod';
import { InvalidInputError } from './errors';
import type { Dataset, QuizQuestion } from './schema';

/** Keys that name Object.prototype's machinery, never a question. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Question id → chosen option id; a question left out (or null) was skipped.
 * zod's record silently drops an own `__proto__` key, so `{"__proto__": "x"}` would arrive as
 * `{}`: prototype keys are refused on the raw object first, by name.
 */
export const Answers = z.unknown()
  .superRefine((raw, ctx) => {
    if (typeof raw !== 'object' || raw === null) return;
    const bad = Object.keys(raw).find((k) => PROTOTYPE_KEYS.has(k));
    if (bad !== undefined) ctx.addIssue({ code: 'custom', message: `'${bad}' is not a question id`, path: [bad] });
  })
  .pipe(z.record(z.string().max(80), z.string().max(80).nullable()));
export type Answers = z.infer<typeof Answers>;

/** Below this margin (in fit points, 0…1) between the top two roles the call is "too close". */
export const TOO_CLOSE = 0.1;
/** The hybrid the sources point to when someone likes both sides about equally. */
export const HYBRID_SUGGESTION = { role: 'ml-platform-engineer', source: 'datadriven', reason: 'When both sides appeal about equally, the sources point to the hybrid role that lives on the boundary between them.' };

export const RoleFit = z.object({ role: z.string(), name: z.string(), fit: z.number(), raw: z.number(), min: z.number(), max: z.number() });
export const Driver = z.object({
  questionId: z.string(), optionId: z.string(), prompt: z.string(), label: z.string(),
  /** Positive: pushed the top role ahead of the runner-up; negative: held it back. In fit points. */
  influence: z.number(), rationale: z.string(), source: z.string(),
  /** The reason, when the rationale is Career Lens's own reading rather than a source's. */
  editorial: z.string().optional(),
});
export const QuizResult = z.object({
  answered: z.number().int(),
  skipped: z.number().int(),
  total: z.number().int(),
  fits: z.array(RoleFit),
  verdict: z.enum(['clear', 'too-close', 'no-answers']),
  margin: z.number(),
  threshold: z.number(),
  suggestion: z.object({ role: z.string(), name: z.string(), reason: z.string(), source: z.string() }).nullable(),
  drivers: z.array(Driver),
});
export type QuizResult = z.infer<typeof QuizResult>;

export class QuizAnswerError extends InvalidInputError {}

/** Refuses answers naming a question or option that does not exist, naming which. */
export function checkAnswers(d: Pick<Dataset, 'quiz'>, answers: Answers): void {
  for (const [qid, oid] of Object.entries(answers)) {
    const q = d.quiz.find((x) => x.id === qid);
    if (!q) throw new QuizAnswerError(`unknown question '${qid}'`);
    if (oid !== null && !q.options.some((o) => o.id === oid)) throw new QuizAnswerError(`question '${qid}' has no option '${oid}'`);
  }
}

function weight(q: QuizQuestion, optionId: string, role: string): number {
  return q.options.find((o) => o.id === optionId)?.weights[role] ?? 0;
}

function bounds(q: QuizQuestion, role: string): [number, number] {
  const ws = q.options.map((o) => o.weights[role] ?? 0);
  return [Math.min(...ws), Math.max(...ws)];
}

export function scoreQuiz(d: Pick<Dataset, 'quiz' | 'roles'>, answers: Answers): QuizResult {
  checkAnswers(d, answers);
  const chosen = d.quiz.filter((q) => typeof answers[q.id] === 'string').map((q) => ({ q, optionId: answers[q.id] as string }));
  const fits = d.roles.map((r) => {
    let raw = 0, min = 0, max = 0;
    for (const { q, optionId } of chosen) {
      const [lo, hi] = bounds(q, r.id);
      raw += weight(q, optionId, r.id);
      min += lo;
      max += hi;
    }
    // The share of the best score this role could have reached on the questions answered.
    const fit = max > min ? (raw - min) / (max - min) : 0;
    return { role: r.id, name: r.name, fit, raw, min, max };
  }).sort((a, b) => b.fit - a.fit || b.raw - a.raw);

  const base = { answered: chosen.length, skipped: d.quiz.length - chosen.length, total: d.quiz.length, threshold: TOO_CLOSE };
  const [top, second] = fits;
  if (chosen.length === 0 || !top || !second) {
    return { ...base, fits, verdict: 'no-answers', margin: 0, suggestion: null, drivers: [] };
  }
  const margin = top.fit - second.fit;
  const verdict = margin < TOO_CLOSE ? 'too-close' : 'clear';
  const hybrid = d.roles.find((r) => r.id === HYBRID_SUGGESTION.role);
  const suggestion = verdict === 'too-close' && hybrid ? { role: hybrid.id, name: hybrid.name, reason: HYBRID_SUGGESTION.reason, source: HYBRID_SUGGESTION.source } : null;

  const share = (fit: typeof top, q: QuizQuestion, optionId: string) => {
    const [lo] = bounds(q, fit.role);
    return fit.max > fit.min ? (weight(q, optionId, fit.role) - lo) / (fit.max - fit.min) : 0;
  };
  const drivers = chosen.map(({ q, optionId }) => {
    const option = q.options.find((o) => o.id === optionId)!;
    return {
      questionId: q.id, optionId, prompt: q.prompt, label: option.label,
      influence: share(top, q, optionId) - share(second, q, optionId),
      rationale: option.rationale, source: option.source, ...(option.editorial ? { editorial: option.editorial } : {}),
    };
  }).filter((x) => Math.abs(x.influence) > 1e-9).sort((a, b) => Math.abs(b.influence) - Math.abs(a.influence)).slice(0, 3);

  return { ...base, fits, verdict, margin, suggestion, drivers };
}

/** The result if one answer were different; identical to re-scoring the changed answers. */
export function whatIf(d: Pick<Dataset, 'quiz' | 'roles'>, answers: Answers, questionId: string, optionId: string | null): QuizResult {
  return scoreQuiz(d, { ...answers, [questionId]: optionId });
}

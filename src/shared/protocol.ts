// The one catalogue of messages between the extension host and the webview. Both sides
// import these schemas: the host parses everything the webview sends, the webview parses
// everything the host sends, and the TypeScript types are inferred from the schemas.
// Requests carry a requestId and their replies echo it; `ready` is sent on every (re)load.
import { z } from 'zod';
import { Gap, Mark } from '../core/profile';
import { Answers, QuizResult } from '../core/quiz';
import { Comparison, PayRow } from '../core/results';
import { COMPARISON_PARTS } from './comparisonParts';
import { PAY_KIND_CHOICES, REGION_CHOICES } from '../core/payChoices';
import { Id, RoleKind } from '../core/schema';
import { REPLIES, TABS } from './protocolValues';

const id = Id;
const requestId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const Tab = z.enum(TABS);
export type Tab = z.infer<typeof Tab>;

export const PayKindChoice = z.enum(PAY_KIND_CHOICES);
export const RegionChoice = z.enum(REGION_CHOICES);

/** The roles and some of a comparison's parts (see comparisonParts.ts). */
export const ComparisonParts = Comparison.partial().required({ roles: true });
export type ComparisonParts = z.infer<typeof ComparisonParts>;

export const RoleSummary = z.object({
  id,
  name: z.string(),
  kind: RoleKind,
});
export type RoleSummary = z.infer<typeof RoleSummary>;

/** Messages the webview sends to the host. */
export const ToHost = z.discriminatedUnion('type', [
  /** Sent on every (re)load; the host answers with `state`. */
  z.object({ type: z.literal('ready') }),
  /** Answered at once with `pong` and nothing else done: the baseline the round-trip benchmark compares real requests against. */
  z.object({ type: z.literal('ping'), requestId }),
  z.object({ type: z.literal('selectRoles'), roleA: id, roleB: id }),
  z.object({ type: z.literal('swapRoles') }),
  z.object({ type: z.literal('tabChanged'), tab: Tab }),
  /** `parts`: what the page lacks for the tab it shows; none named asks for the whole comparison. */
  z.object({
    type: z.literal('requestComparison'),
    requestId,
    roleA: id,
    roleB: id,
    parts: z.array(z.enum(COMPARISON_PARTS)).min(1).max(COMPARISON_PARTS.length).optional(),
  }),
  z.object({
    type: z.literal('requestPay'),
    requestId,
    roleA: id,
    roleB: id,
    kind: PayKindChoice,
    region: RegionChoice,
  }),
  z.object({ type: z.literal('revealSkill'), skillId: id }),
  z.object({ type: z.literal('requestQuiz'), requestId }),
  z.object({ type: z.literal('submitQuiz'), requestId, answers: Answers }),
  z.object({ type: z.literal('whatIf'), requestId, answers: Answers, questionId: id, optionId: id.nullable() }),
  z.object({ type: z.literal('retakeQuiz') }),
  z.object({ type: z.literal('requestPlan'), requestId }),
  z.object({ type: z.literal('setPlan'), current: id.nullable(), target: id }),
  z.object({ type: z.literal('markSkill'), skillId: id, mark: Mark.nullable() }),
  z.object({ type: z.literal('exportReport') }),
]);
export type ToHost = z.infer<typeof ToHost>;

/** Messages the host sends to the webview. */
export const ToWebview = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('state'),
    roles: z.array(RoleSummary),
    pair: z.tuple([id, id]),
    payKind: PayKindChoice,
    region: RegionChoice,
    /** Changes whenever the data does (a pack applied or removed): parts kept from before are dropped. */
    dataVersion: z.number().int().nonnegative(),
    /** Refused data packs, one line each, shown as a banner. */
    warnings: z.array(z.string()),
    /** The loaded l10n bundle (English text → translation); empty in English. */
    l10n: z.record(z.string(), z.string()),
  }),
  z.object({ type: z.literal('focusTab'), tab: Tab }),
  z.object({ type: z.literal('pong'), requestId }),
  z.object({ type: z.literal('comparison'), requestId, comparison: ComparisonParts }),
  z.object({ type: z.literal('pay'), requestId, rows: z.array(PayRow) }),
  z.object({ type: z.literal('error'), requestId: requestId.optional(), message: z.string() }),
  z.object({
    type: z.literal('quiz'),
    requestId,
    questions: z.array(
      z.object({ id, prompt: z.string(), topic: z.string(), options: z.array(z.object({ id, label: z.string() })) }),
    ),
    saved: z.object({ answers: Answers, takenAt: z.string(), result: QuizResult }).nullable(),
  }),
  z.object({ type: z.literal('quizResult'), requestId, result: QuizResult }),
  z.object({
    type: z.literal('plan'),
    requestId,
    gap: Gap.nullable(),
    current: id.nullable(),
    target: id.nullable(),
    currentChoices: z.array(z.object({ id, name: z.string() })),
    targetChoices: z.array(z.object({ id, name: z.string() })),
    marks: z.record(z.string(), Mark),
  }),
  /** The saved profile changed (a mark, a plan choice, a quiz): re-request what depends on it. */
  z.object({ type: z.literal('profileChanged') }),
]);
export type ToWebview = z.infer<typeof ToWebview>;

export type RequestType = keyof typeof REPLIES;
/** A request's fields besides its type; request() adds the id. */
export type RequestParams<K extends RequestType> = Omit<Extract<ToHost, { type: K }>, 'type' | 'requestId'>;
export type ReplyTo<K extends RequestType> = Extract<ToWebview, { type: (typeof REPLIES)[K] }>;

/** A compact, human-readable reason a message failed its schema. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

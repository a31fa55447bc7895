// The one catalogue of messages between the extension host and the webview. Both sides
// import these schemas: the host parses everything the webview sends, the webview parses
// everything the host sends, and the TypeScript types are inferred from the schemas.
// Requests carry a requestId and their replies echo it; `ready` is sent on every (re)load.
import { z } from 'zod';
import { Comparison, PayRow } from '../core/views';

const id = z.string().min(1).max(80).regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case id');
const requestId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const TABS = ['overview', 'pay', 'skills', 'tools', 'career', 'demand', 'genai', 'sources'] as const;
export const Tab = z.enum(TABS);
export type Tab = z.infer<typeof Tab>;

export const PayKindChoice = z.enum(['total', 'base']);
export const RegionChoice = z.enum(['us', 'nigeria', 'remote-global']);

export const RoleSummary = z.object({
  id,
  name: z.string(),
  kind: z.enum(['core', 'hybrid']),
});
export type RoleSummary = z.infer<typeof RoleSummary>;

/** Messages the webview sends to the host. */
export const ToHost = z.discriminatedUnion('type', [
  /** Sent on every (re)load; the host answers with `state`. */
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('selectRoles'), roleA: id, roleB: id }),
  z.object({ type: z.literal('swapRoles') }),
  z.object({ type: z.literal('tabChanged'), tab: Tab }),
  z.object({ type: z.literal('requestComparison'), requestId, roleA: id, roleB: id }),
  z.object({ type: z.literal('requestPay'), requestId, roleA: id, roleB: id, kind: PayKindChoice, region: RegionChoice }),
  z.object({ type: z.literal('revealSkill'), skillId: id }),
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
    /** Refused data packs, one line each, shown as a banner. */
    warnings: z.array(z.string()),
  }),
  z.object({ type: z.literal('focusTab'), tab: Tab }),
  z.object({ type: z.literal('comparison'), requestId, comparison: Comparison }),
  z.object({ type: z.literal('pay'), requestId, rows: z.array(PayRow) }),
  z.object({ type: z.literal('error'), requestId: requestId.optional(), message: z.string() }),
]);
export type ToWebview = z.infer<typeof ToWebview>;

/** A compact, human-readable reason a message failed its schema. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

// What the tab controllers need from the webview shell, and the state the webview persists.
import { z } from 'zod';
import { PayKindChoice, RegionChoice, Tab, type ReplyTo, type RequestParams, type RequestType, type ToHost } from '../src/shared/protocol';

/** What survives a hidden tab or a window reload; anything else in saved state is ignored. */
export const Saved = z.object({
  tab: Tab.catch('overview'),
  scroll: z.record(z.string(), z.number()).catch({}),
  payKind: PayKindChoice.optional().catch(undefined),
  region: RegionChoice.optional().catch(undefined),
  payView: z.enum(['chart', 'table']).catch('chart'),
  /** A quiz in progress: where the user is and what they answered so far. */
  quiz: z.object({ index: z.number().int().nonnegative(), answers: z.record(z.string(), z.string().nullable()) }).nullable().catch(null),
}).catch({ tab: 'overview', scroll: {}, payView: 'chart', quiz: null });
export type Saved = z.infer<typeof Saved>;

export interface App {
  readonly saved: Saved;
  persist(): void;
  /** A message that expects no reply. */
  send(msg: ToHost): void;
  /** A request; resolves with its reply, never with a stale one (see requests.ts). */
  request<K extends RequestType>(kind: K, params: RequestParams<K>): Promise<ReplyTo<K>>;
  rerenderTab(tab: Tab): void;
  activateTab(tab: Tab): void;
  /** The role pair the comparison currently shows. */
  pair(): [string, string] | undefined;
}
